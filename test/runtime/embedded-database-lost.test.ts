// The embedded PGlite failing for good under the running service (its data directory taken away: a volume
// unmounted, a folder moved or made unwritable). It lives in the process and cannot be reopened there, so the
// person gets the kind "try again in a few minutes" with 112 and 114, the failure is logged once, and the process
// exits 1 after answering, for its supervisor to restart it; on restart the data on disk is all there.
// PostgreSQL going away and coming back within one process is test/resilience/outage.test.ts.
import { mkdtempSync, renameSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BotApiServer, lastFromBot, until } from "../support/bot-api-server.ts";
import { say } from "../support/words.ts";
import { type Service, startService } from "./helpers.ts";

const FATAL = "the embedded database failed and cannot be reopened in this process";
const dana = { id: 640_000_001, first_name: "Dana", language_code: "ru" };
const aigerim = { id: 640_000_002, first_name: "Aigerim", username: "aigerim_k", language_code: "kk" };

type Running = Service;

function startBot(apiRoot: string, dataDir: string): Running {
  return startService("embedded-database-lost", {
    TELEGRAM_API_ROOT: apiRoot,
    DATA_DIR: dataDir,
    HTTP_HOST: "127.0.0.1",
    HTTP_PORT: "0",
    // debug: "update handled", so that the files are taken away only once Dana's update is all stored.
    LOG_LEVEL: "debug",
  });
}

async function polling(bot: Running): Promise<void> {
  await until(() => (bot.output().includes("polling Telegram") ? true : undefined), 120_000);
}

/** What the bot said to `person` after the first `seen` of its messages, once it said something. */
async function answerTo(api: BotApiServer, person: { id: number }, seen: number): Promise<string[]> {
  const said = () =>
    api.telegram
      .messagesIn(person.id)
      .filter((message) => message.from.is_bot)
      .slice(seen)
      .map((message) => message.text ?? "");
  await until(() => (said().length > 0 ? true : undefined));
  return said();
}

const fromBot = (api: BotApiServer, person: { id: number }) =>
  api.telegram.messagesIn(person.id).filter((message) => message.from.is_bot).length;

describe("the embedded database failing under the running service", { timeout: 240_000 }, () => {
  let api: BotApiServer;
  let running: Running | undefined;
  afterEach(async () => {
    if (running && running.child.exitCode === null) {
      running.child.kill("SIGKILL");
      await running.exit;
    }
    await api?.close();
  });

  it("answers kindly, logs it once, exits 1 for the supervisor, and restarts on the data intact", async () => {
    api = new BotApiServer();
    const apiRoot = await api.listen();
    const dataDir = mkdtempSync(path.join(tmpdir(), "pglite-lost-"));
    running = startBot(apiRoot, dataDir);
    await polling(running);
    api.push(api.telegram.userMessage(dana, "/start"));
    await until(() => (/"update":1,[^\n]*"update handled"/.test(running!.output()) ? true : undefined));
    expect(lastFromBot(api.telegram, dana.id)?.text).not.toBe(say("ru", "welcome-back"));

    const files = path.join(dataDir, "pglite");
    renameSync(files, `${files}.away`);
    // What she asks for is read from tables nothing opened since the start: their files are gone.
    api.push(api.telegram.userMessage(aigerim, "/mydata"));
    const code = await running.exit;
    // Her welcome may go out before its session write fails: the last word is then the kind "try again".
    expect((await answerTo(api, aigerim, 0)).at(-1)).toBe(say("kk", "service-unavailable"));
    expect(code).toBe(1);
    const output = running.output();
    expect(output.split(FATAL)).toHaveLength(2);
    expect(output).not.toContain("stopped cleanly");
    // Logged as an operator can read it, and with nothing of the person's.
    expect(output).not.toMatch(/\n\s+at /);
    for (const identity of ["640000002", "Aigerim", "aigerim_k"]) expect(output).not.toContain(identity);

    // The supervisor's restart, on the same files: Dana is recognised, Aigerim now answered in her language.
    renameSync(`${files}.away`, files);
    running = startBot(apiRoot, dataDir);
    await polling(running);
    const danaSeen = fromBot(api, dana);
    api.push(api.telegram.userMessage(dana, "/start"));
    expect((await answerTo(api, dana, danaSeen))[0]).toContain(say("ru", "welcome-back"));
    api.push(api.telegram.userMessage(aigerim, "/start"));
    const welcomed = await answerTo(api, aigerim, 1);
    expect(welcomed[0]).not.toBe(say("kk", "service-unavailable"));
    expect(running.output()).not.toContain(FATAL);
  });
});
