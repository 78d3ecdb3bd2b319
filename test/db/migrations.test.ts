import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, MIGRATIONS_DIR, readMigrations } from "../../src/db/migrate.ts";
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from "../support/databases.ts";

describe.each(DATABASE_KINDS)("migrations on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db.close());

  it("records every migration in _prisma_migrations the way Prisma Migrate does", async () => {
    const rows = await db.sql.query<{
      migration_name: string;
      checksum: string;
      applied_steps_count: number;
    }>(
      `SELECT migration_name, checksum, applied_steps_count, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    const files = readMigrations();
    expect(rows.map((row) => row.migration_name)).toEqual(files.map((file) => file.name));
    expect(rows.map((row) => row.checksum)).toEqual(files.map((file) => file.checksum));
    expect(rows.every((row) => row.applied_steps_count === 1)).toBe(true);
  });

  it("applies nothing twice, and only what is new", async () => {
    expect(await applyMigrations(db)).toEqual([]);
    const dir = mkdtempSync(path.join(tmpdir(), "migrations-"));
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    const extra = path.join(dir, "29990101000000_extra");
    cpSync(path.join(MIGRATIONS_DIR, readMigrations()[0]!.name), extra, { recursive: true });
    writeFileSync(
      path.join(extra, "migration.sql"),
      'CREATE TABLE "extra_probe" ("id" INTEGER PRIMARY KEY);',
    );
    expect(await applyMigrations(db, dir)).toEqual(["29990101000000_extra"]);
    expect(await applyMigrations(db, dir)).toEqual([]);
    await db.sql.exec('DROP TABLE "extra_probe"');
    await db.sql.exec(`DELETE FROM "_prisma_migrations" WHERE migration_name = '29990101000000_extra'`);
  });

  it("refuses a migration edited after it was applied", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "migrations-"));
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    const first = readMigrations()[0]!.name;
    writeFileSync(path.join(dir, first, "migration.sql"), "SELECT 1;");
    await expect(applyMigrations(db, dir)).rejects.toThrow(/was changed after it was applied/);
  });
});
