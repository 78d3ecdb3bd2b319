import { describe, expect, it } from "vitest";
import {
  dutySchedule,
  isOnDuty,
  nextOpening,
  openingStatus,
  parseDaysOff,
  parseTimeRange,
  parseWeeklyHours,
  type WeekdayHours,
  weekOf,
} from "../../src/time/opening-hours.ts";

const ALMATY = "Asia/Almaty";

/** Whether a place with these hours is open at an instant, in Almaty. */
const statusAt = (hours: WeekdayHours, at: Date) => openingStatus(weekOf(hours), at.getTime(), ALMATY);

const weekdaysTenToSeven: WeekdayHours = {
  mon: ["10:00-19:00"],
  tue: ["10:00-19:00"],
  wed: ["10:00-19:00"],
  thu: ["10:00-19:00"],
  fri: ["10:00-19:00"],
};

// Asia/Almaty is UTC+5 since 2024-03-01, so 10:00 local on Monday 2 March 2026 is 05:00 UTC.
const utc = (iso: string) => new Date(`${iso}Z`);

describe("openingStatus in Asia/Almaty", () => {
  it("opens at 10:00 local, not at 09:59", () => {
    expect(statusAt(weekdaysTenToSeven, utc("2026-03-02T04:59:00"))).toEqual({
      kind: "closed",
      opensAt: { day: "mon", time: "10:00" },
    });
    expect(statusAt(weekdaysTenToSeven, utc("2026-03-02T05:00:00"))).toEqual({
      kind: "open",
      closesAt: "19:00",
    });
  });

  it("is open at 18:59 local and closed at 19:00", () => {
    expect(statusAt(weekdaysTenToSeven, utc("2026-03-02T13:59:00"))).toEqual({
      kind: "open",
      closesAt: "19:00",
    });
    expect(statusAt(weekdaysTenToSeven, utc("2026-03-02T14:00:00"))).toEqual({
      kind: "closed",
      opensAt: { day: "tue", time: "10:00" },
    });
  });

  it("uses the local date, not the UTC one, near midnight", () => {
    // Friday 23:30 UTC is already Saturday 04:30 in Almaty: closed until Monday.
    expect(statusAt(weekdaysTenToSeven, utc("2026-03-06T23:30:00"))).toEqual({
      kind: "closed",
      opensAt: { day: "mon", time: "10:00" },
    });
    // Sunday 20:00 UTC is Monday 01:00 local.
    expect(statusAt(weekdaysTenToSeven, utc("2026-03-08T20:00:00"))).toEqual({
      kind: "closed",
      opensAt: { day: "mon", time: "10:00" },
    });
  });

  it("follows the tz database: before March 2024 Almaty was UTC+6", () => {
    // Wednesday 1 March 2023, 04:00 UTC was 10:00 local then; a fixed +5 offset would say 09:00.
    expect(statusAt(weekdaysTenToSeven, utc("2023-03-01T04:00:00"))).toEqual({
      kind: "open",
      closesAt: "19:00",
    });
  });

  it("handles a lunch break and overnight hours split at midnight", () => {
    const center: WeekdayHours = {
      mon: ["09:00-13:00", "14:00-18:00"],
      sat: ["22:00-24:00"],
      sun: ["00:00-06:00"],
    };
    expect(statusAt(center, utc("2026-03-02T08:30:00"))).toEqual({
      kind: "closed",
      opensAt: { day: "mon", time: "14:00" },
    });
    expect(statusAt(center, utc("2026-03-07T17:30:00"))).toEqual({ kind: "open", closesAt: "06:00" });
    expect(statusAt(center, utc("2026-03-08T01:00:00"))).toEqual({
      kind: "closed",
      opensAt: { day: "mon", time: "09:00" },
    });
  });

  it("knows a place open around the clock and one with no open day", () => {
    const allDay = ["00:00-24:00"];
    const roundTheClock: WeekdayHours = {
      mon: allDay,
      tue: allDay,
      wed: allDay,
      thu: allDay,
      fri: allDay,
      sat: allDay,
      sun: allDay,
    };
    expect(statusAt(roundTheClock, utc("2026-03-04T12:00:00"))).toEqual({ kind: "open" });
    expect(statusAt({}, utc("2026-03-04T12:00:00"))).toEqual({ kind: "closed" });
  });
});

