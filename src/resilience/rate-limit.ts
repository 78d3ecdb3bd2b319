// A per-person limit on incoming updates in private chats, so that one person (or a script)
// cannot flood the bot, the database or the counselors: past RATE_LIMIT_UPDATES in
// RATE_LIMIT_WINDOW_SECONDS, the person gets one polite answer and further updates are dropped
// until the window ends. Updates are counted in the person's queue (after sequentialize): counting
// awaits the store (Redis, or a promise even in memory), and an update that waited there while a
// later one that is never counted (a crisis message) went on would be answered after it (a backlog
// after a restart: the crisis reply before the welcome). In the queue a flood still costs nothing
// past the count, and the one answer comes after the answers to the updates within the limit
// (@grammyjs/ratelimiter 1.2 calls onLimitExceeded once per window, on the first update over it).
// A crisis message is never limited; nor are the counselors' group (staff at work) and the local
// simulator (one person at a keyboard or a piped script).
// The count is keyed by the person's pseudonym (ctx.person: src/bot/identity.ts runs first). It
// lives in this instance's memory, or in Redis when REDIS_URL is set, so that several instances
// behind a load balancer share one count.

import type { I18n } from "@grammyjs/i18n";
import { limit } from "@grammyjs/ratelimiter";
import type { MiddlewareFn } from "grammy";
import type { BaseContext } from "../bot/context.ts";
import type { Config } from "../config/index.ts";
import type { CrisisDetector } from "../crisis/detector.ts";
import { localeFromTelegram } from "../i18n/index.ts";
import type { Metrics } from "../observability/metrics.ts";
import { SECOND_MS } from "../time/durations.ts";
import { crisisIn } from "./safety-net.ts";

/** What the limiter needs of a shared store (ioredis has both; src/resilience/redis-store.ts). */
export interface RateLimitStore {
  incr(key: string): Promise<number>;
  pexpire(key: string, milliseconds: number): Promise<number>;
}

export function rateLimit(
  config: Pick<Config, "RATE_LIMIT_UPDATES" | "RATE_LIMIT_WINDOW_SECONDS" | "DEFAULT_LOCALE">,
  i18n: I18n<BaseContext>,
  detector: CrisisDetector,
  options: { metrics?: Metrics; store?: RateLimitStore } = {},
): MiddlewareFn<BaseContext> {
  if (config.RATE_LIMIT_UPDATES === 0) return (_ctx, next) => next();
  return limit<BaseContext, RateLimitStore>({
    timeFrame: config.RATE_LIMIT_WINDOW_SECONDS * SECOND_MS,
    limit: config.RATE_LIMIT_UPDATES,
    storageClient: options.store ?? "MEMORY_STORE",
    keyPrefix: "opendoor:rate",
    keyGenerator: (ctx) => {
      if (ctx.chat?.type !== "private" || !ctx.person || crisisIn(ctx, detector).length > 0) return undefined;
      return ctx.person.pseudonym;
    },
    // Called once per window, on the first update over the limit; the rest are dropped silently.
    onLimitExceeded: async (ctx) => {
      options.metrics?.rateLimited.inc();
      if (ctx.chat?.type !== "private") return;
      const locale = localeFromTelegram(ctx.from) ?? config.DEFAULT_LOCALE;
      if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => {});
      await ctx.reply(i18n.t(locale, "rate-limited")).catch(() => {});
    },
  });
}
