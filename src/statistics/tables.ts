// From stored day-level counts to the tables every output publishes (report, CSV, /stats),
// each protected against small numbers (suppression.ts) before anything sees it. Rows and
// columns are codes here (a week's Monday, a region code, an FAQ entry id); words come later.

import type { CountedEvent, CountedTiming } from "../db/counts.ts";
import { DAY_MS } from "../time/durations.ts";
import type { EventKind } from "./events.ts";
import { TIMING_BUCKETS, TIMING_MEASURES, type TimingMeasure } from "./events.ts";
import { type ProtectedGrid, type ProtectedList, protectGrid, protectList } from "./suppression.ts";

/**
 * A person reaching out, by the way they did. Contacts are counted in these kinds. Crisis
 * signals are not among them: they are rare, so a weekly column of them would be mostly
 * hidden and drag other cells into hiding as complements.
 */
export const CONTACT_KINDS = [
  "faq.asked",
  "faq.viewed",
  "triage.category",
  "centers.shown",
  "case.opened",
] as const satisfies readonly EventKind[];

/** Kinds that carry the person's region and concern. */
export const PLACED_KINDS = [
  "triage.category",
  "centers.shown",
  "case.opened",
] as const satisfies readonly EventKind[];

/** Kinds that carry the concern chosen in the triage. */
export const CATEGORY_KINDS = ["triage.category", "case.opened"] as const satisfies readonly EventKind[];

export const LANGUAGES = ["kk", "ru", "en"] as const;
export const RATINGS = ["1", "2", "3", "4", "5"] as const;
/** Questions that got no answer straight away: a list to choose from, a question back, or nothing. */
const UNANSWERED = new Set(["choices", "clarify", "none"]);

export interface GridTable {
  rows: string[];
  columns: string[];
  values: ProtectedGrid;
}

export interface ListTable {
  items: string[];
  values: ProtectedList;
}

export interface StatisticsTables {
  from: string;
  to: string;
  minCount: number;
  /** All events counted in the period, before protection (zero means: the period is empty). */
  isEmpty: boolean;
  weekly: GridTable;
  regions: GridTable;
  categories: GridTable;
  languages: ListTable;
  timings: Record<TimingMeasure, ListTable>;
  ratings: ListTable;
  outcomes: ListTable;
  unanswered: GridTable;
}

export interface TableOptions {
  from: string;
  to: string;
  minCount: number;
  /** Row order for regions (the directory's); codes not in it follow, then "" (not known). */
  regionOrder?: readonly string[];
}

