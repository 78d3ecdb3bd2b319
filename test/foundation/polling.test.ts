// The bot as outsiders run it: `npm start` with BOT_TOKEN, long polling a Bot API server
// at TELEGRAM_API_ROOT. The server here is the fake Telegram behind real HTTP, with a
// getUpdates queue, so the whole path (runner, HTTP client, JSON) is the production one.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeTelegram } from "../../src/channels/local/fake-telegram.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TOKEN = "123456:TEST-token-for-the-local-bot-api-server";

class BotApiServer {
  readonly telegram = new FakeTelegram();
  private queue: Update[] = [];
  private waiting: (() => void)[] = [];
  private server: Server;
  constructor() {
    this.server = createServer(async (request, response) => {
      const body = await new Promise<string>((resolve) => {
        let data = "";
        request.on("data", (chunk) => {
          data += chunk;
        });
        request.on("end", () => resolve(data));
      });
      const method = request.url?.split("/").at(-1) ?? "";
      if (!request.url?.startsWith(`/bot${TOKEN}/`)) {
        response
          .writeHead(401)
          .end(JSON.stringify({ ok: false, error_code: 401, description: "Unauthorized" }));
        return;
      }
      if (method === "getUpdates") {
        const { offset = 0, timeout = 0 } = body ? JSON.parse(body) : {};
        this.queue = this.queue.filter((update) => update.update_id >= offset);
        if (this.queue.length === 0 && timeout > 0) {
          await new Promise<void>((resolve) => {
            this.waiting.push(resolve);
            setTimeout(resolve, Math.min(timeout, 2) * 1000);
          });
        }
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify({ ok: true, result: this.queue }));
        return;
      }
      const answer = await this.telegram.fetch(`${this.telegram.apiRoot}/bot${TOKEN}/${method}`, {
        method: "POST",
        headers: { "content-type": String(request.headers["content-type"] ?? "application/json") },
        body,
      });
      response.writeHead(answer.status, { "content-type": "application/json" });
      response.end(await answer.text());
    });
  }
  listen(): Promise<string> {
    return new Promise((resolve) =>
      this.server.listen(0, "127.0.0.1", () =>
        resolve(`http://127.0.0.1:${(this.server.address() as AddressInfo).port}`),
      ),
    );
  }
  push(update: Update): void {
    this.queue.push(update);
    for (const wake of this.waiting.splice(0)) wake();
  }
  close(): Promise<void> {
    for (const wake of this.waiting.splice(0)) wake();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

async function until<T>(probe: () => T | undefined, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const lastFromBot = (telegram: FakeTelegram, chatId: number) =>
  telegram
    .messagesIn(chatId)
    .filter((message) => message.from.is_bot)
    .at(-1);

describe("npm start with BOT_TOKEN against a Bot API server at TELEGRAM_API_ROOT", () => {
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
