// Storage limitation: deletes what has outlived its purpose. Runs in the bot on a timer and
// from cron (`npm run purge`). Every step is a DELETE … WHERE <expired>, so running it twice,
// or from several instances at once, deletes nothing twice; on PostgreSQL an advisory lock
// additionally lets one instance at a time run the jobs (some of them notify people).
import type { Api } from "grammy";
import type { AppServices } from "../bot/context.ts";
import type { RawSql } from "../db/connect.ts";

export interface PurgeContext {
  app: AppServices;
  now: Date;
  /** Telegram, when the purge runs inside the bot; absent in `npm run purge` without BOT_TOKEN. */
  api?: Api;
}

/** A job deletes what it owns that has expired and returns how many things it deleted. */
export type PurgeJob = (purge: PurgeContext) => Promise<number>;

export interface PurgeReport {
  /** Another instance held the purge lock; nothing was done here. */
  skipped: boolean;
  /** Deleted items per step, e.g. { "stored_state": 3, "consent": 1, "counselors.idle-cases": 0 }. */
  counts: Record<string, number>;
}

const jobs = new Map<string, PurgeJob>();
// An arbitrary constant, distinct from Prisma's migration lock.
export const PURGE_LOCK = 72707370;
/** A consent younger than this is kept even with nothing beside it: its session may not be written yet. */
const CONSENT_GRACE_MS = 24 * 60 * 60 * 1000;

/** Adds a job to every purge run (e.g. closing idle cases, deleting histories past their period). */
export function registerPurge(name: string, job: PurgeJob): void {
  if (jobs.has(name)) throw new Error(`purge job ${name} is registered twice`);
  jobs.set(name, job);
}

export async function purgeOnce(app: AppServices, now = app.now(), api?: Api): Promise<PurgeReport> {
  const at = new Date(now);
  if (app.db.kind === "pglite") {
    // An embedded database belongs to one process: there is no other instance to wait for.
    return { skipped: false, counts: await runSteps({ app, now: at, api }) };
  }
  // The lock is held by this transaction's connection while the steps run on others;
  // it is released at commit, or when the connection dies with this process.
  return app.db.sql.transaction(async (tx) => {
    const [row] = await tx.query<{ locked: boolean }>("SELECT pg_try_advisory_xact_lock($1) AS locked", [
      PURGE_LOCK,
    ]);
    if (!row?.locked) return { skipped: true, counts: {} };
    return { skipped: false, counts: await runSteps({ app, now: at, api }) };
  });
}

async function runSteps(purge: PurgeContext): Promise<Record<string, number>> {
  const { sql } = purge.app.db;
  const counts: Record<string, number> = {};
  // Sessions, conversation state and any table whose rows carry their own expiry.
  for (const table of await tablesWithColumn(sql, "expires_at")) {
    counts[table] = await deleteCount(sql, `DELETE FROM "${table}" WHERE expires_at <= $1`, [purge.now]);
  }
  for (const [name, job] of jobs) {
    try {
      counts[name] = await job(purge);
    } catch (error) {
      // One failing job must not keep the others from deleting what they own.
      const cause = error instanceof Error ? error : new Error(String(error));
      purge.app.logger.error(
        { job: name, err: { name: cause.name, message: cause.message } },
        "purge job failed",
      );
      counts[name] = 0;
    }
  }
  counts.consent = await purgeOrphanConsents(sql, purge.now);
  return counts;
}

/**
 * A consent governs data about a person. When nothing about them is left (no session, no
 * conversation, no row in any table with their pseudonym: no open case, no history), the
 * record has nothing to govern, and keeping it would itself be data about them. It goes,
 * and a person who returns after that is asked again, like anyone new.
 */
async function purgeOrphanConsents(sql: RawSql, now: Date): Promise<number> {
  const others = (await tablesWithColumn(sql, "pseudonym")).filter((table) => table !== "consent");
  const conditions = [
    `c.granted_at < $1`,
    `NOT EXISTS (SELECT 1 FROM stored_state s WHERE s.key LIKE '%:' || c.pseudonym)`,
    ...others.map((table) => `NOT EXISTS (SELECT 1 FROM "${table}" x WHERE x.pseudonym = c.pseudonym)`),
  ];
  return deleteCount(sql, `DELETE FROM consent c WHERE ${conditions.join(" AND ")}`, [
    new Date(now.getTime() - CONSENT_GRACE_MS),
  ]);
}

/** Tables of the current schema that have a column of this name (found anew each run: features add tables). */
export async function tablesWithColumn(sql: Pick<RawSql, "query">, column: string): Promise<string[]> {
  const rows = await sql.query<{ table_name: string }>(
    `SELECT c.table_name FROM information_schema.columns c
     JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
     WHERE c.table_schema = current_schema() AND c.column_name = $1 AND t.table_type = 'BASE TABLE'
     ORDER BY c.table_name`,
    [column],
  );
  return rows.map((row) => row.table_name);
}

async function deleteCount(sql: RawSql, statement: string, params: unknown[]): Promise<number> {
  const rows = await sql.query<{ n: number }>(
    `WITH deleted AS (${statement} RETURNING 1) SELECT count(*)::int AS n FROM deleted`,
    params,
  );
  return rows[0]?.n ?? 0;
}

/** Runs purgeOnce every `intervalMs` (and once soon after start); returns a function that stops it. */
export function startPurgeTimer(app: AppServices, intervalMs: number, api?: Api): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const report = await purgeOnce(app, app.now(), api);
      const deleted = Object.values(report.counts).reduce((sum, count) => sum + count, 0);
      if (report.skipped) app.logger.debug("purge skipped: another instance holds the lock");
      else if (deleted > 0) app.logger.info({ deleted: report.counts }, "purged expired data");
    } catch (error) {
      const cause = error instanceof Error ? error : new Error(String(error));
      app.logger.error({ err: { name: cause.name, message: cause.message } }, "purge failed");
    } finally {
      running = false;
    }
  };
  const first = setTimeout(tick, Math.min(intervalMs, 10_000));
  const timer = setInterval(tick, intervalMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
