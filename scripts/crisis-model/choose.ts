// How the rules and the model's margins make one decision, and how its thresholds are chosen on the
// development set's odd half. The model adds a category when the rules found nothing and its margin
// reaches the category's threshold; with a veto it also drops a rule's match whose category margin is
// below the veto threshold. A message too short for the model (margins -Infinity) is the rules' alone.
import { type CrisisCategory, crisisCategories } from "../../src/crisis/categories.ts";
import { modelCategory } from "../../src/crisis/model.ts";
import { type Figures, type Scored, score } from "./figures.ts";
import { round } from "./learn.ts";

export type PerCategory = Record<CrisisCategory, number>;
export interface Policy {
  add: PerCategory;
  veto?: PerCategory;
  /** The model adds its category also next to the rules' matches (one more category for the reply to weigh). */
  alongside?: boolean;
}

export const perCategory = (value: number) =>
  Object.fromEntries(crisisCategories.map((category) => [category, value])) as PerCategory;

export function decide(policy: Policy, item: Scored): CrisisCategory[] {
  const { veto } = policy;
  const kept = [...item.rules].filter((category) => {
    const margin = item.margins[crisisCategories.indexOf(category)]!;
    return !veto || item.firm.has(category) || margin === -Infinity || margin >= veto[category];
  });
  if (item.rules.size > 0 && !policy.alongside) return kept;
  const category = modelCategory(item.margins, policy.add, kept);
  return category && !kept.includes(category) ? [...kept, category] : kept;
}

/**
 * What a choice aims at, compared lexicographically (higher is better):
 * - "recall": raise no more ordinary messages than the rules alone, then the lowest category recall,
 *   then the total, then fewer ordinary messages;
 * - "quiet": lose no category's signals against the rules alone, then the fewest ordinary messages,
 *   then the total recall;
 * - "budget": raise no more than a given share of the ordinary messages, then the lowest category
 *   recall, then the total, then fewer ordinary messages;
 * - "floor": raise no more than the budget, then bring every category up to `floor`, then the fewest ordinary
 *   messages, then the total: what a category already past the floor would spend is saved instead.
 */
export type Aim = "recall" | "quiet" | "budget" | "floor";

function keyOf(aim: Aim, budget: number, floor: number, figures: Figures, rules: Figures): number[] {
  if (aim === "recall")
    return [
      -Math.max(0, figures.falsePositives - rules.falsePositives),
      Math.min(...figures.recalls),
      figures.recall,
      -figures.falsePositives,
    ];
  if (aim === "budget")
    return [
      -Math.max(0, figures.falsePositives - budget),
      Math.min(...figures.recalls),
      figures.recall,
      -figures.falsePositives,
    ];
  if (aim === "floor")
    return [
      -Math.max(0, figures.falsePositives - budget),
      Math.min(floor, ...figures.recalls),
      -figures.falsePositives,
      figures.recall,
    ];
  const lost = figures.found.reduce((sum, found, index) => sum + Math.max(0, rules.found[index]! - found), 0);
  return [-lost, -figures.falsePositives, figures.recall];
}

const better = (key: number[], than: number[]) => {
  for (let index = 0; index < key.length; index++)
    if (key[index] !== than[index]) return key[index]! > than[index]!;
  return false;
};

const grid = (from: number, to: number, step: number) =>
  Array.from({ length: Math.round((to - from) / step) + 1 }, (_, index) => round(from + index * step));

/**
 * Thresholds chosen on `set` for an aim: one add threshold for all categories on a grid, then each
 * category's own in turn, then (with a veto) each category's veto threshold, twice over.
 */
export interface Choice {
  aim: Aim;
  /** For the "budget" aim: the share of ordinary messages that may be raised. */
  budget: number;
  /** For the "floor" aim: the recall every category is brought up to before fewer ordinary messages count. */
  floor: number;
  veto: boolean;
  /** The lowest veto threshold tried: how far below "ordinary" a rule's match may stand and still be kept. */
  vetoFrom: number;
  alongside: boolean;
}

export function choosePolicy(
  set: readonly Scored[],
  { aim, budget, floor, veto: withVeto, vetoFrom, alongside }: Choice,
): Policy {
  const rules = score(set, (item) => [...item.rules]);
  const keyFor = (policy: Policy) =>
    keyOf(
      aim,
      budget,
      floor,
      score(set, (item) => decide(policy, item)),
      rules,
    );
  let policy: Policy = {
    add: perCategory(100),
    ...(withVeto ? { veto: perCategory(-100) } : {}),
    ...(alongside ? { alongside } : {}),
  };
  let best = keyFor(policy);
  const tryPolicy = (trial: Policy) => {
    const key = keyFor(trial);
    if (better(key, best)) {
      policy = trial;
      best = key;
    }
  };
  const addGrid = grid(0, 15, 0.25);
  for (const value of addGrid) tryPolicy({ ...policy, add: perCategory(value) });
  for (let pass = 0; pass < 2; pass++) {
    for (const category of crisisCategories) {
      for (const value of addGrid) tryPolicy({ ...policy, add: { ...policy.add, [category]: value } });
      // Self-harm's matches are never dropped: questions about suicide get the gentle reply through
      // them (the lead's decision, test/crisis/pinned.ts), and a missed self-harm signal costs most.
      if (!withVeto || category === "self-harm") continue;
      for (const value of grid(vetoFrom, 5, 0.25))
        tryPolicy({ ...policy, veto: { ...policy.veto!, [category]: value } });
    }
  }
  return policy;
}
