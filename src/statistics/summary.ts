// /stats for supervisors: the last 7 and the last 30 days in a few lines, and one chart
// (contacts per week over the 30 days) as a PNG for Telegram. The same protected tables as
// the report, so a small count is "—" here too.
import type { Locale } from "../config/index.ts";
import type { Database } from "../db/connect.ts";
import { tablesFor } from "./build.ts";
import { barChartSvg, svgToPng } from "./charts.ts";
import { type LabelSource, labelsFor } from "./labels.ts";
import { CONTACT_KINDS, lastDays, type StatisticsTables } from "./tables.ts";

const HIDDEN = "—";

export interface SupervisorSummary {
  text: string;
  png: Buffer;
}

function shown(value: number | null | undefined): string {
  return value === null || value === undefined ? HIDDEN : String(value);
}

/** Cases taken within 15 minutes: the buckets from 0 and from 5, when both are shown. */
function takenQuickly(tables: StatisticsTables): string {
  const [under5, under15] = tables.timings.wait.values.cells;
  return under5 === null || under15 === null ? HIDDEN : String((under5 ?? 0) + (under15 ?? 0));
}

/** The average of the ratings, only when no rating count is hidden. */
function averageRating(tables: StatisticsTables): string {
  const cells = tables.ratings.values.cells;
  if (cells.some((cell) => cell === null)) return HIDDEN;
  const count = cells.reduce<number>((sum, cell) => sum + (cell ?? 0), 0);
  if (count === 0) return HIDDEN;
  const sum = cells.reduce<number>((total, cell, index) => total + (cell ?? 0) * (index + 1), 0);
  return (sum / count).toFixed(1);
}

export async function supervisorSummary(
  db: Database,
  options: { today: string; minCount: number; locale: Locale; texts: LabelSource },
): Promise<SupervisorSummary> {
  const labels = labelsFor(options.texts, options.locale);
  const week = await tablesFor(db, lastDays(options.today, 7), options.minCount, labels.regionOrder);
  const month = await tablesFor(db, lastDays(options.today, 30), options.minCount, labels.regionOrder);
  const topRegion = (tables: StatisticsTables) => {
    let best: { name: string; count: number } | undefined;
    tables.regions.rows.forEach((code, index) => {
      const count = tables.regions.values.rowTotals[index];
      if (
        code !== "" &&
        count !== null &&
        count !== undefined &&
        count > 0 &&
        (!best || count > best.count)
      ) {
        best = { name: labels.region(code), count };
      }
    });
    return best ? `${best.name} (${best.count})` : HIDDEN;
  };
  const line = (label: string, of: (tables: StatisticsTables) => string) =>
    labels.t("stats-command-line", { label, week: of(week), month: of(month) });
  const text = [
    labels.t("stats-command-title"),
    line(labels.t("stats-command-contacts"), (tables) => shown(tables.weekly.values.total)),
    ...CONTACT_KINDS.map((kind, index) =>
      line(`• ${labels.kind(kind)}`, (tables) => shown(tables.weekly.values.columnTotals[index])),
    ),
    line(labels.t("stats-command-unanswered"), (tables) => shown(tables.unanswered.values.total)),
    line(labels.t("stats-command-closed"), (tables) => shown(tables.outcomes.values.total)),
    line(labels.t("stats-command-fast"), takenQuickly),
    line(labels.t("stats-command-rating"), averageRating),
    line(labels.t("stats-command-top-region"), topRegion),
    // Whoever reads the figures must know they are not everyone: only people who allowed statistics count.
    labels.t("stats-command-consented"),
    labels.t("stats-command-hidden", { k: options.minCount }),
  ].join("\n");
  const svg = barChartSvg({
    title: labels.t("stats-command-chart"),
    categories: month.weekly.rows.map(labels.shortDay),
    series: month.weekly.columns.map((kind, c) => ({
      name: labels.kind(kind),
      data: month.weekly.values.cells.map((row) => row[c]!),
    })),
    stacked: true,
    emptyText: labels.t("stats-no-data"),
    width: 760,
    height: 420,
  });
  return { text, png: svgToPng(svg) };
}
