// A Bot API server for tests of the bot as a process: the fake Telegram behind real HTTP,
// with a getUpdates queue, so the whole production path (runner, HTTP client, JSON) runs.
// It can answer slowly (updates stay in flight), refuse getUpdates with 409 Conflict
// (another instance polling the same token), or stop answering at all.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Update } from "grammy/types";
import { FakeTelegram } from "../../src/dev/telegram/fake-telegram.ts";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const TOKEN = "123456:TEST-token-for-the-local-bot-api-server";

export class BotApiServer {
  readonly telegram = new FakeTelegram();
  /** Milliseconds every call other than getUpdates takes. */
  delayMs = 0;
  /** While true, getUpdates answers 409 Conflict. */
  conflict = false;
  /** While true, requests are taken and never answered (a Bot API that stopped responding). */
  hang = false;
  /** Requests left unanswered so far because of `hang`. */
  hanging = 0;
  /** Updates handed out by getUpdates so far. */
  delivered = 0;
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
      if (this.hang) {
        this.hanging++;
        return;
      }
      const method = request.url?.split("/").at(-1) ?? "";
      if (!request.url?.startsWith(`/bot${TOKEN}/`)) {
        response
          .writeHead(401)
          .end(JSON.stringify({ ok: false, error_code: 401, description: "Unauthorized" }));
        return;
      }
      if (method === "getUpdates") {
        if (this.conflict) {
          response.writeHead(409, { "content-type": "application/json" }).end(
            JSON.stringify({
              ok: false,
              error_code: 409,
              description: "Conflict: terminated by other getUpdates request",
            }),
          );
          return;
        }
        const { offset = 0, timeout = 0 } = body ? JSON.parse(body) : {};
        this.queue = this.queue.filter((update) => update.update_id >= offset);
        if (this.queue.length === 0 && timeout > 0) {
          await new Promise<void>((resolve) => {
            this.waiting.push(resolve);
            setTimeout(resolve, Math.min(timeout, 2) * 1000);
          });
        }
        this.delivered = Math.max(this.delivered, this.queue.at(-1)?.update_id ?? 0);
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify({ ok: true, result: this.queue }));
        return;
      }
      if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
      const answer = await this.telegram.fetch(`${this.telegram.apiRoot}/bot${TOKEN}/${method}`, {
        method: "POST",
        headers: { "content-type": String(request.headers["content-type"] ?? "application/json") },
        body,
      });
      response.writeHead(answer.status, { "content-type": "application/json" });
      response.end(await answer.text());
    });
  }
  /** Starts answering, on `port` when given (a Bot API the bot was already told of, coming up late). */
  listen(port = 0): Promise<string> {
    return new Promise((resolve) =>
      this.server.listen(port, "127.0.0.1", () =>
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
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    // Requests left hanging would hold the server open.
    this.server.closeAllConnections();
    return closed;
  }
}

export async function until<T>(probe: () => T | undefined, ms = 90_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export const lastFromBot = (telegram: FakeTelegram, chatId: number) =>
  telegram
    .messagesIn(chatId)
    .filter((message) => message.from.is_bot)
    .at(-1);
