import { describe, expect, it } from "vitest";
import { loadDirectory } from "../../src/referral/directory.ts";
import { openingStatus, parseTimeRange } from "../../src/referral/hours.ts";
import { type Center, centerSchema } from "../../src/referral/schema.ts";

function centerWithHours(hours: unknown): Center {
  return centerSchema.parse({
    id: "test-center",
    name: { kk: "Сынақ орталығы", ru: "Тестовый центр", en: "Test center" },
    kind: "consultation",
    services: ["consultation"],
    region: "karaganda",
    city: { kk: "Қарағанды", ru: "Караганда", en: "Karaganda" },
    lat: 49.8019,
    lon: 73.1021,
    hours,
    source: "test fixture",
  });
}

const weekdaysTenToSeven = centerWithHours({
  mon: ["10:00-19:00"],
  tue: ["10:00-19:00"],
  wed: ["10:00-19:00"],
  thu: ["10:00-19:00"],
  fri: ["10:00-19:00"],
});

// Asia/Almaty is UTC+5 since 2024-03-01, so 10:00 local on Monday 2 March 2026 is 05:00 UTC.
const utc = (iso: string) => new Date(`${iso}Z`);

describe("openingStatus in Asia/Almaty", () => {
  it("opens at 10:00 local, not at 09:59", () => {
    expect(openingStatus(weekdaysTenToSeven, utc("2026-03-02T04:59:00"))).toEqual({
      kind: "closed",
      opensAt: { day: "mon", time: "10:00" },
    });
    expect(openingStatus(weekdaysTenToSeven, utc("2026-03-02T05:00:00"))).toEqual({
      kind: "open",
      closesAt: "19:00",
    });
  });

  it("is open at 18:59 local and closed at 19:00", () => {
    expect(openingStatus(weekdaysTenToSeven, utc("2026-03-02T13:59:00"))).toEqual({
      kind: "open",
      closesAt: "19:00",
    });
    expect(openingStatus(weekdaysTenToSeven, utc("2026-03-02T14:00:00"))).toEqual({
      kind: "closed",
      opensAt: { day: "tue", time: "10:00" },
    });
  });

  it("uses the local date, not the UTC one, near midnight", () => {
    // Friday 23:30 UTC is already Saturday 04:30 in Almaty: closed until Monday.
    expect(openingStatus(weekdaysTenToSeven, utc("2026-03-06T23:30:00"))).toEqual({
      kind: "closed",
      opensAt: { day: "mon", time: "10:00" },
    });
    // Sunday 20:00 UTC is Monday 01:00 local.
    expect(openingStatus(weekdaysTenToSeven, utc("2026-03-08T20:00:00"))).toEqual({
      kind: "closed",
      opensAt: { day: "mon", time: "10:00" },
    });
  });

  it("follows the tz database: before March 2024 Almaty was UTC+6", () => {
    // Wednesday 1 March 2023, 04:00 UTC was 10:00 local then; a fixed +5 offset would say 09:00.
    expect(openingStatus(weekdaysTenToSeven, utc("2023-03-01T04:00:00"))).toEqual({
      kind: "open",
      closesAt: "19:00",
    });
  });

  it("handles a lunch break and overnight hours split at midnight", () => {
    const center = centerWithHours({
      mon: ["09:00-13:00", "14:00-18:00"],
      sat: ["22:00-24:00"],
      sun: ["00:00-06:00"],
    });
    expect(openingStatus(center, utc("2026-03-02T08:30:00"))).toEqual({
      kind: "closed",
      opensAt: { day: "mon", time: "14:00" },
    });
    expect(openingStatus(center, utc("2026-03-07T17:30:00"))).toEqual({ kind: "open", closesAt: "06:00" });
    expect(openingStatus(center, utc("2026-03-08T01:00:00"))).toEqual({
      kind: "closed",
      opensAt: { day: "mon", time: "09:00" },
    });
  });

  it("knows a place open around the clock and one with no open day", () => {
    const allDay = ["00:00-24:00"];
    const roundTheClock = centerWithHours({
      mon: allDay,
      tue: allDay,
      wed: allDay,
      thu: allDay,
      fri: allDay,
      sat: allDay,
      sun: allDay,
    });
    expect(openingStatus(roundTheClock, utc("2026-03-04T12:00:00"))).toEqual({ kind: "open" });
    expect(openingStatus(centerWithHours({}), utc("2026-03-04T12:00:00"))).toEqual({ kind: "closed" });
  });

  it("is unknown without hours, and for the 114 hotline whose 2017 hours are unverified", () => {
    expect(openingStatus(centerWithHours(undefined), utc("2026-03-02T06:00:00"))).toEqual({
      kind: "unknown",
    });
    const hotline = loadDirectory().hotlines[0]!;
    expect(hotline.hours?.mon).toEqual(["10:00-19:00"]);
    expect(openingStatus(hotline, utc("2026-03-02T06:00:00"))).toEqual({ kind: "unknown" });
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

  it("rejects overlapping ranges in a day", () => {
    const result = centerSchema.safeParse({
      ...weekdaysTenToSeven,
      hours: { mon: ["09:00-13:00", "12:00-18:00"] },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain("overlap");
  });
});
