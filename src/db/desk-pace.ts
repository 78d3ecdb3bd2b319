// How fast the desk has been picking people up lately, and who is at work: what the estimate
// a waiting person is told (src/counselors/queue.ts) and the figures in /queue are made of.
import type { Database } from "./connect.ts";

export interface Pace {
  /** Milliseconds from opening to the first Take, newest first: one per case taken since `since`. */
  pickups: number[];
  /** Counselors (ids) who took a case since `since` or hold one now. */
  atWork: number[];
}

/**
 * The first Take of each case taken since `since` (from the audit log: a transfer moves
 * `claimed_at` on, the log does not), at most `limit`, with the case's opening time. Cases
 * opened outside duty hours are left out: their wait is the night, not the desk's pace.
 */
export async function recentPace(db: Database, since: Date, limit: number): Promise<Pace> {
  const [takes, holders] = await Promise.all([
    db.prisma.caseAudit.findMany({
      where: { action: "taken", at: { gte: since } },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      select: { at: true, caseRef: true, actorId: true },
    }),
    db.prisma.counselCase.findMany({
      where: { status: "active", counselorId: { not: null } },
      select: { counselorId: true },
    }),
  ]);
  const refs = [...new Set(takes.flatMap((take) => (take.caseRef ? [take.caseRef] : [])))];
  const opened = await db.prisma.counselCase.findMany({
    where: { ref: { in: refs }, afterHours: false },
    select: { ref: true, openedAt: true },
  });
  const openedAt = new Map(opened.map((item) => [item.ref, item.openedAt.getTime()]));
  // Oldest take first, so that the first Take of a case put back in the queue is the one measured.
  const firstTake = new Map<string, number>();
  for (const take of [...takes].reverse()) {
    if (take.caseRef && !firstTake.has(take.caseRef)) firstTake.set(take.caseRef, take.at.getTime());
  }
  const pickups = [...firstTake.entries()]
    .flatMap(([ref, at]) => {
      const start = openedAt.get(ref);
      return start === undefined ? [] : [{ at, wait: Math.max(0, at - start) }];
    })
    .sort((a, b) => b.at - a.at)
    .slice(0, limit)
    .map((pickup) => pickup.wait);
  const atWork = new Set([
    ...takes.flatMap((take) => (take.actorId === null ? [] : [take.actorId])),
    ...holders.flatMap((item) => (item.counselorId === null ? [] : [item.counselorId])),
  ]);
  return { pickups, atWork: [...atWork] };
}
