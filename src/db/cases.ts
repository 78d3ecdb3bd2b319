// The counsel_case table and the link to the person of an open case: a case opened, read, and its own fields kept
// (the queue: case-queue.ts; a case taken, handed on or closed: case-transitions.ts). Every change that two
// instances (or two counselors) could race on is one conditional statement, so that exactly
// one of them wins. See README.md in this folder for how repositories are written. Every change goes through
// `changing` or `casesChanged` (open-case-hold.ts): an open case read with the session is then read again.
// raw: what runs on a relayed message, a take or a queue change goes through the driver (`driverOf`), not Prisma's
// client: measured on PostgreSQL, a case read by id costs about 840 µs of CPU through the client, 240 µs through
// $queryRaw and 50 µs through the driver (PGlite: 1,280 / 690 / 230 µs), and the counselor journey of `npm run bench`
// ran at a third of its speed through the client. Supervisors' and the purge's statements use the client.
import type { Locale } from "../config/index.ts";
import { type CounselCase, Prisma } from "../generated/prisma/client.ts";
import { fieldsOf } from "./columns.ts";
import { type Database, driverOf } from "./connect.ts";
import { changing, heldCase, mayHaveOpenCase } from "./open-case-hold.ts";

/** The stored states of a case; src/counselors/case-rules.ts says how a case moves between them. */
export type CaseStatus = "queued" | "active" | "closed";

/** What the topic shows about the person's situation: the triage's codes, nothing they wrote. */
export interface CaseSummary {
  who?: string;
  concern?: string;
  urgency?: string;
  /** Every crisis kind seen in the visit that led here and in the case since, most urgent first. */
  crises?: string[];
  /** The one crisis kind of rows written before `crises` (read through `crisesOf`). */
  crisis?: string;
  /** When the crisis words that made the case P0 at its opening came, in an earlier message (epoch ms). */
  crisisEarlierAt?: number;
}

export interface Case extends Omit<CounselCase, "status" | "locale" | "summary"> {
  status: CaseStatus;
  locale: Locale;
  summary: CaseSummary;
}

/** The crisis kinds a case carries, most urgent first (older rows kept one). */
export function crisesOf(summary: CaseSummary): string[] {
  return summary.crises ?? (summary.crisis ? [summary.crisis] : []);
}

export function toCase(row: CounselCase): Case {
  return {
    ...row,
    status: row.status as CaseStatus,
    locale: row.locale as Locale,
    summary: row.summary as CaseSummary,
  };
}

export const CASE_FIELDS = fieldsOf("counsel_case", Prisma.CounselCaseScalarFieldEnum);

/** One case by a condition on counsel_case, through the driver. */
async function caseWhere(db: Database, condition: string, params: unknown[]): Promise<Case | undefined> {
  const [row] = await driverOf(db).query<CounselCase>(
    `SELECT ${CASE_FIELDS} FROM counsel_case WHERE ${condition}`,
    params,
  );
  return row ? toCase(row) : undefined;
}

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
  /** The person was told at the consent question that no counselor speaks their language (default: not). */
  languageTold?: boolean;
  /** The person's chat id, sealed. */
  sealedChat: string;
  linkExpiresAt: Date;
  now: Date;
  /** Draws a case reference; drawn again when one is taken. */
  newRef: () => string;
}

/**
 * Opens a case with its link to the person and its first audit entries ("opened", with the
 * source, and "block-overridden" for a blocked person in crisis), or returns the person's case
 * that is already open (`created: false`): a second tap, or a second instance handling the same tap.
 */
export async function open(db: Database, input: NewCase): Promise<{ case: Case; created: boolean }> {
  for (let attempt = 0; attempt < 8; attempt++) {
    // The case, its link and its audit in one statement (atomic like a transaction, one round
    // trip instead of five). One open case per person (a partial unique index) and unique
    // references: a conflict inserts nothing, and then no link and no audit either.
    const [row] = await changing(db).query<CounselCase>(
      `WITH opened AS (
         INSERT INTO counsel_case (ref, pseudonym, status, priority, source, locale, category, region, summary,
           after_hours, keep_history, blocked_in_crisis, language_told, opened_at, last_activity_at)
         VALUES ($1, $2, 'queued', $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $12, $15, $11, $11)
         ON CONFLICT DO NOTHING RETURNING ${CASE_FIELDS}),
       linked AS (INSERT INTO case_link (case_id, pseudonym, chat, expires_at) SELECT id, $2, $13, $14 FROM opened),
       audited AS (
         INSERT INTO case_audit (at, case_ref, action, detail)
         SELECT $11, opened.ref, entry.action, entry.detail
         FROM opened, (VALUES (1, 'opened', $4), (2, 'block-overridden', '')) AS entry(place, action, detail)
         WHERE entry.place = 1 OR opened."blockedInCrisis" ORDER BY entry.place)
       SELECT * FROM opened`,
      [
        input.newRef(),
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
        input.sealedChat,
        input.linkExpiresAt,
        input.languageTold ?? false,
      ],
    );
    mayHaveOpenCase(db, input.pseudonym);
    if (row) return { case: toCase(row), created: true };
    const existing = await openCaseOf(db, input.pseudonym);
    if (existing) return { case: existing, created: false };
    // Neither inserted nor open: the reference was taken. Draw another.
  }
  throw new Error("could not find a free case reference");
}

