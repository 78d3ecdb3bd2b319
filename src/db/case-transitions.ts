// A case changing hands: taken from the queue by a counselor, handed to another or back to the queue, closed.
// Each is one conditional statement, so that of two counselors (or two instances) exactly one wins.
// raw: the take and the close run on the counselor's hot path, through the driver (cases.ts says why).
import type { CounselCase } from "../generated/prisma/client.ts";
import { CASE_FIELDS, type Case, type CaseStatus, toCase } from "./cases.ts";
import type { Database } from "./connect.ts";
import { counselorsChanged } from "./counselors.ts";
import { orNotFound } from "./errors.ts";
import { casesChanged, changing } from "./open-case-hold.ts";

const OPEN = { status: { not: "closed" } } as const;

/**
 * A counselor claims a queued case: the case becomes theirs, it becomes the case their private
 * chat is on, the take is audited, and the person's sealed chat is read, all in one statement
 * (the heaviest update of a shift, once four round trips). Undefined when someone else won or
 * the case is no longer queued; then nothing else changed either.
 */
export async function claim(
  db: Database,
  caseId: number,
  counselor: { id: number; alias: string },
  now: Date,
): Promise<{ case: Case; sealedChat: string | undefined; takenBefore: boolean } | undefined> {
  const [row] = await changing(db).query<CounselCase & { sealedChat: string | null; takenBefore: boolean }>(
    `WITH claimed AS (
       UPDATE counsel_case SET status = 'active', counselor_id = $2, claimed_at = $3, last_activity_at = $3
       WHERE id = $1 AND status = 'queued' RETURNING ${CASE_FIELDS}),
     switched AS (
       UPDATE counselor SET current_case_id = $1, header_case_id = $1 WHERE id = $2 AND EXISTS (SELECT 1 FROM claimed)),
     audited AS (
       INSERT INTO case_audit (at, case_ref, action, actor_id, actor_alias, detail)
       SELECT $3, ref, 'taken', $2, $4, '' FROM claimed)
     SELECT claimed.*, (SELECT chat FROM case_link WHERE case_id = $1) AS "sealedChat",
       -- The row as it was before this statement: a case back from a counselor still has its last Take's time.
       (SELECT claimed_at IS NOT NULL FROM counsel_case WHERE id = $1) AS "takenBefore" FROM claimed`,
    [caseId, counselor.id, now, counselor.alias],
  );
  counselorsChanged(db);
  if (!row) return undefined;
  const { sealedChat, takenBefore, ...claimed } = row;
  return { case: toCase(claimed), sealedChat: sealedChat ?? undefined, takenBefore };
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
  casesChanged(db);
  const row = await db.prisma.counselCase
    .update({
      where: { id: caseId, ...OPEN, counselorId: from },
      // Back in the queue, the last Take's time stays: it puts the case first in line (case-queue.ts). Its person
      // read any "nobody speaks your language" already (at the consent or in the first waiting message): the new
      // waiting message and its refreshes do not repeat it.
      data: {
        status,
        counselorId: to,
        ...(to === null ? { languageTold: true } : { claimedAt: now }),
        lastActivityAt: now,
      },
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
  /** When the counselors first wrote to the person (the statistics' first-reply time); null if never. */
  firstReplyAt: Date | null;
}

/**
 * Closes an open case once (a second close, from another instance, gets undefined) and
 * deletes what only an open case needs: the link to the person and the message map.
 * The pseudonym stays only when the person allowed history, until `historyUntil`.
 */
export async function markClosed(
  db: Database,
  caseId: number,
  outcome: string,
  input: { now: Date; note?: string; ratingOpen: boolean; historyUntil: Date },
): Promise<ClosedCase | undefined> {
  // One statement (one round trip instead of seven in a transaction). The row is locked first,
  // so that a second close waits and then finds it closed; every part sees the row as it was
  // before, so `before` still has the pseudonym that the update may clear and the first reply
  // is read from the message map the statement deletes.
  const [row] = await changing(db).query<
    CounselCase & { before: string | null; sealedChat: string | null; firstReplyAt: Date | null }
  >(
    `WITH before AS (SELECT id, pseudonym FROM counsel_case WHERE id = $1 AND status <> 'closed' FOR UPDATE),
       closed AS (
         UPDATE counsel_case SET status = 'closed', closed_at = $2, outcome = $3, close_note = $4, rating_open = $5,
           waiting = 0, wait_message_id = NULL, wait_position = NULL,
           history_until = CASE WHEN keep_history THEN $6::timestamptz ELSE NULL END,
           pseudonym = CASE WHEN keep_history THEN counsel_case.pseudonym ELSE NULL END
         FROM before WHERE counsel_case.id = before.id RETURNING ${CASE_FIELDS}),
       link AS (DELETE FROM case_link WHERE case_id IN (SELECT id FROM closed) RETURNING chat),
       messages AS (DELETE FROM case_message WHERE case_id IN (SELECT id FROM closed)),
       holder AS (UPDATE counselor SET current_case_id = NULL WHERE current_case_id IN (SELECT id FROM closed))
     SELECT closed.*, before.pseudonym AS before, (SELECT chat FROM link) AS "sealedChat",
       (SELECT min(created_at) FROM case_message WHERE case_id = $1 AND source NOT IN ('p', 'n')) AS "firstReplyAt"
     FROM closed, before`,
    [caseId, input.now, outcome, input.note ?? null, input.ratingOpen, input.historyUntil],
  );
  counselorsChanged(db);
  if (!row) return undefined;
  const { before, sealedChat, firstReplyAt, ...closed } = row;
  return {
    case: toCase(closed),
    sealedChat: sealedChat ?? undefined,
    pseudonym: before ?? undefined,
    firstReplyAt: firstReplyAt ?? null,
  };
}
