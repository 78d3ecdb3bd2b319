// The queue's rules, without Telegram or a database: who comes first, how a case is named,
// and an honest estimate of the wait (no number when there is nothing to base it on).

import { CRISIS_WINDOW_MS } from "../crisis/categories.ts";
import { HOUR_MS, MINUTE_MS } from "../time/durations.ts";

/** Lower is served first. */
export const PRIORITY = { crisis: 0, urgent: 1, normal: 2 } as const;
export type Priority = (typeof PRIORITY)[keyof typeof PRIORITY];

export function casePriority(input: {
  source: string;
  crisisAt?: number;
  urgency?: string;
  now: number;
}): Priority {
  const recentCrisis = input.crisisAt !== undefined && input.now - input.crisisAt <= CRISIS_WINDOW_MS;
  if (input.source === "crisis" || recentCrisis) return PRIORITY.crisis;
  if (input.urgency === "now") return PRIORITY.urgent;
  return PRIORITY.normal;
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
  /** Nothing to base a number on (no counselor has taken a case lately). */
  | { kind: "unknown" };

/** Claims in this window tell how fast the queue moves. */
export const ESTIMATE_WINDOW_MS = 2 * HOUR_MS;
const LONG_WAIT_MINUTES = 120;

/**
 * The wait for the person at `position` (1 = next), from how often cases were taken in the
 * last two hours. At least two claims are needed; the range is rounded to 5 minutes and
 * widened by half, because it is a guess and people should not be promised more.
 */
export function estimateWait(position: number, recentClaims: readonly number[], now: number): WaitEstimate {
  const claims = recentClaims.filter((at) => at <= now && now - at <= ESTIMATE_WINDOW_MS);
  if (claims.length < 2) return { kind: "unknown" };
  const minutesPerClaim = ESTIMATE_WINDOW_MS / MINUTE_MS / claims.length;
  const expected = position * minutesPerClaim;
  if (expected > LONG_WAIT_MINUTES) return { kind: "long" };
  const low = Math.max(5, Math.floor(expected / 5) * 5);
  const high = Math.max(low + 5, Math.ceil((expected * 1.5) / 5) * 5);
  return { kind: "minutes", low, high };
}

export const PRIORITY_LABELS: Record<Priority, string> = { 0: "🔴 P0", 1: "🟠 P1", 2: "🟢 P2" };

/** Topic names carry reference, language, category, region and priority: never anything about the person. */
export function topicName(item: {
  ref: string;
  locale: string;
  category: string;
  region: string;
  priority: number;
}): string {
  const label = PRIORITY_LABELS[item.priority as Priority] ?? `P${item.priority}`;
  return [item.ref, item.locale, item.category || "—", item.region || "—", label].join(" · ").slice(0, 128);
}

/** Telegram's topic colours: red for a crisis, yellow for urgent, blue otherwise. */
export function topicColor(priority: number): 0xfb6f5f | 0xffd67e | 0x6fb9f0 {
  if (priority === PRIORITY.crisis) return 0xfb6f5f;
  if (priority === PRIORITY.urgent) return 0xffd67e;
  return 0x6fb9f0;
}
