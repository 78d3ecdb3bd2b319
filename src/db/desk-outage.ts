// The counselors' group out of reach (src/counselors/desk-reach.ts): one row while the bot is
// removed, restricted or refused there, shared by every instance and kept across restarts.
// raw: read on the crisis path (whether a counselor may be offered) and by /readyz; the reader
// caches it for a few seconds, and the driver keeps the read that does go out cheap (figures: README.md).
import { type Database, driverOf } from "./connect.ts";

export interface DeskOutage {
  reason: string;
  since: Date;
}

/** The outage is one row: while it exists nobody is promised a counselor. */
const OUTAGE_ID = 1;

/** The outage now, if any. */
export async function current(db: Database): Promise<DeskOutage | undefined> {
  const [row] = await driverOf(db).query<DeskOutage>(`SELECT reason, since FROM desk_outage WHERE id = $1`, [
    OUTAGE_ID,
  ]);
  return row;
}

/**
 * Records the outage with its current reason: the same reason again keeps its first time; a
 * different one (a second, other outage) replaces it, from now. Returns the outage as stored.
 */
export async function begin(db: Database, outage: DeskOutage): Promise<DeskOutage> {
  const [row] = await driverOf(db).query<DeskOutage>(
    `INSERT INTO desk_outage (id, reason, since) VALUES ($1, $2, $3)
     ON CONFLICT (id) DO UPDATE SET reason = EXCLUDED.reason,
       since = CASE WHEN desk_outage.reason = EXCLUDED.reason THEN desk_outage.since ELSE EXCLUDED.since END
     RETURNING reason, since`,
    [OUTAGE_ID, outage.reason, outage.since],
  );
  return row ?? outage;
}

/** The group answers again; true when an outage was recorded. */
export async function end(db: Database): Promise<boolean> {
  const rows = await driverOf(db).query(`DELETE FROM desk_outage WHERE id = $1 RETURNING id`, [OUTAGE_ID]);
  return rows.length > 0;
}
