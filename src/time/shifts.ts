// Shifts: the counselors' duty hours (COUNSELOR_HOURS, days off excepted) as stretches of time
// with a start and an end, so that something can happen once at a shift's start or end.
// Ranges that touch ("22:00-24:00" and the next day's "00:00-08:00") are one shift.
import { DAY_MS, MINUTE_MS } from "./durations.ts";
import type { DutySchedule } from "./opening-hours.ts";
import { localTime } from "./zone.ts";

export interface Shift {
  /** Milliseconds since the epoch. */
  start: number;
  end: number;
}

/** The shifts that overlap [from, to], oldest first. */
export function shiftsBetween(schedule: DutySchedule, from: number, to: number): Shift[] {
  // From the local midnight a day before `from`, so that a shift begun the evening before is whole.
  const first = from - DAY_MS;
  const midnight = first - localTime(first, schedule.timeZone).minutes * MINUTE_MS - (first % MINUTE_MS);
  const pieces: Shift[] = [];
  for (let dayStart = midnight; dayStart <= to + DAY_MS; dayStart += DAY_MS) {
    // noon tells the day's date and weekday even across a change of offset
    const day = localTime(dayStart + 12 * 60 * MINUTE_MS, schedule.timeZone);
    if (schedule.daysOff.has(day.date)) continue;
    for (const range of schedule.days[day.weekday] ?? []) {
      pieces.push({ start: dayStart + range.start * MINUTE_MS, end: dayStart + range.end * MINUTE_MS });
    }
  }
  const shifts: Shift[] = [];
  for (const piece of pieces.sort((a, b) => a.start - b.start)) {
    const last = shifts.at(-1);
    if (last && piece.start <= last.end) last.end = Math.max(last.end, piece.end);
    else shifts.push({ ...piece });
  }
  return shifts.filter((shift) => shift.end >= from && shift.start <= to);
}
