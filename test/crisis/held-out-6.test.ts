// The sixth held-out round (held-out-6.ts): the detector's figures on messages nobody tuned on.
// The figures are printed, by language and category, through the same scoring as `npm run eval`
// (scripts/eval/crisis.ts); the messages it misses are not printed, so that running this test
// does not turn the round into a tuning set. The figures measured before this round's tuning are
// held as a floor: a change that loses a signal or raises one more ordinary message than then fails.
// The set's shape is asserted too, so that nobody quietly shrinks it, lets a language or category
// thin out, or copies a message from a set the detector was tuned or measured on before.
import { describe, expect, it } from "vitest";
import { evaluateCrisis } from "../../scripts/eval/crisis.ts";
import { crisisCategories } from "../../src/crisis/categories.ts";
import { crisisLanguages } from "../../src/crisis/phrases.ts";
import * as thirdRound from "./held-out-3.ts";
import * as fourthRound from "./held-out-4.ts";
import * as fifthRound from "./held-out-5.ts";
import { sixthHeldOutRound, sixthRoundOrdinary } from "./held-out-6.ts";
import { percent } from "./measure.ts";
import * as earlierMessages from "./messages.ts";
import * as thirdPerson from "./third-person.ts";
import * as sixthTuning from "./tuning-6.ts";
import * as seventhTuning from "./tuning-7.ts";

const latinLetters = /[a-z]/i;
const cyrillicLetters = /[а-яёәіңғүұқөһ]/i;
const kazakhLatinLetters = /[qğñşūäöüı]/i;

/** Every string in a module's exports, whatever shape its sets have. */
const strings = (value: unknown): string[] =>
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

type Language = (typeof crisisLanguages)[number];
const signalsOf = (language: Language) => Object.values(sixthHeldOutRound.signals[language]).flat();
const allMessages = [...crisisLanguages.flatMap(signalsOf), ...sixthHeldOutRound.ordinary];

/** The round cut down to one language, scored alone. */
const onlyLanguage = (language: Language) =>
  evaluateCrisis({
    signals: Object.fromEntries(
      crisisLanguages.map((other) => [
        other,
        other === language
          ? sixthHeldOutRound.signals[other]
          : Object.fromEntries(crisisCategories.map((category) => [category, []])),
      ]),
    ) as typeof sixthHeldOutRound.signals,
    ordinary: sixthRoundOrdinary[language],
  });

describe("the sixth held-out round", () => {
  it("has at least 30 signals per category and 120 per language, and 200 ordinary messages per language", () => {
    for (const language of crisisLanguages) {
      for (const category of crisisCategories)
        expect(
          sixthHeldOutRound.signals[language][category].length,
          `${language} ${category}`,
        ).toBeGreaterThanOrEqual(30);
      expect(signalsOf(language).length, language).toBeGreaterThanOrEqual(120);
      expect(sixthRoundOrdinary[language].length, language).toBeGreaterThanOrEqual(200);
    }
    expect(sixthHeldOutRound.ordinary).toEqual(
      crisisLanguages.flatMap((language) => sixthRoundOrdinary[language]),
    );
  });

  it("holds no message twice, even with other punctuation or case", () => {
    expect(new Set(allMessages.map(normalised)).size).toBe(allMessages.length);
  });

  it("shares no message with the sets the detector was tuned or measured on before", () => {
    const earlier = new Set(
      [thirdRound, fourthRound, fifthRound, earlierMessages, thirdPerson, sixthTuning, seventhTuning]
        .flatMap(strings)
        .map(normalised),
    );
    expect(allMessages.filter((text) => earlier.has(normalised(text)))).toEqual([]);
  });

  it("writes Kazakh in Cyrillic, in the 2021 Latin alphabet and in phone spellings, and Russian in Latin letters too", () => {
    for (const category of crisisCategories) {
      const kk = sixthHeldOutRound.signals.kk[category];
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
        sixthHeldOutRound.signals.ru[category].filter((text) => !cyrillicLetters.test(text)).length,
        `ru latin ${category}`,
      ).toBeGreaterThanOrEqual(1);
    }
    for (const language of ["kk", "ru"] as const)
      expect(
        sixthRoundOrdinary[language].filter((text) => !cyrillicLetters.test(text)).length,
        `${language} ordinary in latin letters`,
      ).toBeGreaterThanOrEqual(3);
  });

  it("prints the detector's recall and false positives on it, without the messages", () => {
    const score = evaluateCrisis(sixthHeldOutRound);
    const found = Math.round(score.recall * score.signals);
    const raised = Math.round(score.falsePositives * score.ordinary);
    const byLanguage = crisisLanguages.map((language) => {
      const alone = onlyLanguage(language);
      const categories = crisisCategories
        .map(
          (category) => `${category} ${alone.byCategory[category].found}/${alone.byCategory[category].total}`,
        )
        .join(", ");
      const foundHere = Math.round(alone.recall * alone.signals);
      const raisedHere = Math.round(alone.falsePositives * alone.ordinary);
      return `  ${language}: recall ${foundHere}/${alone.signals} (${categories}); false positives ${raisedHere}/${alone.ordinary} = ${percent(raisedHere, alone.ordinary)}`;
    });
    console.log(
      [
        `held-out round 6: recall ${found}/${score.signals} = ${percent(found, score.signals)}`,
        `  by category: ${crisisCategories.map((category) => `${category} ${score.byCategory[category].found}/${score.byCategory[category].total}`).join(", ")}`,
        ...byLanguage,
        `held-out round 6 ordinary: false positives ${raised}/${score.ordinary} = ${percent(raised, score.ordinary)}`,
      ].join("\n"),
    );
    expect(score.signals).toBe(crisisLanguages.flatMap(signalsOf).length);
    expect(score.ordinary).toBe(sixthHeldOutRound.ordinary.length);
  });

  it("keeps the figures measured before this round's tuning, as a floor", () => {
    const score = evaluateCrisis(sixthHeldOutRound);
    // Measured once on main 8b7c7e8, before this round's tuning (held-out-6.ts's header).
    const floor: Record<string, number> = {
      "self-harm": 40,
      danger: 63,
      violence: 35,
      "travel-pressure": 70,
    };
    for (const category of crisisCategories)
      expect(score.byCategory[category].found, category).toBeGreaterThanOrEqual(floor[category]!);
    expect(Math.round(score.falsePositives * score.ordinary)).toBeLessThanOrEqual(29); // of 619: 4.7%
  });
});
