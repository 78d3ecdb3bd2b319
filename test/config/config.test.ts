import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config/index.ts";

const HEX_KEY = "ab".repeat(32);

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
      "COUNSELOR_LANGUAGES: expected codes among kk, ru, en, like kk,ru",
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
