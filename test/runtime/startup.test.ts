// The Quick start, as a new user runs it: the real entry point in a child process.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/bot-api-server.ts";
import { onServer, TEST_DATABASE_URL } from "../support/databases.ts";
import { runEntry } from "./helpers.ts";

const start = (input: string, env: Record<string, string>) => runEntry("src/main.ts", env, input, 60_000);

// Each test starts the program from source (tsx compiles it first): slow on a busy machine.
describe("npm start", { timeout: 150_000 }, () => {
  it("opens the simulator on the embedded database, prints the welcome and menu, and keeps the database", () => {
    const DATA_DIR = mkdtempSync(path.join(tmpdir(), "start-"));
    const first = start("/start\n", { DATA_DIR });
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("you › /start");
    expect(first.stdout).toContain("Открытая дверь");
    expect(first.stdout).toMatch(/\[\d\] 🌐 Язык/);
    const second = start("/start\n", { DATA_DIR });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("С возвращением");
  });

  it("prints, after a piped script's last line, what the bot still sent: the holder told that the person ended", () => {
    const script = readFileSync(path.join(ROOT, "scenarios/scripts/counselor-private-ru.txt"), "utf8");
    const run = start(`${script}\n/end\n1\n`, {
      DATA_DIR: mkdtempSync(path.join(tmpdir(), "start-")),
      COUNSELOR_HOURS: "mon-sun 00:00-24:00",
    });
    expect(run.code).toBe(0);
    const ref = /📋 Обращение ([A-Z2-9]{4}) ·/.exec(run.stdout)?.[1];
    expect(ref).toBeDefined();
    // Sent through the paced outbox after the update that ended the case: it was lost when the transcript
    // stopped at the end of the input.
    expect(run.stdout.slice(run.stdout.lastIndexOf("you › /end"))).toContain(
      `bot → Counselor 1 › Обращение ${ref}: человек завершил разговор.`,
    );
  });

  it("uses PostgreSQL when DATABASE_URL is set, creating the schema it names and applying migrations", async () => {
    const schema = `start_${process.pid}`;
    await onServer(TEST_DATABASE_URL, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    try {
      const url = `${TEST_DATABASE_URL}?schema=${schema}`;
      const run = start("/start\n", {
        DATA_DIR: mkdtempSync(path.join(tmpdir(), "start-")),
        DATABASE_URL: url,
      });
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      const applied = await onServer<{ n: string }>(
        TEST_DATABASE_URL,
        `SELECT count(*) AS n FROM "${schema}"."_prisma_migrations" WHERE finished_at IS NOT NULL`,
      );
      expect(Number(applied[0]!.n)).toBeGreaterThan(0);
      const sessions = await onServer<{ n: string }>(
        TEST_DATABASE_URL,
        `SELECT count(*) AS n FROM "${schema}"."stored_state"`,
      );
      expect(Number(sessions[0]!.n)).toBe(1);
    } finally {
      await onServer(TEST_DATABASE_URL, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    }
  });

  it("stops with exit code 2 and one line per problem on bad configuration", () => {
    const DATA_DIR = mkdtempSync(path.join(tmpdir(), "start-"));
    const badUrl = start("", { DATA_DIR, DATABASE_URL: "not a url" });
    expect(badUrl.code).toBe(2);
    expect(badUrl.stderr.trim()).toBe(
      "DATABASE_URL: the value given (9 characters, not shown) is not valid; expected a PostgreSQL URL like postgres://user@host:5432/database",
    );
    const badKey = start("", { DATA_DIR, ENCRYPTION_KEY: "1234" });
    expect(badKey.code).toBe(2);
    expect(badKey.stderr.trim()).toMatch(
      /^ENCRYPTION_KEY: the value given \(4 characters, not shown\) is not valid; expected 32 random bytes/,
    );
    const unreachable = start("", {
      DATA_DIR,
      DATABASE_URL: "postgres://nobody@127.0.0.1:1/none",
      DB_WAIT_SECONDS: "0",
    });
    expect(unreachable.code).toBe(2);
    expect(unreachable.stderr.trim()).toBe(
      "DATABASE_URL: cannot connect to the database (connect ECONNREFUSED 127.0.0.1:1)",
    );
    // A server that answers but refuses: PostgreSQL's words, not only its code.
    const missing = start("", {
      DATA_DIR,
      DATABASE_URL: `${new URL("/no_such_database_here", TEST_DATABASE_URL)}`,
      DB_WAIT_SECONDS: "0",
    });
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe(
      'DATABASE_URL: cannot connect to the database (3D000: database "no_such_database_here" does not exist)',
    );
  });
});
