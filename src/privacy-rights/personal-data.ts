// Everything stored about one pseudonym, as the person sees it: /mydata's document (sealed
// values masked), /privacy's list of other records, and /forget's erasure. What is stored
// where is src/db/personal-data.ts's business.
import type { Database } from "../db/connect.ts";
import * as personalData from "../db/personal-data.ts";
import type { Pseudonym } from "../privacy/pseudonym.ts";

export const ENCRYPTED = "[encrypted]";
// The cipher's format (src/privacy/cipher.ts): v1.<key id>.<iv>.<tag>.<body>, base64url parts.
const SEALED = /^v1\.[a-z0-9-]{1,16}\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]*$/;

type Row = Record<string, unknown>;

export interface PersonalData {
  pseudonym: Pseudonym;
  /** Rows per table, sealed values replaced by "[encrypted]". */
  tables: Record<string, Row[]>;
  /** stored_state rows by kind ("s" session, "c" conversation), with their expiry. */
  state: Record<string, { value: unknown; expiresAt: Date }>;
}

export async function collectPersonalData(db: Database, pseudonym: Pseudonym): Promise<PersonalData> {
  const tables: Record<string, Row[]> = {};
  for (const [table, rows] of Object.entries(await personalData.rowsOf(db, pseudonym))) {
    tables[table] = rows.map((row) => maskSealed(row) as Row);
  }
  const state: PersonalData["state"] = {};
  for (const row of await personalData.stateOf(db, pseudonym)) {
    state[row.key.slice(0, -pseudonym.length - 1)] = {
      value: maskSealed(row.value),
      expiresAt: row.expiresAt,
    };
  }
  return { pseudonym, tables, state };
}

/** What /mydata sends: every table's rows, then the session and conversation state, by name. */
export async function personalDataDocument(
  db: Database,
  pseudonym: Pseudonym,
  now: number,
): Promise<Record<string, unknown>> {
  const data = await collectPersonalData(db, pseudonym);
  const { s: session, c: conversation, ...otherState } = data.state;
  return {
    exportedAt: new Date(now).toISOString(),
    pseudonym: data.pseudonym,
    tables: data.tables,
    ...(session ? { session } : {}),
    ...(conversation ? { conversation } : {}),
    ...(Object.keys(otherState).length > 0 ? { otherState } : {}),
  };
}

function maskSealed(value: unknown): unknown {
  if (typeof value === "string") return SEALED.test(value) ? ENCRYPTED : value;
  if (Array.isArray(value)) return value.map(maskSealed);
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, maskSealed(inner)]));
  }
  return value;
}
