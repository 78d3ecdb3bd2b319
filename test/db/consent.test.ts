// Consent rows by pseudonym and purpose: saved (replacing an earlier one), read, deleted.
import { describe, expect, it } from "vitest";
import * as consent from "../../src/db/consent.ts";
import { DATABASE_KINDS, databaseHooks, type TestDatabase } from "../support/databases.ts";

const AT = new Date("2026-11-23T09:00:00.000Z");

describe.each(DATABASE_KINDS)("consent repository on %s", (kind) => {
  let db: TestDatabase;
  databaseHooks(kind, (opened) => {
    db = opened;
  });

  it("keeps one row per person and purpose, the latest grant winning", async () => {
    await consent.save(db, "a1", "statistics", { policyVersion: 1, grantedAt: AT });
    await consent.save(db, "a1", "history", { policyVersion: 1, grantedAt: AT });
    const later = new Date(AT.getTime() + 60_000);
    await consent.save(db, "a1", "statistics", { policyVersion: 2, grantedAt: later });
    await consent.save(db, "b2", "counselor", { policyVersion: 1, grantedAt: AT });

    expect(await consent.rowsOf(db, "a1")).toEqual([
      { purpose: "history", policyVersion: 1, grantedAt: AT },
      { purpose: "statistics", policyVersion: 2, grantedAt: later },
    ]);
    expect(await consent.versionOf(db, "a1", "statistics")).toBe(2);
    expect(await consent.versionOf(db, "a1", "counselor")).toBeUndefined();
    expect(await db.sql.query("SELECT pseudonym, purpose FROM consent ORDER BY pseudonym, purpose")).toEqual([
      { pseudonym: "a1", purpose: "history" },
      { pseudonym: "a1", purpose: "statistics" },
      { pseudonym: "b2", purpose: "counselor" },
    ]);
  });

  it("deletes one purpose and says whether there was one", async () => {
    await consent.save(db, "a1", "statistics", { policyVersion: 1, grantedAt: AT });
    await consent.save(db, "a1", "history", { policyVersion: 1, grantedAt: AT });
    expect(await consent.remove(db, "a1", "statistics")).toBe(true);
    expect(await consent.remove(db, "a1", "statistics")).toBe(false);
    expect((await consent.rowsOf(db, "a1")).map((row) => row.purpose)).toEqual(["history"]);
  });
});
