// How the lead an answer needs to be shown alone (`ROUTING_THRESHOLDS.aloneLead`) is chosen, and whether the rule
// carries to a set it was not chosen on (round 18, issue 10): each spent set is left out in turn, the lead is chosen
// on the others (a margin times the largest lead of a wrong first answer that could stand alone there: score at
// least `alone`, a word shared as written, no second concern), and the left-out set says what that lead would have
// shown alone wrongly and how many answers it would have shown alone. Confident outcomes that no lead decides
// (support alone, the directory, a counselor) are counted beside it, per set.
// `npx tsx scripts/eval/faq-threshold.ts` (spent sets only: the blind set is never read).

import { isConfident, ROUTING_THRESHOLDS, rankedIds } from "../../src/knowledge/routing.ts";
import type { FaqLocale } from "../../src/knowledge/schema.ts";
import { testContent } from "../../test/support/content.ts";
import { phrasingsOf, readPhrasingSet } from "./faq.ts";
import { SPENT_SETS } from "./faq-dev.ts";

interface Candidate {
  /** Odds of the best answer over the runner-up's (Infinity alone in the ranking). */
  lead: number;
  right: boolean;
}

const router = testContent().knowledge.router;
const odds = (score: number) => score / (1 - score);

/** Per set: the answers that a lead decides, and the confident outcomes that no lead decides and are wrong. */
const sets = SPENT_SETS.map((file) => {
  const candidates: Candidate[] = [];
  let otherWrong = 0;
  for (const item of phrasingsOf(readPhrasingSet(file))) {
    const locale = ["kk", "ru", "en"].includes(item.lang) ? (item.lang as FaqLocale) : undefined;
    const routed = router.route(item.text, { locale });
    const { route, ranked } = routed;
    if (route.kind === "answer") {
      const { best } = route;
      if (route.also || best.score < ROUTING_THRESHOLDS.alone || (best.exactCoverage ?? 1) <= 0) continue;
      const second = ranked.find(({ id }) => id !== best.id);
      const lead = second ? odds(best.score) / odds(second.score) : Number.POSITIVE_INFINITY;
      candidates.push({ lead, right: best.id === item.expect });
    } else if (isConfident(route)) {
      // as faq.ts scores it: "none" is right when nothing is answered; else the first outcome shown
      if (item.expect === "none" || rankedIds(routed)[0] !== item.expect) otherWrong++;
    }
  }
  return { file, candidates, otherWrong };
});

const largestWrong = (candidates: readonly Candidate[]) =>
  Math.max(0, ...candidates.filter(({ right }) => !right).map(({ lead }) => lead));
const shownAlone = (candidates: readonly Candidate[], lead: number) =>
  candidates.filter((candidate) => candidate.lead >= lead);

for (const margin of [1, 1.5, 2, 3]) {
  let wrong = 0;
  let alone = 0;
  let aloneAtCurrent = 0;
  const chosen: string[] = [];
  for (const left of sets) {
    const others = sets.filter((set) => set !== left).flatMap(({ candidates }) => candidates);
    // strictly beyond the largest wrong lead seen: a lead equal to it would show that answer alone
    const lead = Math.max(1, largestWrong(others) * margin * (1 + 1e-9));
    const shown = shownAlone(left.candidates, lead);
    wrong += shown.filter(({ right }) => !right).length;
    alone += shown.length;
    aloneAtCurrent += shownAlone(left.candidates, ROUTING_THRESHOLDS.aloneLead).length;
    chosen.push(lead.toFixed(1));
  }
  console.log(
    `margin ${margin}x: left-out sets' answers shown alone ${alone} (at ${ROUTING_THRESHOLDS.aloneLead}x: ${aloneAtCurrent}), wrong alone ${wrong}; leads chosen ${[...new Set(chosen)].join(", ")}`,
  );
}
const all = sets.flatMap(({ candidates }) => candidates);
console.log(
  `all spent sets: largest wrong lead that could stand alone ${largestWrong(all).toFixed(2)}x; in use ${ROUTING_THRESHOLDS.aloneLead}x, alone ${shownAlone(all, ROUTING_THRESHOLDS.aloneLead).length}`,
);
for (const { file, candidates, otherWrong } of sets)
  console.log(
    `  ${file}: largest wrong lead ${largestWrong(candidates).toFixed(2)}x, alone at ${ROUTING_THRESHOLDS.aloneLead}x ${shownAlone(candidates, ROUTING_THRESHOLDS.aloneLead).length}, confident wrong not decided by a lead ${otherWrong}`,
  );
