// This round's development split (issue 10, round 3): the router's figures on the sets tuned on and
// on held-out-2.yaml, the split set apart before tuning and never tuned on (only its totals are
// printed, never its misses). `npx tsx scripts/eval/faq-dev.ts [--misses]` prints the tuning sets' misses too.
// test/knowledge/held-out-4.yaml is this round's blind set: never add it here, nor read, print or tune on its misses.

import { testContent } from "../../test/support/content.ts";
import { phrasingsOf, readPhrasingSet, scoreRouting } from "./faq.ts";

export const TUNING_SETS = ["eval-set.yaml", "held-out.yaml", "tuning-2.yaml", "dev-2.yaml", "tuning-3.yaml"];
export const DEVELOPMENT_SET = "held-out-2.yaml";

const router = testContent().knowledge.router;
const percent = (fraction: number) => `${(100 * fraction).toFixed(1)}%`;
const showMisses = process.argv.includes("--misses");

for (const file of [...TUNING_SETS, DEVELOPMENT_SET]) {
  const phrasings = phrasingsOf(readPhrasingSet(file));
  const all = scoreRouting(router, phrasings);
  const byLanguage = ["kk", "ru", "en", "mixed"]
    .map((lang) => [lang, phrasings.filter((item) => item.lang === lang)] as const)
    .filter(([, items]) => items.length > 0)
    .map(([lang, items]) => {
      const score = scoreRouting(router, items);
      return `${lang} ${percent(score.top1)}/${percent(score.top3)}/${score.confidentWrong}`;
    });
  console.log(
    `${file}: ${all.n}, top-1 ${percent(all.top1)}, top-3 ${percent(all.top3)}, confident wrong ${all.confidentWrong} | ${byLanguage.join(", ")}`,
  );
  if (showMisses && file !== DEVELOPMENT_SET) for (const miss of all.misses) console.log(`  ${miss}`);
}
