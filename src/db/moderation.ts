// What supervisors and counselors set to protect the desk: blocks on a person (by pseudonym,
// with the counselor's reason) and the "no capacity" pause of the whole desk.
//
// raw: the two reads made for every person asking for a counselor and every waiting message
// (`blockedUntil`, `currentPause`) go through the driver (figures at the top of cases.ts).
//
// A person's own block is read with their session, in the one query at the start of their update
// (sessions.ts, `BLOCK_ROW`): whether to offer "Talk to a person" is asked on most replies (src/bot/talk.ts),
// and a statement of its own there took `mixed` from 1.3 to 1.9 statements per update.
import { type Database, driverOf } from "./connect.ts";

/** The preload's part (sessions.ts): the block rows of the people in `pseudonyms` (a text[] parameter), its end in ms. */
export const BLOCK_ROW = (pseudonyms: string) =>
  `SELECT pseudonym, 'block:', to_jsonb(extract(epoch FROM expires_at) * 1000), 'Infinity'::float8 FROM case_block WHERE pseudonym = ANY(${pseudonyms})`;
export const BLOCK_KEY = "block:";

/** The block ends (ms; null: none) of the people whose update is in progress, per database. */
const heldBlocks = new WeakMap<Database, Map<string, number | null>>();

/** Answers `blockedUntil` for this person from `endsAt` (null: not blocked) until the returned function is called. */
export function holdBlockRow(db: Database, pseudonym: string, endsAt: number | null): () => void {
  const people = heldBlocks.get(db) ?? new Map<string, number | null>();
  heldBlocks.set(db, people);
  people.set(pseudonym, endsAt);
  return () => {
    if (people.get(pseudonym) === endsAt) people.delete(pseudonym);
  };
}

export async function block(
  db: Database,
  input: { pseudonym: string; reason: string; by: number; now: Date; until: Date },
): Promise<void> {
  const fields = { reason: input.reason, blockedBy: input.by, blockedAt: input.now, expiresAt: input.until };
  await db.prisma.caseBlock.upsert({
    where: { pseudonym: input.pseudonym },
    create: { pseudonym: input.pseudonym, ...fields },
    update: fields,
    select: { pseudonym: true },
  });
  if (heldBlocks.get(db)?.has(input.pseudonym))
    heldBlocks.get(db)?.set(input.pseudonym, input.until.getTime());
}

/** Until when a person may not open cases; undefined when they may. */
export async function blockedUntil(db: Database, pseudonym: string, now: Date): Promise<Date | undefined> {
  const held = heldBlocks.get(db)?.get(pseudonym);
  if (held !== undefined) return held !== null && held > now.getTime() ? new Date(held) : undefined;
  const [row] = await driverOf(db).query<{ expiresAt: Date }>(
    `SELECT expires_at AS "expiresAt" FROM case_block WHERE pseudonym = $1 AND expires_at > $2`,
    [pseudonym, now],
  );
  return row?.expiresAt;
}

export interface Pause {
  reason: string;
  since: Date;
  by: string;
}

/** The pause is one row: while it exists, new cases are told counselors are unavailable. */
const PAUSE_ID = 1;

export async function pause(db: Database, input: Pause): Promise<void> {
  await db.prisma.counselorPause.upsert({
    where: { id: PAUSE_ID },
    create: { id: PAUSE_ID, ...input },
    update: input,
    select: { id: true },
  });
}

/** Ends the pause; false when there was none. */
export async function resume(db: Database): Promise<boolean> {
  const { count } = await db.prisma.counselorPause.deleteMany({});
  return count > 0;
}

export async function currentPause(db: Database): Promise<Pause | undefined> {
  const [row] = await driverOf(db).query<Pause>(
    `SELECT reason, since, by FROM counselor_pause WHERE id = $1`,
    [PAUSE_ID],
  );
  return row;
}
