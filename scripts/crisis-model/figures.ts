// The figures the crisis model is judged by, the way scripts/eval/crisis.ts counts them: a signal
// is found when its own category is raised; an ordinary message is a false positive when anything is.
import { type CrisisCategory, crisisCategories } from "../../src/crisis/categories.ts";
import { crisisLanguages } from "../../src/crisis/phrases.ts";
import type { Example } from "./corpus.ts";

export interface Scored {
  example: Example;
  /** The categories the patterns and concept rules raised. */
  rules: Set<CrisisCategory>;
  /** Of those, the ones a firm concept rule raised: the veto does not drop them. */
  firm: Set<CrisisCategory>;
  /** The model's margin per category. */
  margins: number[];
}

export interface Figures {
  recall: number;
  /** Per category, in crisisCategories' order. */
  recalls: number[];
  found: number[];
  totals: number[];
  falsePositives: number;
  /** Per language: raised / ordinary messages. */
  raisedByLanguage: Record<string, [number, number]>;
}

export function score(set: readonly Scored[], decide: (item: Scored) => CrisisCategory[]): Figures {
  const found = crisisCategories.map(() => 0);
  const totals = crisisCategories.map(() => 0);
  const raisedByLanguage: Record<string, [number, number]> = {};
  let raised = 0;
  let ordinary = 0;
  for (const item of set) {
    const categories = decide(item);
    const { label, language } = item.example;
    if (label === "ordinary") {
      ordinary++;
      raisedByLanguage[language] ??= [0, 0];
      const count = raisedByLanguage[language];
      count[1]++;
      if (categories.length > 0) {
        raised++;
        count[0]++;
      }
      continue;
    }
    const index = crisisCategories.indexOf(label);
    totals[index]!++;
    if (categories.includes(label)) found[index]!++;
  }
  const signals = totals.reduce((a, b) => a + b, 0);
  return {
    recall: found.reduce((a, b) => a + b, 0) / Math.max(signals, 1),
    recalls: found.map((count, index) => count / Math.max(totals[index]!, 1)),
    found,
    totals,
    falsePositives: raised / Math.max(ordinary, 1),
    raisedByLanguage,
  };
}

const percent = (fraction: number) => `${(100 * fraction).toFixed(1)}%`;

export function describe(name: string, figures: Figures): string {
  const categories = crisisCategories
    .map((category, index) => `${category} ${figures.found[index]}/${figures.totals[index]}`)
    .join(", ");
  const raised = Object.values(figures.raisedByLanguage).reduce((a, b) => a + b[0], 0);
  const ordinary = Object.values(figures.raisedByLanguage).reduce((a, b) => a + b[1], 0);
  const languages = crisisLanguages
    .filter((language) => figures.raisedByLanguage[language])
    .map((language) => `${language} ${figures.raisedByLanguage[language]!.join("/")}`)
    .join(", ");
  return `${name}: recall ${percent(figures.recall)} (${categories}); raised ${raised}/${ordinary} = ${percent(figures.falsePositives)} (${languages})`;
}
