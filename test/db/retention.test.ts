// What the purge deletes by itself: every table whose rows carry an expiry (a table added
// later fails here until it is swept), consents with nothing left to govern, and the lock
// that lets one PostgreSQL instance at a time purge.
import { describe, expect, it } from "vitest";
import * as personalData from "../../src/db/personal-data.ts";
import { deleteExpired, deleteOrphanConsents, PURGE_LOCK, runAlone } from "../../src/db/retention.ts";
import { DATABASE_KINDS, databaseHooks, type TestDatabase } from "../support/databases.ts";
import { tablesWithColumn, writePersonRow } from "../support/person-rows.ts";

const NOW = new Date("2026-11-23T09:00:00.000Z");
const DAY = 24 * 60 * 60 * 1000;

describe.each(DATABASE_KINDS)("retention repository on %s", (kind) => {
  let db: TestDatabase;
  databaseHooks(kind, (opened) => {
    db = opened;
  });

  const consentOf = async (pseudonym: string) =>
    db.sql.query("SELECT purpose FROM consent WHERE pseudonym = $1", [pseudonym]);

  it("sweeps every table with an expiry, up to and including now", async () => {
    const swept = await deleteExpired(db, NOW);
    expect(Object.keys(swept)).toEqual(await tablesWithColumn(db, "expires_at"));
    expect(Object.values(swept).every((count) => count === 0)).toBe(true);

    for (const table of ["case_block", "case_history", "case_link"]) {
      await writePersonRow(db, table, "gone", new Date(NOW.getTime() - 3 * DAY));
      await writePersonRow(db, table, "kept", NOW);
    }
    await db.sql.query(
      `INSERT INTO stored_state (key, value, expires_at)
       VALUES ('s:gone', '{}', $1::timestamptz AT TIME ZONE 'UTC'), ('s:kept', '{}', $2::timestamptz AT TIME ZONE 'UTC')`,
      [NOW, new Date(NOW.getTime() + 1)],
    );
    expect(await deleteExpired(db, NOW)).toEqual({
      case_block: 1,
      case_history: 1,
      case_link: 1,
      stored_state: 1,
    });
    const dump = await db.dump();
    expect(dump).not.toContain("gone");
    expect(dump.match(/kept/g)).toHaveLength(4);
  });

  it("deletes an old consent with nothing beside it, keeps one with anything stored or a young one", async () => {
    const others = Object.keys(personalData.PERSON_TABLES).filter((table) => table !== "consent");
    const old = new Date(NOW.getTime() - 2 * DAY);
    for (const table of others) {
      await writePersonRow(db, "consent", `with-${table}`, old);
      await writePersonRow(db, table, `with-${table}`, NOW);
    }
    await writePersonRow(db, "consent", "with-session", old);
    await db.sql.query(
      `INSERT INTO stored_state (key, value, expires_at) VALUES ('c:with-session', '{}', now())`,
    );
    await writePersonRow(db, "consent", "alone", old);
    await writePersonRow(db, "consent", "young", NOW);

    expect(await deleteOrphanConsents(db, new Date(NOW.getTime() - DAY))).toBe(1);
    expect(await consentOf("alone")).toEqual([]);
    expect(await consentOf("young")).toEqual([{ purpose: "history" }]);
    expect(await consentOf("with-session")).toEqual([{ purpose: "history" }]);
    for (const table of others) expect(await consentOf(`with-${table}`)).toEqual([{ purpose: "history" }]);
  });

  it("runs the purge's work and returns its result", async () => {
    expect(await runAlone(db, async () => 42)).toBe(42);
  });

  it.runIf(kind === "postgres")("does not run while another instance holds the purge lock", async () => {
    let ran = false;
    const skipped = await db.sql.transaction(async (tx) => {
      await tx.query("SELECT pg_advisory_xact_lock($1)", [PURGE_LOCK]);
      return runAlone(db, async () => {
        ran = true;
      });
    });
    expect(skipped).toBeUndefined();
    expect(ran).toBe(false);
  });
});
