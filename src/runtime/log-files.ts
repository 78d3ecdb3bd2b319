// The log files the project writes itself (the simulator's, under DATA_DIR/logs): one file per UTC day,
// bot-YYYY-MM-DD.log, and a file goes once its newest possible line is older than LOG_RETENTION_DAYS (checked
// at start and whenever the day turns), so that nothing grows forever and a day's log tags (privacy) are not
// kept longer than said. Logs on stdout (the service) are bounded where they are collected: README, "Logs".
import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import pino, { type DestinationStream } from "pino";
import { DAY_MS } from "../time/durations.ts";

const DAILY_FILE = /^bot-(\d{4}-\d{2}-\d{2})\.log$/;
/** The single file of earlier versions, which only ever grew: it goes by its last write. */
const OLD_FILE = "bot.log";

function utcDay(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

/** Deletes the log files in `dir` whose newest line is older than `retentionDays`; their names. */
export function removeExpiredLogs(dir: string, retentionDays: number, now: number): string[] {
  const cutoff = now - retentionDays * DAY_MS;
  const removed: string[] = [];
  for (const name of readdirSync(dir)) {
    const day = DAILY_FILE.exec(name)?.[1];
    // A day's file may hold lines until the next midnight (UTC).
    const newest =
      day !== undefined
        ? Date.parse(`${day}T00:00:00Z`) + DAY_MS
        : name === OLD_FILE
          ? statSync(path.join(dir, name)).mtimeMs
          : undefined;
    if (newest === undefined || newest > cutoff) continue;
    rmSync(path.join(dir, name), { force: true });
    removed.push(name);
  }
  return removed.sort();
}

/** A destination for pino writing to today's file in `dir`; expired files go at start and at each new day. */
export function dailyLogFiles(
  dir: string,
  retentionDays: number,
  now: () => number = Date.now,
): DestinationStream {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  let day: string | undefined;
  let file: ReturnType<typeof pino.destination> | undefined;
  return {
    write(line: string) {
      const today = utcDay(now());
      if (today !== day) {
        file?.end();
        day = today;
        file = pino.destination({ dest: path.join(dir, `bot-${today}.log`), sync: true });
        removeExpiredLogs(dir, retentionDays, now());
      }
      file?.write(line);
    },
  };
}
