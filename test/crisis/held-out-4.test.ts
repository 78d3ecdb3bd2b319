// The fourth held-out round (held-out-4.ts): the detector's figures on messages nobody tuned on.
// Recall and false positives are printed, and held to the figures measured once after issue 10's
// tuning (on other data) as a floor: a change that loses a signal or raises one more ordinary
// message fails. The floor is not the issue's target (90% recall per category, 1% false
// positives), which is not reached. The set's shape is asserted too, so that nobody quietly
// shrinks it or lets one language or category thin out.
import { describe, expect, it } from "vitest";
import { crisisCategories } from "../../src/crisis/categories.ts";
import { crisisLanguages } from "../../src/crisis/phrases.ts";
import { testContent } from "../support/content.ts";
import { fourthHeldOutRound, fourthRoundOrdinary } from "./held-out-4.ts";
import {
  describeFalsePositives,
  describeRecall,
  falsePositives,
  measureRecall,
  percent,
  type Signals,
} from "./measure.ts";

const { detector } = testContent().crisis;
const latinLetters = /[a-z]/i;
const cyrillicLetters = /[а-яёәіңғүұқөһ]/i;

describe("the fourth held-out round", () => {
  it("has at least 30 distinct signals per category and 200 ordinary messages per language", () => {
    const all = [
      ...Object.values(fourthHeldOutRound.signals).flatMap(Object.values).flat(),
      ...fourthHeldOutRound.ordinary,
    ];
    expect(new Set(all).size).toBe(all.length);
    for (const language of crisisLanguages) {
      for (const category of crisisCategories)
        expect(
          fourthHeldOutRound.signals[language][category].length,
          `${language} ${category}`,
        ).toBeGreaterThanOrEqual(30);
      expect(fourthRoundOrdinary[language].length, language).toBeGreaterThanOrEqual(200);
    }
    expect(fourthHeldOutRound.ordinary.length).toBeGreaterThanOrEqual(600);
  });

  it("writes Kazakh in both alphabets and Russian in Latin letters too, in every category", () => {
    for (const category of crisisCategories) {
      const kk = fourthHeldOutRound.signals.kk[category];
      expect(
        kk.filter((text) => !cyrillicLetters.test(text)).length,
        `kk latin ${category}`,
      ).toBeGreaterThanOrEqual(3);
      expect(
        kk.filter((text) => !latinLetters.test(text)).length,
        `kk cyrillic ${category}`,
      ).toBeGreaterThanOrEqual(20);
      expect(
        fourthHeldOutRound.signals.ru[category].filter((text) => !cyrillicLetters.test(text)).length,
        `ru latin ${category}`,
      ).toBeGreaterThanOrEqual(1);
    }
  });

  it("prints the detector's recall and false positives on it", () => {
    const recall = measureRecall(detector, [fourthHeldOutRound.signals]);
    const raisedByLanguage = crisisLanguages.map((language) => {
      const raised = falsePositives(detector, fourthRoundOrdinary[language]);
      return { language, raised, total: fourthRoundOrdinary[language].length };
    });
    const raised = raisedByLanguage.flatMap((item) => item.raised);
    const byLanguageAndCategory = crisisLanguages.map((language) => {
      const onlyThisLanguage = Object.fromEntries(
        crisisLanguages.map((other) => [
          other,
          other === language
            ? fourthHeldOutRound.signals[other]
            : Object.fromEntries(crisisCategories.map((category) => [category, []])),
        ]),
      ) as Signals;
      const { byCategory } = measureRecall(detector, [onlyThisLanguage]);
      return `  ${language}: ${crisisCategories.map((category) => `${category} ${byCategory[category].found}/${byCategory[category].total}`).join(", ")}`;
    });
    console.log(
      [
        describeRecall("held-out round 4", recall),
        "held-out round 4 recall by language and category:",
        ...byLanguageAndCategory,
        `held-out round 4 false positives by language: ${raisedByLanguage
          .map(
            ({ language, raised, total }) =>
              `${language} ${raised.length}/${total} = ${percent(raised.length, total)}`,
          )
          .join(", ")}`,
        describeFalsePositives("held-out round 4 ordinary", raised, fourthHeldOutRound.ordinary.length),
      ].join("\n"),
    );
    expect(recall.total).toBe(Object.values(fourthHeldOutRound.signals).flatMap(Object.values).flat().length);
  });

  it("keeps the figures measured after issue 10's tuning, as a floor", () => {
    const recall = measureRecall(detector, [fourthHeldOutRound.signals]);
    const floor: Record<string, number> = {
      "self-harm": 61,
      danger: 57,
      violence: 44,
      "travel-pressure": 63,
    };
    for (const category of crisisCategories) {
      expect(recall.byCategory[category].found, category).toBeGreaterThanOrEqual(floor[category]!);
    }
    expect(recall.found).toBeGreaterThanOrEqual(225); // of 373: 60.3%
    expect(falsePositives(detector, fourthHeldOutRound.ordinary).length).toBeLessThanOrEqual(4); // of 642 (5 before crisisfp's figures of speech)
  });
});
