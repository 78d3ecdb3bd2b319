// The group's notices about a shift (COUNSELOR_HOURS): at its start a digest of who waits,
// riskiest then oldest first, and how many messages were left while the desk was closed (the people
// waiting are told it started too: shift-start.ts); at
// its end a handover of the open cases (who holds what, who waits). Sent by the periodic
// purge run (src/bot/jobs.ts), so they come at most one run interval late; a row per notice
// (src/db/shifts.ts) makes each go out once, whatever the number of instances or runs.

import * as caseQueue from "../db/case-queue.ts";
import * as cases from "../db/cases.ts";
import * as shifts from "../db/shifts.ts";
import { errorLog } from "../logger.ts";
import type { PurgeContext } from "../retention/index.ts";
import { DAY_MS, HOUR_MS, MINUTE_MS } from "../time/durations.ts";
import { type Shift, shiftsBetween } from "../time/shifts.ts";
import { localTime } from "../time/zone.ts";
import { type Desk, deskOf, toGroup } from "./desk.ts";
import { tellWaitingShiftStarted } from "./shift-start.ts";
import { caseLines } from "./staff.ts";

/** A notice later than this after its moment (the bot was down) would mislead: it is skipped. */
export const NOTICE_GRACE_MS = 2 * HOUR_MS;
/** The notices' rows are kept this long, then deleted. */
const NOTICE_DAYS = 30;
/** The digest and the handover list at most this many cases each (the rest are counted). */
const LISTED = 15;
/** How far back the previous shift's end is looked for (a long weekend, holidays). */
const LOOKBACK_MS = 14 * DAY_MS;

/** "18:00" in the configured time zone. */
function clock(desk: Desk, at: number): string {
  const minutes = localTime(at, desk.app.config.TIME_ZONE).minutes;
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

function listed(desk: Desk, lines: string[]): string[] {
  if (lines.length <= LISTED) return lines;
  return [...lines.slice(0, LISTED), desk.staff("counselors-shift-more", { count: lines.length - LISTED })];
}

/** At a shift's start: the queue, riskiest then oldest first, and what was left while closed. */
export async function digestText(desk: Desk, shift: Shift): Promise<string> {
  const db = desk.app.db;
  const queued = await caseQueue.inOrder(db);
  const before = shiftsBetween(desk.schedule, shift.start - LOOKBACK_MS, shift.start - 1);
  const closedSince = before.at(-1)?.end ?? shift.start - LOOKBACK_MS;
  const left = await shifts.leftWaiting(db, new Date(closedSince), new Date(shift.start));
  const lines = [
    desk.staff("counselors-shift-digest", {
      start: clock(desk, shift.start),
      end: clock(desk, shift.end),
      count: queued.length,
    }),
    ...listed(desk, await caseLines(desk, queued)),
    desk.staff("counselors-shift-left", { messages: left.messages, cases: left.cases }),
  ];
  return lines.join("\n");
}

/** At a shift's end: who holds what, and who still waits. */
export async function handoverText(desk: Desk, shift: Shift): Promise<string> {
  const db = desk.app.db;
  const [active, queued] = await Promise.all([cases.active(db), caseQueue.inOrder(db)]);
  const lines = [
    desk.staff("counselors-shift-handover", { end: clock(desk, shift.end) }),
    desk.staff("counselors-active-title", { count: active.length }),
    ...listed(desk, await caseLines(desk, active)),
    desk.staff("counselors-queue-title", { count: queued.length }),
    ...listed(desk, await caseLines(desk, queued)),
  ];
  if (active.length + queued.length === 0) lines.push(desk.staff("counselors-shift-nothing-open"));
  return lines.join("\n");
}

/** Claims a notice and sends it; false when another run or instance had it already. */
async function sendOnce(desk: Desk, kind: shifts.ShiftNoticeKind, at: number, text: () => Promise<string>) {
  if (!(await shifts.claimNotice(desk.app.db, kind, new Date(at), new Date(desk.app.now())))) return false;
  // Claimed first, then sent: at most once (a send that fails is logged, not repeated).
  const body = await text();
  await toGroup(desk, (groupId) => desk.api.sendMessage(groupId, body)).catch((error) =>
    desk.app.logger.warn({ kind, err: errorLog(error) }, "could not send the shift notice"),
  );
  return true;
}

/**
 * The purge's job: a digest once a shift has begun (and is not over), a handover once its end
 * is within the next run's interval (so it comes before the end), each only within
 * NOTICE_GRACE_MS of its moment. Returns how many notices were sent.
 */
export async function shiftNotices(purge: PurgeContext): Promise<number> {
  const desk = purge.api ? deskOf(purge.app, purge.api) : undefined;
  if (!desk) return 0;
  const now = purge.now.getTime();
  const lead = purge.app.config.PURGE_INTERVAL_MINUTES * MINUTE_MS;
  let sent = 0;
  for (const shift of shiftsBetween(desk.schedule, now - NOTICE_GRACE_MS, now + lead)) {
    const begun = shift.start <= now && now < Math.min(shift.end, shift.start + NOTICE_GRACE_MS);
    if (begun && (await sendOnce(desk, "digest", shift.start, () => digestText(desk, shift)))) {
      sent++;
      await tellWaitingShiftStarted(desk);
    }
    const ending = shift.end - lead <= now && now < shift.end + NOTICE_GRACE_MS;
    if (ending && (await sendOnce(desk, "handover", shift.end, () => handoverText(desk, shift)))) sent++;
  }
  await shifts.deleteNoticesBefore(desk.app.db, new Date(now - NOTICE_DAYS * DAY_MS));
  return sent;
}
