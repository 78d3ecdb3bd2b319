// The fuzz oracle itself: a person's own words relayed back are theirs, not a leak (CI once failed on
// an edit to "NaN" carried to the counselor); internal text around them is still caught.
import { describe, expect, it } from "vitest";
import type { RecordedCall } from "../../src/dev/telegram/types.ts";
import { internalTextIn } from "./oracles.ts";

function sent(text: string): RecordedCall {
  return { method: "editMessageText", payload: { chat_id: 1, text }, response: { ok: true, result: true } };
}

describe("the fuzz oracle for internal text", () => {
  it("lets a person's own words through, however odd", () => {
    expect(internalTextIn(sent("NaN"), ["NaN"])).toEqual([]);
    expect(internalTextIn(sent("✏️ edited: undefined {$name}"), ["undefined {$name}"])).toEqual([]);
    expect(internalTextIn(sent("faq-answer"), ["faq-answer"])).toEqual([]);
  });

  it("still catches internal text that nobody typed, next to typed words too", () => {
    expect(internalTextIn(sent("NaN"))).toEqual(["NaN"]);
    expect(internalTextIn(sent("NaN minutes left: NaN"), ["NaN minutes left"])).toHaveLength(1);
    expect(internalTextIn(sent("TypeError: x is undefined"), ["x"])).toHaveLength(1);
    expect(internalTextIn(sent("faq-answer"))).toEqual(["faq-answer"]);
  });
});
