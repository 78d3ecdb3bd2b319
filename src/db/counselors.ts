// Members of the counselors' group who chose an alias (the only name people see). Known by
// pseudonym; their private chat id is sealed.
//
// raw: the reads and changes made while relaying go through the driver (`driverOf`), not
// Prisma's client (see the figures at the top of cases.ts); registering and listing use the client.
import { type Counselor as CounselorRow, Prisma } from "../generated/prisma/client.ts";
import { fieldsOf } from "./columns.ts";
import { type Database, driverOf } from "./connect.ts";

export type Counselor = Omit<CounselorRow, "updatedAt">;

/** A counselor row as JSON with the client's field names (a `Counselor` once parsed): no column needs converting. */
export const COUNSELOR_JSON = `jsonb_build_object('id', id, 'pseudonym', pseudonym, 'alias', alias, 'chat', chat,
     'currentCaseId', current_case_id, 'headerCaseId', header_case_id, 'locale', locale, 'speaks', speaks)`;

/**
 * The preload's part (sessions.ts): rows keyed "counselor:" holding the rows of the people in
 * `pseudonyms` (a text[] parameter) who are counselors. Every private message asks whether its
 * sender is a counselor (a counselor's message goes to their case), and every counselor update
 * reads its counselor: both answers come from this, not from one more statement.
 */
export const COUNSELOR_ROW = (pseudonyms: string) =>
  `SELECT pseudonym, 'counselor:', ${COUNSELOR_JSON}, 'Infinity'::float8 FROM counselor WHERE pseudonym = ANY(${pseudonyms})`;
export const COUNSELOR_KEY = "counselor:";

/**
 * The counselor rows of people whose update is in progress, as the preload read them, per
 * database; null: known not to be a counselor. Any change to a counselor row in this process
 * drops the rows held (`counselorsChanged`), so an update never reads back a row it changed.
 * Only a person's own update (/alias) makes them a counselor, and it drops their entry first.
 */
const heldRows = new WeakMap<Database, Map<string, Counselor | null>>();

/** Answers `byPseudonym` for this person from `row` (null: not a counselor) until the returned function is called. */
export function holdCounselorRow(db: Database, pseudonym: string, row: Counselor | null): () => void {
  const people = heldRows.get(db) ?? new Map<string, Counselor | null>();
  heldRows.set(db, people);
  people.set(pseudonym, row);
  return () => people.delete(pseudonym);
}

/** A counselor row changed: the rows held are read again when asked (who is not a counselor stays known). */
export function counselorsChanged(db: Database): void {
  const people = heldRows.get(db);
  if (!people) return;
  for (const [pseudonym, row] of people) if (row) people.delete(pseudonym);
}

const { updatedAt: _, ...SELECTED } = Prisma.CounselorScalarFieldEnum;
const COLUMNS = fieldsOf("counselor", SELECTED);

const FIELDS = {
  id: true,
  pseudonym: true,
  alias: true,
  chat: true,
  currentCaseId: true,
  headerCaseId: true,
  locale: true,
  speaks: true,
};

/**
 * Registers a counselor, or renames one and updates their private chat. `locale` is the desk
 * language a new counselor starts with (their Telegram language); a rename keeps their choice.
 */
export async function save(
  db: Database,
  input: { pseudonym: string; alias: string; sealedChat: string; locale?: string; now: Date },
): Promise<Counselor> {
  const fields = { alias: input.alias, chat: input.sealedChat, updatedAt: input.now };
  heldRows.get(db)?.delete(input.pseudonym);
  counselorsChanged(db);
  return db.prisma.counselor.upsert({
    where: { pseudonym: input.pseudonym },
    create: { pseudonym: input.pseudonym, locale: input.locale ?? null, ...fields },
    update: fields,
    select: FIELDS,
  });
}

/** Whether another counselor already goes by `alias` (letter case aside): people could not tell the two apart. */
export async function aliasHeldByAnother(db: Database, alias: string, pseudonym: string): Promise<boolean> {
  const other = await db.prisma.counselor.findFirst({
    where: { alias: { equals: alias, mode: "insensitive" }, pseudonym: { not: pseudonym } },
    select: { id: true },
  });
  return other !== null;
}

