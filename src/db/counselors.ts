// Members of the counselors' group who chose an alias (the only name people see). Known by
// pseudonym; their private chat id is sealed.
import type { Counselor as CounselorRow } from "../generated/prisma/client.ts";
import type { Database } from "./connect.ts";
import { orNotFound } from "./errors.ts";

export type Counselor = Omit<CounselorRow, "updatedAt">;

const FIELDS = {
  id: true,
  pseudonym: true,
  alias: true,
  chat: true,
  currentCaseId: true,
  headerCaseId: true,
};

/** Registers a counselor, or renames one and updates their private chat. */
export async function save(
  db: Database,
  input: { pseudonym: string; alias: string; sealedChat: string; now: Date },
): Promise<Counselor> {
  const fields = { alias: input.alias, chat: input.sealedChat, updatedAt: input.now };
  return db.prisma.counselor.upsert({
    where: { pseudonym: input.pseudonym },
    create: { pseudonym: input.pseudonym, ...fields },
    update: fields,
    select: FIELDS,
  });
}

export async function byPseudonym(db: Database, pseudonym: string): Promise<Counselor | undefined> {
  return (await db.prisma.counselor.findUnique({ where: { pseudonym }, select: FIELDS })) ?? undefined;
}

export async function byId(db: Database, id: number): Promise<Counselor | undefined> {
  return (await db.prisma.counselor.findUnique({ where: { id }, select: FIELDS })) ?? undefined;
}

/** Everyone, by alias. */
export function all(db: Database): Promise<Counselor[]> {
  return db.prisma.counselor.findMany({ orderBy: [{ alias: "asc" }, { id: "asc" }], select: FIELDS });
}

/** Which of their cases a counselor's private messages go to. */
export async function setCurrentCase(
  db: Database,
  counselorId: number,
  caseId: number | null,
): Promise<void> {
  await db.prisma.counselor.update({
    where: { id: counselorId },
    data: { currentCaseId: caseId },
    select: { id: true },
  });
}

/** Marks which case's header the counselor's private chat shows last; true when it changed. */
export async function switchHeader(db: Database, counselorId: number, caseId: number): Promise<boolean> {
  const row = await db.prisma.counselor
    .update({
      where: { id: counselorId, OR: [{ headerCaseId: null }, { headerCaseId: { not: caseId } }] },
      data: { headerCaseId: caseId },
      select: { id: true },
    })
    .catch(orNotFound);
  return row !== undefined;
}
