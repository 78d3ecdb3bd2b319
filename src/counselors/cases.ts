// Cases, counselors, the message map, blocks, ratings and the pause: the only code that
// queries these tables. Every change that two instances (or two counselors) could race on
// is one conditional statement, so that exactly one of them wins.
import type { Locale } from "../config/index.ts";
import type { Database, RawSql } from "../db/connect.ts";
import { newCaseRef } from "./queue.ts";

export type CaseStatus = "queued" | "active" | "closed";

/** Outcomes a counselor chooses when closing. */
export const COUNSELOR_OUTCOMES = ["consulted", "referred", "no-response", "abusive", "duplicate"] as const;
/** Outcomes the system sets. */
export const SYSTEM_OUTCOMES = ["ended", "idle", "expired", "withdrawn"] as const;
export type Outcome = (typeof COUNSELOR_OUTCOMES)[number] | (typeof SYSTEM_OUTCOMES)[number];

/** What the topic shows about the person's situation: the triage's codes, nothing they wrote. */
export interface CaseSummary {
  who?: string;
  concern?: string;
  urgency?: string;
  crisis?: string;
}

export interface Case {
  id: number;
  ref: string;
  pseudonym: string | null;
  status: CaseStatus;
  priority: number;
  source: string;
  locale: Locale;
  category: string;
  region: string;
  summary: CaseSummary;
  threadId: number | null;
  headMessageId: number | null;
  waitMessageId: number | null;
  waitPosition: number | null;
  counselorId: number | null;
  afterHours: boolean;
  keepHistory: boolean;
  /** The holder could not be reached privately: the conversation runs in the topic. */
  inTopic: boolean;
  /** The person was blocked but wrote in a crisis: the block was overridden for this case. */
  blockedInCrisis: boolean;
  waiting: number;
  openedAt: Date;
  claimedAt: Date | null;
  lastActivityAt: Date;
  closedAt: Date | null;
  outcome: Outcome | null;
  closeNote: string | null;
  ratingOpen: boolean;
  historyUntil: Date | null;
}

export interface Counselor {
  id: number;
  pseudonym: string;
  alias: string;
  /** The private chat id, sealed; null until known. */
  chat: string | null;
  currentCaseId: number | null;
  headerCaseId: number | null;
}

export interface MappedMessage {
  id: number;
  caseId: number;
  source: string;
  sourceMessageId: number;
  personMessageId: number | null;
  counselorId: number | null;
  counselorMessageId: number | null;
  state: "waiting" | "sending" | "sent" | "failed";
}

type Row = Record<string, unknown>;
type Sql = Pick<RawSql, "query">;

const CASE_COLUMNS = `id, ref, pseudonym, status, priority, source, locale, category, region, summary,
  thread_id, head_message_id, wait_message_id, wait_position, counselor_id, after_hours, keep_history,
  in_topic, blocked_in_crisis, waiting, opened_at, claimed_at, last_activity_at, closed_at, outcome, close_note, rating_open, history_until`;

function date(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value));
}

function optionalDate(value: unknown): Date | null {
  return value === null || value === undefined ? null : date(value);
}

function optionalNumber(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}

function toCase(row: Row): Case {
  return {
    id: Number(row.id),
    ref: String(row.ref),
    pseudonym: (row.pseudonym as string | null) ?? null,
    status: row.status as CaseStatus,
    priority: Number(row.priority),
    source: String(row.source),
    locale: row.locale as Locale,
    category: String(row.category),
    region: String(row.region),
    summary: (typeof row.summary === "string" ? JSON.parse(row.summary) : row.summary) as CaseSummary,
    threadId: optionalNumber(row.thread_id),
    headMessageId: optionalNumber(row.head_message_id),
    waitMessageId: optionalNumber(row.wait_message_id),
    waitPosition: optionalNumber(row.wait_position),
    counselorId: optionalNumber(row.counselor_id),
    afterHours: row.after_hours === true,
    keepHistory: row.keep_history === true,
    inTopic: row.in_topic === true,
    blockedInCrisis: row.blocked_in_crisis === true,
    waiting: Number(row.waiting),
    openedAt: date(row.opened_at),
    claimedAt: optionalDate(row.claimed_at),
    lastActivityAt: date(row.last_activity_at),
    closedAt: optionalDate(row.closed_at),
    outcome: (row.outcome as Outcome | null) ?? null,
    closeNote: (row.close_note as string | null) ?? null,
    ratingOpen: row.rating_open === true,
    historyUntil: optionalDate(row.history_until),
  };
}

