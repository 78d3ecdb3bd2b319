// A backlog after a restart: polling hands the bot a person's queued updates at once, and the runner (or a
// webhook burst) handles them concurrently. One person's updates must still be answered in the order they were
// sent, whatever the middleware before their queue awaits (the rate limit's count: in memory, or in Redis), and
// a crisis reply must never wait for another person's slow update.
import type { Transformer } from "grammy";
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import type { RateLimitStore } from "../../src/resilience/rate-limit.ts";
import { createHarness, DATABASE_KINDS } from "../support/harness.ts";
import { say } from "../support/words.ts";

const CRISIS: Record<Locale, string> = {
  kk: "мен у іштім",
  ru: "я выпила много таблеток час назад",
  en: "I already took the pills",
};

/** A shared store that answers each count a little later, as Redis over the network does. */
function slowStore(): RateLimitStore {
  const counts = new Map<string, number>();
  const later = <T>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), 15));
  return {
    incr: (key) => {
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      return later(count);
    },
    pexpire: () => later(1),
  };
}

describe.each(DATABASE_KINDS)("a backlog of one person's updates on %s", { timeout: 180_000 }, (kind) => {
  it.each([
    ["in memory", undefined],
    ["shared (Redis-like)", slowStore],
  ] as const)(
    "rate limit counted %s: /start, then crisis words, answered in that order",
    async (_, store) => {
      // The service's default limit, not the harness's 0: the count is what took the crisis message ahead.
      const h = await createHarness(kind, {
        config: { RATE_LIMIT_UPDATES: 20, RATE_LIMIT_WINDOW_SECONDS: 10 },
        ...(store ? { rateLimitStore: store() } : {}),
      });
      try {
        for (const locale of ["kk", "ru", "en"] as const) {
          const person = h.user({ language_code: locale });
          // Handed over together, as getUpdates returns a backlog: none waits for the one before it.
          await Promise.all([person.send("/start"), person.send(CRISIS[locale]), person.send("/menu")]);
          const texts = person.texts();
          expect(texts[0]?.split("\n")[0]).toBe(say(locale, "welcome-first").split("\n")[0]);
          const crisisAt = texts.findIndex((text) => text.startsWith(say(locale, "crisis-act-done")));
          expect(crisisAt).toBeGreaterThan(0);
          // /menu's answer comes after the crisis reply it followed.
          expect(texts.length).toBeGreaterThan(crisisAt + 1);
        }
      } finally {
        await h.close();
      }
    },
  );

  it("a crisis reply does not wait for another person whose update is slow", async () => {
    const h = await createHarness(kind, {
      config: { RATE_LIMIT_UPDATES: 20, RATE_LIMIT_WINDOW_SECONDS: 10 },
    });
    try {
      const slow = h.user({ language_code: "ru" });
      const person = h.user({ language_code: "en" });
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      // Telegram takes its time with everything sent to the slow person's chat.
      const holdSlowChat: Transformer = async (prev, method, payload, signal) => {
        if ((payload as { chat_id?: number }).chat_id === slow.id) await held;
        return prev(method, payload, signal);
      };
      h.bot.api.config.use(holdSlowChat);
      const slowStart = slow.send("/start");
      await person.send(CRISIS.en);
      expect(person.lastText().startsWith(say("en", "crisis-act-done"))).toBe(true);
      expect(slow.texts()).toEqual([]);
      release();
      await slowStart;
      expect(slow.texts()).toHaveLength(1);
    } finally {
      await h.close();
    }
  });
});
