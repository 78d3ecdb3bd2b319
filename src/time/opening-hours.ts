// Opening hours, the one engine for the centers' hours (referral) and the counselors' duty hours: ranges
// like "10:00-19:00" per weekday, local time in the configured zone (zone.ts), days off, whether a place
// is open at an instant, when it closes, and when it opens next. Plain TypeScript, tested alone.
import { MINUTE_MS, MINUTES_PER_DAY, MINUTES_PER_WEEK } from "./durations.ts";
import { localTime } from "./zone.ts";

export const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof weekdays)[number];

/** Minutes since local midnight; an end may be 24:00 (1440). */
export interface TimeRange {
  start: number;
  end: number;
}

/** Open ranges per weekday, Monday first. */
export type Week = readonly (readonly TimeRange[])[];

/** Hours as content writes them: "HH:MM-HH:MM" ranges per weekday; a day that is absent is closed. */
export type WeekdayHours = Partial<Record<Weekday, readonly string[]>>;

const rangePattern = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/;

/** Minutes since midnight, or undefined when the time is not a valid "HH:MM" (24:00 allowed as an end). */
function minutesOf(hours: string, minutes: string, isEnd: boolean): number | undefined {
  if (Number(minutes) > 59) return undefined;
  const value = Number(hours) * 60 + Number(minutes);
  return value < MINUTES_PER_DAY || (isEnd && value === MINUTES_PER_DAY) ? value : undefined;
}

export function parseTimeRange(text: string): (TimeRange & { problem?: undefined }) | { problem: string } {
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
    .filter((item): item is { text: string; range: TimeRange } => !item.range.problem)
    .sort((a, b) => a.range.start - b.range.start);
  for (let i = 1; i < parsed.length; i++) {
    const previous = parsed[i - 1]!;
    const current = parsed[i]!;
    if (current.range.start < previous.range.end) return `"${previous.text}" and "${current.text}"`;
  }
  return undefined;
}

/** The week of content's hours; malformed ranges (reported by the content check) are left out. */
export function weekOf(hours: WeekdayHours): Week {
  return weekdays.map((day) =>
    (hours[day] ?? []).flatMap((text) => {
      const range = parseTimeRange(text);
      return range.problem === undefined ? [{ start: range.start, end: range.end }] : [];
    }),
  );
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

/** Hours as a setting writes them: "mon-fri 09:00-18:00; sat 10:00-14:00". */
export function parseWeeklyHours(text: string): Parsed<TimeRange[][]> {
  const days: TimeRange[][] = weekdays.map(() => []);
  const rules = text
    .split(";")
    .map((rule) => rule.trim())
    .filter(Boolean);
  if (rules.length === 0) return { ok: false, problem: "no hours given; expected e.g. mon-fri 09:00-18:00" };
  for (const rule of rules) {
    const [dayPart = "", ...times] = rule.split(/\s+/);
    const ruleDays = parseDays(dayPart);
    if (!ruleDays) return { ok: false, problem: `"${dayPart}" is not a day or a range of days like mon-fri` };
    if (times.length === 0)
      return { ok: false, problem: `"${rule}" has no hours; expected e.g. 09:00-18:00` };
    for (const time of times) {
      // "09:00-18:00,sat": a second rule joined with a comma, where rules take a semicolon.
      if (/^\d{2}:\d{2}-\d{2}:\d{2},/.test(time))
        return {
          ok: false,
          problem: `"${time}": separate rules with ";", e.g. mon-fri 09:00-18:00; sat 10:00-14:00`,
        };
      const range = parseTimeRange(time);
      // The range's own problem: an impossible time, or overnight hours that must be split at midnight.
      if (range.problem !== undefined) {
        const malformed = !rangePattern.test(time);
        return {
          ok: false,
          problem: malformed ? `"${time}" is not a time range like 09:00-18:00` : range.problem,
        };
      }
      for (const day of ruleDays) days[day]!.push({ start: range.start, end: range.end });
    }
  }
  for (const ranges of days) ranges.sort((a, b) => a.start - b.start);
  return { ok: true, value: days };
}

/** Days off as a setting writes them: "2026-12-16,2026-12-17". */
export function parseDaysOff(text: string): Parsed<string[]> {
  const dates = text
    .split(/[,\s]+/)
    .map((date) => date.trim())
    .filter(Boolean);
  for (const date of dates) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
      return { ok: false, problem: `"${date}" is not a date like 2026-12-16` };
    }
  }
  return { ok: true, value: dates };
}

