// The triage's plan and the /forget message range, as plain functions.
import { describe, expect, it } from "vitest";
import { DELETABLE_MS, deletableBatches, noteMessage } from "../../src/privacy-rights/chat-trail.ts";
import { CONCERNS, checkTriageLinks, planResult, WHO } from "../../src/triage/plan.ts";
import { testContent } from "../support/content.ts";

const HOUR = 60 * 60 * 1000;

describe("the triage plan", () => {
  it("puts reading first, then centers, then a counselor; in danger, the emergency line and a counselor first", () => {
    for (const who of WHO) {
      for (const concern of CONCERNS) {
        expect(planResult({ who, concern, urgency: "soon" }).map((item) => item.kind)).toEqual([
          "answers",
          "centers",
          "counselor",
        ]);
        expect(planResult({ who, concern, urgency: "now" }).map((item) => item.kind)).toEqual([
          "emergency",
          "counselor",
          "centers",
          "answers",
        ]);
      }
    }
  });

  it("links only to answers that exist in the knowledge base", () => {
    expect(checkTriageLinks(testContent().knowledge.base.entriesById)).toEqual([]);
    expect(checkTriageLinks(new Map()).map((problem) => problem.message)).toContainEqual(
      expect.stringMatching(/^triage answers for "\w+" name "[a-z-]+", which is not in scenarios\/faq$/),
    );
  });
});

describe("the chat trail of /forget", () => {
  it("keeps one mark an hour, forgets marks older than 48 hours, and covers the bot's replies", () => {
    let trail = noteMessage(undefined, 1, 0);
    trail = noteMessage(trail, 2, 10 * 60_000);
    trail = noteMessage(trail, 5, HOUR);
    expect(trail.marks).toEqual([
      [1, 0],
      [5, HOUR],
    ]);
    trail = noteMessage(trail, 40, 47 * HOUR);
    trail = noteMessage(trail, 60, DELETABLE_MS + 30 * 60_000);
    // The first mark is older than 48 hours now: the range starts at the next one.
    expect(trail.marks[0]).toEqual([5, HOUR]);
    const batches = deletableBatches(trail, DELETABLE_MS + 30 * 60_000, 61);
    expect(batches.flat()[0]).toBe(5);
    expect(batches.flat().at(-1)).toBe(61 + 50);
    expect(batches.every((batch) => batch.length <= 100)).toBe(true);
    expect(deletableBatches(undefined, 0, 10)).toEqual([]);
  });
});
