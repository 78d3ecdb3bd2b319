// The anonymous daily counts: one row per cell counted up (also by instances at once), read
// back by period with both ends included.
import { describe, expect, it } from "vitest";
import { addEvent, addTiming, eventsBetween, timingsBetween } from "../../src/db/counts.ts";
import { DATABASE_KINDS, databaseHooks, type TestDatabase } from "../support/databases.ts";

const cell = {
  kind: "faq.asked",
  locale: "kk",
  region: "almaty",
  category: "",
  entry: "rights",
  detail: "exact",
};

describe.each(DATABASE_KINDS)("daily counts repository on %s", (kind) => {
  let db: TestDatabase;
  databaseHooks(kind, (opened) => {
    db = opened;
  });

  it("counts events per cell, at once too, and reads a period with both ends", async () => {
    await Promise.all(Array.from({ length: 5 }, () => addEvent(db, { ...cell, day: "2026-11-02" })));
    await addEvent(db, { ...cell, day: "2026-11-01" });
    await addEvent(db, { ...cell, day: "2026-11-03", detail: "none" });
    await addEvent(db, { ...cell, day: "2026-11-04" });

    expect(await eventsBetween(db, "2026-11-02", "2026-11-03")).toEqual([
      { ...cell, day: "2026-11-02", count: 5 },
      { ...cell, day: "2026-11-03", detail: "none", count: 1 },
    ]);
    expect(await db.sql.query("SELECT count(*)::int AS n FROM daily_event")).toEqual([{ n: 4 }]);
  });

  it("counts timings per day, measure and bucket, in order", async () => {
    await addTiming(db, "2026-11-02", "wait", 15);
    await addTiming(db, "2026-11-02", "wait", 15);
    await addTiming(db, "2026-11-02", "wait", 0);
    await addTiming(db, "2026-11-02", "duration", 60);
    await addTiming(db, "2026-11-05", "wait", 0);

    expect(await timingsBetween(db, "2026-11-01", "2026-11-04")).toEqual([
      { day: "2026-11-02", measure: "duration", fromMinutes: 60, count: 1 },
      { day: "2026-11-02", measure: "wait", fromMinutes: 0, count: 1 },
      { day: "2026-11-02", measure: "wait", fromMinutes: 15, count: 2 },
    ]);
  });
});
