// One fit of the crisis model, shared by train.ts (the file in use) and rounds.ts (leave one round out):
// learn the weights on some messages, score others, choose the thresholds on a set held back from learning.
import path from "node:path";
import { type CrisisCategory, crisisCategories } from "../../src/crisis/categories.ts";
import { createCrisisDetector } from "../../src/crisis/detector.ts";
import {
  type CrisisModel,
  type CrisisModelData,
  createCrisisModel,
  features,
  ruleFeature,
} from "../../src/crisis/model.ts";
import { loadCrisisPhrases } from "../../src/crisis/phrases.ts";
import { tokenize } from "../../src/crisis/text.ts";
import { type Aim, choosePolicy, type Policy } from "./choose.ts";
import type { Example } from "./corpus.ts";
import type { Scored } from "./figures.ts";
import { type LearnSettings, learn } from "./learn.ts";

export const scenarios = path.resolve(import.meta.dirname, "../../scenarios");
const { model: _inUse, ...phrases } = loadCrisisPhrases(scenarios);
const rules = createCrisisDetector(phrases);
const ruleMemo = new Map<string, { found: Set<CrisisCategory>; firm: Set<CrisisCategory> }>();
function ruleMatches(text: string) {
  const known = ruleMemo.get(text);
  if (known) return known;
  const matches = rules.detect(text);
  const found = {
    found: new Set(matches.map((match) => match.category)),
    firm: new Set(matches.filter((match) => match.firm).map((match) => match.category)),
  };
  ruleMemo.set(text, found);
  return found;
}
/** The categories the patterns and concept rules raise in a text (the model's file apart). */
export const ruleCategories = (text: string) => ruleMatches(text).found;

export interface Variant extends LearnSettings {
  name: string;
  minimumWords: number;
  /** The rules' categories as features of the model (stacking); used only with a veto. */
  stack: boolean;
  veto: boolean;
  alongside: boolean;
  aim: Aim;
  budget: number;
  floor: number;
  vetoFrom: number;
}

export const chosen: Variant = {
  name: "rules as features, a veto, the model alongside",
  epochs: 10,
  rate: 0.05,
  l2: 1e-3,
  minCount: 2,
  // 0.1 until crisistune14, 0.11 until crisistune15 and 0.12 until crisistune16: with rounds 13 and g, then rounds
  // 14 and 15, the file grew past model.test.ts's 5,000,000 bytes (round 15 at 0.12: 5,001,243); 0.121 until
  // crisistune19 (round 18 at 0.121: 5,023,861). Weights are kept to 0.01, so 0.131 keeps those of 0.14 or more.
  keepAbove: 0.131,
  seed: 7,
  seeds: 3,
  ordinaryWeight: 1.25,
  minimumWords: 4,
  stack: true,
  veto: true,
  alongside: true,
  aim: "floor",
  budget: 0.02,
  floor: 0.92,
  // -15 until crisistune18: retrained with round 17, the odd half chose a travel-pressure veto of -4.25 for one more
  // signal of 96, and 34 more of 6,182 spent FAQ phrasings (questions about hijra, Syria, trips) got the crisis reply.
  vetoFrom: 0,
};

/** A variant with the `--set name=value` arguments applied. */
export function settingsFromArguments(base: Variant): Variant {
  const variant = { ...base };
  for (const argument of process.argv.flatMap((value, index, all) =>
    all[index - 1] === "--set" ? [value] : [],
  )) {
    const [name, value] = argument.split("=") as [keyof Variant, string];
    if (!(name in variant) || name === "name") throw new Error(`unknown setting ${name}`);
    (variant as Record<string, unknown>)[name] =
      value === "true" || value === "false" ? value === "true" : name === "aim" ? value : Number(value);
  }
  return variant;
}

export interface Fitted {
  data: CrisisModelData;
  policy: Policy;
  model: CrisisModel;
  /** Scores messages with the learned weights and the rules, for the figures. */
  scoreSet(examples: readonly Example[]): Scored[];
}

/** Learns on `training`, then chooses the thresholds on `choosing` (never learned on). */
export function fitModel(
  variant: Variant,
  training: readonly Example[],
  choosing: readonly Example[],
): Fitted {
  const learned = learn(
    training,
    (example: Example) => [
      ...features(tokenize(example.text)),
      ...(variant.stack ? [...ruleCategories(example.text)].map(ruleFeature) : []),
    ],
    variant,
  );
  const {
    name: _name,
    minimumWords,
    stack: _stack,
    veto: _veto,
    alongside: _alongside,
    aim,
    budget,
    floor,
    vetoFrom: _vetoFrom,
    ...settings
  } = variant;
  const data: CrisisModelData = {
    about: `npx tsx scripts/crisis-model/train.ts: ${training.length} messages (${learned.vocabulary} features seen twice, ${Object.keys(learned.weights).length} kept), ${JSON.stringify(settings)}; thresholds aiming at ${aim === "budget" ? `${budget * 100}% of ordinary messages` : aim === "floor" ? `${floor * 100}% of each category within ${budget * 100}% of ordinary messages` : aim} on the development set's odd half`,
    bias: learned.bias,
    thresholds: Object.fromEntries(crisisCategories.map((category) => [category, 100])) as Policy["add"],
    minimumWords,
    features: Object.keys(learned.weights),
    weights: Object.values(learned.weights).flat(),
  };
  const model = createCrisisModel(data);
  const scoreSet = (examples: readonly Example[]): Scored[] =>
    examples.map((example) => {
      const { found: raised, firm } = ruleMatches(example.text);
      return {
        example,
        rules: raised,
        firm,
        margins: model.scoreText(example.text, variant.stack ? [...raised] : []),
      };
    });
  const policy = choosePolicy(scoreSet(choosing), variant);
  data.thresholds = policy.add;
  if (policy.veto) data.veto = policy.veto;
  if (policy.alongside) data.alongside = true;
  return { data, policy, model, scoreSet };
}
