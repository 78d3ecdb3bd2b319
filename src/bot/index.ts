// Builds the bot: the same object runs on Telegram, in the local simulator and in tests.
// Side-effect free: no network, no timers; the caller decides how updates arrive.

import { autoRetry } from "@grammyjs/auto-retry";
import { conversations } from "@grammyjs/conversations";
import { sequentialize } from "@grammyjs/runner";
import { type ApiClientOptions, Bot, type StorageAdapter, session } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { centersFeature, showCenters } from "../centers/index.ts";
import { guardChannels } from "../channels/guard.ts";
import type { Fetch } from "../channels/web/calls.ts";
import type { WebChannel } from "../channels/web/channel.ts";
import type { Config } from "../config/index.ts";
import { createConsent } from "../consent/index.ts";
import type { Content } from "../content/load.ts";
import {
  caseEndedByWithdrawal,
  caseLanguageChosen,
  counselorDuty,
  counselorStart,
  counselorsFeature,
  counselorUnknownCommand,
  isRatingButton,
  locationKeptFromCounselor,
  ratingCommentFeature,
  talkAsked,
  tellOpenCase,
  writesToOpenCase,
} from "../counselors/feature.ts";
import { crisisReplyFeature } from "../crisis-reply/index.ts";
import type { Database } from "../db/connect.ts";
import { personLocks } from "../db/person-locks.ts";
import { createStoredState, type PreloadingLocks, preloadRead } from "../db/sessions.ts";
import { decideLocale, languageFeature } from "../language/index.ts";
import { errorLog, type Logger } from "../logger.ts";
import { countApiErrors, createMetrics, type Metrics, observeUpdates } from "../observability/metrics.ts";
import { privacyRightsFeature, rememberChatTrail, staleWithoutSession } from "../privacy-rights/index.ts";
import { sealedAdapter } from "../privacy-rights/sealed-state.ts";
import { questionsFeature } from "../questions/index.ts";
import { type RateLimitStore, rateLimit } from "../resilience/rate-limit.ts";
import { replyKindlyOnError } from "../resilience/safety-net.ts";
import { TelegramReach } from "../resilience/telegram-reach.ts";
import { InFlight } from "../runtime/in-flight.ts";
import { DAY_MS } from "../time/durations.ts";
import { triageFeature } from "../triage/index.ts";
import { unhandledFeature } from "../unhandled/index.ts";
import { welcomeFeature } from "../welcome/index.ts";
import { ASKED_ELSEWHERE, adoptAskedElsewhere, moveOn } from "./awaiting.ts";
import { Composer } from "./composer.ts";
import type { AppServices, BaseContext, BotContext, SessionData } from "./context.ts";
import type { Feature } from "./feature.ts";
import { identify } from "./identity.ts";
import { createAppServices, RETRY_LIMITS } from "./services.ts";

/** Bump when a conversation's code changes so that stored replays are discarded. */
export const CONVERSATIONS_VERSION = 3;

export interface BotDependencies {
  config: Config;
  /** Read once by loadContent() (src/content/load.ts); the bot's one I18n instance is built from it. */
  content: Content;
  db: Database;
  logger: Logger;
  now?: () => number;
  /** Where API calls go: a fake fetch in tests and the simulator, Telegram otherwise. */
  client?: ApiClientOptions;
  botInfo?: UserFromGetMe;
  /** Shared rate-limit counts across instances (Redis); unset: this instance's memory. */
  rateLimitStore?: RateLimitStore;
  /** The web chat (src/channels/web): answers its chats' API calls and feeds their updates in. */
  web?: WebChannel;
}

/** What the runtime needs to serve the bot: its metrics, the updates in flight, the cross-instance locks. */
export interface BotService {
  metrics: Metrics;
  inFlight: InFlight;
  locks?: PreloadingLocks;
  /** Whether Telegram answers, as the bot's calls find it (/readyz). */
  telegram: TelegramReach;
  /** Aborted when the embedded database failed for good: the runtime answers what is in flight and exits 1. */
  databaseLost: AbortController;
}

