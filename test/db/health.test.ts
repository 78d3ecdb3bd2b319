// What /ready, /metrics and the safety net ask: the database answers (or says why not), which
// migrations are missing, and the open and waiting cases as counts.
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/connect.ts";
import { caseGauges, pendingMigrations, ping } from "../../src/db/health.ts";
import { readMigrations } from "../../src/db/migrate.ts";
import { DATABASE_KINDS, databaseHooks, type TestDatabase } from "../support/databases.ts";

const NOW = Date.parse("2026-11-23T09:00:00.000Z");

describe.each(DATABASE_KINDS)("health repository on %s", (kind) => {
  let db: TestDatabase;
  databaseHooks(kind, (opened) => {
    db = opened;
  });

  it("answers a ping and finds every migration applied", async () => {
    await expect(ping(db)).resolves.toBeUndefined();
    const names = readMigrations().map((migration) => migration.name);
    expect(await pendingMigrations(db, names)).toEqual([]);
    expect(await pendingMigrations(db, [...names, "29990101000000_future"])).toEqual([
      "29990101000000_future",
    ]);
  });

  it("counts open and waiting cases and the oldest wait", async () => {
    expect(await caseGauges(db, NOW)).toEqual({ open: 0, queued: 0, oldestWaitingSeconds: 0 });
    const insert = (ref: string, status: string, openedAt: number) =>
      db.sql.query(
        `INSERT INTO counsel_case (ref, status, priority, source, locale, summary, opened_at, last_activity_at)
         VALUES ($1, $2, 1, 'menu', 'en', '{}', $3, $3)`,
        [ref, status, new Date(openedAt)],
      );
    await insert("R-1", "queued", NOW - 90_000);
    await insert("R-2", "queued", NOW - 30_000);
    await insert("R-3", "active", NOW - 600_000);
    await insert("R-4", "closed", NOW - 900_000);
    expect(await caseGauges(db, NOW)).toEqual({ open: 3, queued: 2, oldestWaitingSeconds: 90 });
  });
});

describe("health repository without a server", () => {
  it("rejects a ping with the driver's own reason", async () => {
    const db = await openDatabase({ kind: "postgres", url: "postgres://postgres@127.0.0.1:1/none" });
    try {
      await expect(ping(db)).rejects.toMatchObject({ code: "ECONNREFUSED" });
    } finally {
      await db.close();
    }
  });
});
