// The service as an operator runs it (`node src/main.ts` with BOT_TOKEN, as `npm start` does),
// against a Bot API server over real HTTP and real PostgreSQL: a second instance's 409 is
// waited out, SIGTERM during a burst answers every update in flight before exit 0, and the
// webhook mode takes updates only with the secret.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { BotApiServer, lastFromBot, until } from "../support/bot-api-server.ts";
import { onServer, TEST_DATABASE_URL } from "../support/databases.ts";
import { freePort } from "../support/free-port.ts";
import { type Service, startService } from "./helpers.ts";

const SECRET = "webhook-secret-0123456789abcdef0123456789";

interface Running extends Service {
  port: number;
}

async function startBot(env: Record<string, string>): Promise<Running> {
  const port = await freePort();
  const service = startService("service", {
    HTTP_HOST: "127.0.0.1",
    HTTP_PORT: String(port),
    LOG_LEVEL: "info",
    ...env,
  });
  return { ...service, port };
}

describe("the service process", () => {
  const schema = `service_${process.pid}`;
  const databaseUrl = `${TEST_DATABASE_URL}?schema=${schema}`;
  let api: BotApiServer;
  let running: Running | undefined;
  beforeAll(async () => {
    await onServer(TEST_DATABASE_URL, `DROP SCHEMA IF EXISTS "${schema}" CASCADE; CREATE SCHEMA "${schema}"`);
  });
  afterEach(async () => {
    if (running && running.child.exitCode === null) {
      running.child.kill("SIGKILL");
      await running.exit;
    }
    await api?.close();
  });
  afterAll(async () => {
    await onServer(TEST_DATABASE_URL, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  });

  it("waits out another poller's 409, and on SIGTERM answers every update in flight, then exits 0", async () => {
    api = new BotApiServer();
    api.conflict = true;
    const root = await api.listen();
    running = await startBot({
      TELEGRAM_API_ROOT: root,
      DATABASE_URL: databaseUrl,
      SHUTDOWN_GRACE_SECONDS: "20",
    });
    const bot = running;
    await until(() => (bot.output().includes("409 Conflict") ? true : undefined));
    expect(bot.child.exitCode).toBeNull();
    const health = await fetch(`http://127.0.0.1:${bot.port}/healthz`);
    expect(health.status).toBe(200);
    api.conflict = false;

    // A burst while Telegram answers slowly: each reply takes 1.5 s, so they are all in flight.
    api.delayMs = 1500;
    const people = Array.from({ length: 15 }, (_, n) => ({
      id: 610_000_000 + n,
      first_name: `Person${n}`,
      language_code: "ru",
    }));
    let lastId = 0;
    for (const person of people) {
      const update = api.telegram.userMessage(person, "/start");
      lastId = update.update_id;
      api.push(update);
    }
    await until(() => (api.delivered >= lastId ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const answeredBefore = people.filter((person) => lastFromBot(api.telegram, person.id)).length;
    expect(answeredBefore).toBeLessThan(people.length);
    bot.child.kill("SIGTERM");
    expect(await bot.exit).toBe(0);
    for (const person of people)
      expect(lastFromBot(api.telegram, person.id)?.text).toContain("Открытая дверь");
    expect(bot.output()).toContain("stopped cleanly");
    for (const identity of ["610000000", "Person0"]) expect(bot.output()).not.toContain(identity);
  }, 180_000);

  it("in webhook mode sets the webhook with its secret and takes only updates that carry it", async () => {
    api = new BotApiServer();
    const root = await api.listen();
    running = await startBot({
      TELEGRAM_API_ROOT: root,
      DATABASE_URL: databaseUrl,
      BOT_MODE: "webhook",
      WEBHOOK_URL: "https://bot.example.org/telegram/hook",
      WEBHOOK_SECRET: SECRET,
    });
    const bot = running;
    const setWebhook = await until(() => api.telegram.callsTo("setWebhook")[0]);
    expect(setWebhook.payload).toMatchObject({
      url: "https://bot.example.org/telegram/hook",
      secret_token: SECRET,
    });
    const person = { id: 620_000_001, first_name: "Aruzhan", language_code: "kk" };
    const post = (secret?: string) =>
      fetch(`http://127.0.0.1:${bot.port}/telegram/hook`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(secret ? { "x-telegram-bot-api-secret-token": secret } : {}),
        },
        body: JSON.stringify(api.telegram.userMessage(person, "/start")),
      });
    expect((await post()).status).toBe(401);
    expect((await post("not-the-secret")).status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(lastFromBot(api.telegram, person.id)).toBeUndefined();
    expect((await post(SECRET)).status).toBe(200);
    const welcome = await until(() => lastFromBot(api.telegram, person.id));
    expect(welcome.text).toContain("Ашық есік");
    const ready = await fetch(`http://127.0.0.1:${bot.port}/readyz`);
    expect(await ready.json()).toMatchObject({ ok: true });
    const metrics = await (await fetch(`http://127.0.0.1:${bot.port}/metrics`)).text();
    expect(metrics).toMatch(/opendoor_updates_total\{type="message"\} 1/);
    bot.child.kill("SIGTERM");
    expect(await bot.exit).toBe(0);
  }, 180_000);
});
