// What one feature adds to the bot. Each feature folder exports a factory returning a Feature;
// createBot (src/bot/index.ts) calls them in one visible list, in the order their handlers run,
// and hands their consent parts to src/consent. Nothing registers itself at import time.
// Periodic work is listed apart, in src/bot/jobs.ts, so that `npm run purge` needs no bot.
import type { Middleware } from "grammy";
import type { ConsentContribution } from "../consent/index.ts";
import type { BotContext } from "./context.ts";

export interface Feature {
  /** Its handlers: commands, callback data, menu entry. */
  composer: Middleware<BotContext>;
  /** Answers to the consent questions it asks, and what it deletes when a purpose is withdrawn. */
  consent?: ConsentContribution;
}
