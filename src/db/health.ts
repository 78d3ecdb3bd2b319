// What /ready, /metrics and the safety net ask of the database: does it answer, is every
// migration applied, how many cases are open and waiting. Aggregates only: no row, no
// pseudonym leaves this module.
import type { CaseGauges } from "../observability/metrics.ts";
import { type Database, driverOf } from "./connect.ts";

/** Resolves when the database answers; rejects with the driver's own error (its code says why). */
export async function ping(db: Database): Promise<void> {
  // raw: through the driver, whose error codes (ECONNREFUSED, 28P01…) Prisma folds into one kind
  await driverOf(db).query("SELECT 1");
}

/**
 * Resolves when the database answers from its files: the embedded PGlite's folder still the one it opened, and a
 * read of a table (PGlite answers `SELECT 1` from memory after its data directory is gone).
 */
export async function probe(db: Database): Promise<void> {
  db.checkFiles?.();
  // raw: through the driver, like ping; _prisma_migrations is the one table every migrated database has
  await driverOf(db).query(`SELECT 1 FROM "_prisma_migrations" LIMIT 1`);
}

export async function caseGauges(db: Database, now: number): Promise<CaseGauges> {
  const [open, queued, oldest] = await Promise.all([
    db.prisma.counselCase.count({ where: { status: { in: ["queued", "active"] } } }),
    db.prisma.counselCase.count({ where: { status: "queued" } }),
    db.prisma.counselCase.aggregate({ where: { status: "queued" }, _min: { openedAt: true } }),
  ]);
  const since = oldest._min.openedAt?.getTime();
  return { open, queued, oldestWaitingSeconds: since === undefined ? 0 : Math.max(0, (now - since) / 1000) };
}

/** The names in `expected` that are not applied yet (migrations in prisma/migrations). */
export async function pendingMigrations(db: Database, expected: string[]): Promise<string[]> {
  // raw: _prisma_migrations is Prisma Migrate's own table, not a model of the schema
  const rows = await db.prisma.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  const applied = new Set(rows.map((row) => row.migration_name));
  return expected.filter((name) => !applied.has(name));
}
