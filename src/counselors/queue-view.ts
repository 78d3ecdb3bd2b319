// What counselors see of the queue (/queue): the desk's pace the estimates come from, and for
// each case its risk, language, wait so far and the estimate its person was told, so that
// counselors and the people waiting read the same figures.

import type * as cases from "../db/cases.ts";
import * as moderation from "../db/moderation.ts";
import { HOUR_MS } from "../time/durations.ts";
import { dutyOf } from "./availability.ts";
import type { Desk } from "./desk.ts";
import { type CaseLabels, caseLabels, formatStaffTime, type Say } from "./labels.ts";
import { type DeskPace, estimateWait, PACE_WINDOW_MS, pickupMinutes, type WaitEstimate } from "./queue.ts";
import { caseLines } from "./staff.ts";
import { deskNow } from "./waiting.ts";

/** "Pick-up lately: median 12 min …", or why there is no estimate. */
export function paceLine(desk: Desk, pace: DeskPace, say: Say = desk.staff): string {
  const minutes = pickupMinutes(pace);
  const common = { count: pace.pickups.length, hours: PACE_WINDOW_MS / HOUR_MS, atWork: pace.atWork };
  if (!minutes) return say("counselors-pace-unknown", common);
  return say("counselors-pace", {
    ...common,
    median: Math.round(minutes.median),
    upper: Math.round(minutes.upper),
  });
}

function toldLabel(say: Say, estimate: WaitEstimate): string {
  if (estimate.kind === "minutes") return say("counselors-told-minutes", estimate);
  return say(estimate.kind === "long" ? "counselors-told-long" : "counselors-told-unknown");
}

/** The /queue answer, in the asking counselor's language; `speaks` marks the cases in their languages. */
export async function queueText(
  desk: Desk,
  queued: readonly cases.Case[],
  speaks: readonly string[] = [],
  labels: CaseLabels = caseLabels(desk, desk.locale),
): Promise<string> {
  const say = labels.say;
  const db = desk.app.db;
  const [pause, duty, { pace }] = await Promise.all([
    moderation.currentPause(db),
    dutyOf(desk.app),
    deskNow(desk),
  ]);
  const lines = [say("counselors-queue-title", { count: queued.length })];
  if (pause) {
    const since = formatStaffTime(pause.since, desk.app.config.TIME_ZONE);
    lines.push(say("counselors-pause-on", { reason: pause.reason, since }));
  }
  // Off duty and paused, people are told the next shift, not a wait: no estimate is shown then.
  if (duty.kind === "on") lines.push(paceLine(desk, pace, say));
  const extra = (item: cases.Case, index: number) => [
    ...(duty.kind === "on" ? [toldLabel(say, estimateWait(index + 1, pace))] : []),
    ...(speaks.includes(item.locale) ? [say("counselors-your-language")] : []),
  ];
  lines.push(...(await caseLines(desk, queued, extra, labels)));
  return lines.join("\n");
}
