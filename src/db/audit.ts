// The supervisors' record of who did what to which case, and when. It never holds what
// anyone wrote: only the action, the counselor's alias and a short detail (an outcome, a
// transfer's target, a block's length and reason).
import { type Database, driverOf } from "./connect.ts";

export const AUDIT_ACTIONS = [
  "opened",
  "taken",
  "transferred",
  "queued",
  "holder-left",
  "closed",
  "blocked",
  "block-overridden",
  "safety-sent",
  "off-duty-numbers",
  "crisis-detected",
  "crisis-silent",
  "crisis-unanswered",
  "crisis-reannounced",
  "paused",
  "resumed",
  "undelivered",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  at: Date;
  caseRef: string | null;
  action: AuditAction;
  actorAlias: string | null;
  detail: string;
}

export async function record(
  db: Database,
  entry: {
    at: Date;
    caseRef?: string;
    action: AuditAction;
    actor?: { id: number; alias: string };
    detail?: string;
  },
): Promise<void> {
  // raw: through the driver (figures at the top of cases.ts): every opening, take and close writes one.
  await driverOf(db).query(
    `INSERT INTO case_audit (at, case_ref, action, actor_id, actor_alias, detail) VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      entry.at,
      entry.caseRef ?? null,
      entry.action,
      entry.actor?.id ?? null,
      entry.actor?.alias ?? null,
      entry.detail ?? "",
    ],
  );
}

/** The newest entries, newest first; of one case when `caseRef` is given. */
export async function recent(db: Database, limit: number, caseRef?: string): Promise<AuditEntry[]> {
  // raw: through the driver: a case's topic head shows its log, and is redrawn on every change.
  return driverOf(db).query<AuditEntry>(
    `SELECT at, case_ref AS "caseRef", action, actor_alias AS "actorAlias", detail FROM case_audit
     WHERE $2::text IS NULL OR case_ref = $2 ORDER BY at DESC, id DESC LIMIT $1`,
    [limit, caseRef ?? null],
  );
}

export async function deleteBefore(db: Database, before: Date): Promise<number> {
  const { count } = await db.prisma.caseAudit.deleteMany({ where: { at: { lt: before } } });
  return count;
}

/** When a case's log last recorded this action, if ever (one alert per burst of crisis signals). */
export async function lastAt(db: Database, caseRef: string, action: AuditAction): Promise<Date | undefined> {
  const row = await db.prisma.caseAudit.findFirst({
    where: { caseRef, action },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: { at: true },
  });
  return row?.at;
}
