// Learns the crisis model's weights (src/crisis/model.ts) from labelled messages: softmax regression
// over each message's features, AdaGrad with L2, in a fixed order per epoch (a seeded shuffle), so the
// same data and settings give the same weights. Features seen in fewer than minCount messages, and
// features whose margins are too small to change a decision, are left out; weights are rounded to 0.01.
import { modelClasses } from "../../src/crisis/model.ts";
import type { Example } from "./corpus.ts";

export interface LearnSettings {
  epochs: number;
  rate: number;
  l2: number;
  minCount: number;
  keepAbove: number;
  seed: number;
  /**
   * How many orders to learn in (seed, seed + 1000, ...); their weights are averaged before pruning, so
   * a category's figures no longer move by a few messages with the seed alone.
   */
  seeds: number;
  /** How much an ordinary message's error counts against a signal's (class weight). */
  ordinaryWeight: number;
}

export interface Learned {
  bias: number[];
  weights: Record<string, number[]>;
  /** Features seen at least minCount times. */
  vocabulary: number;
}

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

export const round = (value: number) => Math.round(value * 100) / 100;

/** `featuresOf` gives each example's features, as often as they occur. */
export function learn(
  examples: readonly Example[],
  featuresOf: (example: Example) => string[],
  settings: LearnSettings,
): Learned {
  const counts = new Map<string, number>();
  const featureSets = examples.map(featuresOf);
  for (const set of featureSets)
    for (const feature of new Set(set)) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const vocabulary = [...counts]
    .filter(([, count]) => count >= settings.minCount)
    .map(([feature]) => feature);
  const indexOf = new Map(vocabulary.map((feature, index) => [feature, index]));
  const rows = featureSets.map((set) => set.flatMap((feature) => indexOf.get(feature) ?? []));
  const truths = examples.map((example) => modelClasses.indexOf(example.label));
  const ordinary = modelClasses.indexOf("ordinary");

  const classes = modelClasses.length;
  const weights = new Float64Array(vocabulary.length * classes);
  const bias = new Float64Array(classes);
  for (let run = 0; run < settings.seeds; run++) {
    const once = learnOnce(rows, truths, vocabulary.length, settings, settings.seed + 1000 * run);
    once.weights.forEach((value, at) => {
      weights[at]! += value / settings.seeds;
    });
    once.bias.forEach((value, c) => {
      bias[c]! += value / settings.seeds;
    });
  }

  // Only margins (a category's score minus ordinary's) are ever read, so each row is stored as its margins
  // with ordinary's column 0, and a feature whose every margin is small is left out.
  const centred = (row: ArrayLike<number>) => Array.from(row, (value) => round(value - row[ordinary]!));
  const kept: Record<string, number[]> = {};
  vocabulary.forEach((feature, index) => {
    const row = centred(weights.subarray(index * classes, (index + 1) * classes));
    if (row.some((value) => Math.abs(value) >= settings.keepAbove)) kept[feature] = row;
  });
  return { bias: centred(bias), weights: kept, vocabulary: vocabulary.length };
}

/** One pass of AdaGrad over the rows, in the order the seed gives each epoch. */
function learnOnce(
  rows: readonly number[][],
  truths: readonly number[],
  features: number,
  settings: LearnSettings,
  seed: number,
): { weights: Float64Array; bias: Float64Array } {
  const classes = modelClasses.length;
  const ordinary = modelClasses.indexOf("ordinary");
  const weights = new Float64Array(features * classes);
  const squares = new Float64Array(features * classes).fill(1e-8);
  const bias = new Float64Array(classes);
  const biasSquares = new Float64Array(classes).fill(1e-8);
  const probabilities = new Float64Array(classes);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (const example of shuffled(rows.length, seed + epoch)) {
      const row = rows[example]!;
      const truth = truths[example]!;
      const weight = truth === ordinary ? settings.ordinaryWeight : 1;
      probabilities.set(bias);
      for (const feature of row)
        for (let c = 0; c < classes; c++) probabilities[c]! += weights[feature * classes + c]!;
      const max = Math.max(...probabilities);
      let sum = 0;
      for (let c = 0; c < classes; c++) sum += probabilities[c] = Math.exp(probabilities[c]! - max);
      for (let c = 0; c < classes; c++) {
        const gradient = weight * (probabilities[c]! / sum - (c === truth ? 1 : 0));
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
  }
  return { weights, bias };
}
