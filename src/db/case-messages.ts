// The message map of an open case: which message in which chat is the copy of which, and
// how far its delivery got. One row per source message, so that an update handled twice
// (by one instance or two) is relayed once. Internal notes are rows too (source "n", the
// note's message in the topic), so that a transfer can hand them over. No content.
//
// raw: every statement here runs for relayed messages, so all go through the driver
// (`driverOf`) rather than Prisma's client: see the figures at the top of cases.ts.
import { type CaseMessage, type CounselCase, Prisma } from "../generated/prisma/client.ts";
import { CASE_FIELDS, type Case, toCase } from "./cases.ts";
import { fieldsOf } from "./columns.ts";
import { type Database, driverOf } from "./connect.ts";
import { COUNSELOR_JSON, type Counselor } from "./counselors.ts";
import { changing } from "./open-case-hold.ts";

export type DeliveryState = "waiting" | "sending" | "sent" | "failed";

export interface MappedMessage extends Omit<CaseMessage, "state" | "createdAt"> {
  state: DeliveryState;
}

const { createdAt: _, ...MAPPED_FIELDS } = Prisma.CaseMessageScalarFieldEnum;
const FIELDS = fieldsOf("case_message", MAPPED_FIELDS);

type Row = Omit<CaseMessage, "createdAt">;

function toMapped(row: Row): MappedMessage {
  return { ...row, state: row.state as DeliveryState };
}

/**
 * Activity on the cases of the rows a CTE named `rows` returns (their `"caseId"`), as cases.touch
 * records it, in the same statement: the idle timer restarts and the link's expiry moves on.
 */
function touchingCasesOf(rows: string, now: string, linkExpiresAt: string): string {
  return `touched AS (UPDATE counsel_case SET last_activity_at = ${now}
                      WHERE id IN (SELECT "caseId" FROM ${rows}) RETURNING id),
       linked AS (UPDATE case_link SET expires_at = ${linkExpiresAt} WHERE case_id IN (SELECT id FROM touched))`;
}

async function select(db: Database, condition: string, params: unknown[]): Promise<MappedMessage[]> {
  const rows = await driverOf(db).query<Row>(`SELECT ${FIELDS} FROM case_message WHERE ${condition}`, params);
  return rows.map(toMapped);
}

interface NewMessage {
  caseId: number;
  source: string;
  sourceMessageId: number;
  personMessageId?: number;
  counselorId?: number;
  counselorMessageId?: number;
  state: DeliveryState;
  now: Date;
  touch?: { linkExpiresAt: Date };
}

const INSERT = `INSERT INTO case_message (case_id, source, source_message_id, person_message_id, counselor_id,
     counselor_message_id, state, created_at)
   VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING ${FIELDS}`;

function insertParameters(input: NewMessage): unknown[] {
  return [
    input.caseId,
    input.source,
    input.sourceMessageId,
    input.personMessageId ?? null,
    input.counselorId ?? null,
    input.counselorMessageId ?? null,
    input.state,
    input.now,
  ];
}

/**
 * Records a source message once. Returns the new row, or undefined when it was recorded
 * already (the same update handled twice, e.g. by two instances): then it must not be relayed.
 * `touch`: a newly recorded message is also activity on the case, recorded in the same
 * statement as cases.touch would (the idle timer restarts, the link's expiry moves to `linkExpiresAt`).
 */
export async function record(db: Database, input: NewMessage): Promise<MappedMessage | undefined> {
  // The case and its link are touched only when the message was new (a replayed update changes nothing).
  const sql = input.touch
    ? `WITH recorded AS (${INSERT}), ${touchingCasesOf("recorded", "$8", "$9")} SELECT * FROM recorded`
    : INSERT;
  const [row] = await (input.touch ? changing(db) : driverOf(db)).query<Row>(sql, [
    ...insertParameters(input),
    ...(input.touch ? [input.touch.linkExpiresAt] : []),
  ]);
  return row ? toMapped(row) : undefined;
}

/**
 * Records one of the person's messages to be sent to the case's holder now (as `record`, with its touch), and reads
 * the holder and the person's sealed chat in the same statement, as counselors.holderAndPerson would: every message
 * relayed to a counselor needs all three. Undefined when the message was recorded already.
 */
