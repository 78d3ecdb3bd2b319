// The crisis half of `npm run eval`: how the crisis detector does on the newest held-out round
// (test/crisis/held-out-22.ts), written blind before this round of tuning and never tuned on
// (the earlier rounds, held-out-21 included, are spent: they are tuning sets now; held-out-10.test.ts to
// held-out-21.test.ts still score their rounds through evaluateCrisis(tenthHeldOutRound) and the like).
// A signal is
// found when the detector raises its category (another category alone does not count, although
// the person would still see the emergency numbers); an ordinary message is a false positive when
// it raises anything. Run alone, `npx tsx scripts/eval/crisis.ts` prints the figures as JSON and,
// with --misses, every miss and false positive.
import { pathToFileURL } from "node:url";
import { type CrisisCategory, crisisCategories } from "../../src/crisis/categories.ts";
import { crisisLanguages } from "../../src/crisis/phrases.ts";
import type { HeldOutRound } from "../../test/crisis/held-out-3.ts";
import { twentySecondHeldOutRound } from "../../test/crisis/held-out-22.ts";
import { testContent } from "../../test/support/content.ts";

export interface CrisisScore {
  /** How many crisis messages the set holds. */
  signals: number;
  /** Fraction 0–1 of them whose category the detector raised. */
  recall: number;
  /** How many ordinary messages the set holds. */
  ordinary: number;
  /** Fraction 0–1 of them that raised any category. */
  falsePositives: number;
  byCategory: Record<CrisisCategory, { found: number; total: number }>;
}

export interface CrisisEvaluation extends CrisisScore {
  /** "language category: text (raised ...)" for every signal whose category was not raised. */
  misses: string[];
  /** "text -> category" for every ordinary message that raised something. */
  raised: string[];
}

/** Scores the detector on the real phrases against a held-out round (the twenty-second unless told), with its misses. */
export function evaluateCrisisInDetail(round: HeldOutRound = twentySecondHeldOutRound): CrisisEvaluation {
  const { detector } = testContent().crisis;
  const byCategory = Object.fromEntries(
    crisisCategories.map((category) => [category, { found: 0, total: 0 }]),
  ) as Record<CrisisCategory, { found: number; total: number }>;
  const misses: string[] = [];
  let signals = 0;
  let found = 0;
  for (const language of crisisLanguages) {
    for (const category of crisisCategories) {
      for (const text of round.signals[language][category]) {
        const raised = detector.detect(text).map((match) => match.category);
        signals++;
        byCategory[category].total++;
        if (raised.includes(category)) {
          found++;
          byCategory[category].found++;
        } else {
          misses.push(`${language} ${category}: ${text}${raised.length > 0 ? ` (raised ${raised})` : ""}`);
        }
      }
    }
  }
  const raised = round.ordinary.flatMap((text) => {
    const matches = detector.detect(text);
    return matches.length === 0 ? [] : [`${text} -> ${matches.map((match) => match.category)}`];
  });
  const ordinary = round.ordinary.length;
  return {
    signals,
    recall: signals === 0 ? 0 : found / signals,
    ordinary,
    falsePositives: ordinary === 0 ? 0 : raised.length / ordinary,
    byCategory,
    misses,
    raised,
  };
}

/** The figures `npm run eval` prints under "crisis", on a held-out round (the twenty-second unless told). */
export function evaluateCrisis(round: HeldOutRound = twentySecondHeldOutRound): CrisisScore {
  const { signals, recall, ordinary, falsePositives, byCategory } = evaluateCrisisInDetail(round);
  return { signals, recall, ordinary, falsePositives, byCategory };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const evaluation = evaluateCrisisInDetail();
  const { misses, raised, ...score } = evaluation;
  console.log(JSON.stringify(score));
  if (process.argv.includes("--misses")) {
    for (const line of misses) console.log(`missed: ${line}`);
    for (const line of raised) console.log(`raised: ${line}`);
  }
}
