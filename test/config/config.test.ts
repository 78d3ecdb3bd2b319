import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Bot } from "grammy";
import { describe, expect, it } from "vitest";
import { configSchema, misspelledSettings } from "../../src/config/config.ts";
import { ConfigError, loadConfig } from "../../src/config/index.ts";
import { createLogger } from "../../src/logger.ts";
import { warnAboutMisspelledSettings } from "../../src/runtime/startup.ts";

const HEX_KEY = "ab".repeat(32);

/** One invalid value for every variable the schema reads. */
const INVALID: Record<string, string> = {
  NODE_ENV: "prod",
  BOT_TOKEN: "12345-not-a-token",
  TELEGRAM_API_ROOT: "api.telegram.org",
  DATABASE_URL: "mysql://root:hunter2@db/bot",
  DATA_DIR: "  ",
  PSEUDONYM_SECRET: "short-secret",
  ENCRYPTION_KEY: "c0ffee-secret",
  ENCRYPTION_KEY_ID: "Key 1",
  ENCRYPTION_OLD_KEYS: "k0 old-secret",
  COUNSELOR_CHAT_ID: "12345",
  DEFAULT_LOCALE: "de",
  TIME_ZONE: "Asia/Almatyy",
  LOG_LEVEL: "verbose",
  LOG_RETENTION_DAYS: "a week",
  SESSION_IDLE_DAYS: "thirty",
  HISTORY_DAYS: "-1",
  PURGE_INTERVAL_MINUTES: "0",
  STATISTICS_MIN_COUNT: "1.5",
  COUNSELOR_HOURS: "always",
  COUNSELOR_DAYS_OFF: "xmas",
  COUNSELOR_LANGUAGES: "kz",
  COUNSELOR_LOCALE: "de",
  CASE_IDLE_MINUTES: "2h",
  CASE_QUEUE_DAYS: "0",
  BOT_MODE: "hook",
  WEBHOOK_URL: "http://bot.example.org/x",
  WEBHOOK_SECRET: "tiny-secret",
  HTTP_HOST: " ",
  HTTP_PORT: "99999",
  SHUTDOWN_GRACE_SECONDS: "soon",
  DB_WAIT_SECONDS: "-5",
  RATE_LIMIT_UPDATES: "many",
  RATE_LIMIT_WINDOW_SECONDS: "0",
  REDIS_URL: "http://user:redis-secret@cache",
  WEB_CHAT: "yes",
  WEB_CHAT_KEEP_HOURS: "day",
  WEB_CHAT_EMBED_ORIGINS: "https://example.kz/",
  WEB_CHAT_SENDS_PER_MINUTE: "0",
  WEB_CHAT_ADDRESS_SENDS_PER_MINUTE: "2.5",
  WEB_CHAT_TRUST_PROXY: "yes",
  SUPERVISOR_IDS: "@dana",
};
const SECRET_NAMES = [
  "BOT_TOKEN",
  "DATABASE_URL",
  "PSEUDONYM_SECRET",
  "ENCRYPTION_KEY",
  "ENCRYPTION_OLD_KEYS",
  "WEBHOOK_SECRET",
  "REDIS_URL",
];
const SECRET_VALUES = SECRET_NAMES.map((name) => INVALID[name]!);

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig({ DATA_DIR: mkdtempSync(path.join(tmpdir(), "cfg-")), ...env });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("configuration", () => {
  it("has working defaults for a new user: no token, embedded database, Russian", () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "cfg-"));
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config.BOT_TOKEN).toBeUndefined();
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.DEFAULT_LOCALE).toBe("ru");
    expect(config.TIME_ZONE).toBe("Asia/Almaty");
    expect(config.TELEGRAM_API_ROOT).toBe("https://api.telegram.org");
    expect(config.dataDir).toBe(dataDir);
  });

  it("takes a Bot API root copied with its trailing slash as the same server, and refuses one that is not http(s)", () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "cfg-"));
    const root = loadConfig({
      DATA_DIR: dataDir,
      TELEGRAM_API_ROOT: "http://bot-api.local:8081/",
    }).TELEGRAM_API_ROOT;
    expect(root).toBe("http://bot-api.local:8081");
    // grammY refuses a root ending in "/" (it threw at start, a stack trace and exit 1); this one it takes.
    expect(
      () => new Bot("123456:ABCdefGhIJKlmnOPQRstuVWxyz_0123456789", { client: { apiRoot: root } }),
    ).not.toThrow();
    expect(() => loadConfig({ DATA_DIR: dataDir, TELEGRAM_API_ROOT: "ftp://bot-api.local/" })).toThrow(
      "TELEGRAM_API_ROOT: ",
    );
  });

  it("generates development secrets once, owner-readable only, and keeps them", () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "cfg-"));
    const first = loadConfig({ DATA_DIR: dataDir });
    const second = loadConfig({ DATA_DIR: dataDir });
    expect(second.pseudonymSecret).toBe(first.pseudonymSecret);
    expect(second.encryptionKeys.get("k1")).toEqual(first.encryptionKeys.get("k1"));
    const file = path.join(dataDir, "secrets.json");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, "utf8")).pseudonymSecret).toHaveLength(64);
  });

  it("names each wrong variable with what is expected, one line each", () => {
    const problems = problemsOf({
      DATABASE_URL: "mysql://nope",
      ENCRYPTION_KEY: "short",
      DEFAULT_LOCALE: "de",
      BOT_TOKEN: "not-a-token",
      COUNSELOR_CHAT_ID: "12345",
      TIME_ZONE: "Asia/Almatyy",
    });
    expect(problems).toHaveLength(6);
    expect(problems.find((line) => line.startsWith("DATABASE_URL: "))).toMatch(/PostgreSQL URL/);
    expect(problems.find((line) => line.startsWith("ENCRYPTION_KEY: "))).toMatch(/32 random bytes/);
    expect(problems.find((line) => line.startsWith("DEFAULT_LOCALE: "))).toMatch(/kk, ru, en/);
    expect(problems.find((line) => line.startsWith("BOT_TOKEN: "))).toMatch(/BotFather/);
    expect(problems.find((line) => line.startsWith("COUNSELOR_CHAT_ID: "))).toMatch(/-100/);
    expect(problems.find((line) => line.startsWith("TIME_ZONE: "))).toMatch(/tz database/);
    for (const line of problems) expect(line).not.toContain("\n");
  });

  it("names a list variable, not zod's path into it, once for all its bad codes", () => {
    expect(problemsOf({ COUNSELOR_LANGUAGES: "kz,ru,qq" })).toEqual([
      'COUNSELOR_LANGUAGES: "kz,ru,qq" is not one of the values allowed; expected codes among kk, ru, en, like kk,ru',
    ]);
  });

  it("requires explicit secrets in production", () => {
    const problems = problemsOf({ NODE_ENV: "production" });
    expect(problems).toEqual([
      "PSEUDONYM_SECRET: required when NODE_ENV=production",
      "ENCRYPTION_KEY: required when NODE_ENV=production",
    ]);
    expect(
      problemsOf({ NODE_ENV: "production", PSEUDONYM_SECRET: "s".repeat(40), ENCRYPTION_KEY: HEX_KEY }),
    ).toEqual([]);
  });

  it("requires the webhook's public https URL, secret and token in webhook mode", () => {
    expect(problemsOf({ BOT_MODE: "webhook" })).toEqual([
      "WEBHOOK_URL: required when BOT_MODE=webhook",
      "WEBHOOK_SECRET: required when BOT_MODE=webhook",
      "BOT_TOKEN: required when BOT_MODE=webhook",
    ]);
    const problems = problemsOf({
      BOT_MODE: "hook",
      WEBHOOK_URL: "http://bot.example.org/x",
      WEBHOOK_SECRET: "short",
    });
    expect(problems.map((line) => line.split(":")[0])).toEqual(["BOT_MODE", "WEBHOOK_URL", "WEBHOOK_SECRET"]);
    const webhook = {
      BOT_MODE: "webhook",
      BOT_TOKEN: "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ",
      WEBHOOK_URL: "https://bot.example.org/telegram",
      WEBHOOK_SECRET: "a".repeat(64),
    };
    expect(problemsOf(webhook)).toEqual([]);
  });

  it("says for every variable what is wrong with the value and what to write, never zod's wording", () => {
    expect(Object.keys(INVALID).sort()).toEqual(Object.keys(configSchema.shape).sort());
    for (const [name, value] of Object.entries(INVALID)) {
      const problems = problemsOf({ [name]: value });
      expect(problems, name).toHaveLength(1);
      const line = problems[0]!;
      expect(line.startsWith(`${name}: `), line).toBe(true);
      const [problem, expected] = line.slice(name.length + 2).split("; ");
      // The value's problem, then what to write (a parser's problem names both in one sentence).
      if (name === "COUNSELOR_HOURS" || name === "COUNSELOR_DAYS_OFF") {
        expect(line, name).toMatch(new RegExp(`^${name}: "${value}" is not .* like `));
        continue;
      }
      expect(problem, name).toMatch(/ is (not|too)| is empty$/);
      expect(expected, name).toMatch(/^expected .*(like|one of|or|openssl|-100|https)/);
      expect(line, name).not.toMatch(/Invalid|Too small|Too big|received|>=|<=/);
      // A secret is never printed, not even when wrong.
      if (SECRET_NAMES.includes(name)) expect(line, name).toContain("not shown");
      else if (value.trim() !== "") expect(line, name).toContain(JSON.stringify(value));
    }
  });

  it("stops the real start on a DATA_DIR it cannot write, with one line naming it, exit code 2", () => {
    const notAFolder = path.join(mkdtempSync(path.join(tmpdir(), "cfg-")), "file");
    writeFileSync(notAFolder, "");
    const dataDir = path.join(notAFolder, "data");
    const start = (env: Record<string, string>) =>
      spawnSync(process.execPath, ["--import", "tsx", "src/main.ts"], {
        cwd: path.resolve(import.meta.dirname, "../.."),
        input: "",
        encoding: "utf8",
        env: { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dataDir, ...env },
        timeout: 60_000,
      });
    // Development secrets are written there first; with both secrets set, the simulator's log files, and on
    // Telegram (never reached: the start stops before) the embedded database.
    const secrets = { PSEUDONYM_SECRET: "s".repeat(32), ENCRYPTION_KEY: HEX_KEY };
    const onTelegram = { ...secrets, BOT_TOKEN: "123456:ABCdefGhIJKlmnOPQRstuVWxyz_0123456789" };
    for (const run of [
      start({}),
      start(secrets),
      start({ ...onTelegram, TELEGRAM_API_ROOT: "http://127.0.0.1:1" }),
    ]) {
      expect(run.status).toBe(2);
      expect(run.stderr.trim().split("\n")).toEqual([
        `DATA_DIR: cannot write to ${dataDir} (ENOTDIR); expected a folder the bot's user may write to`,
      ]);
    }
    // Three starts from source: over 30 s on a loaded machine.
  }, 120_000);

  it("stops the real start on NODE_ENV=prod and every other bad value, one line each, exit code 2", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: path.resolve(import.meta.dirname, "../.."),
      input: "",
      encoding: "utf8",
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        ...INVALID,
        DATA_DIR: mkdtempSync(path.join(tmpdir(), "cfg-")),
      },
      timeout: 60_000,
    });
    expect(run.status).toBe(2);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toContain(
      'NODE_ENV: "prod" is not one of the values allowed; expected one of development, production, test (production on a server)',
    );
    expect(lines.map((line) => line.split(":")[0]).sort()).toEqual(
      Object.keys(INVALID)
        .filter((name) => name !== "DATA_DIR")
        .sort(),
    );
    for (const secret of SECRET_VALUES) expect(run.stderr).not.toContain(secret);
  }, 90_000);

  it("reads old keys for rotation", () => {
    const config = loadConfig({
      DATA_DIR: mkdtempSync(path.join(tmpdir(), "cfg-")),
      ENCRYPTION_KEY: HEX_KEY,
      ENCRYPTION_KEY_ID: "k2",
      ENCRYPTION_OLD_KEYS: `k1:${"cd".repeat(32)}`,
      PSEUDONYM_SECRET: "p".repeat(40),
    });
    expect([...config.encryptionKeys.keys()].sort()).toEqual(["k1", "k2"]);
  });
});

