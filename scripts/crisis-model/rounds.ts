// Leave one round out: how the detector (rules and model together, as train.ts makes them) does on a held-out
// round it never learned on, for each spent round in turn. For round k the model learns on everything but
// rounds k and j (j the next round, the previous one for the last), its thresholds are chosen on round j as
// train.ts chooses them on the development set, and round k is scored: the figures a new blind round can
// expect. The rules were tuned by hand on rounds 3 to 10 after each was spent, so their share of those
// rounds' figures is optimistic (rounds 8 to 10 least: only their classes of misses were widened).
//   npx tsx scripts/crisis-model/rounds.ts                 every round, then the mean (~5 min)
//   npx tsx scripts/crisis-model/rounds.ts --set budget=0.01 --set l2=0.002   other settings (train.ts's names)
//   ... --round 8 --show    only the eighth round, with its misses and the ordinary messages raised
//   ... --round a           training round a left out (thresholds on the development set's odd half, as train.ts)
//   ... --without a         training round a out of the corpus (and any line repeating one of its messages)
//   ... --dump file.jsonl   each round's policy and scored messages, one line a round, to weigh other policies
//                           (a stricter threshold for one language, say) without training again
import { appendFileSync } from "node:fs";
import { crisisCategories } from "../../src/crisis/categories.ts";
import { decide } from "./choose.ts";
import { developmentExamples, heldOutRounds, roundExamples, trainingExamples } from "./corpus.ts";
import { describe, type Figures, score } from "./figures.ts";
import { chosen, fitModel, ruleCategories, settingsFromArguments } from "./fit.ts";

const variant = settingsFromArguments(chosen);
const numbers = heldOutRounds.map(({ number }) => number);
const totals = {
  found: crisisCategories.map(() => 0),
  signals: crisisCategories.map(() => 0),
  raised: 0,
  ordinary: 0,
};
const byLanguage: Record<string, [number, number]> = {};

function add(figures: Figures): void {
  figures.found.forEach((found, index) => {
    totals.found[index]! += found;
    totals.signals[index]! += figures.totals[index]!;
  });
  for (const [language, [raised, ordinary]] of Object.entries(figures.raisedByLanguage)) {
    totals.raised += raised;
    totals.ordinary += ordinary;
    const [raisedBefore, ordinaryBefore] = byLanguage[language] ?? [0, 0];
    byLanguage[language] = [raisedBefore + raised, ordinaryBefore + ordinary];
  }
}

console.log(`settings: ${JSON.stringify(variant)}`);
const only = process.argv[process.argv.indexOf("--round") + 1]!;
/** Training rounds left out of the corpus altogether (`--without a`), with any line repeating one of theirs. */
const without = process.argv.flatMap((value, index, all) =>
  all[index - 1] === "--without" ? roundExamples(value) : [],
);
for (const left of process.argv.includes("--round") ? [Number(only) || only] : numbers) {
  // A training round left out is scored as train.ts would score it: thresholds on the development set's odd half.
  const training = typeof left === "string";
  const choosingRound = training
    ? "the development set's odd half"
    : left === numbers.at(-1)
      ? left - 1
      : left + 1;
  const scored = roundExamples(left);
  const choosing = training ? developmentExamples("odd") : roundExamples(choosingRound);
  const heldBack = [...scored, ...(training ? developmentExamples("all") : choosing), ...without];
  const { policy, scoreSet } = fitModel(variant, trainingExamples(ruleCategories, heldBack), choosing);
  const set = scoreSet(scored);
  console.log(
    describe(
      `round ${left} (thresholds on ${choosingRound}), rules alone`,
      score(set, (item) => [...item.rules]),
    ),
  );
  const figures = score(set, (item) => decide(policy, item));
  console.log(describe(`round ${left} (thresholds on ${choosingRound}), rules and model`, figures));
  add(figures);
  if (process.argv.includes("--dump")) {
    const items = set.map(({ example, rules, firm, margins }) => ({
      ...example,
      rules: [...rules],
      firm: [...firm],
      // JSON has no -Infinity (too few words for the model): null stands for it.
      margins: margins.map((margin) => (margin === -Infinity ? null : margin)),
    }));
    appendFileSync(
      process.argv[process.argv.indexOf("--dump") + 1]!,
      `${JSON.stringify({ round: left, policy, items })}\n`,
    );
  }
  if (process.argv.includes("--show"))
    for (const item of set) {
      const raised = decide(policy, item);
      const { label, text, language } = item.example;
      const margins = item.margins.map((margin) => margin.toFixed(1)).join(" ");
      if (label === "ordinary" ? raised.length > 0 : !raised.includes(label))
        console.log(
          `${label === "ordinary" ? `raised ${raised}` : `missed ${label}`} ${language} [rules ${[...item.rules]}; ${margins}]: ${text}`,
        );
    }
}
const percent = (part: number, whole: number) => `${((100 * part) / Math.max(whole, 1)).toFixed(1)}%`;
const found = totals.found.reduce((a, b) => a + b, 0);
const signals = totals.signals.reduce((a, b) => a + b, 0);
console.log(
  `all rounds left out: recall ${found}/${signals} = ${percent(found, signals)} (${crisisCategories
    .map((category, index) => `${category} ${percent(totals.found[index]!, totals.signals[index]!)}`)
    .join(
      ", ",
    )}); raised ${totals.raised}/${totals.ordinary} = ${percent(totals.raised, totals.ordinary)} (${Object.entries(
    byLanguage,
  )
    .map(([language, [raised, ordinary]]) => `${language} ${raised}/${ordinary}`)
    .join(", ")})`,
);
