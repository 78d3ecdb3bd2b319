// A per-person limit on incoming updates in private chats, so that one person (or a script)
// cannot flood the bot, the database or the counselors: past RATE_LIMIT_UPDATES in
// RATE_LIMIT_WINDOW_SECONDS, the person gets one polite answer and further updates are dropped
// until the window ends. A crisis message is never limited; nor are the counselors' group
// (staff at work) and the local simulator (one person at a keyboard or a piped script). The count lives in this instance's memory, keyed by
// the Telegram id (memory only, never stored or logged); with N instances behind a load
// balancer a person may reach N times the limit, which still bounds a flood.

import type { I18n } from "@grammyjs/i18n";
import { limit } from "@grammyjs/ratelimiter";
import type { MiddlewareFn } from "grammy";
import type { BaseContext } from "../bot/context.ts";
import type { Config } from "../config/index.ts";
import { localeFromTelegram } from "../i18n/index.ts";
import type { Metrics } from "../observability/metrics.ts";
import { crisisIn } from "./safety-net.ts";

export function rateLimit(
  config: Pick<Config, "RATE_LIMIT_UPDATES" | "RATE_LIMIT_WINDOW_SECONDS" | "DEFAULT_LOCALE">,
  i18n: I18n<BaseContext>,
  metrics?: Metrics,
): MiddlewareFn<BaseContext> {
  if (config.RATE_LIMIT_UPDATES === 0) return (_ctx, next) => next();
  return limit<BaseContext, never>({
    timeFrame: config.RATE_LIMIT_WINDOW_SECONDS * 1000,
    limit: config.RATE_LIMIT_UPDATES,
    keyGenerator: (ctx) => {
      if (ctx.chat?.type !== "private" || !ctx.from || crisisIn(ctx).length > 0) return undefined;
      return String(ctx.from.id);
    },
    // Called once per window, on the first update over the limit; the rest are dropped silently.
    onLimitExceeded: async (ctx) => {
      metrics?.rateLimited.inc();
      if (ctx.chat?.type !== "private") return;
      const locale = localeFromTelegram(ctx.from) ?? config.DEFAULT_LOCALE;
      if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => {});
      await ctx.reply(i18n.t(locale, "rate-limited")).catch(() => {});
    },
  });
}
