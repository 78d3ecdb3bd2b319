// Trains the crisis model (src/crisis/model.ts) and writes scenarios/crisis/model.candidate.json,
// which the detector does not read until it is renamed model.json (src/crisis/README.md says why):
//   npx tsx scripts/crisis-model/train.ts            train, choose thresholds, write, print figures
//   npx tsx scripts/crisis-model/train.ts --dry-run  the same without writing
// Softmax regression over the features of each training message (corpus.ts), AdaGrad with L2,
// a fixed seed and order, so the same data gives the same file. The thresholds are chosen on the
// odd half of the development set (held-out-5), raising no more ordinary messages than the rules
// alone (see below); the even half's figures are the ones nothing was chosen on. Features the
// training set has fewer than twice, and weights too small to change a decision, are left out of
// the file.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { type CrisisCategory, crisisCategories } from "../../src/crisis/categories.ts";
import { createCrisisDetector } from "../../src/crisis/detector.ts";
import {
  type CrisisModelData,
  createCrisisModel,
  features,
  modelCategory,
  modelClasses,
} from "../../src/crisis/model.ts";
import { loadCrisisPhrases } from "../../src/crisis/phrases.ts";
import { tokenize } from "../../src/crisis/text.ts";
import { developmentExamples, type Example, trainingExamples } from "./corpus.ts";
import { describe, type Scored, score } from "./figures.ts";

const scenarios = path.resolve(import.meta.dirname, "../../scenarios");
const { model: _old, ...phrases } = loadCrisisPhrases(scenarios);
const rules = createCrisisDetector(phrases);
const ruleCategories = (text: string) => new Set(rules.detect(text).map((match) => match.category));

const settings = { epochs: 10, rate: 0.05, l2: 1e-3, minCount: 2, keepAbove: 0.05, seed: 7 };
// --set l2=0.001 and the like, for trying settings on the odd half
for (const argument of process.argv.flatMap((value, index, all) =>
  all[index - 1] === "--set" ? [value] : [],
)) {
  const [name, value] = argument.split("=");
  if (!(name! in settings)) throw new Error(`unknown setting ${name}`);
  settings[name as keyof typeof settings] = Number(value);
}

const training = trainingExamples((text) => ruleCategories(text).size > 0);
const classIndex = (example: Example) => modelClasses.indexOf(example.label);

// Features of each message, as indices into the kept vocabulary.
const counts = new Map<string, number>();
const featureSets = training.map((example) => features(tokenize(example.text)));
for (const set of featureSets)
  for (const feature of new Set(set)) counts.set(feature, (counts.get(feature) ?? 0) + 1);
const vocabulary = [...counts].filter(([, count]) => count >= settings.minCount).map(([feature]) => feature);
const indexOf = new Map(vocabulary.map((feature, index) => [feature, index]));
const rows = featureSets.map((set) => set.flatMap((feature) => indexOf.get(feature) ?? []));

const classes = modelClasses.length;
const weights = new Float64Array(vocabulary.length * classes);
const squares = new Float64Array(vocabulary.length * classes).fill(1e-8);
const bias = new Float64Array(classes);
const biasSquares = new Float64Array(classes).fill(1e-8);

/** A small deterministic generator for the order of examples in each epoch. */
function shuffled(count: number, seed: number): number[] {
  const order = Array.from({ length: count }, (_, index) => index);
  let state = seed;
  for (let index = count - 1; index > 0; index--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const other = state % (index + 1);
    [order[index], order[other]] = [order[other]!, order[index]!];
  }
  return order;
}

const probabilities = new Float64Array(classes);
for (let epoch = 0; epoch < settings.epochs; epoch++) {
  let loss = 0;
  for (const example of shuffled(rows.length, settings.seed + epoch)) {
    const row = rows[example]!;
    probabilities.set(bias);
    for (const feature of row)
      for (let c = 0; c < classes; c++) probabilities[c]! += weights[feature * classes + c]!;
    const max = Math.max(...probabilities);
    let sum = 0;
    for (let c = 0; c < classes; c++) sum += probabilities[c] = Math.exp(probabilities[c]! - max);
    const truth = classIndex(training[example]!);
    loss -= Math.log(probabilities[truth]! / sum);
    for (let c = 0; c < classes; c++) {
      const gradient = probabilities[c]! / sum - (c === truth ? 1 : 0);
      biasSquares[c]! += gradient * gradient;
      bias[c]! -= (settings.rate * gradient) / Math.sqrt(biasSquares[c]!);
      for (const feature of row) {
        const at = feature * classes + c;
        const g = gradient + settings.l2 * weights[at]!;
        squares[at]! += g * g;
        weights[at]! -= (settings.rate * g) / Math.sqrt(squares[at]!);
      }
    }
  }
  if (epoch % 10 === 9) console.error(`epoch ${epoch + 1}: mean loss ${(loss / rows.length).toFixed(4)}`);
}