describe("time ranges", () => {
  it("parses minutes since midnight and rejects malformed ranges", () => {
    expect(parseTimeRange("10:00-19:00")).toEqual({ start: 600, end: 1140 });
    expect(parseTimeRange("22:00-24:00")).toEqual({ start: 1320, end: 1440 });
    for (const bad of ["10-19", "10:00–19:00", "25:00-26:00", "10:60-11:00", "19:00-10:00", "24:00-24:00"]) {
      expect(parseTimeRange(bad).problem, bad).toBeDefined();
    }
  });
});

/** Almaty is UTC+5: local hh:mm on a date, as an instant. */
const almaty = (date: string, time: string) => Date.parse(`${date}T${time}:00+05:00`);

describe("duty hours (Asia/Almaty)", () => {
  const schedule = dutySchedule("mon-fri 09:00-18:00; sat 10:00-14:00", "2026-12-16", ALMATY);

  it("are on duty inside the hours and off outside them, on weekends and days off", () => {
    expect(isOnDuty(schedule, almaty("2026-11-23", "09:00"))).toBe(true); // Monday
    expect(isOnDuty(schedule, almaty("2026-11-23", "17:59"))).toBe(true);
    expect(isOnDuty(schedule, almaty("2026-11-23", "18:00"))).toBe(false);
    expect(isOnDuty(schedule, almaty("2026-11-23", "08:59"))).toBe(false);
    expect(isOnDuty(schedule, almaty("2026-11-28", "11:00"))).toBe(true); // Saturday
    expect(isOnDuty(schedule, almaty("2026-11-29", "11:00"))).toBe(false); // Sunday
    expect(isOnDuty(schedule, almaty("2026-12-16", "11:00"))).toBe(false); // a Wednesday off
  });

  it("name the next opening, skipping days off", () => {
    expect(nextOpening(schedule, almaty("2026-11-23", "19:00"))).toBe(almaty("2026-11-24", "09:00"));
    expect(nextOpening(schedule, almaty("2026-11-28", "15:00"))).toBe(almaty("2026-11-30", "09:00"));
    expect(nextOpening(schedule, almaty("2026-12-15", "18:30"))).toBe(almaty("2026-12-17", "09:00"));
    expect(nextOpening(schedule, almaty("2026-11-23", "07:00"))).toBe(almaty("2026-11-23", "09:00"));
    expect(nextOpening(dutySchedule("mon 09:00-10:00", "", ALMATY), almaty("2026-11-23", "09:30"))).toBe(
      almaty("2026-11-30", "09:00"),
    );
  });

  it("report malformed settings in words an operator understands", () => {
    expect(parseWeeklyHours("mon-fri 9-18")).toEqual({
      ok: false,
      problem: '"9-18" is not a time range like 09:00-18:00',
    });
    expect(parseWeeklyHours("fri-mon 09:00-18:00").ok).toBe(false);
    // Overnight duty and a rule joined with a comma: the message says what to write instead.
    expect(parseWeeklyHours("mon 18:00-09:00")).toEqual({
      ok: false,
      problem: '"18:00-09:00" ends before it starts; split overnight hours at 24:00',
    });
    expect(parseWeeklyHours("mon 09:00-25:00")).toEqual({
      ok: false,
      problem: '"09:00-25:00" has an impossible time',
    });
    expect(parseWeeklyHours("mon-fri 09:00-18:00,sat 10:00-14:00")).toEqual({
      ok: false,
      problem: '"09:00-18:00,sat": separate rules with ";", e.g. mon-fri 09:00-18:00; sat 10:00-14:00',
    });
    expect(parseDaysOff("2026-12-16, 16.12.2026")).toEqual({
      ok: false,
      problem: '"16.12.2026" is not a date like 2026-12-16',
    });
  });
});
