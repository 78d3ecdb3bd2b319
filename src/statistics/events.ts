// What may be counted, and the day it is counted on. An event carries codes only: never a
// pseudonym, never text, never a time finer than the day (in TIME_ZONE, the country's clock).

/** Every kind of event, with what its optional fields mean. */
export const EVENT_KINDS = {
  /** An FAQ answer was shown (browsed, linked, or a confident match); entry = its id. */
  "faq.viewed": "entry",
  /**
   * A question in the person's own words; detail = how src/questions routed it (answer, choices,
   * clarify, directory, support, counselor, none), entry = the entry it came closest to.
   */
  "faq.asked": "entry, detail",
  /** An FAQ answer was rated; entry = its id, detail = helpful | unhelpful. */
  "faq.rated": "entry, detail",
  /** A list of nearest centers was shown; region = where, detail = the need filtered on ("" for none). */
  "centers.shown": "region, detail",
  /** A shared location was outside Kazakhstan. */
  "centers.abroad": "",
  /** The triage conversation ended with a category (what worries the person); region when given. */
  "triage.category": "category, region",
  /** A crisis signal got the emergency numbers; detail = the crisis category. */
  crisis: "detail",
  /** A case for a counselor opened; detail = where the request came from. */
  "case.opened": "category, region, detail",
  /** A case closed; detail = the outcome. */
  "case.closed": "category, region, detail",
  /** A closed case was rated; detail = 1…5. */
  "case.rated": "detail",
} as const;

export type EventKind = keyof typeof EVENT_KINDS;

export interface StatisticsEvent {
  kind: EventKind;
  region?: string;
  category?: string;
  entry?: string;
  detail?: string;
}

/** Case timings are counted in buckets starting at these minutes, so that no exact time is kept. */
export const TIMING_BUCKETS = [0, 5, 15, 60, 240, 1440] as const;
export const TIMING_MEASURES = ["wait", "first-reply", "duration"] as const;
export type TimingMeasure = (typeof TIMING_MEASURES)[number];

export function bucketOf(minutes: number): number {
  let from: number = TIMING_BUCKETS[0];
  for (const start of TIMING_BUCKETS) if (minutes >= start) from = start;
  return from;
}
