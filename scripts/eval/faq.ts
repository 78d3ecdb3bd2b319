// The FAQ half of `npm run eval`: how the free-text router does on test/knowledge/held-out-18.yaml, a
// set written for outsiders' ways of asking before this round's tuning and never tuned on (held-out.yaml
// to held-out-17.yaml are spent: tuning sets now). Each phrasing expects an entry id, or
// "directory" (a typed city or a request for a center: the center directory), or "none" (insults,
// gibberish, off-topic: no confident answer). The same scoring judges the evaluation set the router
// was tuned on (test/knowledge/eval.test.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { isConfident, type Router, rankedIds } from "../../src/knowledge/routing.ts";
import { type FaqLocale, faqLocales } from "../../src/knowledge/schema.ts";
import { testContent } from "../../test/support/content.ts";

export interface Phrasing {
  lang: string;
  kind: string;
  expect: string;
  text: string;
}

export interface PhrasingSet {
  cases: Phrasing[];
  /** Older sets list messages no entry answers apart; they count as `expect: none`. */
  offTopic?: string[];
}

export interface RoutingScore {
  n: number;
  /** Fractions 0–1. */
  top1: number;
  top3: number;
  /** Phrasings shown one outcome (an answer, the directory, support) that is not the expected one. */
  confidentWrong: number;
  /** "rank expected <- text (route)" for every phrasing not right first. */
  misses: string[];
}

const KNOWLEDGE_TESTS = path.join(import.meta.dirname, "../../test/knowledge");

export function readPhrasingSet(file: string): PhrasingSet {
  return parse(readFileSync(path.join(KNOWLEDGE_TESTS, file), "utf8")) as PhrasingSet;
}

/** Every phrasing of a set, off-topic ones as `expect: none`. */
export function phrasingsOf(set: PhrasingSet): Phrasing[] {
  return [
    ...set.cases,
    ...(set.offTopic ?? []).map((text) => ({ lang: "mixed", kind: "off-topic", expect: "none", text })),
  ];
}

/**
 * Routes every phrasing as the bot would (in the phrasing's language when it has one) and scores it:
 * right first, or among the first three; "none" is right when nothing is answered with confidence
 * (a kind reply or a clarifying question first; a list of choices counts for the top three).
 */
export function scoreRouting(router: Router, phrasings: readonly Phrasing[]): RoutingScore {
  let top1 = 0;
  let top3 = 0;
  let confidentWrong = 0;
  const misses: string[] = [];
  for (const item of phrasings) {
    const locale = (faqLocales as readonly string[]).includes(item.lang)
      ? (item.lang as FaqLocale)
      : undefined;
    const routed = router.route(item.text, { locale });
    const ids = rankedIds(routed);
    const confident = isConfident(routed.route);
    let rank: number;
    if (item.expect === "none") {
      const kind = routed.route.kind;
      rank = kind === "none" || kind === "clarify" ? 0 : kind === "choices" ? 1 : -1;
    } else {
      rank = ids.indexOf(item.expect);
      if (item.expect === "directory" && rank > 0) rank = -1;
    }
    if (rank === 0) top1++;
    if (rank >= 0 && rank < 3) top3++;
    if (confident && rank !== 0) confidentWrong++;
    if (rank !== 0)
      misses.push(
        `${rank < 0 ? "-" : rank + 1} ${item.expect} <- ${item.text} (${routed.route.kind}: ${ids.slice(0, 2).join(", ")})`,
      );
  }
  const n = phrasings.length;
  return { n, top1: n ? top1 / n : 0, top3: n ? top3 / n : 0, confidentWrong, misses };
}

/** The figures `npm run eval -- --json` prints under "faq", on a set in test/knowledge (held-out-18.yaml unless told). */
export function evaluateFaq(file = "held-out-18.yaml"): {
  n: number;
  top1: number;
  top3: number;
  confidentWrong: number;
} {
  const { n, top1, top3, confidentWrong } = scoreRouting(
    testContent().knowledge.router,
    phrasingsOf(readPhrasingSet(file)),
  );
  return { n, top1, top3, confidentWrong };
}
