// The bot under load, on real PostgreSQL: two instances sharing only the database, Telegram's
// 429 and 5xx answers, a person who floods, and oversize input.
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../../src/bot/index.ts";
import { createLogger } from "../../src/logger.ts";
import { testContent } from "../support/content.ts";
import { createHarness, type Harness, type TestUser } from "../support/harness.ts";
import { storedSession } from "../support/words.ts";

const CRISIS_KK = "өмір сүргім келмейді, дәрі ішіп қоямын";

describe("two instances on one PostgreSQL", () => {
  let a: Harness;
  let b: Harness;
  beforeAll(async () => {
    a = await createHarness("postgres");
    b = await a.sibling();
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it("handle interleaved updates for the same people without losing or repeating a write", async () => {
    const people: TestUser[] = Array.from({ length: 12 }, () => a.user({ language_code: "ru" }));
    for (const person of people) await person.send("/language");
    const before = new Map(people.map((person) => [person.id, person.messages().length]));
    // For each person at once: the language choice lands on one instance, /start on the other.
    // Each reads the session, changes one field and writes it back; without a lock across the
    // instances, the later write would silently drop the earlier one's field.
    await Promise.all(
      people.flatMap((person, index) => {
        const [first, second] = index % 2 === 0 ? [a, b] : [b, a];
        const keyboard = person.messages().at(-1)!;
        return [
          first.handle(a.telegram.pressButton(person.user, person.id, keyboard.messageId, "Қазақша")),
          second.handle(a.telegram.userMessage(person.user, "/start")),
        ];
      }),
    );
    for (const person of people) {
      const session = await storedSession(a, person);
      expect(session?.locale, "the language choice was kept").toBe("kk");
      expect(session?.welcomedAt, "the welcome was recorded").toEqual(expect.any(Number));
      const answers = person.messages().slice(before.get(person.id));
      // One answer to the button (the menu in Kazakh) and one welcome: nothing lost, nothing twice.
      expect(answers.filter((message) => message.text?.includes("қазақша"))).toHaveLength(1);
      expect(answers.filter((message) => /Ашық есік|Открытая дверь/.test(message.text ?? ""))).toHaveLength(
        1,
      );
      expect(answers).toHaveLength(2);
    }
    expect(a.logs()).not.toContain('"level":50');
  });
});

describe("Telegram's 429 and 5xx", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness("postgres");
  });
  afterAll(() => h.close());

  it("retries a 429 after retry_after and a 502 after a pause, without holding up other chats", async () => {
    const slow = h.user({ language_code: "en" });
    const flaky = h.user({ language_code: "en" });
    const other = h.user({ language_code: "en" });
    const attempts: { chat: unknown; at: number; status: number }[] = [];
    let refusedOnce = false;
    let failedOnce = false;
    const fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
      const url = String(input);
      if (url.endsWith("/sendMessage")) {
        const chat = JSON.parse(String(init?.body)).chat_id;
        if (chat === slow.id && !refusedOnce) {
          refusedOnce = true;
          attempts.push({ chat, at: Date.now(), status: 429 });
          const body = {
            ok: false,
            error_code: 429,
            description: "Too Many Requests: retry after 2",
            parameters: { retry_after: 2 },
          };
          return new Response(JSON.stringify(body), { status: 429 });
        }
        if (chat === flaky.id && !failedOnce) {
          failedOnce = true;
          attempts.push({ chat, at: Date.now(), status: 502 });
          const body = { ok: false, error_code: 502, description: "Bad Gateway" };
          return new Response(JSON.stringify(body), { status: 502 });
        }
        attempts.push({ chat, at: Date.now(), status: 200 });
      }
      return h.telegram.fetch(input, init);
    };
    const { bot, service } = createBot({
      config: h.config,
      content: testContent(),
      db: h.db,
      logger: createLogger("silent", new Writable({ write: (_c, _e, done) => done() })),
      now: h.clock.now,
      client: { fetch: fetch as typeof globalThis.fetch, apiRoot: h.telegram.apiRoot },
      botInfo: h.telegram.botInfo,
    });
    const started = Date.now();
    const slowDone = bot.handleUpdate(h.telegram.userMessage(slow.user, "/start")).then(() => Date.now());
    const flakyDone = bot.handleUpdate(h.telegram.userMessage(flaky.user, "/start"));
    const otherDone = bot.handleUpdate(h.telegram.userMessage(other.user, "/start")).then(() => Date.now());
    const [slowAt, otherAt] = await Promise.all([slowDone, otherDone, flakyDone]);
    await service.locks?.close();
    const slowAttempts = attempts.filter((attempt) => attempt.chat === slow.id);
    expect(slowAttempts[0]!.status).toBe(429);
    expect(slowAttempts[1]!.status).toBe(200);
    expect(slowAttempts[1]!.at - slowAttempts[0]!.at).toBeGreaterThanOrEqual(2000);
    expect(attempts.filter((attempt) => attempt.chat === flaky.id).map((attempt) => attempt.status)).toEqual([
      502, 200,
    ]);
    expect(otherAt - started).toBeLessThan(slowAt - started);
    expect(otherAt - started).toBeLessThan(2000);
    // Each person sees the welcome once: a retry never duplicates a message.
    expect(slow.texts().filter((text) => text.includes("Open Door"))).toHaveLength(1);
    expect(flaky.texts().filter((text) => text.includes("Open Door"))).toHaveLength(1);
    expect(other.texts().filter((text) => text.includes("Open Door"))).toHaveLength(1);
    const errors = await service.metrics.registry.getSingleMetricAsString(
      "opendoor_telegram_api_errors_total",
    );
    expect(errors).toContain('method="sendMessage",code="429"} 1');
    expect(errors).toContain('method="sendMessage",code="502"} 1');
  });
});

describe("a person who floods", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness("postgres", { config: { RATE_LIMIT_UPDATES: 4, RATE_LIMIT_WINDOW_SECONDS: 60 } });
  });
  afterAll(() => h.close());

  it("is told once, politely, and a crisis message still gets the full crisis reply", async () => {
    const person = h.user({ language_code: "kk" });
    for (let n = 0; n < 4; n++) await person.send(`сұрақ ${n}`);
    const answered = person.messages().length;
    for (let n = 0; n < 5; n++) await person.send(`тағы ${n}`);
    const afterFlood = person.texts().slice(answered);
    expect(afterFlood).toEqual([expect.stringContaining("жиі жазып")]);
    await person.send(CRISIS_KK);
    const crisis = person
      .texts()
      .slice(answered + 1)
      .join("\n");
    expect(crisis).toContain("112");
    expect(crisis).toContain("Мұны жалғыз көтерудің қажеті жоқ");
    // Someone else is not limited by this person's flood.
    const neighbour = h.user({ language_code: "kk" });
    await neighbour.send("/start");
    expect(neighbour.lastText()).toContain("Ашық есік");
  });

  it("gets a kind answer to oversize input, with no error", async () => {
    const person = h.user({ language_code: "ru" });
    await person.send("/start");
    await person.send("как помочь брату? ".repeat(6_000));
    await person.send({ photo: true, caption: "а".repeat(20_000) });
    expect(person.messages().length).toBeGreaterThanOrEqual(3);
    expect(h.logs()).not.toContain("update failed");
  });
});
