// One row about a pseudonym in every table that keeps one, written with plain SQL so that the
// repositories under test are not also the means of setting up. Expiring rows expire `days`
// days after `now` (case_block 1, case_history 2, case_link 3).
import type { TestDatabase } from "./databases.ts";

export const PERSON_ROWS: Record<string, string> = {
  case_block: `INSERT INTO case_block (pseudonym, reason, blocked_at, expires_at)
    VALUES ($1, 'abuse', $2, $2::timestamptz + interval '1 day')`,
  case_history: `INSERT INTO case_history (pseudonym, case_ref, at, author, body, expires_at)
    VALUES ($1, 'R-1', $2, 'person', 'sealed text', $2::timestamptz + interval '2 days')`,
  case_link: `INSERT INTO case_link (case_id, pseudonym, chat, expires_at)
    VALUES ((SELECT coalesce(max(case_id), 0) + 1 FROM case_link), $1, 'sealed chat', $2::timestamptz + interval '3 days')`,
  consent: `INSERT INTO consent (pseudonym, purpose, policy_version, granted_at) VALUES ($1, 'history', 1, $2)`,
  counsel_case: `INSERT INTO counsel_case (ref, pseudonym, status, priority, source, locale, summary, opened_at, last_activity_at)
    VALUES ('R-' || md5($1), $1, 'queued', 1, 'menu', 'en', '{}', $2, $2)`,
  counselor: `INSERT INTO counselor (pseudonym, alias, updated_at) VALUES ($1, 'Aigerim', $2)`,
};

export async function writePersonRow(db: TestDatabase, table: string, pseudonym: string, now: Date) {
  await db.sql.query(PERSON_ROWS[table]!, [pseudonym, now]);
}

/** Tables of the current schema with a column of this name. */
export async function tablesWithColumn(db: TestDatabase, column: string): Promise<string[]> {
  const rows = await db.sql.query<{ table_name: string }>(
    `SELECT c.table_name FROM information_schema.columns c
     JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
     WHERE c.table_schema = current_schema() AND c.column_name = $1 AND t.table_type = 'BASE TABLE'
     ORDER BY c.table_name`,
    [column],
  );
  return rows.map((row) => row.table_name);
}

export async function columnsOf(db: TestDatabase, table: string): Promise<string[]> {
  const rows = await db.sql.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = $1 ORDER BY column_name`,
    [table],
  );
  return rows.map((row) => row.column_name);
}
