// The person's data, found through the repository: every table that keeps a pseudonym is
// covered (a table added later fails here until it is), rows are shown with their columns
// as stored, and erasure touches no one else.
import { describe, expect, it } from "vitest";
import * as personalData from "../../src/db/personal-data.ts";
import { DATABASE_KINDS, databaseHooks, type TestDatabase } from "../support/databases.ts";
import { columnsOf, PERSON_ROWS, tablesWithColumn, writePersonRow } from "../support/person-rows.ts";

const NOW = new Date("2026-11-23T09:00:00.000Z");
const DAY = 24 * 60 * 60 * 1000;

describe.each(DATABASE_KINDS)("personal data repository on %s", (kind) => {
  let db: TestDatabase;
  databaseHooks(kind, (opened) => {
    db = opened;
  });

  async function writeEverything(pseudonym: string) {
    for (const table of Object.keys(PERSON_ROWS)) await writePersonRow(db, table, pseudonym, NOW);
    for (const prefix of ["s", "c"]) {
      await db.sql.query(
        `INSERT INTO stored_state (key, value, expires_at) VALUES ($1, $2::jsonb, $3::timestamptz AT TIME ZONE 'UTC')`,
        [`${prefix}:${pseudonym}`, JSON.stringify({ prefix }), new Date(NOW.getTime() + 30 * DAY)],
      );
    }
  }

  it("covers every table with a pseudonym column", async () => {
    expect(Object.keys(personalData.PERSON_TABLES).sort()).toEqual(await tablesWithColumn(db, "pseudonym"));
    expect(Object.keys(PERSON_ROWS).sort()).toEqual(Object.keys(personalData.PERSON_TABLES).sort());
  });

  it("shows the person's rows with every column by its stored name, and no one else's", async () => {
    await writeEverything("person-a");
    await writeEverything("person-b");
    const tables = await personalData.rowsOf(db, "person-a");
    expect(Object.keys(tables).sort()).toEqual(Object.keys(personalData.PERSON_TABLES).sort());
    for (const [table, rows] of Object.entries(tables)) {
      expect(rows).toHaveLength(1);
      expect(Object.keys(rows[0]!).sort()).toEqual(await columnsOf(db, table));
      expect(rows[0]!.pseudonym).toBe("person-a");
    }
    expect(tables.consent).toEqual([
      { pseudonym: "person-a", purpose: "history", policy_version: 1, granted_at: NOW },
    ]);
    expect(await personalData.rowsOf(db, "person-c")).toEqual({});
  });

  it("counts the other records and says until when the expiring ones are kept", async () => {
    await writeEverything("person-a");
    expect(await personalData.recordsOf(db, "person-a", "consent")).toEqual([
      { table: "case_block", rows: 1, until: new Date(NOW.getTime() + DAY) },
      { table: "case_history", rows: 1, until: new Date(NOW.getTime() + 2 * DAY) },
      { table: "case_link", rows: 1, until: new Date(NOW.getTime() + 3 * DAY) },
      { table: "counsel_case", rows: 1, open: 1 },
      { table: "counselor", rows: 1 },
    ]);
    expect(await personalData.recordsOf(db, "person-b", "consent")).toEqual([]);
  });

  it("reads and erases the person's rows and state, not those of a pseudonym that ends alike; a block stays", async () => {
    await writeEverything("a1");
    await writeEverything("ba1");
    const state = await personalData.stateOf(db, "a1");
    expect(state.map((row) => [row.key, row.value])).toEqual([
      ["c:a1", { prefix: "c" }],
      ["s:a1", { prefix: "s" }],
    ]);
    expect(state[0]!.expiresAt).toEqual(new Date(NOW.getTime() + 30 * DAY));

    await db.sql.query(`UPDATE case_block SET blocked_by = 7`);
    expect(await personalData.erase(db, "a1")).toEqual({
      case_block: 0,
      case_history: 1,
      case_link: 1,
      consent: 1,
      counsel_case: 1,
      counselor: 1,
      stored_state: 2,
    });
    // /forget does not lift a block: its pseudonym, end and reason stay until it expires; who blocked and when go.
    expect(await personalData.rowsOf(db, "a1")).toEqual({
      case_block: [
        {
          pseudonym: "a1",
          reason: "abuse",
          blocked_by: null,
          blocked_at: null,
          expires_at: new Date(NOW.getTime() + DAY),
        },
      ],
    });
    const dump = await db.dump();
    expect(dump.replace(/^case_block: .*$/m, "")).not.toContain('"a1"');
    expect(dump).toContain(":ba1");
    expect(await personalData.stateOf(db, "ba1")).toHaveLength(2);
  });
});
