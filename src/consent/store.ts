// The consent rules over the stored records: only a known purpose under the current policy
// version counts as given.
import type { Database } from "../db/connect.ts";
import * as consent from "../db/consent.ts";
import type { Pseudonym } from "../privacy/pseudonym.ts";
import { CONSENT_PURPOSES, type ConsentPurpose, POLICY_VERSION } from "./policy.ts";

export interface ConsentRecord {
  purpose: ConsentPurpose;
  policyVersion: number;
  grantedAt: Date;
}

function isCurrent(row: { purpose: string; policyVersion: number }): row is ConsentRecord {
  return (
    (CONSENT_PURPOSES as readonly string[]).includes(row.purpose) && row.policyVersion === POLICY_VERSION
  );
}

export async function consentsOf(db: Database, pseudonym: Pseudonym): Promise<ConsentRecord[]> {
  return (await consent.rowsOf(db, pseudonym)).filter(isCurrent);
}

export async function hasConsentFor(
  db: Database,
  pseudonym: Pseudonym,
  purpose: ConsentPurpose,
): Promise<boolean> {
  return (await consent.versionOf(db, pseudonym, purpose)) === POLICY_VERSION;
}

export async function grantConsent(db: Database, pseudonym: Pseudonym, purpose: ConsentPurpose, at: Date) {
  await consent.save(db, pseudonym, purpose, { policyVersion: POLICY_VERSION, grantedAt: at });
}

export async function withdrawConsent(
  db: Database,
  pseudonym: Pseudonym,
  purpose: ConsentPurpose,
): Promise<boolean> {
  return consent.remove(db, pseudonym, purpose);
}
