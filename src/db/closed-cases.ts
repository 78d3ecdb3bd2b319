// Cases at the end of their time, for the desk's jobs and a person's withdrawal of consent:
// open cases gone silent (closed automatically), closed cases whose history period ended or
// that a person kept, forgetting a closed case's person and topic, and deleting anonymous ones.
// Through Prisma's client: these run from jobs, off the hot path.
import { type Case, toCase } from "./cases.ts";
import type { Database } from "./connect.ts";
import { orNotFound } from "./errors.ts";

/** Open cases to close automatically: active ones silent since `activeBefore`, queued ones since `queuedBefore`. */
export async function silentSince(db: Database, activeBefore: Date, queuedBefore: Date): Promise<Case[]> {
  const rows = await db.prisma.counselCase.findMany({
    where: {
      OR: [
        { status: "active", lastActivityAt: { lt: activeBefore } },
        { status: "queued", lastActivityAt: { lt: queuedBefore } },
      ],
    },
  });
  return rows.map(toCase);
}

/** Active cases of `priority` taken before `claimedBefore`: the idle job asks of each whether its holder answered. */
export async function heldSince(db: Database, priority: number, claimedBefore: Date): Promise<Case[]> {
  const rows = await db.prisma.counselCase.findMany({
    where: { status: "active", priority, claimedAt: { lt: claimedBefore } },
  });
  return rows.map(toCase);
}

/** Closed cases whose history period is over: their topic goes and the pseudonym is cleared. */
export async function historiesEndedBy(db: Database, now: Date): Promise<Case[]> {
  const rows = await db.prisma.counselCase.findMany({
    where: { status: "closed", historyUntil: { lte: now } },
  });
  return rows.map(toCase);
}

/** Closed cases of a person whose topics were kept under consent "history". */
export async function keptCasesOf(db: Database, pseudonym: string): Promise<Case[]> {
  const rows = await db.prisma.counselCase.findMany({ where: { pseudonym, status: "closed" } });
  return rows.map(toCase);
}

/** Forgets a closed case's person and topic (history period over, or consent withdrawn). */
export async function forgetClosed(db: Database, caseId: number): Promise<void> {
  await db.prisma.counselCase
    .update({
      where: { id: caseId, status: "closed" },
      data: { pseudonym: null, historyUntil: null, keepHistory: false, threadId: null, headMessageId: null },
      select: { id: true },
    })
    .catch(orNotFound);
}

/** Deletes anonymous closed cases closed before `before`; returns how many. */
export async function deleteClosedBefore(db: Database, before: Date): Promise<number> {
  const { count } = await db.prisma.counselCase.deleteMany({
    where: { status: "closed", pseudonym: null, closedAt: { lt: before } },
  });
  return count;
}