export async function byPseudonym(db: Database, pseudonym: string): Promise<Counselor | undefined> {
  const held = heldRows.get(db)?.get(pseudonym);
  if (held !== undefined) return held ?? undefined;
  const [row] = await driverOf(db).query<Counselor>(`SELECT ${COLUMNS} FROM counselor WHERE pseudonym = $1`, [
    pseudonym,
  ]);
  return row;
}

export async function byId(db: Database, id: number): Promise<Counselor | undefined> {
  const [row] = await driverOf(db).query<Counselor>(`SELECT ${COLUMNS} FROM counselor WHERE id = $1`, [id]);
  return row;
}

/**
 * A case's holder and the sealed chat of its person, in one statement: every message relayed
 * to a counselor needs both. Either is undefined when gone (a counselor's /forget, a closed case).
 */
export async function holderAndPerson(
  db: Database,
  counselorId: number,
  caseId: number,
): Promise<{ holder: Counselor | undefined; sealedPerson: string | undefined }> {
  const [row] = await driverOf(db).query<Counselor & { sealedPerson: string | null }>(
    `SELECT ${COLUMNS}, (SELECT chat FROM case_link WHERE case_id = $2) AS "sealedPerson"
     FROM counselor WHERE id = $1`,
    [counselorId, caseId],
  );
  if (!row) return { holder: undefined, sealedPerson: undefined };
  const { sealedPerson, ...holder } = row;
  return { holder, sealedPerson: sealedPerson ?? undefined };
}

/** Everyone, by alias. raw: read on every case opening. */
export function all(db: Database): Promise<Counselor[]> {
  return driverOf(db).query<Counselor>(`SELECT ${COLUMNS} FROM counselor ORDER BY alias, id`);
}

/**
 * A case opens in the counselor's private chat (Take, transfer, /case): their messages go to it
 * and its header is the one shown there last. Both columns in one statement.
 */
export async function switchToCase(db: Database, counselorId: number, caseId: number): Promise<void> {
  counselorsChanged(db);
  await driverOf(db).query(`UPDATE counselor SET current_case_id = $2, header_case_id = $2 WHERE id = $1`, [
    counselorId,
    caseId,
  ]);
}

/** Marks which case's header the counselor's private chat shows last; true when it changed. */
export async function switchHeader(db: Database, counselorId: number, caseId: number): Promise<boolean> {
  counselorsChanged(db);
  const rows = await driverOf(db).query(
    `UPDATE counselor SET header_case_id = $2 WHERE id = $1 AND header_case_id IS DISTINCT FROM $2 RETURNING id`,
    [counselorId, caseId],
  );
  return rows.length > 0;
}

/** The language the counselor chose for the desk; null goes back to their Telegram language. */
export async function setLocale(db: Database, counselorId: number, locale: string | null): Promise<void> {
  counselorsChanged(db);
  await db.prisma.counselor.update({ where: { id: counselorId }, data: { locale }, select: { id: true } });
}

/** The languages the counselor talks with people in, each once, in a stable order. */
export async function setSpeaks(
  db: Database,
  counselorId: number,
  languages: readonly string[],
): Promise<void> {
  const speaks = [...new Set(languages)].sort();
  counselorsChanged(db);
  await db.prisma.counselor.update({ where: { id: counselorId }, data: { speaks }, select: { id: true } });
}

/** Every language some counselor declared (/speak), each once. raw: read at every consent question before a counselor. */
export async function declaredLanguages(db: Database): Promise<string[]> {
  const rows = await driverOf(db).query<{ language: string }>(
    `SELECT DISTINCT unnest(speaks) AS language FROM counselor ORDER BY language`,
  );
  return rows.map((row) => row.language);
}

/**
 * The languages the service's counselors speak: the deployment's (COUNSELOR_LANGUAGES, `configured`) and every one a
 * counselor declared with /speak, together, in `order`. One counselor's /speak adds a language, never takes one of
 * the deployment's away (a Kazakh service stays Kazakh when one counselor says "ru").
 */
export async function serviceLanguages(
  db: Database,
  configured: readonly string[],
  order: readonly string[],
): Promise<string[]> {
  const spoken = new Set([...configured, ...(await declaredLanguages(db))]);
  return order.filter((code) => spoken.has(code));
}

/** Counselors who speak a language (for matching a case to someone who can answer it). */
export function speaking(db: Database, language: string): Promise<Counselor[]> {
  return db.prisma.counselor.findMany({
    where: { speaks: { has: language } },
    orderBy: [{ alias: "asc" }, { id: "asc" }],
    select: FIELDS,
  });
}
