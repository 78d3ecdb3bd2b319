// Periodic work, run by src/retention's purge: the bot's return to the counselors' group, missed
// while no instance ran, is found (reach.ts); cases that fell silent close themselves with a notice
// to both sides (a 🔴 one asks its holder to check in first, and closes only much later; one its holder never
// answered goes back to the queue instead); the group hears when a shift starts and ends (shifts.ts); kept histories end with
// their period; old anonymous records go.

import * as audit from "../db/audit.ts";
import type { Case } from "../db/cases.ts";
import * as closedCases from "../db/closed-cases.ts";
import * as counselors from "../db/counselors.ts";
import * as moderation from "../db/moderation.ts";
import * as ratings from "../db/ratings.ts";
import { untilDate } from "../i18n/dates.ts";
import type { Logger } from "../logger.ts";
import type { PurgeContext, PurgeJobs } from "../retention/index.ts";
import { DAY_MS, MINUTE_MS } from "../time/durations.ts";
import { CRISIS_IDLE_FACTOR, silenceBeforeClosing, silentOutcome } from "./case-rules.ts";
import { type Desk, deskOf, toGroup } from "./desk.ts";
import { type Say, sayTo } from "./labels.ts";
import { close, notifyCounselor } from "./lifecycle.ts";
import { checkDeskReturn } from "./reach.ts";
import { shiftNotices } from "./shifts.ts";
import { deleteTopic, postInTopic, refreshHead } from "./topic.ts";
import { requeueUnansweredCrises } from "./unanswered-crisis.ts";

/** Anonymous closed cases, the audit log and ratings are kept this long for supervision. */
export const RECORDS_DAYS = 180;

/** 🔴 cases their holder has not answered for CASE_IDLE_MINUTES go back to the queue (unanswered-crisis.ts). */
export async function requeueUnanswered(purge: PurgeContext): Promise<number> {
  const desk = purge.api ? deskOf(purge.app, purge.api) : undefined;
  if (!desk) return 0;
  return requeueUnansweredCrises(desk, purge.app.config.CASE_IDLE_MINUTES * MINUTE_MS, purge.app.logger);
}

/** Active cases silent for CASE_IDLE_MINUTES, and queued ones untouched for CASE_QUEUE_DAYS. */
export async function closeIdleCases(purge: PurgeContext): Promise<number> {
  // Telling both sides needs Telegram: without it (a purge run from cron) the bot's own timer does this.
  const desk = purge.api ? deskOf(purge.app, purge.api) : undefined;
  if (!desk) return 0;
  const { config } = purge.app;
  const now = purge.now.getTime();
  const idle = await closedCases.silentSince(
    purge.app.db,
    new Date(now - config.CASE_IDLE_MINUTES * MINUTE_MS),
    new Date(now - config.CASE_QUEUE_DAYS * DAY_MS),
  );
  const idleMs = config.CASE_IDLE_MINUTES * MINUTE_MS;
  let closed = 0;
  for (const item of idle) {
    // A 🔴 case's silence can be the worst sign: its holder and the topic are asked to check in first.
    const closesAfter = silenceBeforeClosing(item, idleMs);
    if (now - item.lastActivityAt.getTime() < closesAfter) {
      await askToCheckIn(desk, item, config.CASE_IDLE_MINUTES, purge.app.logger);
      continue;
    }
    const outcome = silentOutcome(item);
    const notice = await closedBySilence(desk, item, closesAfter / MINUTE_MS, config.CASE_QUEUE_DAYS);
    // Warmly, with a button to come back: silence is not a reason to be turned away.
    if (!(await close(desk, item, outcome, { holderNotice: notice, comeBack: true }, purge.app.logger)))
      continue;
    closed++;
    // A queued case has no holder, and its topic goes with it: the general topic says why it closed.
    if (outcome === "expired")
      await toGroup(desk, (groupId) => desk.api.sendMessage(groupId, notice(desk.group))).catch(() => {});
  }
  return closed;
}