export function createBot(deps: BotDependencies): {
  bot: Bot<BotContext>;
  app: AppServices;
  service: BotService;
} {
  const { config, content } = deps;
  const app = createAppServices(deps);
  const { i18n } = app;
  const client: ApiClientOptions = { apiRoot: config.TELEGRAM_API_ROOT, ...deps.client };
  // The channel router and the guard sit under every Api, the conversations' own included.
  const toTelegram = guardChannels((deps.client?.fetch as Fetch | undefined) ?? fetch, deps.logger);
  client.fetch = (deps.web ? deps.web.client(toTelegram) : toTelegram) as NonNullable<
    ApiClientOptions["fetch"]
  >;
  const bot = new Bot<BotContext>(config.BOT_TOKEN ?? "0:local-simulator", {
    client,
    ...(deps.botInfo ? { botInfo: deps.botInfo } : {}),
  });
  const service: BotService = {
    metrics: createMetrics(),
    inFlight: new InFlight(),
    locks: personLocks(deps.db, preloadRead),
    telegram: new TelegramReach(deps.logger),
    databaseLost: new AbortController(),
  };
  // Failed attempts are counted inside the retries: calls without an answer (the network) retried by
  // service.telegram, Telegram's 429 and 5xx by auto-retry (RETRY_LIMITS).
  const installApiPlugins = (api: Bot<BotContext>["api"]) => {
    api.config.use(countApiErrors(service.metrics));
    api.config.use(service.telegram.retry);
    api.config.use(autoRetry(RETRY_LIMITS));
  };
  installApiPlugins(bot.api);

  const idleMs = config.SESSION_IDLE_DAYS * DAY_MS;
  // Built once by the content loader: the crisis reply, the safety net and the rate limit share it.
  const { detector } = content.crisis;

  // The whole chain on the flat Composer: grammY's Bot would wrap each `use` in two async functions.
  const pipeline = new Composer<BotContext>();
  bot.use(pipeline);
  if (deps.web) {
    deps.web.connect(bot, {
      t: (locale, key, variables) => i18n.t(locale, key, variables),
      onError: (error) => deps.logger.error({ err: errorLog(error) }, "a web chat update failed"),
    });
    // First: a counselor's message must be remembered before the relay copies it to a web chat.
    pipeline.use(deps.web.recent.middleware);
  }
  pipeline.use(service.inFlight.middleware, observeUpdates(service.metrics));
  // Updates from one sender are handled in order (the runner and the webhook are concurrent otherwise):
  // the queue is joined here, before the first middleware that awaits anything, since an update's place
  // is taken when it reaches sequentialize (a backlog's /start held up by the rate limit's count came
  // after the crisis message behind it, which is never counted). The raw id is an in-memory lock key only.
  pipeline.use(sequentialize((ctx) => ctx.from?.id.toString() ?? ctx.chat?.id.toString()));
  // The pseudonym, once per update: the rate limit counts by it (it hashed the id a second time).
  pipeline.use(identify(app));
  // Before anything that reads or stores: past the limit, one polite answer and the rest dropped (never a crisis).
  pipeline.use(rateLimit(config, i18n, detector, { metrics: service.metrics, store: deps.rateLimitStore }));
  const guarded = pipeline.errorBoundary(
    replyKindlyOnError(i18n, {
      detector,
      duty: counselorDuty,
      metrics: service.metrics,
      databaseLost: () => service.databaseLost.abort(),
    }),
  );
  // The session ("s"), the conversation state ("c") and a question asked from another update (src/bot/awaiting.ts)
  // of the sender, read in one query; on PostgreSQL under the person's lock, taken in the same round trip, so that
  // across instances one person's updates never run at the same time.
  const storedState = createStoredState(deps.db, idleMs, app.now, service.locks);
  guarded.use(storedState.preload<BotContext>(["s", "c", ASKED_ELSEWHERE], (ctx) => ctx.person?.pseudonym));
  guarded.use(
    session<SessionData, BotContext>({
      initial: () => ({}),
      getSessionKey: (ctx) => ctx.person?.pseudonym,
      storage: storedState.adapter<SessionData>("s"),
    }),
  );
  guarded.use(decideLocale(config.DEFAULT_LOCALE));
  guarded.use(i18n);
  guarded.use(adoptAskedElsewhere(storedState.adapter(ASKED_ELSEWHERE)), moveOn);
  // Before conversations: they see every private message, even one a conversation takes.
  guarded.use(
    rememberChatTrail,
    staleWithoutSession({ exempt: isRatingButton }),
    crisisReplyFeature({ detector, duty: counselorDuty }).composer,
  );
  guarded.use(
    conversations<BotContext, BaseContext>({
      storage: {
        type: "key",
        version: CONVERSATIONS_VERSION,
        // Keyed by person, fed only by their private chat: a person in the middle of triage who
        // writes in a group must not get the triage's questions there (no conversation runs in groups).
        getStorageKey: (ctx) => (ctx.chat?.type === "private" ? ctx.person?.pseudonym : NOT_PRIVATE),
        // Sealed: the replayed updates carry the person's Telegram id, name and what they wrote.
        adapter: privateOnly(sealedAdapter(storedState.adapter("c"), app.cipher)),
      },
      // Conversations build their own context and Api: re-install what handlers rely on.
      plugins: [
        identify(app),
        (ctx, next) => {
          installApiPlugins(ctx.api);
          return next();
        },
        i18n,
      ],
    }),
  );

  // The features that ask for consent contribute what its answers and its withdrawal mean.
  const triage = triageFeature(counselorDuty);
  const counselors = counselorsFeature();
  const questions = questionsFeature({ showCenters, duty: counselorDuty, talkToCounselor: talkAsked });
  const consent = createConsent([triage, counselors, questions].flatMap((feature) => feature.consent ?? []));
  // The features, in the order their handlers run. None imports another: where one needs another
  // (a question naming a city shows the nearest centers, /forget withdraws every consent), a
  // function is passed in here.
  const features: Feature[] = [
    // First after the plugin: an open triage sees an update before any other feature.
    triage,
    // Before the commands: the comment the person chose to write after a rating, or the end of its wait.
    ratingCommentFeature(),
    welcomeFeature({ staffStart: counselorStart, openCase: tellOpenCase }),
    languageFeature({ caseLanguageChosen }),
    { composer: consent.composer },
    centersFeature({ writesToOpenCase, locationKeptFromCounselor }),
    privacyRightsFeature({ revokeConsent: consent.revoke, openCase: caseEndedByWithdrawal }),
    // Before the knowledge base: while a case is open, what the person writes goes to the counselor.
    counselors,
    // After every other feature: free text nobody took is a question for the knowledge base.
    questions,
    unhandledFeature({ staffCommand: counselorUnknownCommand }),
  ];
  guarded.use(...features.map((feature) => feature.composer));
  return { bot, app, service };
}

/** The conversations' storage key outside private chats, where no conversation runs. */
const NOT_PRIVATE = "not-private";

/** Nothing to read or keep under NOT_PRIVATE: a group update (a counselor's button) saves a statement. */
function privateOnly<T>(inner: StorageAdapter<T>): StorageAdapter<T> {
  return {
    read: (key) => (key === NOT_PRIVATE ? undefined : inner.read(key)),
    write: (key, value) => (key === NOT_PRIVATE ? undefined : inner.write(key, value)),
    delete: (key) => (key === NOT_PRIVATE ? undefined : inner.delete(key)),
  };
}
