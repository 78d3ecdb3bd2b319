// When counselors are on duty: weekly hours and days off, local time in Asia/Almaty.
// Written as "mon-fri 09:00-18:00; sat 10:00-14:00" (COUNSELOR_HOURS) and
// "2026-12-16,2026-12-17" (COUNSELOR_DAYS_OFF). The offset comes from the runtime's tz
// database through Intl, so a change of Kazakhstan's time zone follows tzdata, not this code.

export const DUTY_TIME_ZONE = "Asia/Almaty";
const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
const MINUTES_PER_DAY = 24 * 60;
const MINUTE_MS = 60_000;
/** How far ahead nextOpening looks: long holidays included. */
const SEARCH_DAYS = 60;

interface Range {
  start: number;
  end: number;
}

/** Open ranges (minutes since local midnight) per weekday, Monday first. */
export interface DutySchedule {
  days: Range[][];
  daysOff: ReadonlySet<string>;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

export function parseWeeklyHours(text: string): Parsed<Range[][]> {
  const days: Range[][] = DAYS.map(() => []);
  const rules = text
    .split(";")
    .map((rule) => rule.trim())
    .filter(Boolean);
  if (rules.length === 0) return { ok: false, problem: "no hours given; expected e.g. mon-fri 09:00-18:00" };
  for (const rule of rules) {
    const [dayPart = "", ...times] = rule.split(/\s+/);
    const weekdays = parseDays(dayPart);
    if (!weekdays) return { ok: false, problem: `"${dayPart}" is not a day or a range of days like mon-fri` };
    if (times.length === 0)
      return { ok: false, problem: `"${rule}" has no hours; expected e.g. 09:00-18:00` };
    for (const time of times) {
      const range = parseRange(time);
      if (!range) return { ok: false, problem: `"${time}" is not a time range like 09:00-18:00` };
      for (const day of weekdays) days[day]!.push(range);
    }
  }
  for (const ranges of days) ranges.sort((a, b) => a.start - b.start);
  return { ok: true, value: days };
}

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

/** Throws on malformed text; the configuration schema has already reported problems by then. */
export function dutySchedule(hours: string, daysOff: string): DutySchedule {
  const weekly = parseWeeklyHours(hours);
  const off = parseDaysOff(daysOff);
  if (!weekly.ok) throw new Error(weekly.problem);
  if (!off.ok) throw new Error(off.problem);
  return { days: weekly.value, daysOff: new Set(off.value) };
}

export function isOnDuty(schedule: DutySchedule, now: number): boolean {
  const local = localTime(now);
  if (schedule.daysOff.has(local.date)) return false;
  return (schedule.days[local.weekday] ?? []).some(
    (range) => local.minutes >= range.start && local.minutes < range.end,
  );
}

/** The next instant (ms) duty starts, or undefined when none is scheduled within two months. */
export function nextOpening(schedule: DutySchedule, now: number): number | undefined {
  const local = localTime(now);
  const midnight = now - local.minutes * MINUTE_MS - (now % MINUTE_MS);
  for (let offset = 0; offset <= SEARCH_DAYS; offset++) {
    const dayStart = midnight + offset * MINUTES_PER_DAY * MINUTE_MS;
    const day = localTime(dayStart + MINUTE_MS * 60 * 12);
    if (schedule.daysOff.has(day.date)) continue;
    for (const range of schedule.days[day.weekday] ?? []) {
      const start = dayStart + range.start * MINUTE_MS;
      if (start > now) return start;
    }
  }
  return undefined;
}

const localClock = new Intl.DateTimeFormat("en-CA", {
  timeZone: DUTY_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  weekday: "short",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});
const WEEKDAY_INDEX: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

/** Date ("2026-11-23"), weekday (Monday = 0) and minutes since midnight in Asia/Almaty. */
export function localTime(now: number): { date: string; weekday: number; minutes: number } {
  const parts = Object.fromEntries(
    localClock.formatToParts(new Date(now)).map((part) => [part.type, part.value]),
  );
  const weekday = WEEKDAY_INDEX[parts.weekday ?? ""];
  if (weekday === undefined) throw new Error(`unexpected weekday from Intl: ${parts.weekday}`);
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

function parseDays(text: string): number[] | undefined {
  const result: number[] = [];
  for (const item of text.toLowerCase().split(",")) {
    const [first, last] = item.split("-");
    const from = DAYS.indexOf(first as (typeof DAYS)[number]);
    const to = last === undefined ? from : DAYS.indexOf(last as (typeof DAYS)[number]);
    if (from < 0 || to < 0 || to < from) return undefined;
    for (let day = from; day <= to; day++) result.push(day);
  }
  return result;
}

function parseRange(text: string): Range | undefined {
  const match = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [hh1, mm1, hh2, mm2] = match.slice(1).map(Number) as [number, number, number, number];
  if (mm1 > 59 || mm2 > 59) return undefined;
  const start = hh1 * 60 + mm1;
  const end = hh2 * 60 + mm2;
  if (start >= MINUTES_PER_DAY || end > MINUTES_PER_DAY || end <= start) return undefined;
  return { start, end };
}
