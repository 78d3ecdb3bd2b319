// The supervisors' record of who did what to which case, and when. It never holds what
// anyone wrote: only the action, the counselor's alias and a short detail (an outcome, a
// transfer's target, a block's length and reason).
import type { Database } from "./connect.ts";

export const AUDIT_ACTIONS = [
  "opened",
  "taken",
  "transferred",
  "queued",
  "closed",
  "blocked",
  "block-overridden",
  "paused",
  "resumed",
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
  await db.prisma.caseAudit.create({
    data: {
      at: entry.at,
      caseRef: entry.caseRef ?? null,
      action: entry.action,
      actorId: entry.actor?.id ?? null,
      actorAlias: entry.actor?.alias ?? null,
      detail: entry.detail ?? "",
    },
    select: { id: true },
  });
}

/** The newest entries, newest first; of one case when `caseRef` is given. */
export async function recent(db: Database, limit: number, caseRef?: string): Promise<AuditEntry[]> {
  const rows = await db.prisma.caseAudit.findMany({
    where: caseRef === undefined ? {} : { caseRef },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: limit,
    select: { at: true, caseRef: true, action: true, actorAlias: true, detail: true },
  });
  return rows.map((row) => ({ ...row, action: row.action as AuditAction }));
}

export async function deleteBefore(db: Database, before: Date): Promise<number> {
  const { count } = await db.prisma.caseAudit.deleteMany({ where: { at: { lt: before } } });
  return count;
}
