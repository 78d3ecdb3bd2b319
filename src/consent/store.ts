// Consent records by pseudonym. Only the current policy version counts as given.
import type { Database } from "../db/connect.ts";
import type { Pseudonym } from "../privacy/pseudonym.ts";
import { CONSENT_PURPOSES, type ConsentPurpose, POLICY_VERSION } from "./policy.ts";

export interface ConsentRecord {
  purpose: ConsentPurpose;
  policyVersion: number;
  grantedAt: Date;
}

export async function consentsOf(db: Database, pseudonym: Pseudonym): Promise<ConsentRecord[]> {
  const rows = await db.prisma.consent.findMany({ where: { pseudonym }, orderBy: { purpose: "asc" } });
  return rows.flatMap((row) =>
    (CONSENT_PURPOSES as readonly string[]).includes(row.purpose) && row.policyVersion === POLICY_VERSION
      ? [
          {
            purpose: row.purpose as ConsentPurpose,
            policyVersion: row.policyVersion,
            grantedAt: row.grantedAt,
          },
        ]
      : [],
  );
}

export async function hasConsentFor(
  db: Database,
  pseudonym: Pseudonym,
  purpose: ConsentPurpose,
): Promise<boolean> {
  const row = await db.prisma.consent.findUnique({ where: { pseudonym_purpose: { pseudonym, purpose } } });
  return row?.policyVersion === POLICY_VERSION;
}

export async function grantConsent(db: Database, pseudonym: Pseudonym, purpose: ConsentPurpose, at: Date) {
  const record = { policyVersion: POLICY_VERSION, grantedAt: at };
  await db.prisma.consent.upsert({
    where: { pseudonym_purpose: { pseudonym, purpose } },
    create: { pseudonym, purpose, ...record },
    update: record,
  });
}

export async function withdrawConsent(
  db: Database,
  pseudonym: Pseudonym,
  purpose: ConsentPurpose,
): Promise<boolean> {
  const { count } = await db.prisma.consent.deleteMany({ where: { pseudonym, purpose } });
  return count > 0;
}
