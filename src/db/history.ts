// The text of conversations, sealed, kept only under consent "history" so that a later
// counselor can continue. Deleted when it expires, on withdrawal and by /forget.
import type { Database } from "./connect.ts";

export interface HistoryEntry {
  caseRef: string;
  at: Date;
  /** "person" or the counselor's alias. */
  author: string;
  sealedBody: string;
  /** What it was ("text", "photo", …: src/counselors/message-kind.ts); never its file. */
  kind: string;
  /** Corrected by its author after it was sent: sealedBody is the corrected text. */
  edited: boolean;
}

export async function add(
  db: Database,
  input: Omit<HistoryEntry, "edited"> & { pseudonym: string; expiresAt: Date; caseMessageId?: number },
): Promise<void> {
  const { sealedBody, ...entry } = input;
  await db.prisma.caseHistory.create({ data: { ...entry, body: sealedBody }, select: { id: true } });
}

/** A person's kept history, oldest first. */
export async function of(db: Database, pseudonym: string, now: Date): Promise<HistoryEntry[]> {
  const rows = await db.prisma.caseHistory.findMany({
    where: { pseudonym, expiresAt: { gt: now } },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { caseRef: true, at: true, author: true, body: true, kind: true, edited: true },
  });
  return rows.map(({ body, ...row }) => ({ ...row, sealedBody: body }));
}

/**
 * The author corrected a kept message (found by its row in the message map): its line holds the new text,
 * marked edited. Its expiry stays: kept HISTORY_DAYS from when it was first written. False: no such line.
 */
export async function revise(
  db: Database,
  input: { pseudonym: string; caseMessageId: number; sealedBody: string },
): Promise<boolean> {
  const { count } = await db.prisma.caseHistory.updateMany({
    where: { pseudonym: input.pseudonym, caseMessageId: input.caseMessageId },
    data: { body: input.sealedBody, edited: true },
  });
  return count > 0;
}

export async function deleteOf(db: Database, pseudonym: string): Promise<number> {
  const { count } = await db.prisma.caseHistory.deleteMany({ where: { pseudonym } });
  return count;
}
