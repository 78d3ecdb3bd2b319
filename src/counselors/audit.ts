// The supervisors' record of who did what to which case, and when. It never holds what
// anyone wrote: only the action, the counselor's alias and a short detail (an outcome, a
// transfer's target, a block's length and reason).
import type { Database } from "../db/connect.ts";

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

export async function audit(
  db: Database,
  entry: {
    at: Date;
    caseRef?: string;
    action: AuditAction;
    actor?: { id: number; alias: string };
    detail?: string;
  },
): Promise<void> {
  await db.sql.query(
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
export async function recentAudit(db: Database, limit: number, caseRef?: string): Promise<AuditEntry[]> {
  const rows = await db.sql.query<Record<string, unknown>>(
    `SELECT at, case_ref, action, actor_alias, detail FROM case_audit
     WHERE $2::text IS NULL OR case_ref = $2 ORDER BY at DESC, id DESC LIMIT $1`,
    [limit, caseRef ?? null],
  );
  return rows.map((row) => ({
    at: row.at instanceof Date ? row.at : new Date(String(row.at)),
    caseRef: (row.case_ref as string | null) ?? null,
    action: row.action as AuditAction,
    actorAlias: (row.actor_alias as string | null) ?? null,
    detail: String(row.detail ?? ""),
  }));
}