/**
 * What the desk reads when the bot closes a silent case: who closed it (the bot), why (minutes with no message
 * in the talk, or days in the queue untaken) and what the person was told (112 and 114, a button to talk again,
 * or no button while they are blocked: close() gives it only then).
 */
async function closedBySilence(desk: Desk, item: Case, minutes: number, days: number) {
  const blocked = item.pseudonym
    ? await moderation.blockedUntil(desk.app.db, item.pseudonym, new Date(desk.app.now()))
    : undefined;
  const date = blocked ? untilDate(desk.locale, blocked, desk.app.config.TIME_ZONE) : "";
  const key = item.status === "active" ? "counselors-notice-idle" : "counselors-notice-expired";
  return (say: Say) => say(blocked ? `${key}-blocked` : key, { ref: item.ref, minutes, days, date });
}

/** Once per silence: the holder (privately) and the topic are asked to check on a silent crisis case. */
async function askToCheckIn(desk: Desk, item: Case, minutes: number, log: Logger): Promise<void> {
  const db = desk.app.db;
  const asked = await audit.lastAt(db, item.ref, "crisis-silent");
  if (asked && asked >= item.lastActivityAt) return;
  await audit.record(db, { at: new Date(desk.app.now()), caseRef: item.ref, action: "crisis-silent" });
  const variables = { ref: item.ref, minutes, closesIn: (CRISIS_IDLE_FACTOR - 1) * minutes };
  await postInTopic(desk, item, desk.group("counselors-crisis-silent", variables));
  const holder = item.counselorId === null ? undefined : await counselors.byId(db, item.counselorId);
  if (holder && !item.inTopic)
    await notifyCounselor(desk, holder, sayTo(desk, holder)("counselors-crisis-silent", variables), log);
  await refreshHead(desk, item.id);
}

/** Closed cases kept under consent "history" whose period is over: the topic goes, the pseudonym is cleared. */
export async function endExpiredHistories(purge: PurgeContext): Promise<number> {
  const desk = purge.api ? deskOf(purge.app, purge.api) : undefined;
  const expired = await closedCases.historiesEndedBy(purge.app.db, purge.now);
  let ended = 0;
  for (const item of expired) {
    if (item.threadId) {
      // The topic can only be deleted with Telegram at hand: left for the bot's own run.
      if (!desk) continue;
      await deleteTopic(desk, item.threadId).catch(() => {});
    }
    await closedCases.forgetClosed(purge.app.db, item.id);
    ended++;
  }
  return ended;
}

/** Anonymous closed cases, audit entries and ratings older than RECORDS_DAYS. */
export async function deleteOldRecords(purge: PurgeContext): Promise<number> {
  const db = purge.app.db;
  const before = new Date(purge.now.getTime() - RECORDS_DAYS * DAY_MS);
  const deleted = await Promise.all([
    closedCases.deleteClosedBefore(db, before),
    audit.deleteBefore(db, before),
    ratings.deleteBefore(db, before),
  ]);
  return deleted.reduce((sum, count) => sum + count, 0);
}

/** Ratings' comments past their period (HISTORY_DAYS): free text goes sooner than the counts. */
export function forgetOldComments(purge: PurgeContext): Promise<number> {
  return ratings.forgetExpiredComments(purge.app.db, purge.now);
}

/** The desk's part of every purge run (listed in src/bot/jobs.ts). */
export const counselorJobs: PurgeJobs = {
  // First: the topics of cases kept during an outage open before the digest lists them.
  "counselors.desk-return": checkDeskReturn,
  // Before the idle cases: a 🔴 case nobody answered is never closed as quiet.
  "counselors.unanswered-crises": requeueUnanswered,
  "counselors.idle-cases": closeIdleCases,
  // After the idle cases closed: the digest and the handover list what is really open.
  "counselors.shift-notices": shiftNotices,
  "counselors.histories": endExpiredHistories,
  "counselors.old-records": deleteOldRecords,
  "counselors.rating-comments": forgetOldComments,
};
