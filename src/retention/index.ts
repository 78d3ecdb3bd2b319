// Storage limitation: deletes what has outlived its purpose. Runs in the bot on a timer and
// from cron (`npm run purge`). Every step is a DELETE … WHERE <expired>, so running it twice,
// or from several instances at once, deletes nothing twice; on PostgreSQL an advisory lock
// additionally lets one instance at a time run the jobs (some of them notify people).

import type { Api } from "grammy";
import type { AppServices } from "../bot/context.ts";
import * as retention from "../db/retention.ts";
import { errorLog } from "../logger.ts";
import { DAY_MS } from "../time/durations.ts";

export interface PurgeContext {
  app: AppServices;
  now: Date;
  /** Telegram, when the purge runs inside the bot; absent in `npm run purge` without BOT_TOKEN. */
  api?: Api;
}

/** A job deletes what it owns that has expired and returns how many things it deleted. */
export type PurgeJob = (purge: PurgeContext) => Promise<number>;
/** The features' jobs by name (the name is the report's key): src/bot/jobs.ts lists them. */
export type PurgeJobs = Readonly<Record<string, PurgeJob>>;

export interface PurgeReport {
  /** Another instance held the purge lock; nothing was done here. */
  skipped: boolean;
  /** Deleted items per step, e.g. { "stored_state": 3, "consent": 1, "counselors.idle-cases": 0 }. */
  counts: Record<string, number>;
}

/**
 * A consent governs data about a person. When nothing about them is left (no session, no
 * conversation, no open case, no history), the record has nothing to govern, and keeping it
 * would itself be data about them. It goes, and a person who returns after that is asked
 * again, like anyone new; but a consent younger than this is kept: its session may not be
 * written yet.
 */
const CONSENT_GRACE_MS = DAY_MS;

/** Deletes everything expired, then runs `jobs` (e.g. closing idle cases, ending histories past their period). */
export async function purgeOnce(
  app: AppServices,
  jobs: PurgeJobs,
  now = app.now(),
  api?: Api,
): Promise<PurgeReport> {
  const at = new Date(now);
  const counts = await retention.runAlone(app.db, () => runSteps({ app, now: at, api }, jobs));
  return counts ? { skipped: false, counts } : { skipped: true, counts: {} };
}

async function runSteps(purge: PurgeContext, jobs: PurgeJobs): Promise<Record<string, number>> {
  // Sessions, conversation state and every table whose rows carry their own expiry.
  const counts = await retention.deleteExpired(purge.app.db, purge.now);
  for (const [name, job] of Object.entries(jobs)) {
    try {
      counts[name] = await job(purge);
    } catch (error) {
      // One failing job must not keep the others from deleting what they own.
      purge.app.logger.error({ job: name, err: errorLog(error) }, "purge job failed");
      counts[name] = 0;
    }
  }
  counts.consent = await retention.deleteOrphanConsents(
    purge.app.db,
    new Date(purge.now.getTime() - CONSENT_GRACE_MS),
  );
  return counts;
}

/** Runs purgeOnce every `intervalMs` (and once soon after start); returns a function that stops it. */
export function startPurgeTimer(
  app: AppServices,
  jobs: PurgeJobs,
  intervalMs: number,
  api?: Api,
): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const report = await purgeOnce(app, jobs, app.now(), api);
      const deleted = Object.values(report.counts).reduce((sum, count) => sum + count, 0);
      if (report.skipped) app.logger.debug("purge skipped: another instance holds the lock");
      else if (deleted > 0) app.logger.info({ deleted: report.counts }, "purged expired data");
    } catch (error) {
      app.logger.error({ err: errorLog(error) }, "purge failed");
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
