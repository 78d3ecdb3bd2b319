// The report from stored counts to files: an empty period and a busy seeded quarter, on both
// databases; the CSV never shows a small count, and its shown totals are the true ones; the
// CLI writes both files and refuses bad input with exit code 2.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/statistics/build.ts";
import { testContent, testI18n } from "../support/content.ts";
import { DATABASE_KINDS, databaseHooks, TEST_DATABASE_URL, type TestDatabase } from "../support/databases.ts";
import { seedQuarter } from "./synthetic.ts";

const QUARTER = { from: "2026-01-01", to: "2026-03-31" };
const texts = { content: testContent(), i18n: testI18n() };
const GRIDS = ["contacts-per-week", "by-region", "by-category", "unanswered-questions"];
const SECTIONS = ["weekly", "regions", "categories", "languages", "timings", "ratings", "unanswered"];

function csvRows(csv: string) {
  const [header, ...lines] = csv.trim().split("\n");
  expect(header).toBe("section,row,column,count,hidden");
  return lines.map((line) => {
    const [section, row, column, count, hidden] = line.split(",");
    return { section, row, column, count: count === "" ? null : Number(count), hidden: hidden === "yes" };
  });
}

describe.each(DATABASE_KINDS)("the statistics report on %s", (kind) => {
  let db: TestDatabase;
  databaseHooks(kind, (opened) => {
    db = opened;
  });

  it("renders an empty period: every section, charts saying there is no data, zero totals", async () => {
    const report = await buildReport(db, {
      ...QUARTER,
      minCount: 5,
      locale: "en",
      today: "2026-04-01",
      texts,
    });
    expect(report.tables.isEmpty).toBe(true);
    expect(report.html).toContain("Nothing was counted in this period.");
    for (const id of SECTIONS) expect(report.html).toContain(`<section id="${id}">`);
    expect(report.html.match(/<svg /g)?.length).toBe(6);
    expect(report.html).toContain("No data");
    // 14 weeks from Monday 29 December 2025 to Monday 30 March 2026, and the total: all zero.
    const rows = csvRows(report.csv);
    expect(rows.filter((row) => row.section === "contacts-per-week" && row.column === "total")).toHaveLength(
      15,
    );
    expect(rows.every((row) => row.count === 0 && !row.hidden)).toBe(true);
  });

  it("renders a busy quarter in Russian: words, numbers, and no small count anywhere", async () => {
    const truth = await seedQuarter(db);
    const report = await buildReport(db, {
      ...QUARTER,
      minCount: 5,
      locale: "ru",
      today: "2026-04-01",
      texts,
    });
    expect(report.tables.isEmpty).toBe(false);
    const rows = csvRows(report.csv);
    expect(
      rows.find((row) => row.section === "contacts-per-week" && row.row === "total" && row.column === "total")
        ?.count,
    ).toBe(truth.contacts);
    // Nothing between 1 and 4 is shown, some cells are hidden (the seed has rare regions), and
    // every row or column with a hidden cell and a shown total has at least two hidden cells.
    expect(rows.filter((row) => row.count !== null && row.count > 0 && row.count < 5)).toEqual([]);
    const hidden = rows.filter((row) => row.hidden);
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.some((row) => row.section === "by-region" && row.row === "ulytau")).toBe(true);
    for (const section of new Set(rows.map((row) => row.section))) {
      const inSection = rows.filter((row) => row.section === section);
      // In a grid each row and each column is a sum with its total; a list is one sum (its column).
      const isGrid = GRIDS.includes(section!);
      const lines = [
        ...(isGrid ? new Set(inSection.map((row) => row.row)) : []),
        ...new Set(inSection.map((row) => `col:${row.column}`)),
      ];
      for (const line of lines) {
        const members = line!.startsWith("col:")
          ? inSection.filter((row) => `col:${row.column}` === line)
          : inSection.filter((row) => row.row === line);
        expect(members.filter((row) => row.hidden).length, `${section} ${line}`).not.toBe(1);
      }
    }
    expect(report.html).toContain("Открытая дверь: анонимная статистика");
    expect(report.html).toContain("Алматы");
    expect(report.html).toContain("Вопросы без хорошего ответа");
    expect(report.html).not.toContain("No data");
    expect(report.html).not.toMatch(/<script|src="http/i);
  });

  it("is written by npm run report, and bad input exits 2 with the usage", async () => {
    if (kind !== "postgres") return;
    await seedQuarter(db);
    const out = mkdtempSync(path.join(tmpdir(), "report-"));
    const schema = (await db.sql.query<{ schema: string }>("SELECT current_schema() AS schema"))[0]!.schema;
    const env = {
      ...process.env,
      DATABASE_URL: `${TEST_DATABASE_URL}?schema=${schema}`,
      DATA_DIR: out,
      LOG_LEVEL: "silent",
    };
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ["--import", "tsx", "src/cli/report.ts", ...args], {
        env,
        encoding: "utf8",
        timeout: 120_000,
      });
    const done = run("--from", QUARTER.from, "--to", QUARTER.to, "--out", out, "--lang", "kk");
    expect(done.stderr).toBe("");
    expect(done.status).toBe(0);
    const html = readFileSync(path.join(out, "statistics-2026-01-01_2026-03-31.html"), "utf8");
    expect(html).toContain("Ашық есік: анонимді статистика");
    const csv = readFileSync(path.join(out, "statistics-2026-01-01_2026-03-31.csv"), "utf8");
    expect(csv.startsWith("section,row,column,count,hidden\n")).toBe(true);
    expect(done.stdout).toContain(path.join(out, "statistics-2026-01-01_2026-03-31.html"));

    const bad = run("--from", "2026-02-30", "--to", QUARTER.to, "--out", out);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--from must be a date");
    expect(bad.stderr).toContain("usage: npm run report");
  }, 180_000);
});
