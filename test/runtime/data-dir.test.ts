// Where the data lives, as an operator on call meets it: `npm run db:migrate` in a production deployment's
// migration step (given the database only, not the bot's secrets), a DATA_DIR that does not exist yet (a first
// start, or a typo that would start an empty database), and one whose parent does not exist either (refused).
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { onServer, TEST_DATABASE_URL } from "../support/databases.ts";
import { runEntry } from "./helpers.ts";

const migrate = (env: Record<string, string>) => runEntry("src/cli/migrate.ts", env);
const logLines = (stdout: string) =>
  stdout
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as { level: number; msg: string; where?: string; applied?: string[] });

describe("npm run db:migrate in production", { timeout: 200_000 }, () => {
  it("needs only the database: no bot secret, no webhook, and writes no secret (PostgreSQL)", async () => {
    const schema = `migrate_${process.pid}`;
    await onServer(TEST_DATABASE_URL, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    const dataDir = mkdtempSync(path.join(tmpdir(), "migrate-"));
    try {
      const migrated = migrate({
        NODE_ENV: "production",
        DATABASE_URL: `${TEST_DATABASE_URL}?schema=${schema}`,
        DATA_DIR: dataDir,
        // The bot's own rules between settings are not the migration's business either.
        BOT_MODE: "webhook",
      });
      expect(migrated.stderr).toBe("");
      expect(migrated.code).toBe(0);
      const [ready, where] = logLines(migrated.stdout);
      expect(ready?.msg).toBe("database ready");
      expect(ready?.applied?.length).toBeGreaterThan(0);
      // Where the data went, without the user or a password.
      const { hostname, port, pathname } = new URL(TEST_DATABASE_URL);
      expect(where?.msg).toBe(
        `data in PostgreSQL at ${hostname}:${port || 5432}${pathname}, schema ${schema}`,
      );
      const applied = await onServer<{ n: string }>(
        TEST_DATABASE_URL,
        `SELECT count(*) AS n FROM "${schema}"."_prisma_migrations" WHERE finished_at IS NOT NULL`,
      );
      expect(Number(applied[0]!.n)).toBe(ready?.applied?.length);
      expect(existsSync(path.join(dataDir, "secrets.json"))).toBe(false);
      // Still a check of each setting given: a wrong value is one line and exit code 2.
      const wrong = migrate({ NODE_ENV: "production", DATA_DIR: dataDir, DB_WAIT_SECONDS: "soon" });
      expect(wrong.code).toBe(2);
      expect(wrong.stderr.trim()).toMatch(/^DB_WAIT_SECONDS: "soon" is not a number/);
    } finally {
      await onServer(TEST_DATABASE_URL, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    }
  });

  it("migrates the embedded database without the secrets too", () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "migrate-"));
    const migrated = migrate({ NODE_ENV: "production", DATA_DIR: dataDir });
    expect(migrated.stderr).toBe("");
    expect(migrated.code).toBe(0);
    expect(existsSync(path.join(dataDir, "pglite", "PG_VERSION"))).toBe(true);
    expect(existsSync(path.join(dataDir, "secrets.json"))).toBe(false);
  });
});

describe("npm start in production", { timeout: 200_000 }, () => {
  it("refuses to open the simulator without BOT_TOKEN (a token not passed), one line, exit code 2", () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "start-production-"));
    const started = runEntry(
      "src/main.ts",
      {
        NODE_ENV: "production",
        DATA_DIR: dataDir,
        PSEUDONYM_SECRET: "5a".repeat(32),
        ENCRYPTION_KEY: "3c".repeat(32),
      },
      "/start\n",
    );
    expect(started.code).toBe(2);
    expect(started.stderr.trim().split("\n")).toEqual([
      "BOT_TOKEN: required when NODE_ENV=production (without it npm start opens the local simulator); the bot reads no .env file by itself: pass it in the environment (README, Deployment)",
    ]);
    expect(started.stdout).toBe("");
    expect(existsSync(path.join(dataDir, "pglite"))).toBe(false);
  });
});

describe("DATA_DIR", { timeout: 200_000 }, () => {
  it("says where the data lives: a new, empty database once, loudly; the same one after, plainly", () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "data-dir-")), "data");
    const files = path.join(dataDir, "pglite");
    const first = migrate({ DATA_DIR: dataDir });
    expect(first.code).toBe(0);
    const created = logLines(first.stdout).filter((line) => line.where !== undefined);
    expect(created).toEqual([
      expect.objectContaining({
        level: 40,
        where: files,
        msg: `data in a new, empty embedded database created in ${files}: right on a first start; otherwise DATA_DIR does not point to the folder that holds the data`,
      }),
    ]);
    const again = migrate({ DATA_DIR: dataDir });
    expect(again.code).toBe(0);
    expect(logLines(again.stdout).filter((line) => line.where !== undefined)).toEqual([
      expect.objectContaining({ level: 30, where: files, msg: `data in the embedded database in ${files}` }),
    ]);
  });

  it("refuses a folder whose parent does not exist either (a typo), creating nothing, exit code 2", () => {
    const base = mkdtempSync(path.join(tmpdir(), "data-dir-"));
    const typo = path.join(base, "opendor", "data");
    for (const [entry, input] of [
      ["src/main.ts", "/start\n"],
      ["src/cli/migrate.ts", ""],
    ] as const) {
      const started = runEntry(entry, { DATA_DIR: typo }, input);
      expect(started.code, entry).toBe(2);
      expect(started.stderr.trim().split("\n"), entry).toEqual([
        `DATA_DIR: ${typo} does not exist, nor does ${path.dirname(typo)}: correct DATA_DIR, or create the folder first (mkdir -p ${typo})`,
      ]);
      expect(started.stdout, entry).not.toContain("you ›");
      expect(existsSync(path.dirname(typo)), entry).toBe(false);
    }
  });
});
