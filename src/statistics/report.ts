// The report for the ministry and the centers: one CSV (codes, for further work) and one
// self-contained HTML page (words, charts as inline SVG, tables, print styles; no script, no
// network). Both show only protected tables: a hidden count is "—" in the page and empty,
// marked hidden, in the CSV.
import { barChartSvg } from "./charts.ts";
import { TIMING_MEASURES } from "./events.ts";
import type { Labels } from "./labels.ts";
import type { GridTable, ListTable, StatisticsTables } from "./tables.ts";

const HIDDEN = "—";

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function shown(value: number | null): string {
  return value === null ? HIDDEN : String(value);
}

function gridHtml(
  table: GridTable,
  rowHeader: string,
  rowLabel: (row: string) => string,
  columnLabel: (column: string) => string,
  labels: Labels,
): string {
  const head = [rowHeader, ...table.columns.map(columnLabel), labels.t("stats-total")];
  const body = table.rows.map((row, r) => [
    rowLabel(row),
    ...table.values.cells[r]!.map(shown),
    shown(table.values.rowTotals[r]!),
  ]);
  const foot = [labels.t("stats-total"), ...table.values.columnTotals.map(shown), shown(table.values.total)];
  return tableHtml(head, body, foot);
}

function listHtml(
  table: ListTable,
  header: string,
  itemLabel: (item: string) => string,
  labels: Labels,
): string {
  const body = table.items.map((item, index) => [itemLabel(item), shown(table.values.cells[index]!)]);
  return tableHtml([header, labels.t("stats-count")], body, [
    labels.t("stats-total"),
    shown(table.values.total),
  ]);
}

function tableHtml(head: string[], body: string[][], foot: string[]): string {
  const cells = (row: string[], tag: "td" | "th") =>
    row
      .map((cell, index) =>
        index === 0 ? `<th scope="row">${escapeHtml(cell)}</th>` : `<${tag}>${escapeHtml(cell)}</${tag}>`,
      )
      .join("");
  return `<table>
<thead><tr>${head.map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join("")}</tr></thead>
<tbody>${body.map((row) => `<tr>${cells(row, "td")}</tr>`).join("\n")}</tbody>
<tfoot><tr>${cells(foot, "td")}</tr></tfoot>
</table>`;
}

function section(id: string, title: string, content: string, note?: string): string {
  return `<section id="${id}">
<h2>${escapeHtml(title)}</h2>
${note ? `<p class="note">${escapeHtml(note)}</p>` : ""}
${content}
</section>`;
}

function figure(svg: string, caption: string): string {
  return `<figure>${svg}<figcaption>${escapeHtml(caption)}</figcaption></figure>`;
}

/** The charts of the report, also used alone by tests. */
export function reportCharts(tables: StatisticsTables, labels: Labels) {
  const empty = labels.t("stats-no-data");
  const weekly = barChartSvg({
    categories: tables.weekly.rows.map(labels.shortDay),
    series: tables.weekly.columns.map((kind, c) => ({
      name: labels.kind(kind),
      data: tables.weekly.values.cells.map((row) => row[c]!),
    })),
    stacked: true,
    emptyText: empty,
  });
  const byRow = (table: GridTable, label: (row: string) => string, name: string) =>
    barChartSvg({
      categories: table.rows.map(label),
      series: [{ name, data: table.values.rowTotals }],
      horizontal: true,
      emptyText: empty,
    });
  const regions = byRow(tables.regions, labels.region, labels.t("stats-total"));
  const categories = byRow(tables.categories, labels.category, labels.t("stats-total"));
  const timings = barChartSvg({
    categories: tables.timings.wait.items.map(labels.bucket),
    series: TIMING_MEASURES.map((measure) => ({
      name: labels.measure(measure),
      data: tables.timings[measure].values.cells,
    })),
    emptyText: empty,
  });
  const ratings = barChartSvg({
    categories: tables.ratings.items.map(labels.rating),
    series: [{ name: labels.t("stats-count"), data: tables.ratings.values.cells }],
    emptyText: empty,
    height: 260,
  });
  const unanswered = barChartSvg({
    categories: tables.unanswered.rows.slice(0, 15).map(labels.entry),
    series: tables.unanswered.columns.map((language, c) => ({
      name: labels.language(language),
      data: tables.unanswered.values.cells.slice(0, 15).map((row) => row[c]!),
    })),
    stacked: true,
    horizontal: true,
    emptyText: empty,
  });
  return { weekly, regions, categories, timings, ratings, unanswered };
}

