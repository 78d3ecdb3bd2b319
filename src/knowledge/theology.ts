// A plain question of faith the base has no sure answer for ("что такое ваххабизм", "is music haram", "можно ли
// дружить с христианами", cues/faith-question.ts) must get neither nothing useful nor a confident wrong guess. The
// bot gives no religious rulings: it says so honestly, names who can talk it through (a theologian at a center, a
// counselor here), and offers the entries near the question (the theologians' counter-arguments) and the starting
// points of any question of faith. routing.ts applies it to what it decided; the choices it shows carry `faith`.
import type { Perspective } from "./cues/index.ts";
import type { MatchResult } from "./matcher.ts";
import type { Routed } from "./routing.ts";

/** The category of the theologians' counter-arguments. */
const FAITH_CATEGORY = "faith";

/**
 * Where any question of faith can start: the bot gives no rulings and who does (state-and-religion), whom to take
 * religion from (traditional-scholars), and what tells faith from a destructive movement, for someone close
 * (devout-or-radical) or for oneself (doubts-about-my-group).
 */
const STARTING_POINTS: Record<Perspective | "anyone", readonly string[]> = {
  anyone: ["state-and-religion", "traditional-scholars", "devout-or-radical"],
  family: ["state-and-religion", "traditional-scholars", "devout-or-radical"],
  self: ["state-and-religion", "traditional-scholars", "doubts-about-my-group"],
};
const OFFERED = 3;
/**
 * Counter-arguments this close to the question, covering most of it (GUESSED), are offered before the starting
 * points; others share a word ("haram") and little else. A clarifying question ("who is it about?") with nothing this close is none either.
 */
const NEAR = 0.35;
/**
 * An answer (not sure enough to stand alone) that is no counter-argument and covers less of the question than this
 * is a guess ("befriending Christians" → the answer about marrying one): offered among the choices instead.
 */
const GUESSED = 0.6;

export function offerForFaith(
  routed: Routed,
  asksFaith: boolean,
  categoryOf: (id: string) => string | undefined,
): Routed {
  const { route, ranked, perspective } = routed;
  if (!asksFaith) return routed;
  const isFaith = (result: MatchResult) => categoryOf(result.id) === FAITH_CATEGORY;
  const offer = (first: readonly MatchResult[]): MatchResult[] => {
    const near = ranked
      .filter((result) => isFaith(result) && result.score >= NEAR && (result.exactCoverage ?? 1) >= GUESSED)
      .slice(0, OFFERED - 1);
    const starting = STARTING_POINTS[perspective ?? "anyone"].map((id) => ({ id, score: 0 }));
    const seen = new Set<string>();
    return [...first, ...near, ...starting]
      .filter(({ id }) => !seen.has(id) && seen.add(id))
      .slice(0, OFFERED);
  };
  switch (route.kind) {
    case "choices":
      return { ...routed, route: { ...route, candidates: offer(route.candidates), faith: true } };
    case "answer":
      if (
        route.alternatives.length === 0 ||
        route.also ||
        route.foreign ||
        isFaith(route.best) ||
        (route.best.exactCoverage ?? 1) >= GUESSED
      )
        return routed;
      return { ...routed, route: { kind: "choices", candidates: offer([route.best]), faith: true } };
    case "clarify":
      if ((ranked[0]?.score ?? 0) >= NEAR) return routed;
      return { ...routed, route: { kind: "none", reason: "faith", candidates: offer([]) } };
    case "none":
      if (route.reason !== "no-match") return routed;
      return { ...routed, route: { kind: "none", reason: "faith", candidates: offer([]) } };
    default:
      return routed;
  }
}
