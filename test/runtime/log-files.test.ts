// The log files the project writes itself (the simulator's, DATA_DIR/logs) expire: one file per UTC day, and a
// day's file goes once its newest line is older than LOG_RETENTION_DAYS, at start and whenever the day turns;
// the single ever-growing file of earlier versions goes by its last write. Through the logger openLogger builds.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/index.ts";
import { createLogger } from "../../src/logger.ts";
import { dailyLogFiles } from "../../src/runtime/log-files.ts";
import { openLogger } from "../../src/runtime/startup.ts";
import { DAY_MS, HOUR_MS } from "../../src/time/durations.ts";

/** Monday 2026-11-23, 11:00 UTC. */
const MONDAY = Date.UTC(2026, 10, 23, 11, 0, 0);

function logsDir(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), "log-files-")), "logs");
}

describe("log files under DATA_DIR", () => {
  it("writes one file a day and deletes a day's file once its newest line is older than the retention", () => {
    const dir = logsDir();
    let now = MONDAY;
    const logger = createLogger(
      "info",
      dailyLogFiles(dir, 7, () => now),
    );
    logger.info("monday");
    now += DAY_MS;
    logger.info("tuesday");
    expect(readdirSync(dir).sort()).toEqual(["bot-2026-11-23.log", "bot-2026-11-24.log"]);
    expect(readFileSync(path.join(dir, "bot-2026-11-23.log"), "utf8")).toContain('"msg":"monday"');

    // Monday's lines end at Tuesday 00:00: kept while any of them is within the week, gone once none is.
    now = Date.UTC(2026, 10, 30, 23, 0, 0);
    logger.info("a week on");
    expect(readdirSync(dir).sort()).toEqual([
      "bot-2026-11-23.log",
      "bot-2026-11-24.log",
      "bot-2026-11-30.log",
    ]);
    now = Date.UTC(2026, 11, 1, 0, 30, 0);
    logger.info("past midnight");
    expect(readdirSync(dir).sort()).toEqual([
      "bot-2026-11-24.log",
      "bot-2026-11-30.log",
      "bot-2026-12-01.log",
    ]);
    now += DAY_MS;
    logger.info("and a day more");
    expect(readdirSync(dir).sort()).toEqual([
      "bot-2026-11-30.log",
      "bot-2026-12-01.log",
      "bot-2026-12-02.log",
    ]);
    expect(readFileSync(path.join(dir, "bot-2026-12-02.log"), "utf8")).toContain('"msg":"and a day more"');
  });

  it("at start: expired days and the old single file go, recent ones and other files stay", () => {
    const dir = logsDir();
    mkdirSync(dir, { recursive: true });
    for (const name of ["bot-2026-11-01.log", "bot-2026-11-20.log", "notes.txt", "bot.log"])
      writeFileSync(path.join(dir, name), "{}\n");
    // The old file was last written a month ago.
    const monthAgo = new Date(MONDAY - 30 * DAY_MS);
    utimesSync(path.join(dir, "bot.log"), monthAgo, monthAgo);
    const logger = createLogger(
      "info",
      dailyLogFiles(dir, 7, () => MONDAY),
    );
    logger.info("started");
    expect(readdirSync(dir).sort()).toEqual(["bot-2026-11-20.log", "bot-2026-11-23.log", "notes.txt"]);
  });

  it("LOG_RETENTION_DAYS: 7 by default, set by the environment, checked; the simulator's logger uses it", () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "log-config-"));
    expect(loadConfig({ DATA_DIR: dataDir }).LOG_RETENTION_DAYS).toBe(7);
    expect(() => loadConfig({ DATA_DIR: dataDir, LOG_RETENTION_DAYS: "0" })).toThrow(/LOG_RETENTION_DAYS/);
    const config = loadConfig({ DATA_DIR: dataDir, LOG_RETENTION_DAYS: "2" });
    const dir = path.join(config.dataDir, "logs");
    mkdirSync(dir, { recursive: true });
    const today = new Date().toISOString().slice(0, 10);
    const threeDaysAgo = new Date(Date.now() - 3 * DAY_MS - HOUR_MS).toISOString().slice(0, 10);
    writeFileSync(path.join(dir, `bot-${threeDaysAgo}.log`), "{}\n");
    openLogger(config, true).info("simulator started");
    expect(existsSync(path.join(dir, `bot-${threeDaysAgo}.log`))).toBe(false);
    expect(readFileSync(path.join(dir, `bot-${today}.log`), "utf8")).toContain("simulator started");
    // On Telegram the logs go to stdout: nothing is written under DATA_DIR.
    openLogger(config, false);
    expect(readdirSync(dir)).toEqual([`bot-${today}.log`]);
  });
});
