// The Dockerfile's steps where Docker cannot build (no base images offline): compile to dist/,
// assemble the runtime stage's files, install production dependencies only from the lockfile,
// then run the bot and every operator command from dist/ with NODE_ENV=production.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BotApiServer, ROOT, TOKEN, until } from "../support/bot-api-server.ts";
import { watchOutput } from "../support/child-output.ts";
import { onServer, TEST_DATABASE_URL } from "../support/databases.ts";
import { freePort } from "../support/free-port.ts";

const HEX = (byte: string) => byte.repeat(32);

describe("the production build (the Dockerfile's steps)", () => {
  const app = mkdtempSync(path.join(tmpdir(), "opendoor-image-"));
  const schema = `dist_${process.pid}`;
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: "production",
    DATA_DIR: path.join(app, "data"),
    DATABASE_URL: `${TEST_DATABASE_URL}?schema=${schema}`,
    PSEUDONYM_SECRET: HEX("5a"),
    ENCRYPTION_KEY: HEX("3c"),
  };
  const npm = (args: string[]) =>
    spawnSync("npm", args, {
      cwd: app,
      env: { ...env, npm_config_update_notifier: "false" },
      encoding: "utf8",
    });

  beforeAll(async () => {
    await onServer(TEST_DATABASE_URL, `DROP SCHEMA IF EXISTS "${schema}" CASCADE; CREATE SCHEMA "${schema}"`);
    // Stage 1: compile (into the temporary app, so the work tree's dist/ is left alone).
    execFileSync(
      process.execPath,
      [
        path.join(ROOT, "node_modules/typescript/bin/tsc"),
        "-p",
        "tsconfig.build.json",
        "--outDir",
        path.join(app, "dist"),
      ],
      { cwd: ROOT, stdio: "pipe" },
    );
    // Stage 3's files, as the Dockerfile copies them.
    for (const item of [
      "package.json",
      "package-lock.json",
      "scripts/run.mjs",
      "prisma/migrations",
      "locales",
      "scenarios",
    ]) {
      mkdirSync(path.dirname(path.join(app, item)), { recursive: true });
      cpSync(path.join(ROOT, item), path.join(app, item), { recursive: true });
    }
    // Stage 2: production dependencies only, from the lockfile.
    const install = npm([
      "ci",
      "--omit=dev",
      "--omit=optional",
      "--ignore-scripts",
      "--no-audit",
      "--no-fund",
      "--prefer-offline",
    ]);
    expect(install.status, install.stderr).toBe(0);
  }, 300_000);

  afterAll(async () => {
    rmSync(app, { recursive: true, force: true });
    await onServer(TEST_DATABASE_URL, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  });

  it("installs no build or test tool", () => {
    for (const tool of ["tsx", "typescript", "prisma", "vitest", "@biomejs/biome", "esbuild"]) {
      expect(existsSync(path.join(app, "node_modules", tool)), tool).toBe(false);
    }
    expect(existsSync(path.join(app, "src"))).toBe(false);
  });

  it("runs every operator command from dist/", () => {
    const migrate = npm(["run", "db:migrate"]);
    expect(migrate.status, migrate.stderr).toBe(0);
    expect(migrate.stdout).toContain("database ready");
    const check = npm(["run", "content:check"]);
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toContain("content ok");
    const ask = npm(["run", "ask", "--", "--lang", "ru", "как распознать вербовку"]);
    expect(ask.status, ask.stderr).toBe(0);
    expect(JSON.parse(ask.stdout.trim().split("\n").at(-1)!)).toHaveProperty("id");
    const purge = npm(["run", "purge"]);
    expect(purge.status, purge.stderr).toBe(0);
    expect(purge.stdout).toMatch(/stored_state: \d+ deleted/);
  });

  it("starts `node dist/main.js`, answers /healthz and /readyz, and stops cleanly on SIGTERM", async () => {
    const api = new BotApiServer();
    const port = await freePort();
    const bot = spawn(process.execPath, ["dist/main.js"], {
      cwd: app,
      env: {
        ...env,
        BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: await api.listen(),
        HTTP_HOST: "127.0.0.1",
        HTTP_PORT: String(port),
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const { output, exit } = watchOutput(bot);
    try {
      await until(() => (output().includes("polling Telegram") ? true : undefined));
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(await ready.json()).toEqual({
        ok: true,
        checks: { database: true, migrations: true, telegram: true },
        // No COUNSELOR_CHAT_ID here: the body says so rather than leaving the operator to guess.
        desk: { state: "not-configured" },
      });
      bot.kill("SIGTERM");
      expect(await exit).toBe(0);
      expect(output()).toContain("stopped cleanly");
    } finally {
      if (bot.exitCode === null) bot.kill("SIGKILL");
      await api.close();
    }
  });
});
