// Training round A (scripts/crisis-model/data/round-a.ts), written to be trained on: its shape, and that none of
// its messages is in a set written before it, the crisis model's corpus or any held-out round, the twelfth (blind)
// one included. The twelfth round is only compared with here: a collision prints this round's message, never its.
import { describe, expect, it } from "vitest";
import * as enCorpus from "../../scripts/crisis-model/data/en.ts";
import * as kkCorpus from "../../scripts/crisis-model/data/kk.ts";
import { trainingRoundA, trainingRoundAOrdinary } from "../../scripts/crisis-model/data/round-a.ts";
import * as ruCorpus from "../../scripts/crisis-model/data/ru.ts";
import { crisisCategories } from "../../src/crisis/categories.ts";
import { type CrisisLanguage, crisisLanguages } from "../../src/crisis/phrases.ts";
import { SETS_BEFORE_ROUND_7 } from "./earlier-sets.ts";
import * as seventhRound from "./held-out-7.ts";
import * as eighthRound from "./held-out-8.ts";
import * as ninthRound from "./held-out-9.ts";
import * as tenthRound from "./held-out-10.ts";
import * as eleventhRound from "./held-out-11.ts";
import * as twelfthRound from "./held-out-12.ts";

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
/** As held-out-round.ts: case, punctuation and spacing apart. */
const normalised = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

const signalsOf = (language: CrisisLanguage) => Object.values(trainingRoundA.signals[language]).flat();
const allMessages = [...crisisLanguages.flatMap(signalsOf), ...trainingRoundA.ordinary];

describe("training round A", () => {
  it("holds 44 signals per language and category, and about 220 ordinary messages per language", () => {
    for (const language of crisisLanguages) {
      for (const category of crisisCategories)
        expect(trainingRoundA.signals[language][category].length, `${language} ${category}`).toBe(44);
      expect(trainingRoundAOrdinary[language].length, language).toBeGreaterThanOrEqual(210);
      expect(trainingRoundAOrdinary[language].length, language).toBeLessThanOrEqual(230);
    }
    expect(crisisLanguages.flatMap(signalsOf)).toHaveLength(528);
    expect(trainingRoundA.ordinary).toEqual(
      crisisLanguages.flatMap((language) => trainingRoundAOrdinary[language]),
    );
  });

  it("holds no message twice, even with other punctuation or case", () => {
    expect(new Set(allMessages.map(normalised)).size).toBe(allMessages.length);
  });

  it("writes Kazakh in Cyrillic, in the 2021 Latin alphabet and in phone spellings, and Russian in Latin letters too", () => {
    for (const category of crisisCategories) {
      const kk = trainingRoundA.signals.kk[category];
      const kkLatin = kk.filter((text) => !cyrillicLetters.test(text));
      expect(kkLatin.length, `kk latin ${category}`).toBeGreaterThanOrEqual(5);
      expect(kkLatin.filter((text) => kazakhLatinLetters.test(text)).length, category).toBeGreaterThanOrEqual(
        1,
      );
      expect(
        kkLatin.filter((text) => !kazakhLatinLetters.test(text)).length,
        category,
      ).toBeGreaterThanOrEqual(1);
      expect(
        kk.filter((text) => !latinLetters.test(text)).length,
        `kk cyrillic ${category}`,
      ).toBeGreaterThanOrEqual(20);
      expect(
        trainingRoundA.signals.ru[category].filter((text) => !cyrillicLetters.test(text)).length,
        `ru latin ${category}`,
      ).toBeGreaterThanOrEqual(1);
    }
    for (const language of ["kk", "ru"] as const)
      expect(
        trainingRoundAOrdinary[language].filter((text) => !cyrillicLetters.test(text)).length,
        `${language} ordinary in latin letters`,
      ).toBeGreaterThanOrEqual(3);
  });

  it("shares no message with an earlier set, the model's corpus or any held-out round, the twelfth included", () => {
    const earlier = new Set(
      [
        ...SETS_BEFORE_ROUND_7,
        kkCorpus,
        ruCorpus,
        enCorpus,
        seventhRound,
        eighthRound,
        ninthRound,
        tenthRound,
        eleventhRound,
        twelfthRound,
      ]
        .flatMap(strings)
        .map(normalised),
    );
    expect(allMessages.filter((text) => earlier.has(normalised(text)))).toEqual([]);
  });
});
