// The HTML report of a seeded quarter opens in a real browser (Debian's chromium, driven by
// playwright-core) with no console error, no failed or outside request, and prints; a
// screenshot and a PDF are written to test-output/ (paths printed) for a person to look at.
// .ci/run installs chromium; if it is missing here, the test says so loudly and skips.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildReport } from "../../src/statistics/build.ts";
import { testContent, testI18n } from "../support/content.ts";
import { openTestDatabase, type TestDatabase } from "../support/databases.ts";
import { seedQuarter } from "./synthetic.ts";

const CHROMIUM = "/usr/bin/chromium";
const OUTPUT = path.resolve(import.meta.dirname, "../../test-output");
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const available = existsSync(CHROMIUM);
if (!available) {
  console.error(
    `\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n` +
      `!!! SKIPPED: the report's browser test needs ${CHROMIUM} (Debian package "chromium").\n` +
      `!!! Run .ci/run, or: apt-get update && apt-get install -y chromium\n` +
      `!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n`,
  );
}

describe.skipIf(!available)("the HTML report in headless Chromium", () => {
  let db: TestDatabase;
  let file: string;
  beforeAll(async () => {
    db = await openTestDatabase("pglite");
    await seedQuarter(db);
    const report = await buildReport(db, {
      from: "2026-01-01",
      to: "2026-03-31",
      minCount: 5,
      locale: "ru",
      today: "2026-04-01",
      texts: { content: testContent(), i18n: testI18n() },
    });
    mkdirSync(OUTPUT, { recursive: true });
    file = path.join(OUTPUT, "report.html");
    writeFileSync(file, report.html);
  });
  afterAll(() => db?.close());

  it("opens offline with no console error, shows every chart, and prints", async () => {
    // A fresh profile for each run (Playwright passes it to Chromium as --user-data-dir).
    const browser = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), "chromium-")), {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: { width: 1000, height: 900 },
    });
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      const requests: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" || message.type() === "warning")
          problems.push(`${message.type()}: ${message.text()}`);
      });
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      page.on("requestfailed", (request) => problems.push(`failed: ${request.url()}`));
      page.on("request", (request) => requests.push(request.url()));
      await page.goto(`file://${file}`, { waitUntil: "load" });

      expect(problems).toEqual([]);
      // Self-contained: the file itself is the only thing loaded.
      expect(requests).toEqual([`file://${file}`]);
      expect(await page.title()).toContain("Открытая дверь: анонимная статистика");
      // Six charts, each drawn with bars (SVG paths) and with a visible size.
      const charts = await page.locator("figure svg").evaluateAll((svgs) =>
        svgs.map((svg) => ({
          width: svg.getBoundingClientRect().width,
          paths: svg.querySelectorAll("path").length,
        })),
      );
      expect(charts).toHaveLength(6);
      for (const chart of charts) {
        expect(chart.width).toBeGreaterThan(300);
        expect(chart.paths).toBeGreaterThan(5);
      }
      const hiddenCells = await page.locator("td", { hasText: /^—$/ }).count();
      expect(hiddenCells).toBeGreaterThan(0);

      const screenshot = path.join(OUTPUT, "report.png");
      await page.screenshot({ path: screenshot, fullPage: true });
      const pdf = path.join(OUTPUT, "report.pdf");
      await page.emulateMedia({ media: "print" });
      const printed = await page.pdf({ path: pdf, format: "A4", printBackground: true });
      expect(printed.length).toBeGreaterThan(20_000);
      console.log(`report screenshot: ${screenshot}\nreport as printed: ${pdf}\nreport page: ${file}`);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