export function buildTables(
  events: readonly CountedEvent[],
  timings: readonly CountedTiming[],
  options: TableOptions,
): StatisticsTables {
  const { from, to, minCount } = options;
  const contacts = events.filter((event) => (CONTACT_KINDS as readonly string[]).includes(event.kind));
  const placed = events.filter((event) => (PLACED_KINDS as readonly string[]).includes(event.kind));

  const weeks = weeksBetween(from, to);
  const weekly = grid(contacts, weeks, CONTACT_KINDS, (event) => mondayOf(event.day), kindOf, minCount);

  const seenRegions = unique(placed.map((event) => event.region));
  const regionRows = ordered(seenRegions, options.regionOrder ?? []);
  const regions = grid(placed, regionRows, PLACED_KINDS, (event) => event.region, kindOf, minCount);

  const concerned = placed.filter((event) => (CATEGORY_KINDS as readonly string[]).includes(event.kind));
  const categoryRows = ordered(unique(concerned.map((event) => event.category)), []);
  const categories = grid(
    concerned,
    categoryRows,
    CATEGORY_KINDS,
    (event) => event.category,
    kindOf,
    minCount,
  );

  const languageItems = [...LANGUAGES, ...(contacts.some((event) => event.locale === "") ? [""] : [])];
  const languages = list(contacts, languageItems, (event) => event.locale, minCount);

  const bucketItems = TIMING_BUCKETS.map(String);
  const timingTables = Object.fromEntries(
    TIMING_MEASURES.map((measure) => {
      const rows = timings.filter((timing) => timing.measure === measure);
      const values = bucketItems.map((bucket) =>
        rows.filter((row) => String(row.fromMinutes) === bucket).reduce((sum, row) => sum + row.count, 0),
      );
      return [measure, { items: bucketItems, values: protectList(values, minCount) }];
    }),
  ) as Record<TimingMeasure, ListTable>;

  const rated = events.filter((event) => event.kind === "case.rated");
  const ratings = list(rated, [...RATINGS], (event) => event.detail, minCount);

  const closed = events.filter((event) => event.kind === "case.closed");
  const outcomes = list(
    closed,
    unique(closed.map((event) => event.detail)).sort(),
    (event) => event.detail,
    minCount,
  );

  const asked = events.filter((event) => event.kind === "faq.asked" && UNANSWERED.has(event.detail));
  const entryTotals = new Map<string, number>();
  for (const event of asked) entryTotals.set(event.entry, (entryTotals.get(event.entry) ?? 0) + event.count);
  const entryRows = [...entryTotals.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([entry]) => entry);
  const unanswered = grid(
    asked,
    entryRows,
    LANGUAGES,
    (event) => event.entry,
    (event) => event.locale,
    minCount,
  );

  return {
    from,
    to,
    minCount,
    isEmpty: events.length === 0 && timings.length === 0,
    weekly,
    regions,
    categories,
    languages,
    timings: timingTables,
    ratings,
    outcomes,
    unanswered,
  };
}

function kindOf(event: CountedEvent): string {
  return event.kind;
}

function grid(
  events: readonly CountedEvent[],
  rows: readonly string[],
  columns: readonly string[],
  rowOf: (event: CountedEvent) => string,
  columnOf: (event: CountedEvent) => string,
  minCount: number,
): GridTable {
  const rowIndex = new Map(rows.map((row, index) => [row, index]));
  const columnIndex = new Map(columns.map((column, index) => [column, index]));
  const values = rows.map(() => columns.map(() => 0));
  for (const event of events) {
    const r = rowIndex.get(rowOf(event));
    const c = columnIndex.get(columnOf(event));
    if (r !== undefined && c !== undefined) values[r]![c]! += event.count;
  }
  return { rows: [...rows], columns: [...columns], values: protectGrid(values, minCount, columns.length) };
}

function list(
  events: readonly CountedEvent[],
  items: readonly string[],
  itemOf: (event: CountedEvent) => string,
  minCount: number,
): ListTable {
  const index = new Map(items.map((item, position) => [item, position]));
  const values = items.map(() => 0);
  for (const event of events) {
    const position = index.get(itemOf(event));
    if (position !== undefined) values[position]! += event.count;
  }
  return { items: [...items], values: protectList(values, minCount) };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Known codes in the given order, then others alphabetically, then "" (not known) last. */
function ordered(codes: readonly string[], order: readonly string[]): string[] {
  const present = new Set(codes);
  const known = order.filter((code) => present.has(code));
  const others = codes.filter((code) => code !== "" && !order.includes(code)).sort();
  return [...known, ...others, ...(present.has("") ? [""] : [])];
}

function parseDay(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

function formatDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The Monday (YYYY-MM-DD) of the week a day belongs to. */
export function mondayOf(day: string): string {
  const ms = parseDay(day);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7;
  return formatDay(ms - weekday * DAY_MS);
}

/** Every week (by its Monday) that has at least one day in the period. */
export function weeksBetween(from: string, to: string): string[] {
  const weeks: string[] = [];
  for (let ms = parseDay(mondayOf(from)); ms <= parseDay(to); ms += 7 * DAY_MS) weeks.push(formatDay(ms));
  return weeks;
}

/** The period of `days` days ending with `today`, both included. */
export function lastDays(today: string, days: number): { from: string; to: string } {
  return { from: formatDay(parseDay(today) - (days - 1) * DAY_MS), to: today };
}
