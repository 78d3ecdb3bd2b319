// The counsel_case table and the link to the person of an open case. Every change that two
// instances (or two counselors) could race on is one conditional statement, so that exactly
// one of them wins. See README.md in this folder for how repositories are written.
import type { Locale } from "../config/index.ts";
import type { CaseStatus, Outcome } from "../counselors/case-rules.ts";
import { type CounselCase, Prisma } from "../generated/prisma/client.ts";
import type { Database } from "./connect.ts";
import { isUniqueViolation, orNotFound } from "./errors.ts";

/** What the topic shows about the person's situation: the triage's codes, nothing they wrote. */
export interface CaseSummary {
  who?: string;
  concern?: string;
  urgency?: string;
  crisis?: string;
}

export interface Case extends Omit<CounselCase, "status" | "locale" | "summary" | "outcome"> {
  status: CaseStatus;
  locale: Locale;
  summary: CaseSummary;
  outcome: Outcome | null;
}

function toCase(row: CounselCase): Case {
  return {
    ...row,
    status: row.status as CaseStatus,
    locale: row.locale as Locale,
    summary: row.summary as CaseSummary,
    outcome: row.outcome as Outcome | null,
  };
}

/**
 * The columns of a case under the client's field names, for the raw statements below: the
 * schema maps every field to its snake_case column (`threadId` to thread_id).
 */
const CASE_FIELDS = Prisma.raw(
  Object.values(Prisma.CounselCaseScalarFieldEnum)
    .map(
      (field) =>
        `counsel_case.${field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)} AS "${field}"`,
    )
    .join(", "),
);

const OPEN = { status: { not: "closed" } } as const;

export interface NewCase {
  pseudonym: string;
  priority: number;
  source: string;
  locale: Locale;
  category: string;
  region: string;
  summary: CaseSummary;
  afterHours: boolean;
  keepHistory: boolean;
  blockedInCrisis: boolean;
  /** The person's chat id, sealed. */
  sealedChat: string;
  linkExpiresAt: Date;
  now: Date;
  /** Draws a case reference; drawn again when one is taken. */
  newRef: () => string;
}

/**
 * Opens a case with its link to the person, or returns the person's case that is already
 * open (`created: false`): a second tap, or a second instance handling the same tap.
 */
export async function open(db: Database, input: NewCase): Promise<{ case: Case; created: boolean }> {
  for (let attempt = 0; attempt < 8; attempt++) {
    try {
      const created = await db.prisma.$transaction(async (tx) => {
        const row = await tx.counselCase.create({
          data: {
            ref: input.newRef(),
            pseudonym: input.pseudonym,
            status: "queued",
            priority: input.priority,
            source: input.source,
            locale: input.locale,
            category: input.category,
            region: input.region,
            summary: input.summary as Prisma.InputJsonObject,
            afterHours: input.afterHours,
            keepHistory: input.keepHistory,
            blockedInCrisis: input.blockedInCrisis,
            openedAt: input.now,
            lastActivityAt: input.now,
          },
        });
        await tx.caseLink.create({
          data: {
            caseId: row.id,
            pseudonym: input.pseudonym,
            chat: input.sealedChat,
            expiresAt: input.linkExpiresAt,
          },
        });
        return row;
      });
      return { case: toCase(created), created: true };
    } catch (error) {
      // One open case per person (a partial unique index), and unique references.
      if (!isUniqueViolation(error)) throw error;
    }
    const existing = await openCaseOf(db, input.pseudonym);
    if (existing) return { case: existing, created: false };
    // Neither inserted nor open: the reference was taken. Draw another.
  }
  throw new Error("could not find a free case reference");
}

export async function openCaseOf(db: Database, pseudonym: string): Promise<Case | undefined> {
  const row = await db.prisma.counselCase.findFirst({ where: { pseudonym, ...OPEN } });
  return row ? toCase(row) : undefined;
}

export async function byId(db: Database, id: number): Promise<Case | undefined> {
  const row = await db.prisma.counselCase.findUnique({ where: { id } });
  return row ? toCase(row) : undefined;
}

export async function byRef(db: Database, ref: string): Promise<Case | undefined> {
  const row = await db.prisma.counselCase.findUnique({ where: { ref: ref.toUpperCase() } });
  return row ? toCase(row) : undefined;
}

/** The case a topic belongs to (open, or closed with its topic kept). */
export async function byThread(db: Database, threadId: number): Promise<Case | undefined> {
  const row = await db.prisma.counselCase.findFirst({ where: { threadId }, orderBy: { id: "desc" } });
  return row ? toCase(row) : undefined;
}