function toCounselor(row: Row): Counselor {
  return {
    id: Number(row.id),
    pseudonym: String(row.pseudonym),
    alias: String(row.alias),
    chat: (row.chat as string | null) ?? null,
    currentCaseId: optionalNumber(row.current_case_id),
    headerCaseId: optionalNumber(row.header_case_id),
  };
}

function toMapped(row: Row): MappedMessage {
  return {
    id: Number(row.id),
    caseId: Number(row.case_id),
    source: String(row.source),
    sourceMessageId: Number(row.source_message_id),
    personMessageId: optionalNumber(row.person_message_id),
    counselorId: optionalNumber(row.counselor_id),
    counselorMessageId: optionalNumber(row.counselor_message_id),
    state: row.state as MappedMessage["state"],
  };
}

async function one<T>(
  sql: Sql,
  text: string,
  params: unknown[],
  map: (row: Row) => T,
): Promise<T | undefined> {
  const [row] = await sql.query<Row>(text, params);
  return row ? map(row) : undefined;
}

// ── Cases ──────────────────────────────────────────────────────────────────

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
}

/**
 * Opens a case with its link to the person, or returns the person's case that is already
 * open (`created: false`): a second tap, or a second instance handling the same tap.
 */
export async function open(db: Database, input: NewCase): Promise<{ case: Case; created: boolean }> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const created = await db.sql.transaction(async (tx) => {
      const [row] = await tx.query<Row>(
        `INSERT INTO counsel_case (ref, pseudonym, status, priority, source, locale, category, region, summary,
           after_hours, keep_history, blocked_in_crisis, opened_at, last_activity_at)
         VALUES ($1, $2, 'queued', $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $12, $11, $11)
         ON CONFLICT DO NOTHING RETURNING ${CASE_COLUMNS}`,
        [
          newCaseRef(),
          input.pseudonym,
          input.priority,
          input.source,
          input.locale,
          input.category,
          input.region,
          JSON.stringify(input.summary),
          input.afterHours,
          input.keepHistory,
          input.now,
          input.blockedInCrisis,
        ],
      );
      if (!row) return undefined;
      await tx.query(`INSERT INTO case_link (case_id, pseudonym, chat, expires_at) VALUES ($1, $2, $3, $4)`, [
        row.id,
        input.pseudonym,
        input.sealedChat,
        input.linkExpiresAt,
      ]);
      return toCase(row);
    });
    if (created) return { case: created, created: true };
    const existing = await openCaseOf(db, input.pseudonym);
    if (existing) return { case: existing, created: false };
    // Neither inserted nor open: the reference was taken. Draw another.
  }
  throw new Error("could not find a free case reference");
}

export function openCaseOf(db: Database, pseudonym: string): Promise<Case | undefined> {
  return one(
    db.sql,
    `SELECT ${CASE_COLUMNS} FROM counsel_case WHERE pseudonym = $1 AND status <> 'closed'`,
    [pseudonym],
    toCase,
  );
}

export function byId(db: Database, id: number): Promise<Case | undefined> {
  return one(db.sql, `SELECT ${CASE_COLUMNS} FROM counsel_case WHERE id = $1`, [id], toCase);
}

export function byRef(db: Database, ref: string): Promise<Case | undefined> {
  return one(db.sql, `SELECT ${CASE_COLUMNS} FROM counsel_case WHERE ref = $1`, [ref.toUpperCase()], toCase);
}

/** The case a topic belongs to (open, or closed with its topic kept). */
export function byThread(db: Database, threadId: number): Promise<Case | undefined> {
  return one(
    db.sql,
    `SELECT ${CASE_COLUMNS} FROM counsel_case WHERE thread_id = $1 ORDER BY id DESC LIMIT 1`,
    [threadId],
    toCase,
  );
}

