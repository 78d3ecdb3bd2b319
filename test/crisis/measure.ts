// Measures a detector on sets of signals and ordinary messages, for the measurement tests.
import { type CrisisCategory, crisisCategories } from "../../src/crisis/categories.ts";
import type { CrisisDetector } from "../../src/crisis/detector.ts";
import { type CrisisLanguage, crisisLanguages } from "../../src/crisis/phrases.ts";

export type Signals = Record<CrisisLanguage, Record<CrisisCategory, string[]>>;

interface Count {
  found: number;
  total: number;
}

export interface Recall extends Count {
  /** Messages that raised some other category: the person still sees the numbers. */
  flaggedOtherwise: number;
  byCategory: Record<CrisisCategory, Count>;
  byLanguage: Record<CrisisLanguage, Count>;
  misses: string[];
}

const zeroCounts = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, { found: 0, total: 0 }])) as Record<K, Count>;

export function measureRecall(detector: CrisisDetector, sets: Signals[]): Recall {
  const recall: Recall = {
    found: 0,
    total: 0,
    flaggedOtherwise: 0,
    byCategory: zeroCounts(crisisCategories),
    byLanguage: zeroCounts(crisisLanguages),
    misses: [],
  };
  for (const set of sets) {
    for (const language of crisisLanguages) {
      for (const category of crisisCategories) {
        for (const text of set[language][category]) {
          const categories = detector.detect(text).map((match) => match.category);
          const found = categories.includes(category) ? 1 : 0;
          for (const count of [recall, recall.byCategory[category], recall.byLanguage[language]]) {
            count.total++;
            count.found += found;
          }
          if (found) continue;
          if (categories.length > 0) recall.flaggedOtherwise++;
          recall.misses.push(
            `${language} ${category}: ${text}${categories.length > 0 ? ` (as ${categories})` : ""}`,
          );
        }
      }
    }
  }
  return recall;
}

export const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;

/** The figures, one line per category and language, then every miss. */
export function describeRecall(name: string, recall: Recall): string {
  const counts = (byKey: Record<string, Count>) =>
    Object.entries(byKey)
      .map(([key, count]) => `${key} ${count.found}/${count.total}`)
      .join(", ");
  return [
    `${name}: recall ${recall.found}/${recall.total} = ${percent(recall.found, recall.total)}`,
    `  by category: ${counts(recall.byCategory)}`,
    `  by language: ${counts(recall.byLanguage)}`,
    `  ${recall.flaggedOtherwise} more raised another category, so numbers were shown`,
    ...recall.misses.map((miss) => `  missed: ${miss}`),
  ].join("\n");
}

/** The ordinary messages that raised something, each with what it raised. */
export function falsePositives(detector: CrisisDetector, messages: string[]): string[] {
  return messages.flatMap((text) => {
    const matches = detector.detect(text);
    return matches.length === 0
      ? []
      : [`${text} -> ${matches.map((match) => `${match.category} "${match.matched}"`)}`];
  });
}

export function describeFalsePositives(name: string, raised: string[], total: number): string {
  return [
    `${name}: false positives ${raised.length}/${total} = ${percent(raised.length, total)}`,
    ...raised.map((line) => `  raised: ${line}`),
  ].join("\n");
}
