// The embedded PGlite failing while nobody writes (its data directory taken away under an idle bot): found by the
// bot itself, not by the next person. On Telegram, /metrics says `opendoor_database_up 0`, /readyz says the
// database failed for good, and the process exits 1 for its supervisor, with or without a probe; in the simulator
// (no supervisor), it says so once in the terminal and exits 1 instead of answering "try again" forever.
// The failure met by an update is test/runtime/embedded-database-lost.test.ts.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, renameSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BotApiServer, ROOT, until } from "../support/bot-api-server.ts";
import { watchOutput } from "../support/child-output.ts";
import { freePort } from "../support/free-port.ts";
import { say } from "../support/words.ts";
import { startService } from "./helpers.ts";

const FATAL = "the embedded database failed and cannot be reopened in this process";
const SIM_SAYS = "sim › the embedded database in";

const metric = (text: string, name: string) => text.match(new RegExp(`^${name} (\\S+)$`, "m"))?.[1];

describe("the embedded database failing while the bot is idle", { timeout: 240_000 }, () => {
  const children: ChildProcess[] = [];
  let api: BotApiServer | undefined;
  afterEach(async () => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
    await api?.close();
  });

  it("on Telegram: /metrics and /readyz say so, and the bot exits 1 by itself, with nobody writing", async () => {
    api = new BotApiServer();
    const apiRoot = await api.listen();
    const dataDir = mkdtempSync(path.join(tmpdir(), "pglite-idle-"));
    const files = path.join(dataDir, "pglite");
    const port = await freePort();
    const start = () => {
      const running = startService("embedded-database-idle", {
        TELEGRAM_API_ROOT: apiRoot,
        DATA_DIR: dataDir,
        HTTP_HOST: "127.0.0.1",
        HTTP_PORT: String(port),
      });
      children.push(running.child);
      return running;
    };
    const get = (what: string) => fetch(`http://127.0.0.1:${port}/${what}`);

    let running = start();
    await until(() => (running.output().includes("polling Telegram") ? true : undefined), 120_000);
    expect(metric(await (await get("metrics")).text(), "opendoor_database_up")).toBe("1");
    expect((await get("readyz")).status).toBe(200);

    renameSync(files, `${files}.away`);
    // The scrape reports it; the readiness probe reports it too, and starts the exit (the watch would, within 5 s).
    expect(metric(await (await get("metrics")).text(), "opendoor_database_up")).toBe("0");
    const readyz = await get("readyz");
    expect(readyz.status).toBe(503);
    const { checks } = (await readyz.json()) as { checks: Record<string, string> };
    expect(checks.database ?? checks.stopping).toMatch(/failed for good|embedded database failed/);
    expect(await running.exit).toBe(1);
    expect(running.output().split(FATAL)).toHaveLength(2);
    expect(running.output()).not.toMatch(/\n\s+at /);
    // Nobody wrote, so nobody was told "try again".
    expect(api.telegram.callsTo("sendMessage")).toEqual([]);

    // Restarted on the files put back; taken away again with no probe at all: the bot's own watch finds it.
    renameSync(`${files}.away`, files);
    running = start();
    await until(() => (running.output().includes("polling Telegram") ? true : undefined), 120_000);
    renameSync(files, `${files}.away`);
    const exited = Date.now();
    expect(await running.exit).toBe(1);
    expect(Date.now() - exited).toBeLessThan(30_000);
    expect(running.output().split(FATAL)).toHaveLength(2);
  });

  it("in the simulator: says so once, plainly, and exits 1, whether idle or answering someone", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "pglite-idle-sim-"));
    const files = path.join(dataDir, "pglite");
    const simulate = () => {
      const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
        cwd: ROOT,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dataDir },
        stdio: ["pipe", "pipe", "pipe"],
      });
      children.push(child);
      return { child, ...watchOutput(child) };
    };
    const welcomed = (output: () => string, times: number) =>
      until(() => (output().split("bot ›").length > times ? true : undefined), 120_000);

    // Idle: nothing typed after the files went.
    let sim = simulate();
    sim.child.stdin?.write("/start\n");
    await welcomed(sim.output, 1);
    renameSync(files, `${files}.away`);
    expect(await sim.exit).toBe(1);
    expect(sim.output().split(SIM_SAYS)).toHaveLength(2);
    expect(sim.output()).toContain("start it again with npm start");
    expect(sim.output()).not.toContain(say("ru", "service-unavailable"));

    // Typing: the message is answered kindly once, then the same plain line and exit 1; nothing typed after is read.
    renameSync(`${files}.away`, files);
    sim = simulate();
    sim.child.stdin?.write("/start\n");
    await welcomed(sim.output, 1);
    renameSync(files, `${files}.away`);
    sim.child.stdin?.write("/mydata\n");
    expect(await sim.exit).toBe(1);
    const output = sim.output();
    expect(output.split(SIM_SAYS)).toHaveLength(2);
    // The answer to /mydata came first (unless the watch was quicker than the message), and only once.
    expect(output.split(say("ru", "service-unavailable")).length).toBeLessThanOrEqual(2);
    if (output.includes(say("ru", "service-unavailable")))
      expect(output.indexOf(say("ru", "service-unavailable"))).toBeLessThan(output.indexOf(SIM_SAYS));
  });
});
