// The anonymous daily counts of src/statistics (daily_event, daily_timing). A counter is one
// upsert with increment: Prisma sends it as a single INSERT … ON CONFLICT DO UPDATE, so that
// two instances counting at once both count.
import type { Database } from "./connect.ts";

/** One cell of daily_event: every dimension present, "" when unknown; `day` is YYYY-MM-DD. */
export interface EventCell {
  day: string;
  kind: string;
  locale: string;
  region: string;
  category: string;
  entry: string;
  detail: string;
}

export interface CountedEvent extends EventCell {
  count: number;
}

export interface CountedTiming {
  day: string;
  measure: string;
  fromMinutes: number;
  count: number;
}

function asDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function asDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export async function addEvent(db: Database, cell: EventCell): Promise<void> {
  const key = { ...cell, day: asDate(cell.day) };
  await db.prisma.dailyEvent.upsert({
    where: { day_kind_locale_region_category_entry_detail: key },
    create: { ...key, count: 1 },
    update: { count: { increment: 1 } },
  });
}

export async function addTiming(db: Database, day: string, measure: string, fromMinutes: number) {
  const key = { day: asDate(day), measure, fromMinutes };
  await db.prisma.dailyTiming.upsert({
    where: { day_measure_fromMinutes: key },
    create: { ...key, count: 1 },
    update: { count: { increment: 1 } },
  });
}

/** Every counted event from `from` to `to`, both days included. */
export async function eventsBetween(db: Database, from: string, to: string): Promise<CountedEvent[]> {
  const rows = await db.prisma.dailyEvent.findMany({
    where: { day: { gte: asDate(from), lte: asDate(to) } },
    orderBy: [{ day: "asc" }, { kind: "asc" }],
  });
  return rows.map((row) => ({ ...row, day: asDay(row.day) }));
}

export async function timingsBetween(db: Database, from: string, to: string): Promise<CountedTiming[]> {
  const rows = await db.prisma.dailyTiming.findMany({
    where: { day: { gte: asDate(from), lte: asDate(to) } },
    orderBy: [{ day: "asc" }, { measure: "asc" }, { fromMinutes: "asc" }],
  });
  return rows.map((row) => ({ ...row, day: asDay(row.day) }));
}
