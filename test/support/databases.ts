// Real databases for tests: an in-memory PGlite, and a private schema on the PostgreSQL
// server at TEST_DATABASE_URL (default: the local `test` database), so that test files
// running in parallel never see each other's rows.
import { randomBytes } from "node:crypto";
import { type Database, openDatabase } from "../../src/db/connect.ts";
import { applyMigrations } from "../../src/db/migrate.ts";

export type DatabaseKind = "pglite" | "postgres";
export const DATABASE_KINDS: DatabaseKind[] = ["pglite", "postgres"];
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export interface TestDatabase extends Database {
  /** Empties every table (migrations stay applied). */
  reset(): Promise<void>;
  /** Every row of every table, as JSON text: what a privacy audit would read. */
  dump(): Promise<string>;
}

/** `url`: another PostgreSQL server than TEST_DATABASE_URL (a test's own, see private-postgres.ts). */
export async function openTestDatabase(kind: DatabaseKind, url = TEST_DATABASE_URL): Promise<TestDatabase> {
  let schema: string | undefined;
  let db: Database;
  if (kind === "postgres") {
    schema = `t_${process.pid}_${randomBytes(4).toString("hex")}`;
    const admin = await openDatabase({ kind: "postgres", url });
    await admin.sql.exec(`CREATE SCHEMA "${schema}"`);
    await admin.close();
    db = await openDatabase({ kind: "postgres", url, schema });
  } else {
    db = await openDatabase({ kind: "pglite" });
  }
  await applyMigrations(db);
  const tables = async () =>
    (
      await db.sql.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables
         WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
         ORDER BY table_name`,
      )
    ).map((row) => row.table_name);
  const closeDatabase = db.close.bind(db);
  // The same object, extended: src/db finds its driver by the database it opened.
  return Object.assign(db, {
    async reset() {
      const names = await tables();
      if (names.length > 0)
        await db.sql.exec(`TRUNCATE ${names.map((name) => `"${name}"`).join(", ")} CASCADE`);
    },
    async dump() {
      const parts: string[] = [];
      for (const name of await tables()) {
        const rows = await db.sql.query(`SELECT * FROM "${name}"`);
        parts.push(`${name}: ${JSON.stringify(rows)}`);
      }
      return parts.join("\n");
    },
    async close() {
      await closeDatabase();
      if (schema) {
        const admin = await openDatabase({ kind: "postgres", url });
        await admin.sql.exec(`DROP SCHEMA "${schema}" CASCADE`);
        await admin.close();
      }
    },
  });
}
