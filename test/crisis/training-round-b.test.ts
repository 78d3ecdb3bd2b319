// Training round B (scripts/crisis-model/data/round-b.ts), written to be trained on: its shape, and that none
// of its messages repeats one of an earlier set, of the model's corpus (round A included) or of the twelfth (blind) held-out round,
// compared as held-out-round.ts does (case, punctuation and spacing apart). It never scores the detector, and on
// a collision it prints only this round's messages, never another set's.
import { describe, expect, it } from "vitest";
import * as enCorpus from "../../scripts/crisis-model/data/en.ts";
import * as kkCorpus from "../../scripts/crisis-model/data/kk.ts";
import * as roundA from "../../scripts/crisis-model/data/round-a.ts";
import { trainingRoundB, trainingRoundBOrdinary } from "../../scripts/crisis-model/data/round-b.ts";
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

const strings = (value: unknown): string[] =>
  typeof value === "string"
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(strings)
      : value !== null && typeof value === "object"
        ? Object.values(value).flatMap(strings)
        : [];
const normalised = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

const latinLetters = /[a-z]/i;
const cyrillicLetters = /[а-яёәіңғүұқөһ]/i;
const kazakhLatinLetters = /[qğñşūäöüı]/i;

const signalsOf = (language: CrisisLanguage) => Object.values(trainingRoundB.signals[language]).flat();
const allMessages = [...crisisLanguages.flatMap(signalsOf), ...trainingRoundB.ordinary];

describe("training round B", () => {
  it("has 44 signals per language and category, and 200 to 240 ordinary messages per language", () => {
    for (const language of crisisLanguages) {
      for (const category of crisisCategories)
        expect(trainingRoundB.signals[language][category].length, `${language} ${category}`).toBe(44);
      expect(trainingRoundBOrdinary[language].length, language).toBeGreaterThanOrEqual(200);
      expect(trainingRoundBOrdinary[language].length, language).toBeLessThanOrEqual(240);
    }
    expect(trainingRoundB.ordinary).toEqual(
      crisisLanguages.flatMap((language) => trainingRoundBOrdinary[language]),
    );
  });

  it("holds no message twice, even with other punctuation or case", () => {
    const seen = new Set<string>();
    const twice = allMessages.filter((text) => seen.size === seen.add(normalised(text)).size);
    expect(twice).toEqual([]);
  });

  it("writes Kazakh in Cyrillic, in the 2021 Latin alphabet and in phone spellings, and Russian in Latin letters too", () => {
    for (const category of crisisCategories) {
      const kk = trainingRoundB.signals.kk[category];
      const kkLatin = kk.filter((text) => !cyrillicLetters.test(text));
      expect(kkLatin.length, `kk latin ${category}`).toBeGreaterThanOrEqual(5);
      expect(
        kkLatin.filter((text) => kazakhLatinLetters.test(text)).length,
        `kk 2021 ${category}`,
      ).toBeGreaterThan(0);
      expect(
        kkLatin.filter((text) => !kazakhLatinLetters.test(text)).length,
        `kk phone ${category}`,
      ).toBeGreaterThan(0);
      expect(
        kk.filter((text) => !latinLetters.test(text)).length,
        `kk cyrillic ${category}`,
      ).toBeGreaterThanOrEqual(20);
      expect(
        trainingRoundB.signals.ru[category].filter((text) => !cyrillicLetters.test(text)).length,
        `ru latin ${category}`,
      ).toBeGreaterThan(0);
    }
    for (const language of ["kk", "ru"] as const)
      expect(
        trainingRoundBOrdinary[language].filter((text) => !cyrillicLetters.test(text)).length,
        `${language} ordinary in latin letters`,
      ).toBeGreaterThanOrEqual(3);
  });

  it("shares no message with an earlier set, the model's corpus, training round A or the twelfth held-out round", () => {
    const others = [
      ...SETS_BEFORE_ROUND_7,
      seventhRound,
      eighthRound,
      ninthRound,
      tenthRound,
      eleventhRound,
      twelfthRound,
      enCorpus,
      kkCorpus,
      ruCorpus,
      roundA,
    ];
    const taken = new Set(others.flatMap(strings).map(normalised));
    expect(taken.size).toBeGreaterThan(1000);
    expect(allMessages.filter((text) => taken.has(normalised(text)))).toEqual([]);
  });
});
