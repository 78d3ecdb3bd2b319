// Stopping the service as a supervisor does. `npm start` runs the bot through a shell, so its
// SIGTERM must reach the bot, not leave it polling as an orphan (a restart would then poll
// twice: 409). And a stop ends within SHUTDOWN_GRACE_SECONDS even when the Bot API hangs or
// is gone, as when Telegram's side restarts and stops answering during a deploy.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BotApiServer, lastFromBot, ROOT, TOKEN, until } from "../support/bot-api-server.ts";
import { watchOutput } from "../support/child-output.ts";

const GRACE_S = 4;
/** What a stop may take past the grace: the exit itself on a busy machine. */
const SLACK_MS = 2_000;
const person = { id: 630_000_001, first_name: "Dana", language_code: "ru" };

interface Running {
  child: ChildProcess;
  output(): string;
  exit: Promise<number | null>;
}

function start(command: string, args: string[], apiRoot: string): Running {
  const child = spawn(command, args, {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: apiRoot,
      DATA_DIR: mkdtempSync(path.join(tmpdir(), "stopping-")),
      HTTP_HOST: "127.0.0.1",
      HTTP_PORT: "0",
      SHUTDOWN_GRACE_SECONDS: String(GRACE_S),
      LOG_LEVEL: "info",
      npm_config_update_notifier: "false",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return { child, ...watchOutput(child) };
}

/** The process and everything it started, by pid (from /proc: parent of each). */
function tree(root: number): number[] {
  const listed = spawnSync("ps", ["-e", "-o", "pid=,ppid="], { encoding: "utf8" }).stdout;
  const pairs = listed
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const found = [root];
  for (let i = 0; i < found.length; i++)
    for (const [pid, ppid] of pairs) if (ppid === found[i]) found.push(pid);
  return found;
}

/** Still running (a zombie waiting for its parent has stopped). */
function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z /.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

describe("stopping the service", { timeout: 150_000 }, () => {
  let api: BotApiServer;
  let pids: number[] = [];
  afterEach(async () => {
    for (const pid of pids.filter(alive)) process.kill(pid, "SIGKILL");
    pids = [];
    await api?.close();
  });

  /** Starts the bot and waits until it has answered someone (so polling has confirmed updates). */
  async function answering(command: string, args: string[]): Promise<Running> {
    api = new BotApiServer();
    const bot = start(command, args, await api.listen());
    await until(() => (bot.output().includes("polling Telegram") ? true : undefined), 120_000);
    pids = tree(bot.child.pid!);
    api.push(api.telegram.userMessage(person, "/start"));
    await until(() => lastFromBot(api.telegram, person.id));
    return bot;
  }

  it("SIGTERM to `npm start` stops the bot it runs through the shell, cleanly", async () => {
    const npm = await answering("npm", ["start"]);
    expect(pids.length).toBeGreaterThanOrEqual(2);
    npm.child.kill("SIGTERM");
    const sent = Date.now();
    await until(() => (pids.some(alive) ? undefined : true), GRACE_S * 1000 + SLACK_MS);
    expect(Date.now() - sent).toBeLessThan(GRACE_S * 1000 + SLACK_MS);
    expect(npm.output()).toContain("stopped cleanly");
  });

  it("ends within the grace when the Bot API stops answering (a getUpdates left hanging)", async () => {
    const bot = await answering(process.execPath, ["scripts/run.mjs", "main"]);
    api.hang = true;
    await until(() => (api.hanging > 0 ? true : undefined));
    const sent = Date.now();
    bot.child.kill("SIGTERM");
    await bot.exit;
    expect(Date.now() - sent).toBeLessThan(GRACE_S * 1000 + SLACK_MS);
    expect(bot.output()).toContain("could not confirm the last updates to Telegram");
  });

  it("ends within the grace when the Bot API is gone and polling waits to retry", async () => {
    const bot = await answering(process.execPath, ["scripts/run.mjs", "main"]);
    await api.close();
    // Refused for 14 s: the runner's retry wait has doubled past the grace (6.4 s, then 12.8 s).
    await new Promise((resolve) => setTimeout(resolve, 14_000));
    const sent = Date.now();
    bot.child.kill("SIGTERM");
    const code = await bot.exit;
    expect(Date.now() - sent).toBeLessThan(GRACE_S * 1000 + SLACK_MS);
    expect(code).toBe(0);
    expect(bot.output()).toContain("stopped cleanly");
  });
});
