// Real databases for tests: an in-memory PGlite, and a private schema on the PostgreSQL
// server at TEST_DATABASE_URL (default: the local `test` database), so that test files
// running in parallel never see each other's rows. Tests may read and write the database
// directly (to set up a case, or to assert on what is stored); that SQL lives in test code
// only, through `sql` here: the bot reaches the database through src/db's repositories.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { type Database, driverOf, openDatabase, type RawSql } from "../../src/db/connect.ts";
import { applyMigrations } from "../../src/db/migrate.ts";

export type DatabaseKind = "pglite" | "postgres";
export const DATABASE_KINDS: DatabaseKind[] = ["pglite", "postgres"];
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export interface TestDatabase extends Database {
  /** Plain SQL on the same database (on PGlite, the same instance) for test code. */
  sql: RawSql;
  /** Empties every table (migrations stay applied). */
  reset(): Promise<void>;
  /** Every row of every table, as JSON text: what a privacy audit would read. */
  dump(): Promise<string>;
}

/** Runs statements on a PostgreSQL server outside any test schema; the last one's rows. */
export async function onServer<Row>(url: string, statements: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const results: pg.QueryResult | pg.QueryResult[] = await client.query(statements);
    return (Array.isArray(results) ? results.at(-1)! : results).rows as Row[];
  } finally {
    await client.end();
  }
}

/** `url`: another PostgreSQL server than TEST_DATABASE_URL (a test's own, see private-postgres.ts). */
export async function openTestDatabase(kind: DatabaseKind, url = TEST_DATABASE_URL): Promise<TestDatabase> {
  let schema: string | undefined;
  let db: Database;
  if (kind === "postgres") {
    schema = `t_${process.pid}_${randomBytes(4).toString("hex")}`;
    await onServer(url, `CREATE SCHEMA "${schema}"`);
    db = await openDatabase({ kind: "postgres", url, schema });
  } else {
    db = await openDatabase({ kind: "pglite" });
  }
  await applyMigrations(db);
  const sql = driverOf(db);
  const tables = async () =>
    (
      await sql.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables
         WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
         ORDER BY table_name`,
      )
    ).map((row) => row.table_name);
  const closeDatabase = db.close.bind(db);
  // The same object, extended: src/db finds its driver by the database it opened.
  return Object.assign(db, {
    sql,
    async reset() {
      const names = await tables();
      if (names.length > 0) await sql.exec(`TRUNCATE ${names.map((name) => `"${name}"`).join(", ")} CASCADE`);
    },
    async dump() {
      const parts: string[] = [];
      for (const name of await tables()) {
        const rows = await sql.query(`SELECT * FROM "${name}"`);
        parts.push(`${name}: ${JSON.stringify(rows)}`);
      }
      return parts.join("\n");
    },
    async close() {
      await closeDatabase();
      if (schema) await onServer(url, `DROP SCHEMA "${schema}" CASCADE`);
    },
  });
}

/** A suite's hooks for one database: opened once and handed to `use`, emptied before each test, then closed. */
export function databaseHooks(kind: DatabaseKind, use: (db: TestDatabase) => void): void {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    use(db);
  });
  beforeEach(() => db.reset());
  afterAll(() => db.close());
}
