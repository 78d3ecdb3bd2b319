// What supervisors and counselors set to protect the desk: blocks on a person (by pseudonym,
// with the counselor's reason) and the "no capacity" pause of the whole desk.
//
// raw: the two reads made for every person asking for a counselor and every waiting message
// (`blockedUntil`, `currentPause`) go through the driver (figures at the top of cases.ts).
import { type Database, driverOf } from "./connect.ts";

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
}

/** Until when a person may not open cases; undefined when they may. */
export async function blockedUntil(db: Database, pseudonym: string, now: Date): Promise<Date | undefined> {
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
