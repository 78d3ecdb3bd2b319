// The honest figure: the detector on a round of messages nobody tuned on (see held-out-2.ts).
// Recall is printed, not asserted: a keyword list misses what nobody wrote a pattern for, and a
// floor here would only tempt someone to tune on this set. False positives are asserted, because
// an ordinary question answered with emergency numbers scares the families this bot serves.
import { describe, expect, it } from "vitest";
import { createCrisisDetector } from "../../src/crisis/detector.ts";
import { loadCrisisPhrases } from "../../src/crisis/phrases.ts";
import { secondHeldOutRound } from "./held-out-2.ts";
import { describeFalsePositives, describeRecall, falsePositives, measureRecall } from "./measure.ts";

const detector = createCrisisDetector(loadCrisisPhrases());

describe("crisis phrases on the second held-out round", () => {
  it("has at least 20 signals per category and 60 ordinary messages", () => {
    for (const category of ["self-harm", "danger", "violence", "travel-pressure"] as const) {
      const count = Object.values(secondHeldOutRound.signals).reduce(
        (sum, byCategory) => sum + byCategory[category].length,
        0,
      );
      expect(count, category).toBeGreaterThanOrEqual(20);
    }
    expect(secondHeldOutRound.ordinary.length).toBeGreaterThanOrEqual(60);
  });

  it("prints its recall and raises at most 3% of its ordinary messages", () => {
    const recall = measureRecall(detector, [secondHeldOutRound.signals]);
    const raised = falsePositives(detector, secondHeldOutRound.ordinary);
    console.log(
      [
        describeRecall("held-out round 2", recall),
        describeFalsePositives("held-out round 2 ordinary", raised, secondHeldOutRound.ordinary.length),
      ].join("\n"),
    );
    expect(raised.length / secondHeldOutRound.ordinary.length).toBeLessThanOrEqual(0.03);
  });
});
