// The message map of an open case: which message in which chat is the copy of which, and
// how far its delivery got. One row per source message, so that an update handled twice
// (by one instance or two) is relayed once. No content.
import type { CaseMessage } from "../generated/prisma/client.ts";
import type { Database } from "./connect.ts";
import { isUniqueViolation, orNotFound } from "./errors.ts";

export type DeliveryState = "waiting" | "sending" | "sent" | "failed";

export interface MappedMessage extends Omit<CaseMessage, "state" | "createdAt"> {
  state: DeliveryState;
}

function toMapped({ createdAt: _, ...row }: CaseMessage): MappedMessage {
  return { ...row, state: row.state as DeliveryState };
}

/**
 * Records a source message once. Returns the new row, or undefined when it was recorded
 * already (the same update handled twice, e.g. by two instances): then it must not be relayed.
 */
export async function record(
  db: Database,
  input: {
    caseId: number;
    source: string;
    sourceMessageId: number;
    personMessageId?: number;
    counselorId?: number;
    counselorMessageId?: number;
    state: DeliveryState;
    now: Date;
  },
): Promise<MappedMessage | undefined> {
  try {
    const row = await db.prisma.caseMessage.create({
      data: {
        caseId: input.caseId,
        source: input.source,
        sourceMessageId: input.sourceMessageId,
        personMessageId: input.personMessageId ?? null,
        counselorId: input.counselorId ?? null,
        counselorMessageId: input.counselorMessageId ?? null,
        state: input.state,
        createdAt: input.now,
      },
    });
    return toMapped(row);
  } catch (error) {
    if (isUniqueViolation(error)) return undefined;
    throw error;
  }
}

/** Moves one message from `from` to sending; false when someone else did it first. */
export async function startDelivery(db: Database, messageId: number, from: DeliveryState): Promise<boolean> {
  const row = await db.prisma.caseMessage
    .update({ where: { id: messageId, state: from }, data: { state: "sending" }, select: { id: true } })
    .catch(orNotFound);
  return row !== undefined;
}

/** The copy arrived: where it is, in the person's chat or on the counselors' side. */
export async function delivered(
  db: Database,
  messageId: number,
  copy: { personMessageId?: number; counselorId?: number; counselorMessageId?: number },
): Promise<void> {
  await db.prisma.caseMessage.update({
    where: { id: messageId },
    data: { state: "sent", ...copy },
    select: { id: true },
  });
}

export async function failed(db: Database, messageId: number): Promise<void> {
  await db.prisma.caseMessage.update({
    where: { id: messageId },
    data: { state: "failed" },
    select: { id: true },
  });
}

/** The person's messages that wait for a counselor, oldest first. */
export async function waiting(db: Database, caseId: number): Promise<MappedMessage[]> {
  const rows = await db.prisma.caseMessage.findMany({
    where: { caseId, state: "waiting" },
    orderBy: { id: "asc" },
  });
  return rows.map(toMapped);
}

/** The person's last `limit` messages already relayed, oldest first (for a counselor taking over). */
export async function relayedFromPerson(
  db: Database,
  caseId: number,
  limit: number,
): Promise<MappedMessage[]> {
  const rows = await db.prisma.caseMessage.findMany({
    where: { caseId, source: "p", state: "sent" },
    orderBy: { id: "desc" },
    take: limit,
  });
  return rows.reverse().map(toMapped);
}

export async function bySource(
  db: Database,
  caseId: number,
  source: string,
  sourceMessageId: number,
): Promise<MappedMessage | undefined> {
  const row = await db.prisma.caseMessage.findUnique({
    where: { caseId_source_sourceMessageId: { caseId, source, sourceMessageId } },
  });
  return row ? toMapped(row) : undefined;
}

/** Which case a message in a counselor's private chat belongs to (a copy or their own reply). */
export async function caseOfCounselorMessage(
  db: Database,
  counselorId: number,
  messageId: number,
): Promise<number | undefined> {
  const row = await db.prisma.caseMessage.findFirst({
    where: { counselorId, counselorMessageId: messageId },
    orderBy: { id: "desc" },
    select: { caseId: true },
  });
  return row?.caseId;
}

/** When a counselor first wrote to the person of an open case (the map goes when it closes). */
export async function firstReplyAt(db: Database, caseId: number): Promise<Date | null> {
  const first = await db.prisma.caseMessage.findFirst({
    where: { caseId, source: { not: "p" } },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true },
  });
  return first?.createdAt ?? null;
}