export async function recordForHolder(
  db: Database,
  input: NewMessage & { touch: { linkExpiresAt: Date } },
  holderId: number,
): Promise<
  { row: MappedMessage; holder: Counselor | undefined; sealedPerson: string | undefined } | undefined
> {
  const [found] = await changing(db).query<Row & { holder: Counselor | null; sealedPerson: string | null }>(
    `WITH recorded AS (${INSERT}), ${touchingCasesOf("recorded", "$8", "$9")}
     SELECT recorded.*, (SELECT ${COUNSELOR_JSON} FROM counselor WHERE id = $10) AS holder,
       (SELECT chat FROM case_link WHERE case_id = $1) AS "sealedPerson" FROM recorded`,
    [...insertParameters(input), input.touch.linkExpiresAt, holderId],
  );
  if (!found) return undefined;
  const { holder, sealedPerson, ...row } = found;
  return { row: toMapped(row), holder: holder ?? undefined, sealedPerson: sealedPerson ?? undefined };
}

/**
 * Records a holder's message to the person (as `record`) and reads the person's sealed chat
 * (the case's link) in the same statement: every such message needs both. Undefined when the
 * message was recorded already; `sealedPerson` undefined when the link is gone (a closed case).
 */
export async function recordToPerson(
  db: Database,
  input: Omit<NewMessage, "touch">,
): Promise<{ row: MappedMessage; sealedPerson: string | undefined } | undefined> {
  const [found] = await driverOf(db).query<Row & { sealedPerson: string | null }>(
    `WITH recorded AS (${INSERT})
     SELECT recorded.*, (SELECT chat FROM case_link WHERE case_id = $1) AS "sealedPerson" FROM recorded`,
    insertParameters(input),
  );
  if (!found) return undefined;
  const { sealedPerson, ...row } = found;
  return { row: toMapped(row), sealedPerson: sealedPerson ?? undefined };
}

/** Moves one message from `from` to sending; false when someone else did it first. */
export async function startDelivery(db: Database, messageId: number, from: DeliveryState): Promise<boolean> {
  const rows = await driverOf(db).query(
    `UPDATE case_message SET state = 'sending' WHERE id = $1 AND state = $2 RETURNING id`,
    [messageId, from],
  );
  return rows.length > 0;
}

/** The copy arrived: where it is, in the person's chat or on the counselors' side. */
export async function delivered(
  db: Database,
  messageId: number,
  copy: { personMessageId?: number; counselorId?: number; counselorMessageId?: number },
  /** A counselor's message reached the person: activity on the case, recorded in the same statement. */
  touch?: { now: Date; linkExpiresAt: Date },
): Promise<void> {
  const update = `UPDATE case_message SET state = 'sent',
       person_message_id = COALESCE($2, person_message_id),
       counselor_id = COALESCE($3, counselor_id),
       counselor_message_id = COALESCE($4, counselor_message_id)
     WHERE id = $1`;
  const params = [
    messageId,
    copy.personMessageId ?? null,
    copy.counselorId ?? null,
    copy.counselorMessageId ?? null,
  ];
  if (!touch) {
    await driverOf(db).query(update, params);
    return;
  }
  await changing(db).query(
    `WITH sent AS (${update} RETURNING case_id AS "caseId"), ${touchingCasesOf("sent", "$5", "$6")} SELECT 1`,
    [...params, touch.now, touch.linkExpiresAt],
  );
}

/**
 * One of the person's messages is now (also) copied into the case's topic, for a holder without a private chat:
 * the topic's copy is the one replies and edits go to from now on, whoever had it before.
 */
export async function deliveredInTopic(
  db: Database,
  messageId: number,
  topicMessageId: number,
): Promise<void> {
  await driverOf(db).query(
    `UPDATE case_message SET state = 'sent', counselor_id = NULL, counselor_message_id = $2 WHERE id = $1`,
    [messageId, topicMessageId],
  );
}

/** A message on its way to a holder who is no longer there waits for the next counselor instead. */
export async function backToWaiting(db: Database, messageId: number): Promise<void> {
  await driverOf(db).query(`UPDATE case_message SET state = 'waiting' WHERE id = $1 AND state = 'sending'`, [
    messageId,
  ]);
}

