// The bot as outsiders run it: `npm start` with BOT_TOKEN, long polling a Bot API server
// at TELEGRAM_API_ROOT. The server here is the fake Telegram behind real HTTP, with a
// getUpdates queue, so the whole path (runner, HTTP client, JSON) is the production one.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BotApiServer, lastFromBot, ROOT, TOKEN, until } from "../support/bot-api-server.ts";

describe("npm start with BOT_TOKEN against a Bot API server at TELEGRAM_API_ROOT", {
  timeout: 120_000,
}, () => {
  const api = new BotApiServer();
  let bot: ChildProcess;
  let stderr = "";
  let stdout = "";
  beforeAll(async () => {
    const root = await api.listen();
    bot = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: root,
        DATA_DIR: mkdtempSync(path.join(tmpdir(), "polling-")),
        LOG_LEVEL: "debug",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    bot.stderr?.on("data", (chunk) => {
      stderr += chunk;
    });
    bot.stdout?.on("data", (chunk) => {
      stdout += chunk;
    });
  });
  afterAll(async () => {
    bot.kill("SIGTERM");
    await new Promise((resolve) => bot.once("exit", resolve));
    await api.close();
  });

  it("publishes its commands, answers /start and a button press, and logs no identity", async () => {
    const person = { id: 424242424, first_name: "Madina", username: "madina_k", language_code: "kk" };
    await until(() => (api.telegram.callsTo("setMyCommands").length >= 4 ? true : undefined));
    api.push(api.telegram.userMessage(person, "/start"));
    const welcome = await until(() => lastFromBot(api.telegram, person.id));
    expect(welcome.text).toContain("Ашық есік");
    api.push(api.telegram.pressButton(person, person.id, "last", "🌐 Тіл"));
    await until(() => (lastFromBot(api.telegram, person.id)?.text?.includes("тілін") ? true : undefined));
    expect(api.telegram.callsTo("setMyCommands").some((call) => call.payload.language_code === "kk")).toBe(
      true,
    );
    expect(stderr).toBe("");
    expect(stdout).toContain("polling Telegram");
    for (const identity of ["424242424", "Madina", "madina_k"]) expect(stdout).not.toContain(identity);
  });
});