/** Open cases, crisis first, then the longest waiting; queued ones before active ones. */
export async function openCases(db: Database): Promise<Case[]> {
  const rows = await db.sql.query<Row>(
    `SELECT ${CASE_COLUMNS} FROM counsel_case WHERE status <> 'closed'
     ORDER BY CASE status WHEN 'queued' THEN 0 ELSE 1 END, priority, opened_at, id`,
  );
  return rows.map(toCase);
}

export async function casesHeldBy(db: Database, counselorId: number): Promise<Case[]> {
  const rows = await db.sql.query<Row>(
    `SELECT ${CASE_COLUMNS} FROM counsel_case WHERE status = 'active' AND counselor_id = $1 ORDER BY claimed_at, id`,
    [counselorId],
  );
  return rows.map(toCase);
}

export async function setTopic(db: Database, caseId: number, threadId: number, headMessageId: number | null) {
  await db.sql.query(`UPDATE counsel_case SET thread_id = $2, head_message_id = $3 WHERE id = $1`, [
    caseId,
    threadId,
    headMessageId,
  ]);
}

export async function setWaitMessage(db: Database, caseId: number, messageId: number, position: number) {
  await db.sql.query(`UPDATE counsel_case SET wait_message_id = $2, wait_position = $3 WHERE id = $1`, [
    caseId,
    messageId,
    position,
  ]);
}

export async function setKeepHistory(db: Database, pseudonym: string, keep: boolean): Promise<void> {
  await db.sql.query(
    `UPDATE counsel_case SET keep_history = $2 WHERE pseudonym = $1 AND status <> 'closed'`,
    [pseudonym, keep],
  );
}

export async function raisePriority(db: Database, caseId: number, priority: number, crisis?: string) {
  const rows = await db.sql.query<Row>(
    `UPDATE counsel_case SET priority = $2,
       summary = CASE WHEN $3::text IS NULL THEN summary ELSE summary || jsonb_build_object('crisis', $3::text) END
     WHERE id = $1 AND status <> 'closed' AND priority > $2 RETURNING ${CASE_COLUMNS}`,
    [caseId, priority, crisis ?? null],
  );
  return rows[0] ? toCase(rows[0]) : undefined;
}

export async function setInTopic(db: Database, caseId: number, inTopic: boolean): Promise<void> {
  await db.sql.query(`UPDATE counsel_case SET in_topic = $2 WHERE id = $1`, [caseId, inTopic]);
}

/** Records activity: the idle timer restarts and the link's safety expiry moves on. */
export async function touch(db: Database, caseId: number, now: Date, linkExpiresAt: Date): Promise<void> {
  await db.sql.query(`UPDATE counsel_case SET last_activity_at = $2 WHERE id = $1`, [caseId, now]);
  await db.sql.query(`UPDATE case_link SET expires_at = $2 WHERE case_id = $1`, [caseId, linkExpiresAt]);
}

export async function countWaiting(db: Database, caseId: number): Promise<number> {
  const [row] = await db.sql.query<{ waiting: number }>(
    `UPDATE counsel_case SET waiting = (SELECT count(*)::int FROM case_message WHERE case_id = $1 AND state = 'waiting')
     WHERE id = $1 RETURNING waiting`,
    [caseId],
  );
  return Number(row?.waiting ?? 0);
}

export type ClaimResult =
  | { kind: "won"; case: Case }
  | { kind: "taken"; holder: string | undefined }
  | { kind: "closed" };

/** Take: a single conditional UPDATE, so that of two counselors pressing at once exactly one wins. */
export async function claim(
  db: Database,
  caseId: number,
  counselorId: number,
  now: Date,
): Promise<ClaimResult> {
  const [row] = await db.sql.query<Row>(
    `UPDATE counsel_case SET status = 'active', counselor_id = $2, claimed_at = $3, last_activity_at = $3
     WHERE id = $1 AND status = 'queued' RETURNING ${CASE_COLUMNS}`,
    [caseId, counselorId, now],
  );
  if (row) return { kind: "won", case: toCase(row) };
  const current = await byId(db, caseId);
  if (!current || current.status === "closed") return { kind: "closed" };
  const holder = current.counselorId === null ? undefined : await counselorById(db, current.counselorId);
  return { kind: "taken", holder: holder?.alias };
}

