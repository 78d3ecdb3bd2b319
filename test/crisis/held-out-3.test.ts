// The third held-out round, now a tuning round (see held-out-3.ts); held-out-4 has the honest figure.
// Recall is printed, not asserted: a keyword list misses what nobody wrote a pattern for, and a
// floor here would only tempt someone to tune on this set. False positives are asserted, because
// an ordinary question answered with emergency numbers scares the families this bot serves.
import { describe, expect, it } from "vitest";
import { crisisCategories } from "../../src/crisis/categories.ts";
import { testContent } from "../support/content.ts";
import { thirdHeldOutRound } from "./held-out-3.ts";
import { describeFalsePositives, describeRecall, falsePositives, measureRecall } from "./measure.ts";

const { detector } = testContent().crisis;

describe("crisis phrases on the third held-out round", () => {
  it("has at least 21 signals per category and 60 ordinary messages", () => {
    for (const category of crisisCategories) {
      const count = Object.values(thirdHeldOutRound.signals).reduce(
        (sum, byCategory) => sum + byCategory[category].length,
        0,
      );
      expect(count, category).toBeGreaterThanOrEqual(21);
    }
    expect(thirdHeldOutRound.ordinary.length).toBeGreaterThanOrEqual(60);
  });

  it("prints its recall and raises at most 3% of its ordinary messages", () => {
    const recall = measureRecall(detector, [thirdHeldOutRound.signals]);
    const raised = falsePositives(detector, thirdHeldOutRound.ordinary);
    console.log(
      [
        describeRecall("held-out round 3", recall),
        describeFalsePositives("held-out round 3 ordinary", raised, thirdHeldOutRound.ordinary.length),
      ].join("\n"),
    );
    expect(raised.length / thirdHeldOutRound.ordinary.length).toBeLessThanOrEqual(0.03);
  });
});
