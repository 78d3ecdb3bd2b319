// The counts behind /metrics' case gauges: how many cases are open, how many wait, and for
// how long the oldest has waited. Aggregates only: no row, no pseudonym leaves this module.
import type { CaseGauges } from "../observability/metrics.ts";
import type { Database } from "./connect.ts";

export async function caseGauges(db: Database, now: number): Promise<CaseGauges> {
  const [open, queued, oldest] = await Promise.all([
    db.prisma.counselCase.count({ where: { status: { in: ["queued", "active"] } } }),
    db.prisma.counselCase.count({ where: { status: "queued" } }),
    db.prisma.counselCase.aggregate({ where: { status: "queued" }, _min: { openedAt: true } }),
  ]);
  const since = oldest._min.openedAt?.getTime();
  return { open, queued, oldestWaitingSeconds: since === undefined ? 0 : Math.max(0, (now - since) / 1000) };
}

/** The readiness check: the database answers and every migration in prisma/migrations is applied. */
export async function pendingMigrations(db: Database, expected: string[]): Promise<string[]> {
  const rows = await db.sql.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const applied = new Set(rows.map((row) => row.migration_name));
  return expected.filter((name) => !applied.has(name));
}