/** Queued cases in the order they will be served: crisis first, then the longest waiting. */
export async function queue(db: Database): Promise<Case[]> {
  const rows = await db.prisma.counselCase.findMany({
    where: { status: "queued" },
    orderBy: [{ priority: "asc" }, { openedAt: "asc" }, { id: "asc" }],
  });
  return rows.map(toCase);
}

/** A queued case and how to reach its person (the sealed chat; null when the link is gone). */
export type QueuedCase = Case & { sealedChat: string | null };

/** The first `limit` places of the queue with their links: what the "your place" refresh needs. */
export async function queueWithLinks(db: Database, limit: number): Promise<QueuedCase[]> {
  // raw: the queue and its links in one statement (the schema declares no relation to join on).
  const rows = await db.prisma.$queryRaw<(CounselCase & { sealedChat: string | null })[]>`
    SELECT ${CASE_FIELDS}, case_link.chat AS "sealedChat"
    FROM counsel_case LEFT JOIN case_link ON case_link.case_id = counsel_case.id
    WHERE counsel_case.status = 'queued'
    ORDER BY counsel_case.priority, counsel_case.opened_at, counsel_case.id LIMIT ${limit}`;
  return rows.map((row) => ({ ...toCase(row), sealedChat: row.sealedChat }));
}

/** Cases taken and not yet closed. */
export async function active(db: Database): Promise<Case[]> {
  const rows = await db.prisma.counselCase.findMany({
    where: { status: "active" },
    orderBy: [{ priority: "asc" }, { openedAt: "asc" }, { id: "asc" }],
  });
  return rows.map(toCase);
}

export async function heldBy(db: Database, counselorId: number): Promise<Case[]> {
  const rows = await db.prisma.counselCase.findMany({
    where: { status: "active", counselorId },
    orderBy: [{ claimedAt: "asc" }, { id: "asc" }],
  });
  return rows.map(toCase);
}

export async function setTopic(db: Database, caseId: number, threadId: number, headMessageId: number | null) {
  await db.prisma.counselCase.update({ where: { id: caseId }, data: { threadId, headMessageId } });
}

export async function setWaitMessage(db: Database, caseId: number, messageId: number, position: number) {
  await db.prisma.counselCase.update({
    where: { id: caseId },
    data: { waitMessageId: messageId, waitPosition: position },
  });
}

/** Records the places shown to several waiting people in one statement (the queue refresh). */
export async function setWaitPositions(
  db: Database,
  places: readonly { caseId: number; position: number }[],
) {
  if (places.length === 0) return;
  const ids = places.map((place) => place.caseId);
  const positions = places.map((place) => place.position);
  // raw: one UPDATE for many rows with different values (Prisma would send one per row).
  await db.prisma.$executeRaw`UPDATE counsel_case SET wait_position = place.position
    FROM unnest(${ids}::int[], ${positions}::int[]) AS place(id, position) WHERE counsel_case.id = place.id`;
}

export async function setKeepHistory(db: Database, pseudonym: string, keep: boolean): Promise<void> {
  await db.prisma.counselCase.updateMany({ where: { pseudonym, ...OPEN }, data: { keepHistory: keep } });
}

/** Raises an open case's priority (a crisis while waiting); undefined when it was as high already. */
export async function raisePriority(db: Database, caseId: number, priority: number, crisis?: string) {
  // raw: the crisis category is merged into the JSON summary in the same conditional statement.
  const rows = await db.prisma.$queryRaw<CounselCase[]>`UPDATE counsel_case SET priority = ${priority},
      summary = CASE WHEN ${crisis ?? null}::text IS NULL THEN summary
        ELSE summary || jsonb_build_object('crisis', ${crisis ?? null}::text) END
    WHERE id = ${caseId} AND status <> 'closed' AND priority > ${priority} RETURNING ${CASE_FIELDS}`;
  return rows[0] ? toCase(rows[0]) : undefined;
}

export async function setInTopic(db: Database, caseId: number, inTopic: boolean): Promise<void> {
  await db.prisma.counselCase.update({ where: { id: caseId }, data: { inTopic } });
}

/** Records activity: the idle timer restarts and the link's safety expiry moves on. */
export async function touch(db: Database, caseId: number, now: Date, linkExpiresAt: Date): Promise<void> {
  // raw: both rows in one statement; it runs for every relayed message.
  await db.prisma.$executeRaw`WITH touched AS (
      UPDATE counsel_case SET last_activity_at = ${now} WHERE id = ${caseId} RETURNING id)
    UPDATE case_link SET expires_at = ${linkExpiresAt} WHERE case_id IN (SELECT id FROM touched)`;
}