/**
 * Hands an open case to another counselor (`to`), or back to the queue (`to` null). `from`
 * is who holds it now as the caller saw it: if that changed meanwhile, nothing happens.
 */
export async function transfer(
  db: Database,
  caseId: number,
  from: number | null,
  to: number | null,
  now: Date,
): Promise<Case | undefined> {
  const [row] = await db.sql.query<Row>(
    `UPDATE counsel_case SET
       status = CASE WHEN $3::int IS NULL THEN 'queued' ELSE 'active' END,
       counselor_id = $3::int,
       claimed_at = CASE WHEN $3::int IS NULL THEN NULL ELSE $4::timestamptz END,
       last_activity_at = $4
     WHERE id = $1 AND status <> 'closed' AND counselor_id IS NOT DISTINCT FROM $2::int
     RETURNING ${CASE_COLUMNS}`,
    [caseId, from, to, now],
  );
  if (!row) return undefined;
  if (from !== null) {
    await db.sql.query(`UPDATE counselor SET current_case_id = NULL WHERE id = $1 AND current_case_id = $2`, [
      from,
      caseId,
    ]);
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
export async function close(
  db: Database,
  caseId: number,
  outcome: Outcome,
  input: { now: Date; note?: string; ratingOpen: boolean; historyUntil: Date },
): Promise<ClosedCase | undefined> {
  return db.sql.transaction(async (tx) => {
    const [before] = await tx.query<Row>(
      `SELECT pseudonym FROM counsel_case WHERE id = $1 AND status <> 'closed' FOR UPDATE`,
      [caseId],
    );
    if (!before) return undefined;
    const [row] = await tx.query<Row>(
      `UPDATE counsel_case SET status = 'closed', closed_at = $2, outcome = $3, close_note = $4, rating_open = $5,
         waiting = 0, wait_message_id = NULL, wait_position = NULL,
         history_until = CASE WHEN keep_history THEN $6::timestamptz ELSE NULL END,
         pseudonym = CASE WHEN keep_history THEN pseudonym ELSE NULL END
       WHERE id = $1 RETURNING ${CASE_COLUMNS}`,
      [caseId, input.now, outcome, input.note ?? null, input.ratingOpen, input.historyUntil],
    );
    const [link] = await tx.query<{ chat: string }>(
      `DELETE FROM case_link WHERE case_id = $1 RETURNING chat`,
      [caseId],
    );
    await tx.query(`DELETE FROM case_message WHERE case_id = $1`, [caseId]);
    await tx.query(`UPDATE counselor SET current_case_id = NULL WHERE current_case_id = $1`, [caseId]);
    return {
      case: toCase(row!),
      sealedChat: link?.chat,
      pseudonym: (before.pseudonym as string | null) ?? undefined,
    };
  });
}

/** When a counselor first wrote to the person of an open case (the message map goes when it closes). */
export async function firstReplyAt(db: Database, caseId: number): Promise<Date | null> {
  const first = await db.prisma.caseMessage.findFirst({
    where: { caseId, source: { not: "p" } },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true },
  });
  return first?.createdAt ?? null;
}

/** The sealed chat of an open case's person. */
export async function linkOf(db: Database, caseId: number): Promise<string | undefined> {
  const [row] = await db.sql.query<{ chat: string }>(`SELECT chat FROM case_link WHERE case_id = $1`, [
    caseId,
  ]);
  return row?.chat;
}

/** When cases were taken lately: how fast the queue moves. */
export async function claimTimesSince(db: Database, since: Date): Promise<number[]> {
  const rows = await db.sql.query<{ claimed_at: unknown }>(
    `SELECT claimed_at FROM counsel_case WHERE claimed_at >= $1 ORDER BY claimed_at`,
    [since],
  );
  return rows.map((row) => date(row.claimed_at).getTime());
}

/** Open cases to close automatically: active ones silent since `activeBefore`, queued ones since `queuedBefore`. */
export async function idleCases(db: Database, activeBefore: Date, queuedBefore: Date): Promise<Case[]> {
  const rows = await db.sql.query<Row>(
    `SELECT ${CASE_COLUMNS} FROM counsel_case
     WHERE (status = 'active' AND last_activity_at < $1) OR (status = 'queued' AND last_activity_at < $2)`,
    [activeBefore, queuedBefore],
  );
  return rows.map(toCase);
}

/** Closed cases whose history period is over: their topic goes and the pseudonym is cleared. */
export async function expiredHistories(db: Database, now: Date): Promise<Case[]> {
  const rows = await db.sql.query<Row>(
    `SELECT ${CASE_COLUMNS} FROM counsel_case WHERE status = 'closed' AND history_until <= $1`,
    [now],
  );
  return rows.map(toCase);
}

/** Forgets a closed case's person and topic (history period over, or consent withdrawn). */
export async function forgetClosed(db: Database, caseId: number): Promise<void> {
  await db.sql.query(
    `UPDATE counsel_case SET pseudonym = NULL, history_until = NULL, keep_history = false, thread_id = NULL,
       head_message_id = NULL WHERE id = $1 AND status = 'closed'`,
    [caseId],
  );
}

/** Closed cases of a person whose topics were kept under consent "history". */
export async function keptCasesOf(db: Database, pseudonym: string): Promise<Case[]> {
  const rows = await db.sql.query<Row>(
    `SELECT ${CASE_COLUMNS} FROM counsel_case WHERE pseudonym = $1 AND status = 'closed'`,
    [pseudonym],
  );
  return rows.map(toCase);
}

/** Deletes anonymous closed cases, audit entries and ratings older than `before`. */
export async function deleteOldRecords(db: Database, before: Date): Promise<number> {
  const deleted = await Promise.all([
    db.sql.query(
      `DELETE FROM counsel_case WHERE status = 'closed' AND pseudonym IS NULL AND closed_at < $1 RETURNING 1`,
      [before],
    ),
    db.sql.query(`DELETE FROM case_audit WHERE at < $1 RETURNING 1`, [before]),
    db.sql.query(`DELETE FROM case_rating WHERE day < $1::date RETURNING 1`, [before]),
  ]);
  return deleted.reduce((sum, rows) => sum + rows.length, 0);
}

// ── The message map ────────────────────────────────────────────────────────

/**
 * Records a source message once. Returns the new row, or undefined when it was recorded
 * already (the same update handled twice, e.g. by two instances): then it must not be relayed.
 */
export async function recordMessage(
  db: Database,
  input: {
    caseId: number;
    source: string;
    sourceMessageId: number;
    personMessageId?: number;
    counselorId?: number;
    counselorMessageId?: number;
    state: MappedMessage["state"];
    now: Date;
  },
): Promise<MappedMessage | undefined> {
  const [row] = await db.sql.query<Row>(
    `INSERT INTO case_message (case_id, source, source_message_id, person_message_id, counselor_id,
       counselor_message_id, state, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING *`,
    [
      input.caseId,
      input.source,
      input.sourceMessageId,
      input.personMessageId ?? null,
      input.counselorId ?? null,
      input.counselorMessageId ?? null,
      input.state,
      input.now,
    ],
  );
  return row ? toMapped(row) : undefined;
}

/** Moves one message from waiting (or a fresh row) to sending; false when someone else does it. */
export async function startDelivery(
  db: Database,
  messageId: number,
  from: MappedMessage["state"],
): Promise<boolean> {
  const rows = await db.sql.query(
    `UPDATE case_message SET state = 'sending' WHERE id = $1 AND state = $2 RETURNING 1`,
    [messageId, from],
  );
  return rows.length > 0;
}

export async function delivered(
  db: Database,
  messageId: number,
  copy: { personMessageId?: number; counselorId?: number; counselorMessageId?: number },
): Promise<void> {
  await db.sql.query(
    `UPDATE case_message SET state = 'sent',
       person_message_id = COALESCE($2, person_message_id),
       counselor_id = COALESCE($3, counselor_id),
       counselor_message_id = COALESCE($4, counselor_message_id)
     WHERE id = $1`,
    [messageId, copy.personMessageId ?? null, copy.counselorId ?? null, copy.counselorMessageId ?? null],
  );
}

export async function failed(db: Database, messageId: number): Promise<void> {
  await db.sql.query(`UPDATE case_message SET state = 'failed' WHERE id = $1`, [messageId]);
}

/** The person's messages that wait for a counselor, oldest first. */
export async function waitingMessages(db: Database, caseId: number): Promise<MappedMessage[]> {
  const rows = await db.sql.query<Row>(
    `SELECT * FROM case_message WHERE case_id = $1 AND state = 'waiting' ORDER BY id`,
    [caseId],
  );
  return rows.map(toMapped);
}

/** The person's messages already relayed, newest last (for a counselor taking over). */
export async function relayedFromPerson(
  db: Database,
  caseId: number,
  limit: number,
): Promise<MappedMessage[]> {
  const rows = await db.sql.query<Row>(
    `SELECT * FROM (SELECT * FROM case_message WHERE case_id = $1 AND source = 'p' AND state = 'sent'
       ORDER BY id DESC LIMIT $2) recent ORDER BY id`,
    [caseId, limit],
  );
  return rows.map(toMapped);
}

export function messageBySource(
  db: Database,
  caseId: number,
  source: string,
  sourceMessageId: number,
): Promise<MappedMessage | undefined> {
  return one(
    db.sql,
    `SELECT * FROM case_message WHERE case_id = $1 AND source = $2 AND source_message_id = $3`,
    [caseId, source, sourceMessageId],
    toMapped,
  );
}

/** Which case a message in a counselor's private chat belongs to (a copy or their own reply). */
export async function caseOfCounselorMessage(
  db: Database,
  counselorId: number,
  messageId: number,
): Promise<number | undefined> {
  const [row] = await db.sql.query<{ case_id: number }>(
    `SELECT case_id FROM case_message WHERE counselor_id = $1 AND counselor_message_id = $2 ORDER BY id DESC LIMIT 1`,
    [counselorId, messageId],
  );
  return row ? Number(row.case_id) : undefined;
}

// ── Counselors ─────────────────────────────────────────────────────────────

export async function saveCounselor(
  db: Database,
  input: { pseudonym: string; alias: string; sealedChat: string; now: Date },
): Promise<Counselor> {
  const [row] = await db.sql.query<Row>(
    `INSERT INTO counselor (pseudonym, alias, chat, updated_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (pseudonym) DO UPDATE SET alias = EXCLUDED.alias, chat = EXCLUDED.chat, updated_at = EXCLUDED.updated_at
     RETURNING *`,
    [input.pseudonym, input.alias, input.sealedChat, input.now],
  );
  return toCounselor(row!);
}

export function counselorByPseudonym(db: Database, pseudonym: string): Promise<Counselor | undefined> {
  return one(db.sql, `SELECT * FROM counselor WHERE pseudonym = $1`, [pseudonym], toCounselor);
}

export function counselorById(db: Database, id: number): Promise<Counselor | undefined> {
  return one(db.sql, `SELECT * FROM counselor WHERE id = $1`, [id], toCounselor);
}

export async function counselors(db: Database): Promise<Counselor[]> {
  const rows = await db.sql.query<Row>(`SELECT * FROM counselor ORDER BY alias, id`);
  return rows.map(toCounselor);
}

export async function setCurrentCase(
  db: Database,
  counselorId: number,
  caseId: number | null,
): Promise<void> {
  await db.sql.query(`UPDATE counselor SET current_case_id = $2 WHERE id = $1`, [counselorId, caseId]);
}

/** Marks which case's header the counselor's private chat shows last; true when it changed. */
export async function switchHeader(db: Database, counselorId: number, caseId: number): Promise<boolean> {
  const rows = await db.sql.query(
    `UPDATE counselor SET header_case_id = $2 WHERE id = $1 AND header_case_id IS DISTINCT FROM $2 RETURNING 1`,
    [counselorId, caseId],
  );
  return rows.length > 0;
}

// ── Blocks, ratings, the pause ────────────────────────────────────────────

export async function block(
  db: Database,
  input: { pseudonym: string; reason: string; by: number; now: Date; until: Date },
): Promise<void> {
  await db.sql.query(
    `INSERT INTO case_block (pseudonym, reason, blocked_by, blocked_at, expires_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (pseudonym) DO UPDATE SET reason = EXCLUDED.reason, blocked_by = EXCLUDED.blocked_by,
       blocked_at = EXCLUDED.blocked_at, expires_at = EXCLUDED.expires_at`,
    [input.pseudonym, input.reason, input.by, input.now, input.until],
  );
}

export async function blockedUntil(db: Database, pseudonym: string, now: Date): Promise<Date | undefined> {
  const [row] = await db.sql.query<{ expires_at: unknown }>(
    `SELECT expires_at FROM case_block WHERE pseudonym = $1 AND expires_at > $2`,
    [pseudonym, now],
  );
  return row ? date(row.expires_at) : undefined;
}

/** The one rating a closed case may get; false when it was given (or skipped) already. */
export async function takeRating(db: Database, caseId: number): Promise<boolean> {
  const rows = await db.sql.query(
    `UPDATE counsel_case SET rating_open = false WHERE id = $1 AND status = 'closed' AND rating_open RETURNING 1`,
    [caseId],
  );
  return rows.length > 0;
}

/** Stores a rating with no link to the person or the case; returns its id for an optional comment. */
export async function addRating(db: Database, day: string, rating: number): Promise<number> {
  const [row] = await db.sql.query<{ id: number }>(
    `INSERT INTO case_rating (day, rating) VALUES ($1::date, $2) RETURNING id`,
    [day, rating],
  );
  return Number(row!.id);
}

export async function addRatingComment(db: Database, ratingId: number, comment: string): Promise<void> {
  await db.sql.query(`UPDATE case_rating SET comment = $2 WHERE id = $1 AND comment IS NULL`, [
    ratingId,
    comment,
  ]);
}

export async function ratingSummary(
  db: Database,
  since: Date,
): Promise<{ count: number; average: number | null }> {
  const [row] = await db.sql.query<{ count: number; average: number | null }>(
    `SELECT count(*)::int AS count, avg(rating)::float AS average FROM case_rating WHERE day >= $1::date`,
    [since],
  );
  return { count: Number(row?.count ?? 0), average: row?.average === null ? null : Number(row?.average) };
}

export interface Pause {
  reason: string;
  since: Date;
  by: string;
}

export async function pause(db: Database, input: Pause): Promise<void> {
  await db.sql.query(
    `INSERT INTO counselor_pause (id, reason, since, by) VALUES (1, $1, $2, $3)
     ON CONFLICT (id) DO UPDATE SET reason = EXCLUDED.reason, since = EXCLUDED.since, by = EXCLUDED.by`,
    [input.reason, input.since, input.by],
  );
}

export async function resume(db: Database): Promise<boolean> {
  return (await db.sql.query(`DELETE FROM counselor_pause RETURNING 1`)).length > 0;
}

export function currentPause(db: Database): Promise<Pause | undefined> {
  return one(db.sql, `SELECT reason, since, by FROM counselor_pause WHERE id = 1`, [], (row) => ({
    reason: String(row.reason),
    since: date(row.since),
    by: String(row.by),
  }));
}

// ── History (consent "history" only) ──────────────────────────────────────

export async function addHistory(
  db: Database,
  input: {
    pseudonym: string;
    caseRef: string;
    at: Date;
    author: string;
    sealedBody: string;
    expiresAt: Date;
  },
): Promise<void> {
  await db.sql.query(
    `INSERT INTO case_history (pseudonym, case_ref, at, author, body, expires_at) VALUES ($1, $2, $3, $4, $5, $6)`,
    [input.pseudonym, input.caseRef, input.at, input.author, input.sealedBody, input.expiresAt],
  );
}

export async function historyOf(
  db: Database,
  pseudonym: string,
  now: Date,
): Promise<{ caseRef: string; at: Date; author: string; sealedBody: string }[]> {
  const rows = await db.sql.query<Row>(
    `SELECT case_ref, at, author, body FROM case_history WHERE pseudonym = $1 AND expires_at > $2 ORDER BY at, id`,
    [pseudonym, now],
  );
  return rows.map((row) => ({
    caseRef: String(row.case_ref),
    at: date(row.at),
    author: String(row.author),
    sealedBody: String(row.body),
  }));
}

export async function deleteHistoryOf(db: Database, pseudonym: string): Promise<number> {
  return (await db.sql.query(`DELETE FROM case_history WHERE pseudonym = $1 RETURNING 1`, [pseudonym]))
    .length;
}
