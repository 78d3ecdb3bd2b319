// The model's add thresholds chosen across spent rounds left out, not on one set (crisistune21): in crisistune20 the
// development set's odd half moved violence's threshold 0.25 -> 2.75, and round 20, blind, lost 7 violence signals.
// rounds.ts --dump writes each left-out round's scored messages (the model retrained without it, the rules as they
// are); this chooses the add thresholds on all of them together as choose.ts does on one set, keeping model.json's
// vetoes (the travel-pressure veto keeps the FAQ's questions about trips quiet), prints each round as its neighbour
// chose (rounds.ts) and as the other rounds choose (what a new round can expect), and with --write puts the
// thresholds into scenarios/crisis/model.json.
//   npx tsx scripts/crisis-model/rounds.ts --round 20 --dump left-out.jsonl   (and --round 19, --round 18)
//   npx tsx scripts/crisis-model/pool.ts left-out.jsonl [--at self-harm=0.5] [--write]
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type CrisisCategory, crisisCategories } from "../../src/crisis/categories.ts";
import type { CrisisModelData } from "../../src/crisis/model.ts";
import { choosePolicy, decide, type Policy } from "./choose.ts";
import type { Example } from "./corpus.ts";
import { describe, type Scored, score } from "./figures.ts";
import { chosen, scenarios } from "./fit.ts";

interface LeftOut {
  round: number | string;
  policy: Policy;
  items: (Example & { rules: CrisisCategory[]; firm: CrisisCategory[]; margins: (number | null)[] })[];
}

const file = path.join(scenarios, "crisis", "model.json");
const model = JSON.parse(readFileSync(file, "utf8")) as CrisisModelData;
const rounds = readFileSync(process.argv[2]!, "utf8")
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line) as LeftOut);

/** A round's scored messages, with model.json's vetoes already applied to the rules' categories. */
const scoredOf = ({ items }: LeftOut): Scored[] =>
  items.map(({ text, label, language, rules, firm, margins }) => {
    // JSON has no -Infinity (too few words for the model): rounds.ts wrote null for it.
    const scores = margins.map((margin) => margin ?? -Infinity);
    const kept = rules.filter((category) => {
      const margin = scores[crisisCategories.indexOf(category)]!;
      return (
        firm.includes(category) || margin === -Infinity || margin >= (model.veto?.[category] ?? -Infinity)
      );
    });
    return { example: { text, label, language }, rules: new Set(kept), firm: new Set(firm), margins: scores };
  });

const sets = rounds.map((round) => ({ round: round.round, policy: round.policy, set: scoredOf(round) }));
const choice = { ...chosen, veto: false };
const thresholds = (policy: Policy) => JSON.stringify(policy.add);
const figuresOf = (parts: { set: Scored[]; policy: Policy }[]) => {
  const policies = new Map(parts.flatMap(({ set, policy }) => set.map((item) => [item, policy] as const)));
  return score([...policies.keys()], (item) => decide(policies.get(item)!, item));
};

// "--at self-harm=0.5": one category's threshold set by hand after the choice (written down why in the README).
const fixedByHand = process.argv.flatMap((value, index, all) =>
  all[index - 1] === "--at" ? [value.split("=")] : [],
);
const pooled = choosePolicy(
  sets.flatMap(({ set }) => set),
  choice,
);
for (const [category, value] of fixedByHand) pooled.add[category as CrisisCategory] = Number(value);
const onOthers = sets.map(({ round, set }) => {
  const policy = choosePolicy(
    sets.flatMap((other) => (other.round === round ? [] : other.set)),
    choice,
  );
  console.log(
    describe(
      `round ${round}, thresholds ${thresholds(policy)} chosen on the others`,
      score(set, (item) => decide(policy, item)),
    ),
  );
  return { set, policy };
});
const all = sets.map(({ set }) => ({ set, policy: pooled }));
console.log(describe("every round, thresholds chosen on its neighbour (rounds.ts)", figuresOf(sets)));
console.log(describe("every round, thresholds chosen on the other rounds", figuresOf(onOthers)));
console.log(
  describe(`every round, thresholds ${thresholds(pooled)} chosen on all (in sample)`, figuresOf(all)),
);
console.log(
  describe(
    `every round, model.json's thresholds ${thresholds({ add: model.thresholds })}`,
    figuresOf(
      sets.map(({ set }) => ({
        set,
        policy: { add: model.thresholds, alongside: model.alongside ?? false },
      })),
    ),
  ),
);
if (process.argv.includes("--write")) {
  const about = model.about.replace(/; thresholds .*$/, "");
  const names = rounds.map(({ round }) => round).join(", ");
  const data = {
    ...model,
    about: `${about}; thresholds chosen on rounds ${names} left out (pool.ts), vetoes on the development set's odd half`,
    thresholds: pooled.add,
  };
  writeFileSync(file, `${JSON.stringify(data)}\n`);
  console.log(`wrote ${file}: thresholds ${thresholds(pooled)}`);
}
