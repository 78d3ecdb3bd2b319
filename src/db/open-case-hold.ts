// Whether a person has an open case, read with their session in the one query at the start of their update
// (sessions.ts). /start and every free-text message ask it (cases.openCaseOf), and nearly always there is none:
// a statement of its own was 0.4 statements per `mixed` update.
import type { Database } from "./connect.ts";

/** The preload's part: the open case of the people in `pseudonyms` (a text[] parameter), its id. */
export const OPEN_CASE_ROW = (pseudonyms: string) =>
  `SELECT pseudonym, 'open-case:', to_jsonb(id), 'Infinity'::float8 FROM counsel_case WHERE pseudonym = ANY(${pseudonyms}) AND status <> 'closed'`;
export const OPEN_CASE_KEY = "open-case:";

/**
 * People whose update is in progress and who had no open case at its start, per database. Only a person's own
 * update opens their case (one at a time, under the person lock), and `cases.open` drops them from here first, so
 * an update never misses a case it opened; one that had a case reads it as before (its state moves with the
 * counselors).
 */
const heldWithout = new WeakMap<Database, Set<string>>();

/** Known to have no open case while `open` is false, until the returned function is called. */
export function holdOpenCase(db: Database, pseudonym: string, open: boolean): () => void {
  if (open) return () => {};
  const people = heldWithout.get(db) ?? new Set<string>();
  heldWithout.set(db, people);
  people.add(pseudonym);
  return () => people.delete(pseudonym);
}

export function knownWithoutOpenCase(db: Database, pseudonym: string): boolean {
  return heldWithout.get(db)?.has(pseudonym) ?? false;
}

/** A case is being opened for this person: from now on it is read. */
export function mayHaveOpenCase(db: Database, pseudonym: string): void {
  heldWithout.get(db)?.delete(pseudonym);
}
