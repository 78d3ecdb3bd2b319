// A person's open case, read with their session in the one query at the start of their update (sessions.ts).
// /start and every free-text message ask whether there is one (cases.openCaseOf), and nearly always there is none:
// a statement of its own was 0.4 statements per `mixed` update. When there is one, the relay, /end and the consent
// questions read it too (by the session's case id or by pseudonym): the preload brings the whole row, so that the
// update's first read of it needs no statement of its own (61 case reads over 42 people of `mixed` before).
import { type CounselCase, Prisma } from "../generated/prisma/client.ts";
import { type Database, driverOf } from "./connect.ts";

/** The timestamp columns: JSON carries them as text, read back as dates. */
const DATES = [
  "openedAt",
  "claimedAt",
  "lastActivityAt",
  "closedAt",
  "historyUntil",
] as const satisfies readonly (keyof CounselCase)[];

const COLUMN_PAIRS = Object.values(Prisma.CounselCaseScalarFieldEnum)
  .map((field) => `'${field}', ${field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)}`)
  .join(", ");

/** The preload's part: the open case of the people in `pseudonyms` (a text[] parameter), its whole row. */
export const OPEN_CASE_ROW = (pseudonyms: string) =>
  `SELECT pseudonym, 'open-case:', jsonb_build_object(${COLUMN_PAIRS}), 'Infinity'::float8 FROM counsel_case WHERE pseudonym = ANY(${pseudonyms}) AND status <> 'closed'`;
export const OPEN_CASE_KEY = "open-case:";

/** The preload's JSON of a case as the driver reads the row. */
function rowOf(json: Record<string, unknown>): CounselCase {
  const row = { ...json };
  for (const field of DATES) if (typeof row[field] === "string") row[field] = new Date(row[field] as string);
  return row as unknown as CounselCase;
}

interface Held {
  /** Bumped by every change to counsel_case made in this process (`casesChanged`). */
  generation: number;
  /**
   * People whose update is in progress: null, no open case at its start (only a person's own update opens their
   * case, one at a time under the person lock, and `cases.open` drops them first, so an update never misses a case
   * it opened); or their open case as the preload read it, for the update's first read only, and only while no
   * change to a case was made in this process since (its state moves with the counselors: any later read, and any
   * read after a change, goes to the database, as every read did before).
   */
  people: Map<string, { row: CounselCase; generation: number } | null>;
}

const held = new WeakMap<Database, Held>();

function heldOf(db: Database): Held {
  let state = held.get(db);
  if (!state) {
    state = { generation: 0, people: new Map() };
    held.set(db, state);
  }
  return state;
}

/** Answers the first read of this person's open case from `row` (the preload's JSON; undefined: none) until released. */
export function holdOpenCase(
  db: Database,
  pseudonym: string,
  row: Record<string, unknown> | undefined,
): () => void {
  const state = heldOf(db);
  const entry = row ? { row: rowOf(row), generation: state.generation } : null;
  state.people.set(pseudonym, entry);
  return () => {
    if (state.people.get(pseudonym) === entry) state.people.delete(pseudonym);
  };
}

/**
 * The open case the preload read for this person (or with this id), once: null when they had none at the start of
 * their update; undefined when the database must say (not preloaded, read once already, or changed since).
 */
export function heldCase(
  db: Database,
  match: { pseudonym: string } | { id: number },
): CounselCase | null | undefined {
  const state = held.get(db);
  if (!state) return undefined;
  if ("pseudonym" in match) {
    const entry = state.people.get(match.pseudonym);
    if (entry === undefined || entry === null) return entry;
    state.people.delete(match.pseudonym);
    return entry.generation === state.generation ? entry.row : undefined;
  }
  for (const [pseudonym, entry] of state.people) {
    if (entry?.row.id !== match.id) continue;
    state.people.delete(pseudonym);
    return entry.generation === state.generation ? entry.row : undefined;
  }
  return undefined;
}

/** A case is being opened for this person: from now on it is read. */
export function mayHaveOpenCase(db: Database, pseudonym: string): void {
  held.get(db)?.people.delete(pseudonym);
}

/** A statement is about to change counsel_case: the open cases the preloads read are read again when asked. */
export function casesChanged(db: Database): void {
  const state = held.get(db);
  if (state) state.generation++;
}

/** The driver, for a statement that changes counsel_case (`casesChanged` first). */
export function changing(db: Database) {
  casesChanged(db);
  return driverOf(db);
}
