// This round's development split (issue 10, round 4): the router's figures on the sets tuned on and on
// held-out-3.yaml, spent as a held-out set and now the development set, split in two halves
// (`developmentHalf`): one chooses the changes (its misses are printed with --misses, by kind), the other
// only reports (totals, never its misses). held-out-2.yaml, spent in round 3, is a tuning set now.
// `npx tsx scripts/eval/faq-dev.ts [--misses]` prints the tuning sets' and the choosing half's misses too.
// test/knowledge/held-out-4.yaml is this round's blind set: never add it here, nor read, print or tune on its misses.

import path from "node:path";
import { testContent } from "../../test/support/content.ts";
import { type Phrasing, phrasingsOf, readPhrasingSet, scoreRouting } from "./faq.ts";

export const TUNING_SETS = [
  "eval-set.yaml",
  "held-out.yaml",
  "tuning-2.yaml",
  "dev-2.yaml",
  "tuning-3.yaml",
  "held-out-2.yaml",
  "tuning-4.yaml",
];
export const DEVELOPMENT_SET = "held-out-3.yaml";

/**
 * The development set's half that chooses or only reports: within each language and kind, alternate
 * phrasings (the first, third, … choose), so that both halves hold every kind (the set is written kind
 * by kind, so plain positions would split it by kind).
 */
export function developmentHalf(half: "choose" | "report"): Phrasing[] {
  const seen = new Map<string, number>();
  return phrasingsOf(readPhrasingSet(DEVELOPMENT_SET)).filter((item) => {
    const group = `${item.lang} ${item.kind}`;
    const position = seen.get(group) ?? 0;
    seen.set(group, position + 1);
    return position % 2 === (half === "choose" ? 0 : 1);
  });
}

const router = testContent().knowledge.router;
const percent = (fraction: number) => `${(100 * fraction).toFixed(1)}%`;
const showMisses = process.argv.includes("--misses");

function report(name: string, phrasings: Phrasing[], misses: boolean): void {
  const all = scoreRouting(router, phrasings);
  const groups = (key: "lang" | "kind") =>
    [...new Set(phrasings.map((item) => item[key]))].sort().map((value) => {
      const score = scoreRouting(
        router,
        phrasings.filter((item) => item[key] === value),
      );
      return `${value} ${score.n}: ${percent(score.top1)}/${percent(score.top3)}/${score.confidentWrong}`;
    });
  console.log(
    `${name}: ${all.n}, top-1 ${percent(all.top1)}, top-3 ${percent(all.top3)}, confident wrong ${all.confidentWrong} | ${groups("lang").join(", ")}`,
  );
  if (!misses) return;
  console.log(`  by kind: ${groups("kind").join(", ")}`);
  for (const miss of all.misses) console.log(`  ${miss}`);
}

// Run as a script (the round's test imports `developmentHalf` only).
if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  for (const file of TUNING_SETS) report(file, phrasingsOf(readPhrasingSet(file)), showMisses);
  report(`${DEVELOPMENT_SET} odd half (chooses)`, developmentHalf("choose"), showMisses);
  report(`${DEVELOPMENT_SET} even half (reports only)`, developmentHalf("report"), false);
  report(`${DEVELOPMENT_SET} whole`, phrasingsOf(readPhrasingSet(DEVELOPMENT_SET)), false);
}
