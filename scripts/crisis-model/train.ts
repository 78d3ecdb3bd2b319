// Trains the crisis model (src/crisis/model.ts) and writes scenarios/crisis/model.json, which the
// detector reads (src/crisis/README.md says how it is used and why):
//   npx tsx scripts/crisis-model/train.ts            train, choose thresholds, write, print figures
//   npx tsx scripts/crisis-model/train.ts --dry-run  the same without writing
//   npx tsx scripts/crisis-model/train.ts --compare  the variants tried, figures only
//   ... --set l2=0.0005 --set minimumWords=3         other settings, for trying them on the odd half
// The data is corpus.ts's; learning is learn.ts's (fixed seed and order: the same data gives the same
// file); the thresholds are chosen on the development set's odd half (choose.ts), and the even half's
// figures are the ones nothing was chosen on.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { modelCategory } from "../../src/crisis/model.ts";
import { decide, type Policy, perCategory } from "./choose.ts";
import { developmentExamples, trainingExamples } from "./corpus.ts";
import { describe, type Scored, score } from "./figures.ts";
import { chosen, fitModel, ruleCategories, scenarios, settingsFromArguments, type Variant } from "./fit.ts";

/** Only adding when the rules found nothing: the design before this one. */
const addOnly = { stack: false, veto: false, alongside: false };

/** What --compare trains and measures besides the chosen variant (src/crisis/README.md has the figures). */
const variants: Variant[] = [
  chosen,
  { ...chosen, name: "the same, raising no more than the rules", aim: "recall" },
  { ...chosen, name: "the same, within 2%", aim: "budget", budget: 0.02 },
  { ...chosen, name: "the same, within 1%", aim: "budget", budget: 0.01 },
  { ...chosen, name: "the same, losing no category, fewest raised", aim: "quiet" },
  { ...chosen, name: "the same, no minimum of words", minimumWords: 1 },
  { ...chosen, name: "rules as features, a veto", alongside: false },
  { ...chosen, name: "a veto, the model alongside", stack: false },
  { ...chosen, name: "a veto", stack: false, alongside: false },
  { ...chosen, ...addOnly, name: "rules, then the model" },
  { ...chosen, ...addOnly, name: "rules, then the model, ordinary weighs twice", ordinaryWeight: 2 },
];

const training = trainingExamples(ruleCategories);
const development = { odd: developmentExamples("odd"), even: developmentExamples("even") };

interface Trained {
  variant: Variant;
  data: ReturnType<typeof fitModel>["data"];
  policy: Policy;
  odd: Scored[];
  even: Scored[];
}

function train(variant: Variant): Trained {
  const fitted = fitModel(variant, training, development.odd);
  const { data, policy, scoreSet } = fitted;
  return { variant, data, policy, odd: scoreSet(development.odd), even: scoreSet(development.even) };
}

const onlyRules = (item: Scored) => [...item.rules];

/** How well the model ranks alone: its recall where its threshold raises 1%, 2% and 5% of ordinary messages. */
function ranking(set: readonly Scored[]): string {
  const ordinaryTop = set
    .filter((item) => item.example.label === "ordinary")
    .map((item) => Math.max(...item.margins))
    .sort((a, b) => b - a);
  return [0.01, 0.02, 0.05]
    .map((rate) => {
      const at = ordinaryTop[Math.floor(rate * ordinaryTop.length)]! + 1e-9;
      const figures = score(set, modelAlone({ add: perCategory(at) }));
      return `${rate * 100}% -> ${(100 * figures.recall).toFixed(1)}%`;
    })
    .join(", ");
}
const modelAlone = (policy: Policy) => (item: Scored) => {
  const category = modelCategory(item.margins, policy.add);
  return category ? [category] : [];
};

function report({ variant, policy, odd, even }: Trained): void {
  console.log(`## ${variant.name}: ${JSON.stringify(policy)}`);
  console.log(`model alone ranks (ordinary raised -> recall), odd: ${ranking(odd)}; even: ${ranking(even)}`);
  for (const [name, set] of [
    ["odd half (thresholds chosen on it)", odd],
    ["even half (nothing chosen on it)", even],
  ] as const) {
    console.log(`== ${name}`);
    console.log(describe("rules alone", score(set, onlyRules)));
    console.log(describe("model alone", score(set, modelAlone(policy))));
    console.log(
      describe(
        variant.name,
        score(set, (item) => decide(policy, item)),
      ),
    );
  }
}

if (process.argv.includes("--compare")) {
  for (const variant of variants.map(settingsFromArguments)) {
    const trained = train(variant);
    if (variant === chosen) console.log(describe("rules alone, even", score(trained.even, onlyRules)));
    console.log(
      describe(
        `${variant.name}, odd`,
        score(trained.odd, (item) => decide(trained.policy, item)),
      ),
    );
    console.log(
      describe(
        `${variant.name}, even`,
        score(trained.even, (item) => decide(trained.policy, item)),
      ),
    );
    console.log(`  ${JSON.stringify(trained.policy)}`);
    console.log(
      `  model alone ranks (ordinary raised -> recall), odd: ${ranking(trained.odd)}; even: ${ranking(trained.even)}`,
    );
  }
} else {
  const trained = train(settingsFromArguments(chosen));
  report(trained);
  console.log(trained.data.about);
  if (!process.argv.includes("--dry-run")) {
    const file = path.join(scenarios, "crisis", "model.json");
    writeFileSync(file, `${JSON.stringify(trained.data)}\n`);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}
