// Opening hours: parsing "HH:MM-HH:MM" ranges and telling whether a center is open at a given instant.
// Hours are local time in Asia/Almaty. The offset comes from the runtime's tz database through Intl
// (Kazakhstan moved to UTC+5 all year on 2024-03-01), so a future change follows tzdata, not this code.
import type { Center, Hotline, WeeklyHours } from "./schema.ts";

export const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof weekdays)[number];

export const timeZone = "Asia/Almaty";

const minutesPerDay = 24 * 60;
const minutesPerWeek = 7 * minutesPerDay;

const rangePattern = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/;

/** Minutes since midnight, or undefined when the time is not a valid "HH:MM" (24:00 allowed as an end). */
function minutesOf(hours: string, minutes: string, isEnd: boolean): number | undefined {
  if (Number(minutes) > 59) return undefined;
  const value = Number(hours) * 60 + Number(minutes);
  return value < minutesPerDay || (isEnd && value === minutesPerDay) ? value : undefined;
}

export function parseTimeRange(
  text: string,
): { start: number; end: number; problem?: undefined } | { problem: string } {
  const match = rangePattern.exec(text);
  if (!match) return { problem: `"${text}" is not a time range like "10:00-19:00"` };
  const start = minutesOf(match[1]!, match[2]!, false);
  const end = minutesOf(match[3]!, match[4]!, true);
  if (start === undefined || end === undefined) return { problem: `"${text}" has an impossible time` };
  // Overnight hours are written as two ranges, "22:00-24:00" and the next day's "00:00-08:00".
  if (start >= end) return { problem: `"${text}" ends before it starts; split overnight hours at 24:00` };
  return { start, end };
}

/** The first pair of overlapping ranges in one day, as text, or undefined. Malformed ranges are ignored. */
export function overlappingRanges(ranges: readonly string[]): string | undefined {
  const parsed = ranges
    .map((text) => ({ text, range: parseTimeRange(text) }))
    .filter((item): item is { text: string; range: { start: number; end: number } } => !item.range.problem)
    .sort((a, b) => a.range.start - b.range.start);
  for (let i = 1; i < parsed.length; i++) {
    const previous = parsed[i - 1]!;
    const current = parsed[i]!;
    if (current.range.start < previous.range.end) return `"${previous.text}" and "${current.text}"`;
  }
  return undefined;
}

export type OpeningStatus =
  | { kind: "unknown" }
  /** closesAt is absent when the place is open around the clock. */
  | { kind: "open"; closesAt?: string }
  /** opensAt is absent when the schedule has no open hours at all. */
  | { kind: "closed"; opensAt?: { day: Weekday; time: string } };

const localClock = new Intl.DateTimeFormat("en-US", {
  timeZone,
  weekday: "short",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

const weekdayByShortName: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

/** Minutes since Monday 00:00 in Asia/Almaty. */
function minuteOfWeek(now: Date): number {
  const parts = Object.fromEntries(localClock.formatToParts(now).map((part) => [part.type, part.value]));
  const day = weekdayByShortName[parts.weekday ?? ""];
  if (day === undefined) throw new Error(`unexpected weekday from Intl: ${parts.weekday}`);
  return day * minutesPerDay + Number(parts.hour) * 60 + Number(parts.minute);
}

/**
 * Open intervals of two consecutive weeks in minutes since the first Monday 00:00, merged where they touch,
 * so that "22:00-24:00" followed by "00:00-08:00" reads as one stretch, even from Sunday into Monday.
 */
function openIntervals(hours: WeeklyHours): { start: number; end: number }[] {
  const intervals: { start: number; end: number }[] = [];
  for (const week of [0, 1]) {
    weekdays.forEach((day, dayIndex) => {
      for (const text of hours[day] ?? []) {
        const range = parseTimeRange(text);
        if (range.problem !== undefined) continue;
        const offset = week * minutesPerWeek + dayIndex * minutesPerDay;
        intervals.push({ start: offset + range.start, end: offset + range.end });
      }
    });
  }
  intervals.sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const interval of intervals) {
    const last = merged.at(-1);
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged;
}

function clockTime(minuteOfDay: number): string {
  const hours = Math.floor(minuteOfDay / 60);
  const minutes = minuteOfDay % 60;
  return `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}

/**
 * Whether the center is open at `now`, in Asia/Almaty time. Unknown when it has no hours, and also when
 * its hours are unverified: those are never turned into an "open now" claim (say "to be confirmed").
 */
export function openingStatus(center: Center | Hotline, now: Date): OpeningStatus {
  if (!center.hours || center.hoursUnverified) return { kind: "unknown" };
  const intervals = openIntervals(center.hours);
  if (intervals.length === 0) return { kind: "closed" };
  const minute = minuteOfWeek(now);
  const current = intervals.find((interval) => interval.start <= minute && minute < interval.end);
  if (current) {
    if (current.end - minute >= minutesPerWeek) return { kind: "open" };
    // An end at exactly midnight keeps its "24:00" spelling, the way the hours are written.
    const endOfDay = current.end % minutesPerDay;
    return { kind: "open", closesAt: endOfDay === 0 ? "24:00" : clockTime(endOfDay) };
  }
  const next = intervals.find((interval) => interval.start > minute)!;
  const day = weekdays[Math.floor(next.start / minutesPerDay) % 7]!;
  return { kind: "closed", opensAt: { day, time: clockTime(next.start % minutesPerDay) } };
}