function parseDays(text: string): number[] | undefined {
  const result: number[] = [];
  for (const item of text.toLowerCase().split(",")) {
    const [first, last] = item.split("-");
    const from = weekdays.indexOf(first as Weekday);
    const to = last === undefined ? from : weekdays.indexOf(last as Weekday);
    if (from < 0 || to < 0 || to < from) return undefined;
    for (let day = from; day <= to; day++) result.push(day);
  }
  return result;
}

export type OpeningStatus =
  /** closesAt is absent when the place is open around the clock. */
  | { kind: "open"; closesAt?: string }
  /** opensAt is absent when the schedule has no open hours at all. */
  | { kind: "closed"; opensAt?: { day: Weekday; time: string } };

/**
 * Open intervals of two consecutive weeks in minutes since the first Monday 00:00, merged where they touch,
 * so that "22:00-24:00" followed by "00:00-08:00" reads as one stretch, even from Sunday into Monday.
 */
function openIntervals(week: Week): TimeRange[] {
  const intervals: TimeRange[] = [];
  for (const weekIndex of [0, 1]) {
    week.forEach((ranges, dayIndex) => {
      const offset = weekIndex * MINUTES_PER_WEEK + dayIndex * MINUTES_PER_DAY;
      for (const range of ranges) intervals.push({ start: offset + range.start, end: offset + range.end });
    });
  }
  intervals.sort((a, b) => a.start - b.start);
  const merged: TimeRange[] = [];
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

/** Whether a place with these weekly hours is open at `now`, when it closes, or when it opens next. */
export function openingStatus(week: Week, now: number, timeZone: string): OpeningStatus {
  const intervals = openIntervals(week);
  if (intervals.length === 0) return { kind: "closed" };
  const local = localTime(now, timeZone);
  const minute = local.weekday * MINUTES_PER_DAY + local.minutes;
  const current = intervals.find((interval) => interval.start <= minute && minute < interval.end);
  if (current) {
    if (current.end - minute >= MINUTES_PER_WEEK) return { kind: "open" };
    // An end at exactly midnight keeps its "24:00" spelling, the way the hours are written.
    const endOfDay = current.end % MINUTES_PER_DAY;
    return { kind: "open", closesAt: endOfDay === 0 ? "24:00" : clockTime(endOfDay) };
  }
  const next = intervals.find((interval) => interval.start > minute)!;
  const day = weekdays[Math.floor(next.start / MINUTES_PER_DAY) % 7]!;
  return { kind: "closed", opensAt: { day, time: clockTime(next.start % MINUTES_PER_DAY) } };
}

/** Weekly hours with days off, in a time zone: the counselors' duty. */
export interface DutySchedule {
  days: Week;
  daysOff: ReadonlySet<string>;
  timeZone: string;
}

/** How far ahead nextOpening looks: long holidays included. */
const SEARCH_DAYS = 60;

/** Throws on malformed text; the configuration schema has already reported problems by then. */
export function dutySchedule(hours: string, daysOff: string, timeZone: string): DutySchedule {
  const weekly = parseWeeklyHours(hours);
  const off = parseDaysOff(daysOff);
  if (!weekly.ok) throw new Error(weekly.problem);
  if (!off.ok) throw new Error(off.problem);
  return { days: weekly.value, daysOff: new Set(off.value), timeZone };
}

export function isOnDuty(schedule: DutySchedule, now: number): boolean {
  const local = localTime(now, schedule.timeZone);
  if (schedule.daysOff.has(local.date)) return false;
  return (schedule.days[local.weekday] ?? []).some(
    (range) => local.minutes >= range.start && local.minutes < range.end,
  );
}

/** The next instant (ms) duty starts, or undefined when none is scheduled within two months. */
export function nextOpening(schedule: DutySchedule, now: number): number | undefined {
  const local = localTime(now, schedule.timeZone);
  const midnight = now - local.minutes * MINUTE_MS - (now % MINUTE_MS);
  for (let offset = 0; offset <= SEARCH_DAYS; offset++) {
    const dayStart = midnight + offset * MINUTES_PER_DAY * MINUTE_MS;
    // noon tells the day's date and weekday even across a change of offset
    const day = localTime(dayStart + MINUTE_MS * 60 * 12, schedule.timeZone);
    if (schedule.daysOff.has(day.date)) continue;
    for (const range of schedule.days[day.weekday] ?? []) {
      const start = dayStart + range.start * MINUTE_MS;
      if (start > now) return start;
    }
  }
  return undefined;
}
