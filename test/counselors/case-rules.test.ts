// The case rules alone: no bot, no database.
import { describe, expect, it } from "vitest";
import {
  asksForRating,
  COUNSELOR_OUTCOMES,
  closeNoticeKey,
  holds,
  isOpen,
  mayManage,
  SYSTEM_OUTCOMES,
  silentOutcome,
} from "../../src/counselors/case-rules.ts";

const queued = { status: "queued", counselorId: null, priority: 2 } as const;
const heldByDana = { status: "active", counselorId: 7, priority: 2 } as const;
const closed = { status: "closed", counselorId: 7 } as const;

describe("case rules", () => {
  it("lets anyone on the desk manage a queued case, then only its holder or a supervisor", () => {
    expect(mayManage(queued, 3, false)).toBe(true);
    expect(mayManage(queued, undefined, false)).toBe(true);
    expect(mayManage(heldByDana, 7, false)).toBe(true);
    expect(mayManage(heldByDana, 3, false)).toBe(false);
    expect(mayManage(heldByDana, undefined, false)).toBe(false);
    expect(mayManage(heldByDana, 3, true)).toBe(true);
  });

  it("lets nobody manage a closed case, not even a supervisor or its last holder", () => {
    expect(mayManage(closed, 7, true)).toBe(false);
    expect(isOpen(closed)).toBe(false);
    expect(isOpen(queued)).toBe(true);
  });

  it("names the holder only of an active case", () => {
    expect(holds(heldByDana, 7)).toBe(true);
    expect(holds(heldByDana, 3)).toBe(false);
    expect(holds(closed, 7)).toBe(false);
    expect(holds(queued, 7)).toBe(false);
  });

  it("closes a silent active case as idle and a silent queued one as expired", () => {
    expect(silentOutcome(heldByDana)).toBe("idle");
    expect(silentOutcome(queued)).toBe("expired");
  });

  it("asks for a rating only after a conversation with a counselor that did not end in abuse", () => {
    const rated = [...COUNSELOR_OUTCOMES, ...SYSTEM_OUTCOMES].filter((outcome) =>
      asksForRating(heldByDana, outcome),
    );
    expect(rated).toEqual(["consulted", "referred", "no-response", "ended", "idle"]);
    expect(asksForRating(queued, "ended")).toBe(false);
    // A crisis case that fell silent: no rating (its holder was asked to check in first).
    expect(asksForRating({ ...heldByDana, priority: 0 }, "idle")).toBe(false);
  });

  it("tells the person about every close except a withdrawal, when no one is left to tell", () => {
    for (const outcome of [...COUNSELOR_OUTCOMES, ...SYSTEM_OUTCOMES]) {
      expect(closeNoticeKey(outcome) === undefined, outcome).toBe(outcome === "withdrawn");
    }
  });
});
