// How fast the desk has been picking people up lately, and who is at work: what the estimate
// a waiting person is told (src/counselors/queue.ts) and the figures in /queue are made of.
import { type Database, driverOf } from "./connect.ts";

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
  // raw: one statement instead of three through the client; it runs at every case opening and
  // every Take (the waiting people's estimates). Takes carry their case's opening time (null for
  // a case opened after hours or gone); holders are the counselors of active cases.
  const rows = await driverOf(db).query<{
    id: number | null;
    at: Date | null;
    caseRef: string | null;
    actorId: number | null;
    openedAt: Date | null;
    holder: number | null;
  }>(
    `SELECT case_audit.id, case_audit.at, case_audit.case_ref AS "caseRef", case_audit.actor_id AS "actorId",
       counsel_case.opened_at AS "openedAt", NULL::int AS holder
     FROM case_audit
       LEFT JOIN counsel_case ON counsel_case.ref = case_audit.case_ref AND NOT counsel_case.after_hours
     WHERE case_audit.action = 'taken' AND case_audit.at >= $1
     UNION ALL
     SELECT NULL, NULL, NULL, NULL, NULL, counselor_id FROM counsel_case
     WHERE status = 'active' AND counselor_id IS NOT NULL`,
    [since],
  );
  const takes = rows
    .flatMap((row) => (row.id === null || row.at === null ? [] : [{ ...row, id: row.id, at: row.at }]))
    .sort((a, b) => b.at.getTime() - a.at.getTime() || b.id - a.id);
  const holders = rows.flatMap((row) => (row.holder === null ? [] : [{ counselorId: row.holder }]));
  const openedAt = new Map(
    takes.flatMap((take) => (take.caseRef && take.openedAt ? [[take.caseRef, take.openedAt.getTime()]] : [])),
  );
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
