// One call from stored counts to published outputs, for the report CLI, /stats and tests.
import type { Locale } from "../config/index.ts";
import type { Database } from "../db/connect.ts";
import * as counts from "../db/counts.ts";
import { type LabelSource, labelsFor } from "./labels.ts";
import { renderReportCsv, renderReportHtml } from "./report.ts";
import { buildTables, type StatisticsTables } from "./tables.ts";

export interface Period {
  from: string;
  to: string;
}

export async function tablesFor(
  db: Database,
  period: Period,
  minCount: number,
  regionOrder: readonly string[] = [],
): Promise<StatisticsTables> {
  const events = await counts.eventsBetween(db, period.from, period.to);
  const timings = await counts.timingsBetween(db, period.from, period.to);
  return buildTables(events, timings, { ...period, minCount, regionOrder });
}

export async function buildReport(
  db: Database,
  options: Period & { minCount: number; locale: Locale; today: string; texts: LabelSource },
): Promise<{ tables: StatisticsTables; html: string; csv: string }> {
  const labels = labelsFor(options.texts, options.locale);
  const tables = await tablesFor(db, options, options.minCount, labels.regionOrder);
  return { tables, html: renderReportHtml(tables, labels, options.today), csv: renderReportCsv(tables) };
}
