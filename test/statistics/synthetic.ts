// A seeded quarter of synthetic statistics (deterministic): busy weeks and quiet ones, big
// regions and regions with one or two contacts, every kind of event, case timings and
// ratings, and unanswered questions in three languages. Written straight into the tables
// (already aggregated per day), as many people with consent 3 would have left them.
import type { Database } from "../../src/db/connect.ts";
import type { EventKind } from "../../src/statistics/events.ts";
import { TIMING_BUCKETS, TIMING_MEASURES } from "../../src/statistics/events.ts";

/** A small linear congruential generator: the same quarter on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const REGIONS = ["almaty-city", "astana", "shymkent", "karaganda", "aktobe", "atyrau", "mangystau", "ulytau"];
/** Busy regions first: the last two see only a contact now and then. */
const REGION_WEIGHTS = [8, 7, 5, 4, 3, 2, 0.15, 0.1];
const CATEGORIES = [
  "recruitment",
  "changed-behaviour",
  "returnee",
  "study-abroad",
  "online-materials",
  "legal",
];
const ENTRIES = [
  "warning-signs",
  "talk-to-relative",
  "devout-or-radical",
  "hijra-conflict-zone",
  "leave-a-group",
  "study-abroad",
];
const LOCALES = ["kk", "ru", "en"];
const OUTCOMES = ["consulted", "referred", "no-response", "ended", "idle"];

export interface SyntheticTotals {
  events: number;
  contacts: number;
}

export async function seedQuarter(
  db: Database,
  from = "2026-01-01",
  days = 90,
  seed = 7,
): Promise<SyntheticTotals> {
  const next = random(seed);
  const pick = <T>(items: readonly T[], weights?: readonly number[]) => {
    const w = weights ?? items.map(() => 1);
    let roll = next() * w.reduce((a, b) => a + b, 0);
    for (const [index, item] of items.entries()) {
      roll -= w[index]!;
      if (roll <= 0) return item;
    }
    return items.at(-1)!;
  };
  const cells = new Map<
    string,
    {
      day: Date;
      kind: EventKind;
      locale: string;
      region: string;
      category: string;
      entry: string;
      detail: string;
      count: number;
    }
  >();
  const add = (
    day: Date,
    kind: EventKind,
    fields: Partial<Record<"locale" | "region" | "category" | "entry" | "detail", string>>,
  ) => {
    const cell = {
      day,
      kind,
      locale: "",
      region: "",
      category: "",
      entry: "",
      detail: "",
      ...fields,
      count: 0,
    };
    const key = JSON.stringify({ ...cell, day: day.toISOString() });
    const existing = cells.get(key) ?? cell;
    existing.count += 1;
    cells.set(key, existing);
  };
  const timings = new Map<string, { day: Date; measure: string; fromMinutes: number; count: number }>();
  let contacts = 0;
  const start = Date.parse(`${from}T00:00:00Z`);
  for (let d = 0; d < days; d++) {
    const day = new Date(start + d * 86_400_000);
    // Quieter at weekends, a busy stretch in the middle of the quarter.
    const weekday = day.getUTCDay();
    const busy = d > 35 && d < 55 ? 2.2 : 1;
    const people = Math.round((weekday === 0 || weekday === 6 ? 6 : 14) * busy * (0.6 + next() * 0.8));
    for (let p = 0; p < people; p++) {
      const locale = pick(LOCALES, [4, 5, 1]);
      const region = pick(REGIONS, REGION_WEIGHTS);
      add(day, "faq.asked", {
        locale,
        entry: pick(ENTRIES),
        detail: pick(["answer", "choices", "clarify", "none"], [6, 1, 1, 1]),
      });
      add(day, "faq.viewed", { locale, entry: pick(ENTRIES) });
      contacts += 2;
      if (next() < 0.5) {
        add(day, "centers.shown", { locale, region });
        contacts += 1;
      }
      if (next() < 0.35) {
        add(day, "triage.category", { locale, region, category: pick(CATEGORIES, [5, 4, 1, 2, 2, 0.3]) });
        contacts += 1;
      }
      if (next() < 0.02) {
        add(day, "crisis", { locale, detail: "self-harm" });
      }
      if (next() < 0.2) {
        const category = pick(CATEGORIES);
        add(day, "case.opened", { locale, region, category, detail: "menu" });
        add(day, "case.closed", { locale, region, category, detail: pick(OUTCOMES, [6, 2, 1, 2, 1]) });
        add(day, "case.rated", { detail: pick(["1", "2", "3", "4", "5"], [0.3, 0.5, 2, 5, 7]) });
        contacts += 1;
        for (const measure of TIMING_MEASURES) {
          const fromMinutes = pick(
            TIMING_BUCKETS,
            measure === "duration" ? [0.5, 1, 4, 5, 1, 0.2] : [5, 4, 2, 1, 0.3, 0.1],
          );
          const key = `${day.toISOString()} ${measure} ${fromMinutes}`;
          const timing = timings.get(key) ?? { day, measure, fromMinutes, count: 0 };
          timing.count += 1;
          timings.set(key, timing);
        }
      }
    }
  }
  const rows = [...cells.values()];
  await db.prisma.dailyEvent.createMany({ data: rows });
  await db.prisma.dailyTiming.createMany({ data: [...timings.values()] });
  return { events: rows.reduce((sum, row) => sum + row.count, 0), contacts };
}
