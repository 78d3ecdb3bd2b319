// The services every feature reads from ctx.app, built from the configuration and the database.
// createBot builds them for the bot; `npm run purge` builds them alone, without a bot.
import type { Config } from "../config/index.ts";
import type { Content } from "../content/load.ts";
import type { Database } from "../db/connect.ts";
import { createI18n } from "../i18n/index.ts";
import type { Logger } from "../logger.ts";
import { createCipher } from "../privacy/cipher.ts";
import { makeLogTagger, makePseudonymizer } from "../privacy/pseudonym.ts";
import type { AppServices } from "./context.ts";

export interface ServiceDependencies {
  config: Config;
  /** Read once by loadContent() (src/content/load.ts); the one I18n instance is built from it. */
  content: Content;
  db: Database;
  logger: Logger;
  now?: () => number;
}

export function createAppServices(deps: ServiceDependencies): AppServices {
  const { config } = deps;
  const now = deps.now ?? Date.now;
  return {
    config,
    content: deps.content,
    i18n: createI18n(deps.content.locales, config.DEFAULT_LOCALE),
    db: deps.db,
    logger: deps.logger,
    cipher: createCipher(config.encryptionKeys, config.ENCRYPTION_KEY_ID),
    pseudonymize: makePseudonymizer(config.pseudonymSecret),
    logTag: makeLogTagger(config.pseudonymSecret, now),
    now,
  };
}

/**
 * The one retry path for Telegram's 429 (after retry_after) and 5xx: auto-retry, on every call of
 * every feature; the relay's outbox only paces. A call that got no answer at all is retried, and
 * logged, by src/resilience/telegram-reach.ts (auto-retry would retry it silently).
 */
export const RETRY_LIMITS = { maxRetryAttempts: 3, maxDelaySeconds: 30, rethrowHttpErrors: true };
