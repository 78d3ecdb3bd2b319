// Everything stored about one pseudonym, for /mydata, /privacy and /forget: the rows of every
// model with a `pseudonym` column, and the stored_state rows keyed "<kind>:<pseudonym>"
// (session, conversation). A model that gains a pseudonym column must be added to
// PERSON_TABLES; test/db/personal-data.test.ts fails until it is.
import type { Database } from "./connect.ts";
import * as consent from "./consent.ts";
import { counselorsChanged } from "./counselors.ts";
import { casesChanged } from "./open-case-hold.ts";

type Row = Record<string, unknown>;

interface PersonTable {
  rows(db: Database, pseudonym: string): Promise<Row[]>;
  erase(db: Database, pseudonym: string): Promise<number>;
  /** How many rows, and the latest expiry where the rows carry one. */
  summary(db: Database, pseudonym: string): Promise<RecordSummary>;
}

export interface RecordSummary {
  rows: number;
  until?: Date;
  /** Of the person's conversations (counsel_case), how many are not closed. */
  open?: number;
}

const deleted = async (work: Promise<{ count: number }>) => (await work).count;
const counted = async (work: Promise<number>) => ({ rows: await work });
const expiring = async (work: Promise<{ _count: { _all: number }; _max: { expiresAt: Date | null } }>) => {
  const { _count, _max } = await work;
  return { rows: _count._all, ...(_max.expiresAt ? { until: _max.expiresAt } : {}) };
};
const latest = { _count: { _all: true }, _max: { expiresAt: true } } as const;

/** Every table with a pseudonym column, by table name (the name /privacy and /mydata show). */
export const PERSON_TABLES: Readonly<Record<string, PersonTable>> = {
  case_block: {
    rows: (db, pseudonym) => db.prisma.caseBlock.findMany({ where: { pseudonym } }),
    // /forget must not lift a counselor's block: the row stays until it expires (retention deletes it), with
    // only the pseudonym, the end and the reason; who blocked and when (the day of the conversation) are
    // forgotten. Nothing is deleted here.
    erase: async (db, pseudonym) => {
      await db.prisma.caseBlock.updateMany({
        where: { pseudonym },
        data: { blockedBy: null, blockedAt: null },
      });
      return 0;
    },
    summary: (db, pseudonym) => expiring(db.prisma.caseBlock.aggregate({ where: { pseudonym }, ...latest })),
  },
  case_history: {
    rows: (db, pseudonym) => db.prisma.caseHistory.findMany({ where: { pseudonym }, orderBy: { id: "asc" } }),
    erase: (db, pseudonym) => deleted(db.prisma.caseHistory.deleteMany({ where: { pseudonym } })),
    summary: (db, pseudonym) =>
      expiring(db.prisma.caseHistory.aggregate({ where: { pseudonym }, ...latest })),
  },
  case_link: {
    rows: (db, pseudonym) =>
      db.prisma.caseLink.findMany({ where: { pseudonym }, orderBy: { caseId: "asc" } }),
    erase: (db, pseudonym) => deleted(db.prisma.caseLink.deleteMany({ where: { pseudonym } })),
    summary: (db, pseudonym) => expiring(db.prisma.caseLink.aggregate({ where: { pseudonym }, ...latest })),
  },
  consent: {
    rows: (db, pseudonym) =>
      db.prisma.consent.findMany({ where: { pseudonym }, orderBy: { purpose: "asc" } }),
    erase: (db, pseudonym) => {
      consent.forgetHeld(db, pseudonym);
      return deleted(db.prisma.consent.deleteMany({ where: { pseudonym } }));
    },
    summary: (db, pseudonym) => counted(db.prisma.consent.count({ where: { pseudonym } })),
  },
  counsel_case: {
    rows: (db, pseudonym) => db.prisma.counselCase.findMany({ where: { pseudonym }, orderBy: { id: "asc" } }),
    erase: (db, pseudonym) => {
      casesChanged(db);
      return deleted(db.prisma.counselCase.deleteMany({ where: { pseudonym } }));
    },
    // A closed conversation keeps its pseudonym only while its text is kept (history_until): /mydata says so.
    summary: async (db, pseudonym) => {
      const [rows, open] = await Promise.all([
        db.prisma.counselCase.count({ where: { pseudonym } }),
        db.prisma.counselCase.count({ where: { pseudonym, status: { not: "closed" } } }),
      ]);
      return { rows, open };
    },
  },
  counselor: {
    rows: (db, pseudonym) => db.prisma.counselor.findMany({ where: { pseudonym } }),
    erase: (db, pseudonym) => {
      counselorsChanged(db);
      return deleted(db.prisma.counselor.deleteMany({ where: { pseudonym } }));
    },
    summary: (db, pseudonym) => counted(db.prisma.counselor.count({ where: { pseudonym } })),
  },
};

/** A model's field as its column is named (the schema maps every camelCase field to snake_case). */
function columnName(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** The person's rows by table, with columns as the database names them; tables without rows left out. */
export async function rowsOf(db: Database, pseudonym: string): Promise<Record<string, Row[]>> {
  const tables: Record<string, Row[]> = {};
  for (const [table, model] of Object.entries(PERSON_TABLES)) {
    const rows = await model.rows(db, pseudonym);
    if (rows.length > 0) {
      tables[table] = rows.map((row) =>
        Object.fromEntries(Object.entries(row).map(([field, value]) => [columnName(field), value])),
      );
    }
  }
  return tables;
}

/** How many rows each table other than `except` holds about the person, and until when at the latest. */
export async function recordsOf(
  db: Database,
  pseudonym: string,
  except: string,
): Promise<({ table: string } & RecordSummary)[]> {
  const result: ({ table: string } & RecordSummary)[] = [];
  for (const [table, model] of Object.entries(PERSON_TABLES)) {
    if (table === except) continue;
    const summary = await model.summary(db, pseudonym);
    if (summary.rows > 0) result.push({ table, ...summary });
  }
  return result;
}

// Prisma's endsWith is a LIKE that does not escape "_" or "%": safe because pseudonyms are hex.
const stateKeysOf = (pseudonym: string) => ({ key: { endsWith: `:${pseudonym}` } });

/** The person's session, conversation and other state rows, by key. */
export async function stateOf(
  db: Database,
  pseudonym: string,
): Promise<{ key: string; value: unknown; expiresAt: Date }[]> {
  return db.prisma.storedState.findMany({
    where: stateKeysOf(pseudonym),
    orderBy: { key: "asc" },
  });
}

/** Deletes every row about the person but an unexpired block's minimum; returns the count per table (stored_state included). */
export async function erase(db: Database, pseudonym: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [table, model] of Object.entries(PERSON_TABLES))
    counts[table] = await model.erase(db, pseudonym);
  const { count } = await db.prisma.storedState.deleteMany({ where: stateKeysOf(pseudonym) });
  counts.stored_state = count;
  return counts;
}
