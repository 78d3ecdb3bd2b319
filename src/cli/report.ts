// `npm run report -- --from 2026-01-01 --to 2026-03-31 --out DIR [--lang ru] [--k 5]`:
// writes DIR/statistics-<from>_<to>.csv and .html (self-contained, offline, printable) from
// the anonymous statistics, with small counts hidden. Exit 2 with a usage line on bad input.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { LOCALES, type Locale } from "../config/index.ts";
import { createI18n, isLocale } from "../i18n/index.ts";
import {
  exitOnStartupError,
  loadConfigOrExit,
  loadContentOrExit,
  openLogger,
  openMigratedDatabase,
} from "../runtime/startup.ts";
import { buildReport } from "../statistics/build.ts";
import { calendarDay } from "../time/zone.ts";

const USAGE = `usage: npm run report -- --from YYYY-MM-DD --to YYYY-MM-DD --out DIR [--lang ${LOCALES.join("|")}] [--k N]`;

function fail(problem: string): never {
  console.error(`${problem}\n${USAGE}`);
  process.exit(2);
}

function isDay(value: string | undefined): value is string {
  return (
    value !== undefined &&
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    calendarDay(Date.parse(`${value}T12:00:00Z`), "UTC") === value
  );
}

let values: Record<string, string | undefined>;
try {
  ({ values } = parseArgs({
    options: {
      from: { type: "string" },
      to: { type: "string" },
      out: { type: "string" },
      lang: { type: "string" },
      k: { type: "string" },
    },
    strict: true,
  }));
} catch (error) {
  fail((error as Error).message);
}
const { from, to, out } = values;
if (!isDay(from)) fail("--from must be a date like 2026-01-01");
if (!isDay(to)) fail("--to must be a date like 2026-03-31");
if (from > to) fail("--from must not be after --to");
if (!out) fail("--out must name a directory");

const config = loadConfigOrExit();
const locale: Locale =
  values.lang === undefined
    ? config.DEFAULT_LOCALE
    : isLocale(values.lang)
      ? values.lang
      : fail(`--lang must be one of ${LOCALES.join(", ")}`);
const minCount = values.k === undefined ? config.STATISTICS_MIN_COUNT : Number(values.k);
if (!Number.isInteger(minCount) || minCount < 2) fail("--k must be a whole number of at least 2");

try {
  const logger = openLogger(config, false);
  const db = await openMigratedDatabase(config, logger);
  const content = loadContentOrExit();
  const texts = { content, i18n: createI18n(content.locales, config.DEFAULT_LOCALE) };
  const report = await buildReport(db, {
    from,
    to,
    minCount,
    locale,
    today: calendarDay(Date.now(), config.TIME_ZONE),
    texts,
  });
  await db.close();
  mkdirSync(out, { recursive: true });
  const base = path.join(out, `statistics-${from}_${to}`);
  writeFileSync(`${base}.csv`, report.csv);
  writeFileSync(`${base}.html`, report.html);
  console.log(`${base}.csv`);
  console.log(`${base}.html`);
  console.log(
    report.tables.isEmpty
      ? "nothing was counted in this period"
      : `contacts: ${report.tables.weekly.values.total ?? "hidden"}`,
  );
} catch (error) {
  exitOnStartupError(error);
}