describe("a misspelt setting", () => {
  it("is named with the setting it is close to, never with its value; other variables are left alone", () => {
    const env = {
      COUNSELORS_CHAT_ID: "-1001234567890",
      PSEUDONYM_SECERT: "a-secret-value-never-printed",
      PATH: "/usr/bin",
      HOME: "/root",
      TEST_DATABASE_URL: "postgres://127.0.0.1/test",
      COUNSELOR_CHAT_ID: "-1001234567890",
    };
    expect(misspelledSettings(env)).toEqual([
      { name: "COUNSELORS_CHAT_ID", meant: "COUNSELOR_CHAT_ID" },
      { name: "PSEUDONYM_SECERT", meant: "PSEUDONYM_SECRET" },
    ]);
    const lines: string[] = [];
    const logger = createLogger("info", { write: (line: string) => lines.push(line) });
    warnAboutMisspelledSettings(logger, env);
    expect(lines.map((line) => JSON.parse(line).msg)).toEqual([
      "unknown environment variable COUNSELORS_CHAT_ID is ignored: did you mean COUNSELOR_CHAT_ID?",
      "unknown environment variable PSEUDONYM_SECERT is ignored: did you mean PSEUDONYM_SECRET?",
    ]);
    expect(lines.join("")).not.toContain("-1001234567890");
    expect(lines.join("")).not.toContain("a-secret-value");
  });
});
