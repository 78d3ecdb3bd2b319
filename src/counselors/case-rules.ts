// The rules of a case, without Telegram or a database: its states, how it moves between
// them, and who may do what to it. The desk (lifecycle.ts) carries them out; the
// repository (src/db/cases.ts) makes each move one conditional change, so that of two
// instances or two counselors exactly one wins.
//
//   queued ──claim──▶ active ──close──▶ closed
//     ▲ │              │  ▲
//     │ └──close──▶    │  └─ transfer to a counselor
//     └── transfer to the queue

import { PRIORITY } from "./queue.ts";

export type CaseStatus = "queued" | "active" | "closed";

/**
 * Outcomes a counselor chooses when closing. No "duplicate": a person has one open case at a time (one per
 * pseudonym), so the bot could never show that "your conversation continues in another request" is true;
 * old records may still carry it (its label stays).
 */
export const COUNSELOR_OUTCOMES = ["consulted", "referred", "no-response", "abusive"] as const;
export type CounselorOutcome = (typeof COUNSELOR_OUTCOMES)[number];
/** Outcomes the system sets. */
export const SYSTEM_OUTCOMES = ["ended", "idle", "expired", "withdrawn"] as const;
export type Outcome = (typeof COUNSELOR_OUTCOMES)[number] | (typeof SYSTEM_OUTCOMES)[number];

/** What a rule needs to know about a case. */
export interface CaseState {
  status: CaseStatus;
  /** Who holds it (a counselor's id), while active. */
  counselorId: number | null;
}

export function isOpen(item: Pick<CaseState, "status">): boolean {
  return item.status !== "closed";
}

/** The holder of an active case: the one whose messages reach the person. */
export function holds(item: CaseState, counselorId: number): boolean {
  return item.status === "active" && item.counselorId === counselorId;
}

/**
 * Transfer, close or block: anyone on the desk while the case is queued; once taken, its
 * holder or a supervisor.
 */
export function mayManage(item: CaseState, counselorId: number | undefined, supervisor: boolean): boolean {
  if (!isOpen(item)) return false;
  if (item.status === "queued") return true;
  return (counselorId !== undefined && item.counselorId === counselorId) || supervisor;
}

/** A case that fell silent: an active one idled, a queued one expired unanswered. */
export function silentOutcome(item: Pick<CaseState, "status">): Outcome {
  return item.status === "active" ? "idle" : "expired";
}

/**
 * How the person learns that their case closed: the text's key, whether a rating may follow, and whether the
 * text gives the emergency numbers itself (`safety`; the others get the safety line after a crisis signal).
 */
const CLOSE_NOTICES: Record<Outcome, { key?: string; rating: boolean; safety?: boolean }> = {
  consulted: { key: "counselors-closed-by-counselor", rating: true },
  referred: { key: "counselors-closed-by-counselor", rating: true },
  "no-response": { key: "counselors-closed-by-counselor", rating: true },
  abusive: { key: "counselors-closed-by-counselor", rating: false },
  ended: { key: "counselors-closed-ended", rating: true },
  idle: { key: "counselors-closed-idle", rating: true, safety: true },
  expired: { key: "counselors-closed-expired", rating: false, safety: true },
  // Withdrawn consent: the link to the person is gone, there is no one to tell.
  withdrawn: { rating: false },
};

export function closeNoticeKey(outcome: Outcome): string | undefined {
  return CLOSE_NOTICES[outcome].key;
}

/** Whether the closing text needs the safety line: a case with a crisis signal, closed by a notice without numbers. */
export function needsSafetyLine(crises: readonly string[], outcome: Outcome): boolean {
  return crises.length > 0 && CLOSE_NOTICES[outcome].safety !== true;
}

/** A rating only means something when a counselor was in the conversation (and never after a crisis fell silent). */
export function asksForRating(
  item: Pick<CaseState, "status"> & { priority: number },
  outcome: Outcome,
): boolean {
  if (outcome === "idle" && item.priority === PRIORITY.crisis) return false;
  return CLOSE_NOTICES[outcome].rating && item.status === "active";
}

/**
 * A counselor's close of a case no counselor has written in: the person is not told that "the counselor
 * ended the conversation" (nobody spoke to them) nor asked to rate it, but told plainly and offered to ask again.
 */
export function closedUnanswered(outcome: Outcome, counselorSpoke: boolean): boolean {
  return !counselorSpoke && (COUNSELOR_OUTCOMES as readonly string[]).includes(outcome);
}

/** A silent 🔴 case closes itself only after this many times CASE_IDLE_MINUTES; its holder is asked to check first. */
export const CRISIS_IDLE_FACTOR = 4;

/** How long a case stays silent before it closes itself: a 🔴 active one CRISIS_IDLE_FACTOR times longer. */
export function silenceBeforeClosing(
  item: Pick<CaseState, "status"> & { priority: number },
  idleMs: number,
): number {
  return item.status === "active" && item.priority === PRIORITY.crisis ? CRISIS_IDLE_FACTOR * idleMs : idleMs;
}