export function renderReportHtml(tables: StatisticsTables, labels: Labels, generatedOn: string): string {
  const t = labels.t;
  const charts = reportCharts(tables, labels);
  const period = t("stats-report-period", { from: labels.day(tables.from), to: labels.day(tables.to) });
  const timingLists = TIMING_MEASURES.map(
    (measure) =>
      `<div class="column"><h3>${escapeHtml(labels.measure(measure))}</h3>${listHtml(tables.timings[measure], t("stats-column-time"), labels.bucket, labels)}</div>`,
  ).join("\n");
  /** A chart of contacts by kind over some rows (weeks, regions, categories), then its table. */
  const byKind = (
    id: "weekly" | "regions" | "categories",
    title: string,
    rowHeader: string,
    rowLabel: (row: string) => string,
  ) =>
    section(
      id,
      title,
      figure(charts[id], title) + gridHtml(tables[id], rowHeader, rowLabel, labels.kind, labels),
    );
  const sections = [
    byKind("weekly", t("stats-section-weekly"), t("stats-column-week"), labels.numericDay),
    byKind("regions", t("stats-section-regions"), t("stats-column-region"), labels.region),
    byKind("categories", t("stats-section-categories"), t("stats-column-category"), labels.category),
    section(
      "languages",
      t("stats-section-languages"),
      listHtml(tables.languages, t("stats-column-language"), labels.language, labels),
    ),
    section(
      "timings",
      t("stats-section-timings"),
      `${figure(charts.timings, t("stats-section-timings"))}<div class="columns">${timingLists}</div>`,
      t("stats-timings-explain"),
    ),
    section(
      "ratings",
      t("stats-section-ratings"),
      figure(charts.ratings, t("stats-section-ratings")) +
        `<div class="columns"><div class="column">${listHtml(tables.ratings, t("stats-column-rating"), labels.rating, labels)}</div>` +
        `<div class="column"><h3>${escapeHtml(t("stats-section-outcomes"))}</h3>${listHtml(tables.outcomes, t("stats-column-outcome"), labels.outcome, labels)}</div></div>`,
    ),
    section(
      "unanswered",
      t("stats-section-unanswered"),
      figure(charts.unanswered, t("stats-section-unanswered")) +
        gridHtml(
          tables.unanswered,
          t("stats-column-entry"),
          (id) => `${labels.entry(id)}${id ? ` (${id})` : ""}`,
          labels.language,
          labels,
        ),
      t("stats-unanswered-explain"),
    ),
  ];
  return `<!DOCTYPE html>
<html lang="${labels.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t("stats-report-title"))} · ${escapeHtml(period)}</title>
<style>
  @page { size: A4; margin: 14mm; }
  body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; color: #1a1a1a; margin: 0 auto; max-width: 900px; padding: 24px; line-height: 1.4; }
  h1 { font-size: 24px; margin: 0 0 4px; }
  h2 { font-size: 19px; border-bottom: 2px solid #0072B2; padding-bottom: 4px; margin-top: 32px; }
  h3 { font-size: 15px; margin: 12px 0 6px; }
  .period { font-size: 17px; margin: 0 0 12px; }
  .note, .about { color: #444; font-size: 13px; }
  .empty { background: #fff6e0; border: 1px solid #e6c200; padding: 10px 14px; }
  figure { margin: 8px 0 12px; }
  figure svg { max-width: 100%; height: auto; display: block; }
  figcaption { display: none; }
  table { border-collapse: collapse; font-size: 12px; margin: 8px 0; }
  th, td { border: 1px solid #ccc; padding: 3px 7px; text-align: right; }
  th[scope="row"] { text-align: left; font-weight: normal; max-width: 420px; }
  thead th { background: #eef4fa; }
  tfoot th, tfoot td { font-weight: bold; background: #f6f6f6; }
  .columns { display: flex; flex-wrap: wrap; gap: 24px; }
  @media print {
    body { padding: 0; max-width: none; }
    section { break-inside: avoid-page; }
    figure, table { break-inside: avoid; }
    h2 { break-after: avoid; }
  }
</style>
</head>
<body>
<header>
<h1>${escapeHtml(t("stats-report-title"))}</h1>
<p class="period">${escapeHtml(period)}</p>
<p class="about">${escapeHtml(t("stats-report-about", { k: tables.minCount }))}</p>
<p class="about">${escapeHtml(t("stats-report-generated", { date: labels.day(generatedOn) }))}</p>
${tables.isEmpty ? `<p class="empty">${escapeHtml(t("stats-report-empty"))}</p>` : ""}
</header>
<main>
${sections.join("\n")}
</main>
</body>
</html>
`;
}

/** One line per published number: section, row, column (codes), count (empty when hidden), hidden. */
export function renderReportCsv(tables: StatisticsTables): string {
  const lines = [["section", "row", "column", "count", "hidden"]];
  const add = (name: string, row: string, column: string, value: number | null) => {
    lines.push([name, row, column, value === null ? "" : String(value), value === null ? "yes" : "no"]);
  };
  const grid = (name: string, table: GridTable) => {
    for (const [r, row] of table.rows.entries()) {
      for (const [c, column] of table.columns.entries()) add(name, row, column, table.values.cells[r]![c]!);
      add(name, row, "total", table.values.rowTotals[r]!);
    }
    for (const [c, column] of table.columns.entries())
      add(name, "total", column, table.values.columnTotals[c]!);
    add(name, "total", "total", table.values.total);
  };
  const list = (name: string, column: string, table: ListTable) => {
    for (const [index, item] of table.items.entries()) add(name, item, column, table.values.cells[index]!);
    add(name, "total", column, table.values.total);
  };
  grid("contacts-per-week", tables.weekly);
  grid("by-region", tables.regions);
  grid("by-category", tables.categories);
  list("by-language", "contacts", tables.languages);
  for (const measure of TIMING_MEASURES) list(`timing-${measure}`, "cases", tables.timings[measure]);
  list("ratings", "cases", tables.ratings);
  list("outcomes", "cases", tables.outcomes);
  grid("unanswered-questions", tables.unanswered);
  const field = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return `${lines.map((line) => line.map(field).join(",")).join("\n")}\n`;
}
