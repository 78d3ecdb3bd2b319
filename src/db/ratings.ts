// Ratings of closed conversations: anonymous, with no link to the person or the case once
// stored. The case row only says whether its one rating may still be given.
// raw: a rating ends every conversation with a counselor: its turn and its row go through the
// driver (the client's CPU per statement: cases.ts).
import { type Database, driverOf } from "./connect.ts";
import { orNotFound } from "./errors.ts";

/** The one rating a closed case may get; false when it was given (or skipped) already. */
export async function takeTurn(db: Database, caseId: number): Promise<boolean> {
  const rows = await driverOf(db).query(
    `UPDATE counsel_case SET rating_open = false WHERE id = $1 AND status = 'closed' AND rating_open RETURNING id`,
    [caseId],
  );
  return rows.length > 0;
}

/** Stores a rating for a day (YYYY-MM-DD); returns its id for an optional comment. */
export async function add(db: Database, day: string, rating: number): Promise<number> {
  const [row] = await driverOf(db).query<{ id: number }>(
    `INSERT INTO case_rating (day, rating) VALUES ($1::date, $2) RETURNING id`,
    [day, rating],
  );
  return row!.id;
}

/** The comment after a rating: once, kept until `expiresAt`. */
export async function addComment(
  db: Database,
  ratingId: number,
  comment: string,
  expiresAt: Date,
): Promise<void> {
  await db.prisma.caseRating
    .update({
      where: { id: ratingId, comment: null },
      data: { comment, commentExpiresAt: expiresAt },
      select: { id: true },
    })
    .catch(orNotFound);
}

/** Comments whose time has come are erased; the rating itself stays (RECORDS_DAYS). */
export async function forgetExpiredComments(db: Database, now: Date): Promise<number> {
  const { count } = await db.prisma.caseRating.updateMany({
    where: { commentExpiresAt: { lte: now } },
    data: { comment: null, commentExpiresAt: null },
  });
  return count;
}

export async function summarySince(
  db: Database,
  since: Date,
): Promise<{ count: number; average: number | null }> {
  const { _count, _avg } = await db.prisma.caseRating.aggregate({
    where: { day: { gte: startOfDay(since) } },
    _count: { _all: true },
    _avg: { rating: true },
  });
  return { count: _count._all, average: _avg.rating };
}

export async function deleteBefore(db: Database, before: Date): Promise<number> {
  const { count } = await db.prisma.caseRating.deleteMany({ where: { day: { lt: startOfDay(before) } } });
  return count;
}

/** `day` is a date column: the old statements compared with `$1::date`, the UTC day of the instant. */
function startOfDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}
