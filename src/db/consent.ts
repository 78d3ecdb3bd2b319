// Consent records by pseudonym: one row per purpose, under the policy version the person saw.
// Which purposes and which version count is the consent rules' business (src/consent/store.ts).
//
// `versionOf` is asked on every update that may count a statistic (an answer opened, a question
// asked, centers shown): about every other update of the mixed journey of `npm run bench`.
// So a person's own consent rows are read with their session, in the one query at the start
// of their update (sessions.ts, `CONSENT_ROWS`), and answered from memory until the update
// ends; this module's own writes keep that copy in step. Asked about anyone else (a case's
// person, from a counselor's update), it reads the row.
// raw: that read goes through the driver; through the client it was a tenth of the bot's CPU
// on the mixed journey (figures at the top of cases.ts).
import { type Database, driverOf } from "./connect.ts";

/** The preload's part (sessions.ts): the consent rows of the people in `pseudonyms` (a text[] parameter), keyed "consent:<purpose>". */
export const CONSENT_ROWS = (pseudonyms: string) =>
  `SELECT pseudonym, 'consent:' || purpose, to_jsonb(policy_version), 'Infinity'::float8 FROM consent WHERE pseudonym = ANY(${pseudonyms})`;
export const CONSENT_KEY_PREFIX = "consent:";

/** Policy versions by purpose of the people whose update is in progress, per database. */
const handling = new WeakMap<Database, Map<string, Map<string, number>>>();

/** Answers `versionOf` for this person from `versions` until the returned function is called. */
export function holdWhileHandling(
  db: Database,
  pseudonym: string,
  versions: Map<string, number>,
): () => void {
  const people = handling.get(db) ?? new Map<string, Map<string, number>>();
  handling.set(db, people);
  people.set(pseudonym, versions);
  return () => {
    if (people.get(pseudonym) === versions) people.delete(pseudonym);
  };
}

const held = (db: Database, pseudonym: string) => handling.get(db)?.get(pseudonym);

/** The consent rows of a person changed outside this module (personal-data.ts erased them). */
export function forgetHeld(db: Database, pseudonym: string): void {
  held(db, pseudonym)?.clear();
}

export interface ConsentRow {
  purpose: string;
  policyVersion: number;
  grantedAt: Date;
}

/** The person's consent rows, by purpose. */
export async function rowsOf(db: Database, pseudonym: string): Promise<ConsentRow[]> {
  return db.prisma.consent.findMany({
    where: { pseudonym },
    orderBy: { purpose: "asc" },
    select: { purpose: true, policyVersion: true, grantedAt: true },
  });
}

/** The policy version under which the purpose was granted; undefined when it was not. */
export async function versionOf(db: Database, pseudonym: string, purpose: string) {
  const known = held(db, pseudonym);
  if (known) return known.get(purpose);
  const [row] = await driverOf(db).query<{ policyVersion: number }>(
    `SELECT policy_version AS "policyVersion" FROM consent WHERE pseudonym = $1 AND purpose = $2`,
    [pseudonym, purpose],
  );
  return row?.policyVersion;
}

/** Records the consent, replacing an earlier one to the same purpose. */
export async function save(
  db: Database,
  pseudonym: string,
  purpose: string,
  record: Omit<ConsentRow, "purpose">,
) {
  // raw: asked on every journey that reaches a consent question.
  await driverOf(db).query(
    `INSERT INTO consent (pseudonym, purpose, policy_version, granted_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (pseudonym, purpose) DO UPDATE SET policy_version = EXCLUDED.policy_version, granted_at = EXCLUDED.granted_at`,
    [pseudonym, purpose, record.policyVersion, record.grantedAt],
  );
  held(db, pseudonym)?.set(purpose, record.policyVersion);
}

/** Deletes the consent; false when there was none. */
export async function remove(db: Database, pseudonym: string, purpose: string): Promise<boolean> {
  const { count } = await db.prisma.consent.deleteMany({ where: { pseudonym, purpose } });
  held(db, pseudonym)?.delete(purpose);
  return count > 0;
}