const round = (value: number) => Math.round(value * 100) / 100;
const kept: Record<string, number[]> = {};
vocabulary.forEach((feature, index) => {
  const row = Array.from(weights.subarray(index * classes, (index + 1) * classes));
  if (row.some((value) => Math.abs(value) >= settings.keepAbove)) kept[feature] = row.map(round);
});

const perCategory = (value: number) =>
  Object.fromEntries(crisisCategories.map((category) => [category, value])) as Record<CrisisCategory, number>;
const data: CrisisModelData = {
  about: `npx tsx scripts/crisis-model/train.ts: ${training.length} messages (${vocabulary.length} features seen twice, ${Object.keys(kept).length} kept), ${JSON.stringify(settings)}`,
  bias: Array.from(bias, round),
  thresholds: perCategory(100),
  weights: kept,
};

// Thresholds, on the odd half. The model only adds to the rules: it speaks when they found nothing.
// (Letting it also drop the rules' matches it finds ordinary cut the ordinary messages raised on the
// development set from 4.8% to 1.7-2.5%, but cost signals the rules found on a blind round, which
// every held-out round's floor forbids; see src/crisis/README.md.) First, ordinary messages raised no
// more than by the rules alone; then the lowest category recall; then the total. One threshold for
// all categories on a grid, then each category's own in turn, twice over.
const model = createCrisisModel(data);
const scoreSet = (examples: Example[]): Scored[] =>
  examples.map((example) => ({
    example,
    rules: ruleCategories(example.text),
    margins: model.scoreText(example.text),
  }));
const odd = scoreSet(developmentExamples("odd"));
const even = scoreSet(developmentExamples("even"));
const grid = (from: number, to: number, step: number) =>
  Array.from({ length: Math.round((to - from) / step) + 1 }, (_, index) => round(from + index * step));
const decide = (thresholds: CrisisModelData["thresholds"]) => (item: Scored) => {
  if (item.rules.size > 0) return [...item.rules];
  const category = modelCategory(item.margins, thresholds);
  return category ? [category] : [];
};
const rulesOdd = score(odd, (item) => [...item.rules]);
const keyOf = (thresholds: CrisisModelData["thresholds"]) => {
  const figures = score(odd, decide(thresholds));
  return [
    -Math.max(0, figures.falsePositives - rulesOdd.falsePositives),
    Math.min(...figures.recalls),
    figures.recall,
  ];
};
/** Lexicographic comparison of two keys. */
const better = (key: number[], than: number[]) => {
  for (let index = 0; index < key.length; index++)
    if (key[index] !== than[index]) return key[index]! > than[index]!;
  return false;
};
let bestKey = keyOf(data.thresholds);
const candidates = grid(0, 15, 0.25);
for (const value of candidates) {
  const key = keyOf(perCategory(value));
  if (better(key, bestKey)) {
    data.thresholds = perCategory(value);
    bestKey = key;
  }
}
for (let pass = 0; pass < 2; pass++) {
  for (const category of crisisCategories) {
    for (const value of candidates) {
      const trial = { ...data.thresholds, [category]: value };
      const key = keyOf(trial);
      if (better(key, bestKey)) {
        data.thresholds = trial;
        bestKey = key;
      }
    }
  }
}

// How well the model ranks alone: its recall at the threshold that raises 1%, 2%, 5% of ordinary messages.
for (const [name, set] of [
  ["odd", odd],
  ["even", even],
] as const) {
  const ordinaryTop = set
    .filter((item) => item.example.label === "ordinary")
    .map((item) => Math.max(...item.margins))
    .sort((a, b) => b - a);
  const line = [0.01, 0.02, 0.05].map((rate) => {
    const at = ordinaryTop[Math.floor(rate * ordinaryTop.length)]! + 1e-9;
    const figures = score(set, (item) => {
      const category = modelCategory(item.margins, perCategory(at));
      return category ? [category] : [];
    });
    return `${rate * 100}% -> ${(100 * figures.recall).toFixed(1)}% (${figures.found.join("/")}) at ${at.toFixed(3)}`;
  });
  console.log(`model alone, ${name}: ${line.join("; ")}`);
}

for (const [name, set] of [
  ["odd half (thresholds chosen on it)", odd],
  ["even half (nothing chosen on it)", even],
  ["all of held-out-5", [...odd, ...even]],
] as const) {
  console.log(`== ${name}`);
  console.log(
    describe(
      "rules alone",
      score(set, (item) => [...item.rules]),
    ),
  );
  console.log(
    describe(
      "model alone",
      score(set, (item) => {
        const category = modelCategory(item.margins, data.thresholds);
        return category ? [category] : [];
      }),
    ),
  );
  console.log(describe("rules, then the model", score(set, decide(data.thresholds))));
}
console.log(`thresholds: ${JSON.stringify(data.thresholds)}; ${data.about}`);

if (!process.argv.includes("--dry-run")) {
  const file = path.join(scenarios, "crisis", "model.candidate.json");
  writeFileSync(file, `${JSON.stringify(data)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
