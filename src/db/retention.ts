// What the purge deletes by itself (rows past their own expires_at, consents that govern
// nothing any more) and the lock that lets one instance at a time purge. The features' own
// purge jobs (closing idle cases, …) use their repositories.
import type { Database } from "./connect.ts";

// An arbitrary constant, distinct from Prisma's migration lock (72707369).
export const PURGE_LOCK = 72707370;
/** The lock's transaction stays open while the purge runs; Prisma would end it after 5 s. */
const LONGEST_PURGE_MS = 15 * 60 * 1000;

/**
 * Runs `work` unless another instance is purging (then undefined). On PostgreSQL the lock is
 * held by a transaction's connection while `work` runs on others, released at commit or when
 * the connection dies with this process. An embedded PGlite belongs to one process: no lock.
 */
export async function runAlone<T>(db: Database, work: () => Promise<T>): Promise<T | undefined> {
  if (db.kind === "pglite") return work();
  return db.prisma.$transaction(
    async (tx) => {
      // raw: advisory locks have no Prisma API
      const [row] = await tx.$queryRaw<{ locked: boolean }[]>`
        SELECT pg_try_advisory_xact_lock(${PURGE_LOCK}::bigint) AS locked`;
      return row?.locked ? work() : undefined;
    },
    { timeout: LONGEST_PURGE_MS },
  );
}

/** Deletes every row whose expires_at has come; the count per table. */
export async function deleteExpired(db: Database, now: Date): Promise<Record<string, number>> {
  const where = { expiresAt: { lte: now } };
  return {
    case_block: (await db.prisma.caseBlock.deleteMany({ where })).count,
    case_history: (await db.prisma.caseHistory.deleteMany({ where })).count,
    case_link: (await db.prisma.caseLink.deleteMany({ where })).count,
    stored_state: (await db.prisma.storedState.deleteMany({ where })).count,
  };
}

/**
 * Deletes the consents granted before `grantedBefore` of people about whom nothing else is
 * stored: no session or conversation, no row in any table of src/db/personal-data.ts.
 */
export async function deleteOrphanConsents(db: Database, grantedBefore: Date): Promise<number> {
  // raw: "no row in any of these unrelated models" has no Prisma form; one statement sees a
  // row written meanwhile. granted_at is UTC without a time zone, as Prisma writes it.
  return db.prisma.$executeRaw`
    DELETE FROM consent c
    WHERE c.granted_at < (${grantedBefore.toISOString()}::timestamptz AT TIME ZONE 'UTC')
      AND NOT EXISTS (SELECT 1 FROM stored_state s WHERE s.key LIKE '%:' || c.pseudonym)
      AND NOT EXISTS (SELECT 1 FROM case_block x WHERE x.pseudonym = c.pseudonym)
      AND NOT EXISTS (SELECT 1 FROM case_history x WHERE x.pseudonym = c.pseudonym)
      AND NOT EXISTS (SELECT 1 FROM case_link x WHERE x.pseudonym = c.pseudonym)
      AND NOT EXISTS (SELECT 1 FROM counsel_case x WHERE x.pseudonym = c.pseudonym)
      AND NOT EXISTS (SELECT 1 FROM counselor x WHERE x.pseudonym = c.pseudonym)`;
}