export async function failed(db: Database, messageId: number): Promise<void> {
  await driverOf(db).query(`UPDATE case_message SET state = 'failed' WHERE id = $1`, [messageId]);
}

/** The person's messages that wait for a counselor, oldest first. */
export function waiting(db: Database, caseId: number): Promise<MappedMessage[]> {
  return select(db, "case_id = $1 AND state = 'waiting' ORDER BY id", [caseId]);
}

/** The person's last `limit` messages already relayed, oldest first (for a counselor taking over). */
export async function relayedFromPerson(
  db: Database,
  caseId: number,
  limit: number,
): Promise<MappedMessage[]> {
  const newest = await select(
    db,
    "case_id = $1 AND source = 'p' AND state = 'sent' ORDER BY id DESC LIMIT $2",
    [caseId, limit],
  );
  return newest.reverse();
}

export async function bySource(
  db: Database,
  caseId: number,
  source: string,
  sourceMessageId: number,
): Promise<MappedMessage | undefined> {
  const [row] = await select(db, "case_id = $1 AND source = $2 AND source_message_id = $3", [
    caseId,
    source,
    sourceMessageId,
  ]);
  return row;
}

/** Which case a message in a counselor's private chat belongs to (a copy or their own reply). */
export async function caseOfCounselorMessage(
  db: Database,
  counselorId: number,
  messageId: number,
): Promise<number | undefined> {
  const [row] = await select(db, "counselor_id = $1 AND counselor_message_id = $2 ORDER BY id DESC LIMIT 1", [
    counselorId,
    messageId,
  ]);
  return row?.caseId;
}

/**
 * The cases a counselor holds (as cases.heldBy), and which case the message they replied to in their private chat
 * belongs to (as `caseOfCounselorMessage`), in one statement: every reply a counselor writes needs both. The
 * replied case is only told when they hold a case.
 */
export async function heldWithReplied(
  db: Database,
  counselorId: number,
  repliedTo: number | undefined,
): Promise<{ held: Case[]; repliedCaseId: number | undefined }> {
  const rows = await driverOf(db).query<CounselCase & { repliedCaseId: number | null }>(
    `SELECT ${CASE_FIELDS}, (SELECT case_id FROM case_message WHERE counselor_id = $1 AND counselor_message_id = $2
       ORDER BY id DESC LIMIT 1) AS "repliedCaseId"
     FROM counsel_case WHERE status = 'active' AND counselor_id = $1 ORDER BY claimed_at, id`,
    [counselorId, repliedTo ?? null],
  );
  return {
    held: rows.map(({ repliedCaseId: _, ...row }) => toCase(row)),
    repliedCaseId: rows[0]?.repliedCaseId ?? undefined,
  };
}

/** The person's message whose copy is `messageId` in the case's topic (a holder without a private chat). */
export async function personCopyInTopic(
  db: Database,
  caseId: number,
  messageId: number,
): Promise<MappedMessage | undefined> {
  const [row] = await select(
    db,
    "case_id = $1 AND source = 'p' AND counselor_id IS NULL AND counselor_message_id = $2 LIMIT 1",
    [caseId, messageId],
  );
  return row;
}

/** The case's internal notes in its topic, oldest first. */
export function notes(db: Database, caseId: number): Promise<MappedMessage[]> {
  return select(db, "case_id = $1 AND source = 'n' ORDER BY id", [caseId]);
}

/** Whether any counselor has written to the person in this case (markClosed's first reply asks the same). */
export async function counselorSpoke(db: Database, caseId: number): Promise<boolean> {
  const [row] = await select(db, "case_id = $1 AND source NOT IN ('p', 'n') LIMIT 1", [caseId]);
  return row !== undefined;
}

/** Whether a counselor has written to the person in this case at `since` or later (since a Take, a crisis alert). */
export async function counselorSpokeSince(db: Database, caseId: number, since: Date): Promise<boolean> {
  const [row] = await select(db, "case_id = $1 AND source NOT IN ('p', 'n') AND created_at >= $2 LIMIT 1", [
    caseId,
    since,
  ]);
  return row !== undefined;
}
