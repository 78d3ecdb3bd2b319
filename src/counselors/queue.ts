// The queue's rules, without Telegram or a database: who comes first, how a case is named,
// and an honest estimate of the wait (no number when there is nothing to base it on).

import { CRISIS_WINDOW_MS } from "../crisis/categories.ts";
import { HOUR_MS, MINUTE_MS } from "../time/durations.ts";

/** Lower is served first. */
export const PRIORITY = { crisis: 0, urgent: 1, normal: 2 } as const;
export type Priority = (typeof PRIORITY)[keyof typeof PRIORITY];

/**
 * Crisis first (P0): asked from a crisis reply, a crisis signal in the last hour, or the triage's
 * "someone is in danger right now"; then "serious, soon" (P1); then everyone else (P2).
 */
export function casePriority(input: {
  source: string;
  crisisAt?: number;
  urgency?: string;
  now: number;
}): Priority {
  if (inCrisis(input) || input.urgency === "now") return PRIORITY.crisis;
  if (input.urgency === "soon") return PRIORITY.urgent;
  return PRIORITY.normal;
}

/** Asked from a crisis reply, or soon after a crisis signal (the triage's "now" is not a crisis signal). */
export function inCrisis(input: { source: string; crisisAt?: number; now: number }): boolean {
  const recentCrisis = input.crisisAt !== undefined && input.now - input.crisisAt <= CRISIS_WINDOW_MS;
  return input.source === "crisis" || recentCrisis;
}

export type PriorityReason =
  | "crisis-reply"
  | "crisis-words"
  | "crisis-words-earlier"
  | "triage-now"
  | "triage-soon";

/** Why a case has its priority, as the head message says it; undefined for an ordinary case. */
export function priorityReason(item: {
  source: string;
  priority: number;
  summary: { urgency?: string; crises?: string[]; crisis?: string; crisisEarlierAt?: number };
}): PriorityReason | undefined {
  if (item.priority === PRIORITY.crisis) {
    if (item.source === "crisis") return "crisis-reply";
    // Words of an earlier message (at the opening) are said to be earlier, with their time; a raise mid-case sets none.
    if (item.summary.crises?.length || item.summary.crisis)
      return item.summary.crisisEarlierAt ? "crisis-words-earlier" : "crisis-words";
    if (item.summary.urgency === "now") return "triage-now";
  }
  if (item.priority === PRIORITY.urgent && item.summary.urgency === "soon") return "triage-soon";
  return undefined;
}

/** Letters and digits that cannot be mistaken for each other when read aloud or typed (no 0/O, 1/I). */
const REF_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A short case reference like "K7F3". */
export function newCaseRef(random: () => number = Math.random): string {
  let ref = "";
  for (let index = 0; index < 4; index++) ref += REF_ALPHABET[Math.floor(random() * REF_ALPHABET.length)];
  return ref;
}

export function isCaseRef(text: string): boolean {
  return /^[A-HJ-NP-Z2-9]{4}$/.test(text);
}

export type WaitEstimate =
  | { kind: "minutes"; low: number; high: number }
  | { kind: "long" }
  /** Nothing to base a number on (too few cases taken lately, or nobody at work). */
  | { kind: "unknown" };

/** What the desk's recent work says about its pace (src/db/desk-pace.ts). */
export interface DeskPace {
  /** Milliseconds from opening to the first Take of recently taken cases. */
  pickups: readonly number[];
  /** Counselors who took a case lately or hold one now. */
  atWork: number;
}

/** Takes in this window tell how fast the queue moves; older ones say nothing about this shift. */
export const PACE_WINDOW_MS = 3 * HOUR_MS;
/** The newest pick-ups measured: enough to smooth one odd case, few enough to follow the evening. */
export const PACE_SAMPLES = 10;
/** Fewer measured pick-ups than this and no number is given. */
export const MIN_PICKUPS = 3;
const LONG_WAIT_MINUTES = 120;

/** The value below which a share of the sorted values lies (nearest rank). */
function quantile(sorted: readonly number[], share: number): number {
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)]!;
}

/** The median and the upper quartile of the recent pick-up times, in minutes; undefined below MIN_PICKUPS. */
export function pickupMinutes(pace: DeskPace): { median: number; upper: number } | undefined {
  if (pace.pickups.length < MIN_PICKUPS) return undefined;
  const sorted = [...pace.pickups].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5) / MINUTE_MS, upper: quantile(sorted, 0.75) / MINUTE_MS };
}

/**
 * The wait for the person at `position` (1 = next). The people ahead are shared among the
 * counselors at work, so the person waits about `ceil(position / atWork)` pick-ups; one
 * pick-up took between the median and the upper quartile of the last PACE_SAMPLES measured.
 * Rounded outwards to 5 minutes; no number without at least MIN_PICKUPS measurements and
 * one counselor at work, because a guess from nothing would be a promise.
 */
export function estimateWait(position: number, pace: DeskPace): WaitEstimate {
  const minutes = pickupMinutes(pace);
  if (!minutes || pace.atWork < 1) return { kind: "unknown" };
  const rounds = Math.ceil(Math.max(1, position) / pace.atWork);
  const expected = minutes.median * rounds;
  if (expected > LONG_WAIT_MINUTES) return { kind: "long" };
  const low = Math.max(5, Math.floor(expected / 5) * 5);
  const high = Math.max(low + 5, Math.ceil((minutes.upper * rounds) / 5) * 5);
  return { kind: "minutes", low, high };
}

export const PRIORITY_LABELS: Record<Priority, string> = { 0: "🔴 P0", 1: "🟠 P1", 2: "🟢 P2" };

/** Telegram's topic colours: red for a crisis, yellow for urgent, blue otherwise. */
export function topicColor(priority: number): 0xfb6f5f | 0xffd67e | 0x6fb9f0 {
  if (priority === PRIORITY.crisis) return 0xfb6f5f;
  if (priority === PRIORITY.urgent) return 0xffd67e;
  return 0x6fb9f0;
}
