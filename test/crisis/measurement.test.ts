// Measures the real phrases on the message sets they were tuned on (messages.ts) and prints the
// figures; held-out-3.test.ts prints the honest one, on a round nobody tuned on.
import { describe, expect, it } from "vitest";
import { crisisCategories } from "../../src/crisis/categories.ts";
import { crisisLanguages } from "../../src/crisis/phrases.ts";
import { testContent } from "../support/content.ts";
import { describeFalsePositives, describeRecall, falsePositives, measureRecall } from "./measure.ts";
import {
  fifthHeldOut,
  firstHeldOut,
  fourthHeldOut,
  ordinaryMessages,
  secondHeldOut,
  thirdHeldOut,
  truePositives,
} from "./messages.ts";
import { secondThirdPersonRound, thirdPersonRound } from "./third-person.ts";

const { detector } = testContent().crisis;

describe("crisis phrases, measured", () => {
  it("has at least 12 signals per category and language, written as people write", () => {
    for (const language of crisisLanguages) {
      for (const category of crisisCategories) {
        expect(truePositives[language][category].length, `${language} ${category}`).toBeGreaterThanOrEqual(
          12,
        );
      }
    }
  });

  it("finds at least 95% of the signals it was tuned on", () => {
    const recall = measureRecall(detector, [
      truePositives,
      firstHeldOut.signals,
      secondHeldOut.signals,
      thirdHeldOut.signals,
      fourthHeldOut.signals,
      fifthHeldOut.signals,
      thirdPersonRound.signals,
      secondThirdPersonRound.signals,
    ]);
    console.log(describeRecall("tuning set", recall));
    expect(recall.found / recall.total).toBeGreaterThanOrEqual(0.95);
  });

  it("raises at most 2% of ordinary messages", () => {
    const ordinary = [
      ...crisisLanguages.flatMap((language) => ordinaryMessages[language]),
      ...firstHeldOut.ordinary,
      ...secondHeldOut.ordinary,
      ...thirdHeldOut.ordinary,
      ...fourthHeldOut.ordinary,
      ...fifthHeldOut.ordinary,
      ...thirdPersonRound.ordinary,
      ...secondThirdPersonRound.ordinary,
    ];
    expect(ordinary.length).toBeGreaterThanOrEqual(150);
    const raised = falsePositives(detector, ordinary);
    console.log(describeFalsePositives("ordinary messages", raised, ordinary.length));
    expect(raised.length / ordinary.length).toBeLessThanOrEqual(0.02);
  });
});
