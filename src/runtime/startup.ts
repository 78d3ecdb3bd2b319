// Start-up steps shared by every entry point (bot, migrate, purge). A problem the
// operator must fix ends the program with exit code 2 and one line per problem.

import { existsSync } from "node:fs";
import path from "node:path";
import { misspelledSettings } from "../config/config.ts";
import {
  type Config,
  ConfigError,
  type DatabaseConfig,
  loadConfig,
  loadDatabaseConfig,
  unwritableDataDir,
} from "../config/index.ts";
import { type Content, loadContent } from "../content/load.ts";
import { ContentError } from "../content/yaml.ts";
import { type Database, openDatabase } from "../db/connect.ts";
import { ping } from "../db/health.ts";
import { applyMigrations } from "../db/migrate.ts";
import { createLogger, type Logger } from "../logger.ts";
import { SECOND_MS } from "../time/durations.ts";
import { dailyLogFiles } from "./log-files.ts";

export class StartupError extends Error {}

export function exitOnStartupError(error: unknown): never {
  if (error instanceof ConfigError || error instanceof StartupError || error instanceof ContentError) {
    for (const line of error.message.split("\n")) console.error(line);
    process.exit(2);
  }
  throw error;
}

export function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    exitOnStartupError(error);
  }
}

/** For the commands that only touch the database (`npm run db:migrate`): the bot's secrets are not needed there. */
export function loadDatabaseConfigOrExit(): DatabaseConfig {
  try {
    return loadDatabaseConfig();
  } catch (error) {
    exitOnStartupError(error);
  }
}

/**
 * `npm start` in production without BOT_TOKEN: the simulator would start, read a closed stdin and exit 0, logging
 * to DATA_DIR/logs, so a server whose token was not passed (a `.env` the bot never reads by itself) would say nothing.
 */
export function refuseSimulatorInProduction(config: Config): void {
  if (config.NODE_ENV === "production" && config.BOT_TOKEN === undefined)
    exitOnStartupError(
      new StartupError(
        "BOT_TOKEN: required when NODE_ENV=production (without it npm start opens the local simulator); the bot reads no .env file by itself: pass it in the environment (README, Deployment)",
      ),
    );
}

/** scenarios/ and locales/, read and checked once; a content problem stops the start like bad config. */
export function loadContentOrExit(): Content {
  try {
    return loadContent();
  } catch (error) {
    exitOnStartupError(error);
  }
}

/** One warning per environment variable that looks like a misspelt setting (it is ignored). */
export function warnAboutMisspelledSettings(logger: Logger, env: NodeJS.ProcessEnv = process.env): void {
  for (const { name, meant } of misspelledSettings(env))
    logger.warn(
      { variable: name, meant },
      `unknown environment variable ${name} is ignored: did you mean ${meant}?`,
    );
}

/**
 * Logs go to stdout on Telegram; in the simulator to DATA_DIR/logs so the chat stays readable, one file a day,
 * kept LOG_RETENTION_DAYS (log-files.ts).
 */
export function openLogger(config: DatabaseConfig, toFile: boolean): Logger {
  if (!toFile) return createLogger(config.LOG_LEVEL);
  const dir = path.join(config.dataDir, "logs");
  try {
    return createLogger(config.LOG_LEVEL, dailyLogFiles(dir, config.LOG_RETENTION_DAYS));
  } catch (error) {
    exitOnStartupError(new StartupError(unwritableDataDir(config.dataDir, error)));
  }
}

/**
 * Opens the configured database, waiting for it (a server that is still starting, a container
 * started before PostgreSQL) up to DB_WAIT_SECONDS with growing pauses, then applies pending migrations.
 */
export async function openMigratedDatabase(config: DatabaseConfig, logger: Logger): Promise<Database> {
  const embeddedFiles = path.join(config.dataDir, "pglite");
  const firstStart = !config.DATABASE_URL && !existsSync(embeddedFiles);
  const db = await openDatabase(
    config.DATABASE_URL
      ? { kind: "postgres", url: config.DATABASE_URL }
      : { kind: "pglite", dataDir: config.dataDir },
  ).catch((error: unknown) => {
    // The embedded database's folder (DATABASE_URL unset): a system error there is the operator's to fix.
    if (!config.DATABASE_URL && typeof (error as { code?: unknown }).code === "string")
      throw new StartupError(unwritableDataDir(config.dataDir, error));
    throw error;
  });
  const deadline = Date.now() + config.DB_WAIT_SECONDS * SECOND_MS;
  for (let attempt = 1, pauseMs = 500; ; attempt++, pauseMs = Math.min(pauseMs * 2, 5_000)) {
    try {
      await ping(db);
      break;
    } catch (error) {
      const reason = connectionProblem(error);
      if (Date.now() + pauseMs > deadline) {
        await db.close().catch(() => {});
        const waited =
          attempt > 1 ? ` after ${attempt} attempts (DB_WAIT_SECONDS=${config.DB_WAIT_SECONDS})` : "";
        throw new StartupError(`DATABASE_URL: cannot connect to the database (${reason})${waited}`);
      }
      logger.warn({ attempt, reason, retryInMs: pauseMs }, "waiting for the database");
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  }
  const applied = await applyMigrations(db).catch(async (error: unknown) => {
    await db.close().catch(() => {});
    throw new StartupError(`DATABASE_URL: cannot apply the migrations (${connectionProblem(error)})`);
  });
  logger.info({ database: db.kind, applied }, "database ready");
  logWhereTheDataIs(config, logger, firstStart);
  return db;
}

/**
 * One line saying where the data lives: a DATA_DIR with a typo would otherwise start on a new, empty embedded
 * database without a word (the people's sessions, consents and cases seemingly gone).
 */
function logWhereTheDataIs(config: DatabaseConfig, logger: Logger, firstStart: boolean): void {
  const embeddedFiles = path.join(config.dataDir, "pglite");
  if (config.DATABASE_URL) {
    // Host, port, database and schema only: never the user or the password.
    const url = new URL(config.DATABASE_URL);
    const schema = url.searchParams.get("schema");
    const where = `${url.hostname}:${url.port || "5432"}${url.pathname}${schema ? `, schema ${schema}` : ""}`;
    logger.info({ where }, `data in PostgreSQL at ${where}`);
  } else if (firstStart)
    logger.warn(
      { where: embeddedFiles },
      `data in a new, empty embedded database created in ${embeddedFiles}: right on a first start; otherwise DATA_DIR does not point to the folder that holds the data`,
    );
  else logger.info({ where: embeddedFiles }, `data in the embedded database in ${embeddedFiles}`);
}

/**
 * The driver's own words with its code: a bare "3D000" or "28000" tells an operator nothing, while
 * PostgreSQL's message ("database \"bot\" does not exist", "role \"bot\" does not exist") names what to
 * fix. Neither carries a password.
 */
function connectionProblem(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  if (!message) return code ?? String(error);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}
