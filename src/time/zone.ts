// The country's clock: hours, calendar days and dates are read in one time zone (TIME_ZONE in the
// configuration, Asia/Almaty by default). The offset comes from the runtime's tz database through Intl
// (Kazakhstan moved to UTC+5 all year on 2024-03-01), so a future change follows tzdata, not this code.

export const DEFAULT_TIME_ZONE = "Asia/Almaty";

/** Whether the runtime's tz database knows the zone ("Asia/Almaty", "UTC"). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const clocks = new Map<string, Intl.DateTimeFormat>();

function clockIn(timeZone: string): Intl.DateTimeFormat {
  let clock = clocks.get(timeZone);
  if (!clock) {
    clock = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      weekday: "short",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    clocks.set(timeZone, clock);
  }
  return clock;
}

const WEEKDAY_INDEX: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

export interface LocalTime {
  /** "2026-11-23" */
  date: string;
  /** Monday = 0 */
  weekday: number;
  /** Minutes since local midnight. */
  minutes: number;
}

export function localTime(now: number, timeZone: string): LocalTime {
  const parts = Object.fromEntries(
    clockIn(timeZone)
      .formatToParts(new Date(now))
      .map((part) => [part.type, part.value]),
  );
  const weekday = WEEKDAY_INDEX[parts.weekday ?? ""];
  if (weekday === undefined) throw new Error(`unexpected weekday from Intl: ${parts.weekday}`);
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** The calendar day (YYYY-MM-DD) of an instant in the time zone. */
export function calendarDay(now: number, timeZone: string): string {
  return localTime(now, timeZone).date;
}
