// The text of conversations, sealed, kept only under consent "history" so that a later
// counselor can continue. Deleted when it expires, on withdrawal and by /forget.
import type { Database } from "./connect.ts";

export interface HistoryEntry {
  caseRef: string;
  at: Date;
  /** "person" or the counselor's alias. */
  author: string;
  sealedBody: string;
}

export async function add(
  db: Database,
  input: HistoryEntry & { pseudonym: string; expiresAt: Date },
): Promise<void> {
  const { sealedBody, ...entry } = input;
  await db.prisma.caseHistory.create({ data: { ...entry, body: sealedBody }, select: { id: true } });
}

/** A person's kept history, oldest first. */
export async function of(db: Database, pseudonym: string, now: Date): Promise<HistoryEntry[]> {
  const rows = await db.prisma.caseHistory.findMany({
    where: { pseudonym, expiresAt: { gt: now } },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { caseRef: true, at: true, author: true, body: true },
  });
  return rows.map(({ body, ...row }) => ({ ...row, sealedBody: body }));
}

export async function deleteOf(db: Database, pseudonym: string): Promise<number> {
  const { count } = await db.prisma.caseHistory.deleteMany({ where: { pseudonym } });
  return count;
}