export async function openCaseOf(db: Database, pseudonym: string): Promise<Case | undefined> {
  const held = heldCase(db, { pseudonym });
  if (held !== undefined) return held ? toCase(held) : undefined;
  return caseWhere(db, "pseudonym = $1 AND status <> 'closed'", [pseudonym]);
}

export async function byId(db: Database, id: number): Promise<Case | undefined> {
  const held = heldCase(db, { id });
  return held ? toCase(held) : caseWhere(db, "id = $1", [id]);
}

export function byRef(db: Database, ref: string): Promise<Case | undefined> {
  return caseWhere(db, "ref = $1", [ref.toUpperCase()]);
}

/** The case a topic belongs to (open, or closed with its topic kept). */
export function byThread(db: Database, threadId: number): Promise<Case | undefined> {
  return caseWhere(db, "thread_id = $1 ORDER BY id DESC LIMIT 1", [threadId]);
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
  const rows = await driverOf(db).query<CounselCase>(
    `SELECT ${CASE_FIELDS} FROM counsel_case WHERE status = 'active' AND counselor_id = $1 ORDER BY claimed_at, id`,
    [counselorId],
  );
  return rows.map(toCase);
}

export async function setTopic(db: Database, caseId: number, threadId: number, headMessageId: number | null) {
  await changing(db).query(`UPDATE counsel_case SET thread_id = $2, head_message_id = $3 WHERE id = $1`, [
    caseId,
    threadId,
    headMessageId,
  ]);
}

/** Raises an open case's priority (a crisis while waiting); undefined when it was as high already. */
export async function raisePriority(db: Database, caseId: number, priority: number, crises?: string[]) {
  // The crisis kinds are written into the JSON summary in the same conditional statement.
  const rows = await changing(db).query<CounselCase>(
    `UPDATE counsel_case SET priority = $2,
       summary = CASE WHEN $3::jsonb IS NULL THEN summary ELSE summary || jsonb_build_object('crises', $3::jsonb) END
     WHERE id = $1 AND status <> 'closed' AND priority > $2 RETURNING ${CASE_FIELDS}`,
    [caseId, priority, crises ? JSON.stringify(crises) : null],
  );
  return rows[0] ? toCase(rows[0]) : undefined;
}

/** Records the crisis kinds of an open case already at its priority (a new kind mid-case). */
export async function setCrises(db: Database, caseId: number, crises: string[]): Promise<Case | undefined> {
  const rows = await changing(db).query<CounselCase>(
    `UPDATE counsel_case SET summary = summary || jsonb_build_object('crises', $2::jsonb)
     WHERE id = $1 AND status <> 'closed' RETURNING ${CASE_FIELDS}`,
    [caseId, JSON.stringify(crises)],
  );
  return rows[0] ? toCase(rows[0]) : undefined;
}

export async function setInTopic(db: Database, caseId: number, inTopic: boolean): Promise<void> {
  await changing(db).query(`UPDATE counsel_case SET in_topic = $2 WHERE id = $1`, [caseId, inTopic]);
}

/** Records activity: the idle timer restarts and the link's safety expiry moves on. */
export async function touch(db: Database, caseId: number, now: Date, linkExpiresAt: Date): Promise<void> {
  // Both rows in one statement: it runs for every relayed message.
  await changing(db).query(
    `WITH touched AS (UPDATE counsel_case SET last_activity_at = $2 WHERE id = $1 RETURNING id)
     UPDATE case_link SET expires_at = $3 WHERE case_id IN (SELECT id FROM touched)`,
    [caseId, now, linkExpiresAt],
  );
}

/** Stores and returns how many of the person's messages wait for a counselor. */
export async function recountWaiting(db: Database, caseId: number): Promise<number> {
  // The counter is set from a count in the same statement.
  const [row] = await changing(db).query<{ waiting: number }>(
    `UPDATE counsel_case SET waiting = (SELECT count(*)::int FROM case_message WHERE case_id = $1 AND state = 'waiting')
     WHERE id = $1 RETURNING waiting`,
    [caseId],
  );
  return row?.waiting ?? 0;
}

/** The sealed chat of an open case's person. */
export async function linkOf(db: Database, caseId: number): Promise<string | undefined> {
  const [link] = await driverOf(db).query<{ chat: string }>(`SELECT chat FROM case_link WHERE case_id = $1`, [
    caseId,
  ]);
  return link?.chat;
}
