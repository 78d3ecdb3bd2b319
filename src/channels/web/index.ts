// The web chat, put together for the runtime: whether it runs, the channel, and its HTTP routes.
import type { Hono } from "hono";
import type { Config } from "../../config/index.ts";
import type { Content } from "../../content/load.ts";
import type { RateLimitStore } from "../../resilience/rate-limit.ts";
import { WebChannel } from "./channel.ts";
import { windowCounter } from "./rate-limit.ts";
import { pageTexts, webChatRoutes } from "./routes.ts";

export { WebChannel } from "./channel.ts";

/** WEB_CHAT decides; unset, the chat runs in local mode (no BOT_TOKEN) and not on Telegram. */
export function webChatEnabled(config: Pick<Config, "WEB_CHAT" | "BOT_TOKEN">): boolean {
  return config.WEB_CHAT === undefined ? config.BOT_TOKEN === undefined : config.WEB_CHAT === "on";
}

export function createWebChannel(config: Config, now?: () => number): WebChannel {
  return new WebChannel({
    pseudonymSecret: config.pseudonymSecret,
    keepHours: config.WEB_CHAT_KEEP_HOURS,
    defaultLocale: config.DEFAULT_LOCALE,
    ...(now ? { now } : {}),
  });
}

export interface WebChatAppOptions {
  config: Config;
  content: Content;
  t(locale: string, key: string): string;
  /** Shared rate-limit counts (Redis, as for the bot's own limit). */
  store?: RateLimitStore;
  /** True once a stop has begun: sends are refused (the page retries them later). */
  stopping?(): boolean;
}

/** The routes under /chat, with the page's texts read from the locales once per language. */
export function webChatApp(channel: WebChannel, options: WebChatAppOptions): Hono {
  const { config, content, t } = options;
  const cache = new Map<string, Record<string, string>>();
  return webChatRoutes({
    channel,
    settings: config,
    counter: windowCounter(options.store),
    ...(options.stopping ? { stopping: options.stopping } : {}),
    texts: (locale) => {
      let texts = cache.get(locale);
      if (!texts) {
        texts = pageTexts(content.locales[locale], (key) => t(locale, key));
        cache.set(locale, texts);
      }
      return texts;
    },
  });
}
