// Everything stored about one pseudonym, found generically: every table with a `pseudonym`
// column, plus the stored_state rows keyed "<kind>:<pseudonym>" (session, conversation).
// A table added later is covered without a change here; that is the point.
import type { Database } from "../db/connect.ts";
import type { Pseudonym } from "../privacy/pseudonym.ts";
import { tablesWithColumn } from "../retention/index.ts";

export const ENCRYPTED = "[encrypted]";
// The cipher's format (src/privacy/cipher.ts): v1.<key id>.<iv>.<tag>.<body>, base64url parts.
const SEALED = /^v1\.[a-z0-9-]{1,16}\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]*$/;

type Row = Record<string, unknown>;

export interface PersonalData {
  pseudonym: Pseudonym;
  /** Rows per table, sealed values replaced by "[encrypted]". */
  tables: Record<string, Row[]>;
  /** stored_state rows by kind ("s" session, "c" conversation), with their expiry. */
  state: Record<string, { value: unknown; expiresAt: Date }>;
}

export async function collectPersonalData(db: Database, pseudonym: Pseudonym): Promise<PersonalData> {
  const tables: Record<string, Row[]> = {};
  for (const table of await tablesWithColumn(db.sql, "pseudonym")) {
    const rows = await db.sql.query<Row>(`SELECT * FROM "${table}" WHERE pseudonym = $1`, [pseudonym]);
    if (rows.length > 0) tables[table] = rows.map((row) => maskSealed(row) as Row);
  }
  const state: PersonalData["state"] = {};
  for (const row of await stateRows(db, pseudonym)) {
    state[row.key.slice(0, -pseudonym.length - 1)] = {
      value: maskSealed(row.value),
      expiresAt: row.expires_at,
    };
  }
  return { pseudonym, tables, state };
}

/** What /mydata sends: every table's rows, then the session and conversation state, by name. */
export async function personalDataDocument(
  db: Database,
  pseudonym: Pseudonym,
  now: number,
): Promise<Record<string, unknown>> {
  const data = await collectPersonalData(db, pseudonym);
  const { s: session, c: conversation, ...otherState } = data.state;
  return {
    exportedAt: new Date(now).toISOString(),
    pseudonym: data.pseudonym,
    tables: data.tables,
    ...(session ? { session } : {}),
    ...(conversation ? { conversation } : {}),
    ...(Object.keys(otherState).length > 0 ? { otherState } : {}),
  };
}

/** Deletes every row about the pseudonym; returns the count per table. Consents are revoked before (hooks run). */
export async function erasePersonalData(db: Database, pseudonym: Pseudonym): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await tablesWithColumn(db.sql, "pseudonym")) {
    const rows = await db.sql.query(`DELETE FROM "${table}" WHERE pseudonym = $1 RETURNING 1`, [pseudonym]);
    counts[table] = rows.length;
  }
  const state = await db.sql.query(`DELETE FROM stored_state WHERE key LIKE $1 RETURNING 1`, [
    `%:${pseudonym}`,
  ]);
  counts.stored_state = state.length;
  return counts;
}

/** How many rows each table (other than consent) holds about the pseudonym, and until when at the latest. */
export async function otherRecordsOf(
  db: Database,
  pseudonym: Pseudonym,
): Promise<{ table: string; rows: number; until?: Date }[]> {
  const expiring = new Set(await tablesWithColumn(db.sql, "expires_at"));
  const result: { table: string; rows: number; until?: Date }[] = [];
  for (const table of await tablesWithColumn(db.sql, "pseudonym")) {
    if (table === "consent") continue;
    const until = expiring.has(table) ? ", max(expires_at) AS until" : "";
    const [row] = await db.sql.query<{ rows: number; until?: Date | null }>(
      `SELECT count(*)::int AS rows${until} FROM "${table}" WHERE pseudonym = $1`,
      [pseudonym],
    );
    if (row && row.rows > 0)
      result.push({ table, rows: row.rows, ...(row.until ? { until: row.until } : {}) });
  }
  return result;
}

export async function stateRows(
  db: Database,
  pseudonym: Pseudonym,
): Promise<{ key: string; value: unknown; expires_at: Date }[]> {
  return db.sql.query(`SELECT key, value, expires_at FROM stored_state WHERE key LIKE $1 ORDER BY key`, [
    `%:${pseudonym}`,
  ]);
}

function maskSealed(value: unknown): unknown {
  if (typeof value === "string") return SEALED.test(value) ? ENCRYPTED : value;
  if (Array.isArray(value)) return value.map(maskSealed);
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, maskSealed(inner)]));
  }
  return value;
}
