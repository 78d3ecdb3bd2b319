// `npm run eval`: the held-out figures of issue 10 in one command, on the newest rounds. Both were
// written blind before this round of tuning and are never tuned on (test/knowledge/held-out-18.yaml,
// test/crisis/held-out-22.ts); the older rounds (FAQ held-out-17 and crisis held-out-21 included) are spent
// and have become tuning sets.
// `--json` prints one line; without it, a short table.
import { evaluateCrisis } from "./crisis.ts";
import { evaluateFaq } from "./faq.ts";

const figures = { faq: evaluateFaq(), crisis: evaluateCrisis() };

if (process.argv.includes("--json")) {
  console.log(JSON.stringify(figures));
} else {
  const percent = (fraction: number) => `${(100 * fraction).toFixed(1)}%`;
  const { faq, crisis } = figures;
  console.log(
    `FAQ held-out (${faq.n} phrasings): top-1 ${percent(faq.top1)}, top-3 ${percent(faq.top3)}, confident and wrong ${faq.confidentWrong}`,
  );
  console.log(
    `Crisis held-out: recall ${percent(crisis.recall)} of ${crisis.signals} signals, false positives ${percent(crisis.falsePositives)} of ${crisis.ordinary} ordinary messages`,
  );
  for (const [category, { found, total }] of Object.entries(crisis.byCategory))
    console.log(`  ${category}: ${found}/${total} = ${percent(total ? found / total : 0)}`);
}
