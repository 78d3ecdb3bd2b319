// What the notices about a shift need: a row per notice sent (so that one instance, once,
// sends it) and how many of the person's messages were left while the desk was closed.
import type { Database } from "./connect.ts";

export type ShiftNoticeKind = "digest" | "handover";

/**
 * Claims the notice of one shift (its start for a digest, its end for a handover): true for
 * exactly one caller, whatever the number of instances or runs. An insert that skips a
 * duplicate key is the conditional change.
 */
export async function claimNotice(
  db: Database,
  kind: ShiftNoticeKind,
  shiftAt: Date,
  now: Date,
): Promise<boolean> {
  const { count } = await db.prisma.shiftNotice.createMany({
    data: [{ kind, shiftAt, sentAt: now }],
    skipDuplicates: true,
  });
  return count === 1;
}

export async function deleteNoticesBefore(db: Database, before: Date): Promise<number> {
  const { count } = await db.prisma.shiftNotice.deleteMany({ where: { shiftAt: { lt: before } } });
  return count;
}

/** Messages people wrote in [from, to) that still wait for a counselor, and from how many cases. */
export async function leftWaiting(
  db: Database,
  from: Date,
  to: Date,
): Promise<{ messages: number; cases: number }> {
  const rows = await db.prisma.caseMessage.groupBy({
    by: ["caseId"],
    where: { source: "p", state: "waiting", createdAt: { gte: from, lt: to } },
    _count: { _all: true },
  });
  return { messages: rows.reduce((sum, row) => sum + row._count._all, 0), cases: rows.length };
}
