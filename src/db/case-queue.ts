// The queue of cases waiting for a counselor: its order, and the places shown to the people in it.
// raw: read on every queue change and case opening, through the driver (cases.ts says why).
import type { CounselCase } from "../generated/prisma/client.ts";
import { CASE_FIELDS, type Case, toCase } from "./cases.ts";
import { type Database, driverOf } from "./connect.ts";
import { changing } from "./open-case-hold.ts";

/** Crisis first; within a priority, a case back from a counselor (its `claimed_at` kept), then the longest waiting. */
const QUEUE_ORDER =
  "counsel_case.priority, counsel_case.claimed_at IS NULL, counsel_case.opened_at, counsel_case.id";

/** Queued cases in the order they will be served (QUEUE_ORDER). */
export async function inOrder(db: Database): Promise<Case[]> {
  const rows = await driverOf(db).query<CounselCase>(
    `SELECT ${CASE_FIELDS} FROM counsel_case WHERE status = 'queued' ORDER BY ${QUEUE_ORDER}`,
  );
  return rows.map(toCase);
}

/** A queued case and how to reach its person (the sealed chat; null when the link is gone). */
export type QueuedCase = Case & { sealedChat: string | null };

/** The first `limit` places of the queue with their links: what the "your place" refresh needs. */
export async function firstWithLinks(db: Database, limit: number): Promise<QueuedCase[]> {
  // The queue and its links in one statement (the schema declares no relation to join on).
  const rows = await driverOf(db).query<CounselCase & { sealedChat: string | null }>(
    `SELECT ${CASE_FIELDS}, case_link.chat AS "sealedChat"
     FROM counsel_case LEFT JOIN case_link ON case_link.case_id = counsel_case.id
     WHERE counsel_case.status = 'queued'
     ORDER BY ${QUEUE_ORDER} LIMIT $1`,
    [limit],
  );
  return rows.map((row) => ({ ...toCase(row), sealedChat: row.sealedChat }));
}

export async function setWaitMessage(db: Database, caseId: number, messageId: number, position: number) {
  await changing(db).query(`UPDATE counsel_case SET wait_message_id = $2, wait_position = $3 WHERE id = $1`, [
    caseId,
    messageId,
    position,
  ]);
}

/** Records the places shown to several waiting people in one statement (the queue refresh). */
export async function setWaitPositions(
  db: Database,
  places: readonly { caseId: number; position: number }[],
) {
  if (places.length === 0) return;
  const ids = places.map((place) => place.caseId);
  const positions = places.map((place) => place.position);
  // One UPDATE for many rows with different values (the client would send one per row).
  await changing(db).query(
    `UPDATE counsel_case SET wait_position = place.position
     FROM unnest($1::int[], $2::int[]) AS place(id, position) WHERE counsel_case.id = place.id`,
    [ids, positions],
  );
}
