// The shape of a crisis training file: labelled messages in one language, written for the model to learn from.
import type { CrisisCategory } from "../../../src/crisis/categories.ts";
export interface TrainingSet {
  signals: Record<CrisisCategory, string[]>;
  ordinary: string[];
}