/** Stores and returns how many of the person's messages wait for a counselor. */
export async function recountWaiting(db: Database, caseId: number): Promise<number> {
  // raw: the counter is set from a count in the same statement.
  const [row] = await db.prisma.$queryRaw<{ waiting: number }[]>`UPDATE counsel_case SET waiting =
      (SELECT count(*)::int FROM case_message WHERE case_id = ${caseId} AND state = 'waiting')
    WHERE id = ${caseId} RETURNING waiting`;
  return row?.waiting ?? 0;
}

/** Takes a queued case: one conditional update, so that of two counselors pressing at once one wins. */
export async function claim(db: Database, caseId: number, counselorId: number, now: Date) {
  const row = await db.prisma.counselCase
    .update({
      where: { id: caseId, status: "queued" },
      data: { status: "active", counselorId, claimedAt: now, lastActivityAt: now },
    })
    .catch(orNotFound);
  return row ? toCase(row) : undefined;
}

/**
 * Hands an open case to another counselor (`to`), or back to the queue (`to` null). `from`
 * is who holds it now as the caller saw it: if that changed meanwhile, nothing happens.
 */
export async function reassign(
  db: Database,
  caseId: number,
  from: number | null,
  to: number | null,
  now: Date,
): Promise<Case | undefined> {
  const status: CaseStatus = to === null ? "queued" : "active";
  const row = await db.prisma.counselCase
    .update({
      where: { id: caseId, ...OPEN, counselorId: from },
      data: { status, counselorId: to, claimedAt: to === null ? null : now, lastActivityAt: now },
    })
    .catch(orNotFound);
  if (!row) return undefined;
  if (from !== null) {
    await db.prisma.counselor
      .update({ where: { id: from, currentCaseId: caseId }, data: { currentCaseId: null } })
      .catch(orNotFound);
  }
  return toCase(row);
}

export interface ClosedCase {
  case: Case;
  /** The person's chat id, sealed, read before the link was deleted: for the last notice. */
  sealedChat: string | undefined;
  /** The person's pseudonym, also for the last notice (blocks, history). */
  pseudonym: string | undefined;
}

/**
 * Closes an open case once (a second close, from another instance, gets undefined) and
 * deletes what only an open case needs: the link to the person and the message map.
 * The pseudonym stays only when the person allowed history, until `historyUntil`.
 */
export async function markClosed(
  db: Database,
  caseId: number,
  outcome: Outcome,
  input: { now: Date; note?: string; ratingOpen: boolean; historyUntil: Date },
): Promise<ClosedCase | undefined> {
  return db.prisma.$transaction(async (tx) => {
    // raw: the row is locked so that a second close waits and then finds it closed.
    const [before] = await tx.$queryRaw<{ pseudonym: string | null; keepHistory: boolean }[]>`
      SELECT pseudonym, keep_history AS "keepHistory" FROM counsel_case
      WHERE id = ${caseId} AND status <> 'closed' FOR UPDATE`;
    if (!before) return undefined;
    const row = await tx.counselCase.update({
      where: { id: caseId },
      data: {
        status: "closed",
        closedAt: input.now,
        outcome,
        closeNote: input.note ?? null,
        ratingOpen: input.ratingOpen,
        waiting: 0,
        waitMessageId: null,
        waitPosition: null,
        historyUntil: before.keepHistory ? input.historyUntil : null,
        pseudonym: before.keepHistory ? before.pseudonym : null,
      },
    });
    const link = await tx.caseLink.delete({ where: { caseId }, select: { chat: true } }).catch(orNotFound);
    await tx.caseMessage.deleteMany({ where: { caseId } });
    await tx.counselor.updateMany({ where: { currentCaseId: caseId }, data: { currentCaseId: null } });
    return { case: toCase(row), sealedChat: link?.chat, pseudonym: before.pseudonym ?? undefined };
  });
}

/** The sealed chat of an open case's person. */
export async function linkOf(db: Database, caseId: number): Promise<string | undefined> {
  const link = await db.prisma.caseLink.findUnique({ where: { caseId }, select: { chat: true } });
  return link?.chat;
}

/** When cases were taken lately: how fast the queue moves. */
export async function claimTimesSince(db: Database, since: Date): Promise<number[]> {
  const rows = await db.prisma.counselCase.findMany({
    where: { claimedAt: { gte: since } },
    select: { claimedAt: true },
    orderBy: { claimedAt: "asc" },
  });
  return rows.flatMap((row) => (row.claimedAt ? [row.claimedAt.getTime()] : []));
}

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
