// Consent records by pseudonym: one row per purpose, under the policy version the person saw.
// Which purposes and which version count is the consent rules' business (src/consent/store.ts).
//
// raw: `versionOf` is asked on every update that may count a statistic (an answer opened, a
// question asked, centers shown), about every other update of the mixed journey of
// `npm run bench`; through the client it was a tenth of the bot's CPU there, so it goes through
// the driver (figures at the top of cases.ts).
import { type Database, driverOf } from "./connect.ts";

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
  await db.prisma.consent.upsert({
    where: { pseudonym_purpose: { pseudonym, purpose } },
    create: { pseudonym, purpose, ...record },
    update: record,
  });
}

/** Deletes the consent; false when there was none. */
export async function remove(db: Database, pseudonym: string, purpose: string): Promise<boolean> {
  const { count } = await db.prisma.consent.deleteMany({ where: { pseudonym, purpose } });
  return count > 0;
}
