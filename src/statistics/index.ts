// Anonymous statistics: counters per day (in TIME_ZONE) and kind of event, by language,
// region, triage category and FAQ entry, with no link to the person, and only when the
// person allowed it (consent "statistics"). Features call countEvent (or countClosedCase
// from the counselors' side, where the person is known by the case's pseudonym only).

import type { AppServices, BaseContext } from "../bot/context.ts";
import { hasConsent } from "../consent/index.ts";
import { hasConsentFor } from "../consent/store.ts";
import * as counts from "../db/counts.ts";
import { isLocale } from "../i18n/index.ts";
import type { Pseudonym } from "../privacy/pseudonym.ts";
import { MINUTE_MS } from "../time/durations.ts";
import { calendarDay } from "../time/zone.ts";
import { bucketOf, type StatisticsEvent } from "./events.ts";

export type { EventKind, StatisticsEvent } from "./events.ts";

/** Counts one event for the person behind ctx, if they allowed statistics. Returns whether it counted. */
export async function countEvent(ctx: BaseContext, event: StatisticsEvent): Promise<boolean> {
  if (!(await hasConsent(ctx, "statistics"))) return false;
  const locale = await ctx.i18n.getLocale();
  await counts.addEvent(ctx.app.db, {
    day: calendarDay(ctx.app.now(), ctx.app.config.TIME_ZONE),
    kind: event.kind,
    locale: isLocale(locale) ? locale : "",
    region: event.region ?? "",
    category: event.category ?? "",
    entry: event.entry ?? "",
    detail: event.detail ?? "",
  });
  return true;
}

/** What a case that just closed tells the statistics: codes and its own times, nothing else. */
export interface ClosedCaseFacts {
  locale: string;
  category: string;
  region: string;
  outcome: string;
  openedAt: Date;
  claimedAt: Date | null;
  firstReplyAt: Date | null;
  closedAt: Date;
}

/**
 * Counts a closed case and its timings (on the day it closed) if its person allowed statistics.
 * The times are reduced to buckets here; the case's own row is the only place they ever existed.
 */
export async function countClosedCase(
  app: AppServices,
  pseudonym: string | undefined,
  facts: ClosedCaseFacts,
): Promise<boolean> {
  if (!pseudonym || !(await hasConsentFor(app.db, pseudonym as Pseudonym, "statistics"))) return false;
  const day = calendarDay(facts.closedAt.getTime(), app.config.TIME_ZONE);
  await counts.addEvent(app.db, {
    day,
    kind: "case.closed",
    locale: facts.locale,
    region: facts.region,
    category: facts.category,
    entry: "",
    detail: facts.outcome,
  });
  const minutesSinceOpening = (at: Date) =>
    Math.max(0, (at.getTime() - facts.openedAt.getTime()) / MINUTE_MS);
  if (facts.claimedAt)
    await counts.addTiming(app.db, day, "wait", bucketOf(minutesSinceOpening(facts.claimedAt)));
  if (facts.firstReplyAt) {
    await counts.addTiming(app.db, day, "first-reply", bucketOf(minutesSinceOpening(facts.firstReplyAt)));
  }
  await counts.addTiming(app.db, day, "duration", bucketOf(minutesSinceOpening(facts.closedAt)));
  return true;
}
