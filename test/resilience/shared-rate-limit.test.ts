// Several instances behind a load balancer share one rate-limit count through Redis (REDIS_URL):
// a flood spread over two instances is still limited at the promised number, the keys hold no
// Telegram id, and an unreachable Redis limits nobody rather than breaking every update.
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redisRateLimitStore } from "../../src/resilience/redis-store.ts";
import { createHarness, type Harness } from "../support/harness.ts";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const limitConfig = {
  RATE_LIMIT_UPDATES: 4,
  RATE_LIMIT_WINDOW_SECONDS: 60,
  // A fresh secret per run, so that counts left in Redis by an earlier run never match.
  pseudonymSecret: randomBytes(32).toString("hex"),
};

describe("a rate limit shared through Redis", () => {
  const store = redisRateLimitStore(REDIS_URL);
  let first: Harness;
  let second: Harness;
  beforeAll(async () => {
    first = await createHarness("postgres", { config: limitConfig, rateLimitStore: store });
    second = await first.sibling({ config: limitConfig, rateLimitStore: store });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
    await store.close();
  });

  it("limits a flood spread over two instances once, at the promised count, by pseudonym", async () => {
    const person = first.user({ language_code: "en" });
    const onSecond = second.user({ ...person.user });
    for (let n = 0; n < 2; n++) await person.send(`question ${n}`);
    for (let n = 0; n < 2; n++) await onSecond.send(`question ${n + 2}`);
    const answered = person.messages().length;
    expect(answered).toBeGreaterThanOrEqual(4);
    await person.send("one more");
    await onSecond.send("and more");
    const afterLimit = person.texts().slice(answered);
    expect(afterLimit).toHaveLength(1);
    expect(afterLimit[0]).toContain("faster than I can answer");

    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys("opendoor:rate*");
    await redis.quit();
    expect(keys.some((key) => key.includes(first.app.pseudonymize(person.user.id)))).toBe(true);
    expect(keys.join(" ")).not.toContain(String(person.user.id));
  });

  it("limits nobody when Redis is unreachable", async () => {
    const unreachable = redisRateLimitStore("redis://127.0.0.1:1");
    const h = await createHarness("pglite", { config: limitConfig, rateLimitStore: unreachable });
    try {
      const person = h.user({ language_code: "ru" });
      await person.send("/start");
      for (let n = 0; n < 6; n++) await person.send(`вопрос ${n}`);
      expect(person.texts().join("\n")).not.toContain("очень часто");
      expect(person.messages().length).toBeGreaterThanOrEqual(7);
      expect(h.logs()).not.toContain("update failed");
    } finally {
      await h.close();
      await unreachable.close();
    }
  }, 120_000);
});
