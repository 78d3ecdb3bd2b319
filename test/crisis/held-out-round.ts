// What every held-out crisis round's test checks (held-out-5.test.ts, held-out-6.test.ts): its shape (size per
// language and category, alphabets, no message twice, none copied from a set tuned or measured on before), its
// figures printed by language and category through the same scoring as `npm run eval` (scripts/eval/crisis.ts),
// never the missed messages, so that running the test does not turn the round into a tuning set, and a floor.
import { describe, expect, it } from "vitest";
import { evaluateCrisis } from "../../scripts/eval/crisis.ts";
import { type CrisisCategory, crisisCategories } from "../../src/crisis/categories.ts";
import { type CrisisLanguage, crisisLanguages } from "../../src/crisis/phrases.ts";
import type { HeldOutRound } from "./held-out-3.ts";
import { percent } from "./measure.ts";

export interface HeldOutRoundCheck {
  /** "sixth": the round's name in the test titles. */
  name: string;
  number: number;
  round: HeldOutRound;
  ordinaryByLanguage: Record<CrisisLanguage, string[]>;
  /** The modules of every set the detector was tuned or measured on before this round. */
  earlierSets: unknown[];
  floor: {
    /** "before this round's tuning" or "after this round's tuning". */
    measured: string;
    found: Record<CrisisCategory, number>;
    falsePositives: number;
  };
}

const latinLetters = /[a-z]/i;
const cyrillicLetters = /[а-яёәіңғүұқөһ]/i;
const kazakhLatinLetters = /[qğñşūäöüı]/i;

/** Every string in a module's exports, whatever shape its sets have. */
export const strings = (value: unknown): string[] =>
  typeof value === "string"
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(strings)
      : value !== null && typeof value === "object"
        ? Object.values(value).flatMap(strings)
        : [];
/** Case, punctuation and spacing apart, so that a copy with a changed comma still counts as one. */
const normalised = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

export function describeHeldOutRound({
  name,
  number,
  round,
  ordinaryByLanguage,
  earlierSets,
  floor,
}: HeldOutRoundCheck): void {
  /** The round cut down to one language, scored alone. */
  const onlyLanguage = (language: CrisisLanguage) =>
    evaluateCrisis({
      signals: Object.fromEntries(
        crisisLanguages.map((other) => [
          other,
          other === language
            ? round.signals[other]
            : Object.fromEntries(crisisCategories.map((category) => [category, []])),
        ]),
      ) as typeof round.signals,
      ordinary: ordinaryByLanguage[language],
    });

  describe(`the ${name} held-out round`, () => {
    describeRoundShape({ round, ordinaryByLanguage, earlierSets });

    it("prints the detector's recall and false positives on it, without the messages", () => {
      const score = evaluateCrisis(round);
      const found = Math.round(score.recall * score.signals);
      const raised = Math.round(score.falsePositives * score.ordinary);
      const byLanguage = crisisLanguages.map((language) => {
        const alone = onlyLanguage(language);
        const categories = crisisCategories
          .map(
            (category) =>
              `${category} ${alone.byCategory[category].found}/${alone.byCategory[category].total}`,
          )
          .join(", ");
        const foundHere = Math.round(alone.recall * alone.signals);
        const raisedHere = Math.round(alone.falsePositives * alone.ordinary);
        return `  ${language}: recall ${foundHere}/${alone.signals} (${categories}); false positives ${raisedHere}/${alone.ordinary} = ${percent(raisedHere, alone.ordinary)}`;
      });
      console.log(
        [
          `held-out round ${number}: recall ${found}/${score.signals} = ${percent(found, score.signals)}`,
          `  by category: ${crisisCategories.map((category) => `${category} ${score.byCategory[category].found}/${score.byCategory[category].total}`).join(", ")}`,
          ...byLanguage,
          `held-out round ${number} ordinary: false positives ${raised}/${score.ordinary} = ${percent(raised, score.ordinary)}`,
        ].join("\n"),
      );
      expect(score.signals).toBe(
        crisisLanguages.flatMap((language) => Object.values(round.signals[language]).flat()).length,
      );
      expect(score.ordinary).toBe(round.ordinary.length);
    });

    it(`keeps the figures measured ${floor.measured}, as a floor`, () => {
      const score = evaluateCrisis(round);
      for (const category of crisisCategories)
        expect(score.byCategory[category].found, category).toBeGreaterThanOrEqual(floor.found[category]);
      expect(Math.round(score.falsePositives * score.ordinary)).toBeLessThanOrEqual(floor.falsePositives);
    });
  });
}

/**
 * The shape of any round of labelled messages (a held-out round, or a round written to be trained on): its
 * size per language and category, alphabets, no message twice and none copied from `earlierSets`. A copy
 * prints this round's message only, never another set's.
 */
export function describeRoundShape({
  round,
  ordinaryByLanguage,
  earlierSets,
}: Pick<HeldOutRoundCheck, "round" | "ordinaryByLanguage" | "earlierSets">): void {
  const signalsOf = (language: CrisisLanguage) => Object.values(round.signals[language]).flat();
  const allMessages = [...crisisLanguages.flatMap(signalsOf), ...round.ordinary];
  it("has at least 30 signals per category and 120 per language, and 200 ordinary messages per language", () => {
    for (const language of crisisLanguages) {
      for (const category of crisisCategories)
        expect(round.signals[language][category].length, `${language} ${category}`).toBeGreaterThanOrEqual(
          30,
        );
      expect(signalsOf(language).length, language).toBeGreaterThanOrEqual(120);
      expect(ordinaryByLanguage[language].length, language).toBeGreaterThanOrEqual(200);
    }
    expect(round.ordinary).toEqual(crisisLanguages.flatMap((language) => ordinaryByLanguage[language]));
  });

  it("holds no message twice, even with other punctuation or case", () => {
    expect(new Set(allMessages.map(normalised)).size).toBe(allMessages.length);
  });

  it("shares no message with the sets the detector was tuned or measured on before", () => {
    const earlier = new Set(earlierSets.flatMap(strings).map(normalised));
    expect(allMessages.filter((text) => earlier.has(normalised(text)))).toEqual([]);
  });

  it("writes Kazakh in Cyrillic, in the 2021 Latin alphabet and in phone spellings, and Russian in Latin letters too", () => {
    for (const category of crisisCategories) {
      const kk = round.signals.kk[category];
      const kkLatin = kk.filter((text) => !cyrillicLetters.test(text));
      expect(kkLatin.length, `kk latin ${category}`).toBeGreaterThanOrEqual(5);
      expect(
        kkLatin.filter((text) => kazakhLatinLetters.test(text)).length,
        `kk 2021 alphabet ${category}`,
      ).toBeGreaterThanOrEqual(1);
      expect(
        kkLatin.filter((text) => !kazakhLatinLetters.test(text)).length,
        `kk phone spelling ${category}`,
      ).toBeGreaterThanOrEqual(1);
      expect(
        kk.filter((text) => !latinLetters.test(text)).length,
        `kk cyrillic ${category}`,
      ).toBeGreaterThanOrEqual(20);
      expect(
        round.signals.ru[category].filter((text) => !cyrillicLetters.test(text)).length,
        `ru latin ${category}`,
      ).toBeGreaterThanOrEqual(1);
    }
    for (const language of ["kk", "ru"] as const)
      expect(
        ordinaryByLanguage[language].filter((text) => !cyrillicLetters.test(text)).length,
        `${language} ordinary in latin letters`,
      ).toBeGreaterThanOrEqual(3);
  });
}
