// Round 16 (faqtune16): held-out-13.yaml (spent once set 14 was written) split within each language and kind, its
// choosing half's misses read by class, its reporting half only reported.
import { describe, expect, it } from "vitest";
import { DEVELOPMENT_SET_16, developmentHalf } from "../../scripts/eval/faq-dev.ts";
import { counts } from "./rounds.ts";

describe("round 16's development halves", () => {
  it("hold their figures, none confident and wrong", () => {
    // Before this round (main 012d755): choosing half 187 / 196 of 199, reporting half 174 / 181 of 188.
    expect(counts(developmentHalf("choose", DEVELOPMENT_SET_16))).toEqual(CHOOSING);
    expect(counts(developmentHalf("report", DEVELOPMENT_SET_16))).toEqual(REPORTING);
  });
});

const CHOOSING = [187, 196, 0];
const REPORTING = [174, 181, 0];
