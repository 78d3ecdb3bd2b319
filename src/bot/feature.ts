// What one feature adds to the bot. Each feature folder exports a factory returning a Feature;
// createBot (src/bot/index.ts) calls them in one visible list, in the order their handlers run,
// and hands their consent parts to src/consent. Nothing registers itself at import time.
// Periodic work is listed apart, in src/bot/jobs.ts, so that `npm run purge` needs no bot.
//
// The features: src/welcome, src/language, src/crisis-reply, src/triage, src/questions, src/centers,
// src/counselors, src/privacy-rights, src/unhandled. A feature imports shared modules and its own
// folder, never another feature. Everything else is shared: src/bot (context, menu, links, safety
// texts), config, consent, content, i18n, privacy, statistics, retention, db, and the grammY-free
// domains several features read (src/crisis detection, src/knowledge base, src/referral directory).
// test/architecture.test.ts keeps it so.
import type { Middleware } from "grammy";
import type { ConsentContribution } from "../consent/index.ts";
import type { BotContext } from "./context.ts";

export interface Feature {
  /** Its handlers: commands, callback data, menu entry. */
  composer: Middleware<BotContext>;
  /** Answers to the consent questions it asks, and what it deletes when a purpose is withdrawn. */
  consent?: ConsentContribution;
}
