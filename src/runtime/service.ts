// The bot as a service on Telegram (or a Bot API server at TELEGRAM_API_ROOT): updates by
// long polling (BOT_MODE=polling, one instance) or by webhook (BOT_MODE=webhook, any number of
// identical instances behind a load balancer), the HTTP endpoints of src/server in both
// modes, and a graceful stop on SIGTERM/SIGINT:
//   stop taking updates → finish those in flight (SHUTDOWN_GRACE_SECONDS at most) → let the
//   outbox drain → stop the timers and the HTTP server → close the database → exit 0
//   (exit 1 when the grace ran out with work left, so the operator sees it). Nothing waits past
//   the grace: a Bot API or database that does not answer gets a log line and exit 1 there.
// The same stop, ending in exit 1, when the embedded PGlite failed for good (closed, its files gone): it lives in
// this process and cannot be reopened here, so the person is answered "try again in a few minutes" and the
// supervisor (Docker's restart policy, systemd's Restart=) starts the bot again on the data left on disk.

import { type RunnerHandle, run } from "@grammyjs/runner";
import { serve } from "@hono/node-server";
import { type Bot, GrammyError } from "grammy";
import type { Update } from "grammy/types";
import type { AppServices, BotContext } from "../bot/context.ts";
import { createBot } from "../bot/index.ts";
import { PURGE_JOBS } from "../bot/jobs.ts";
import { createWebChannel, webChatApp, webChatEnabled } from "../channels/web/index.ts";
import type { Config } from "../config/index.ts";
import type { Content } from "../content/load.ts";
import { outboxOf } from "../counselors/desk.ts";
import { checkDeskAtStart } from "../counselors/desk-check.ts";
import { deskProblem, deskState } from "../counselors/desk-reach.ts";
import type { Database } from "../db/connect.ts";
import { caseGauges } from "../db/health.ts";
import { errorLog, type Logger } from "../logger.ts";
import { redisRateLimitStore } from "../resilience/redis-store.ts";
import { startPurgeTimer } from "../retention/index.ts";
import { createHttpApp } from "../server/http.ts";
import { serviceReadiness } from "../server/readiness.ts";
import { MINUTE_MS, SECOND_MS } from "../time/durations.ts";
import { publishCommands } from "./commands.ts";
import { databaseAnswers, watchEmbeddedDatabase } from "./embedded-database.ts";

// chat_member: the counselors' group's joins and removals keep the desk's staff directory fresh.
const ALLOWED_UPDATES = [
  "message",
  "edited_message",
  "callback_query",
  "my_chat_member",
  "chat_member",
] as const;
const FIRST_CONFLICT_WAIT_MS = 5_000;
const LONGEST_CONFLICT_WAIT_MS = MINUTE_MS;
/** Of the grace, what a stop keeps for closing the servers and the database. */
const CLOSING_MS = 2 * SECOND_MS;

/** A sleep that a stop cuts short. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export async function runService(
  config: Config,
  content: Content,
  db: Database,
  logger: Logger,
): Promise<never> {
  const rateLimitStore = config.REDIS_URL ? redisRateLimitStore(config.REDIS_URL) : undefined;
  const web = webChatEnabled(config) ? createWebChannel(config) : undefined;
  const { bot, app, service } = createBot({ config, content, db, logger, rateLimitStore, web });
  const stopping = new AbortController();
  bot.catch((error) => {
    logger.error({ err: errorLog(error.error) }, "update failed outside the error boundary");
  });
  const stopPurge = startPurgeTimer(app, PURGE_JOBS, config.PURGE_INTERVAL_MINUTES * MINUTE_MS, bot.api);
  const outbox = outboxOf(app);
  service.metrics.observe({
    cases: () => caseGauges(db, Date.now()),
    outboxDepth: () => outbox.pending,
    deskReachable: async () => (await deskProblem(app)) === undefined,
    databaseUp: () => databaseAnswers(db),
  });
  // PGlite failing while nobody writes is found by the watch (or a /readyz probe), not by the next person.
  const databaseLost = () => service.databaseLost.abort();
  const stopWatching = watchEmbeddedDatabase(db, databaseLost);
  /** Why the bot stops, for /readyz: set by `stop`. */
  let stopReason = "shutting down";

  const webhookPath = config.WEBHOOK_URL ? new URL(config.WEBHOOK_URL).pathname : "/telegram";
  const http = createHttpApp({
    registry: service.metrics.registry,
    readiness: serviceReadiness(db, bot.api, Date.now, () => deskState(app), service.telegram, databaseLost),
    stopping: () => stopping.signal.aborted && stopReason,
    ...(config.BOT_MODE === "webhook" && config.WEBHOOK_SECRET
      ? {
          webhook: {
            path: webhookPath,
            secret: config.WEBHOOK_SECRET,
            // Errors are the error boundary's and bot.catch's; nothing escapes here.
            accept: (update: Update) => void bot.handleUpdate(update).catch(() => {}),
          },
        }
      : {}),
    ...(web
      ? {
          webChat: webChatApp(web, {
            config,
            content,
            t: (locale, key) => app.i18n.t(locale, key),
            ...(rateLimitStore ? { store: rateLimitStore } : {}),
            stopping: () => stopping.signal.aborted,
          }),
        }
      : {}),
  });
  const stopSweeping = web?.startSweeping();
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve(
      { fetch: http.fetch, hostname: config.HTTP_HOST, port: config.HTTP_PORT },
      (info) => {
        logger.info(
          { port: info.port, mode: config.BOT_MODE },
          web
            ? "HTTP server listening (/healthz, /readyz, /metrics, /chat)"
            : "HTTP server listening (/healthz, /readyz, /metrics)",
        );
        resolve(started);
      },
    );
  });

  let runner: RunnerHandle | undefined;
  const stop = async (signal: string, failed = false) => {
    if (stopping.signal.aborted) return;
    if (failed) stopReason = `${signal}: exiting 1 for the supervisor to restart the bot on the data on disk`;
    stopping.abort();
    stopWatching();
    const started = Date.now();
    const graceMs = config.SHUTDOWN_GRACE_SECONDS * SECOND_MS;
    const left = () => ({ inFlight: service.inFlight.size, outbox: outbox.pending });
    // Whatever still hangs at the grace (a Bot API or database that does not answer), the process ends there.
    setTimeout(() => {
      logger.error(left(), "stopping took longer than SHUTDOWN_GRACE_SECONDS: exiting now");
      process.exit(1);
    }, graceMs);
    // The waits below end a little before the grace, so that closing the database fits in it.
    const deadline = started + graceMs - Math.min(CLOSING_MS, graceMs / 4);
    const untilDeadline = () => Math.max(0, deadline - Date.now());
    logger.info(
      { signal, inFlight: service.inFlight.size },
      "stopping: no new updates; finishing those in flight",
    );
    // The runner stops fetching at once, but its task ends only after a retry's sleep (up to minutes
    // while Telegram is unreachable): nothing more is fetched meanwhile, so it is not waited for past the grace.
    if (runner?.isRunning())
      await within(
        runner.stop().catch(() => {}),
        untilDeadline(),
      );
    const finished = await service.inFlight.drained(untilDeadline());
    // Every update fetched by polling is now answered: tell Telegram, so a restart does not get them again.
    const last = service.inFlight.lastUpdateId;
    if (finished && config.BOT_MODE === "polling" && last !== undefined) {
      // grammY types its signal with the abort-controller shim; Node's own is what it uses at run time.
      const giveUp = AbortSignal.timeout(untilDeadline()) as Parameters<typeof bot.api.getUpdates>[1];
      await bot.api
        .getUpdates({ offset: last + 1, limit: 1, timeout: 0 }, giveUp)
        .catch((error: unknown) =>
          logger.warn(
            { err: errorLog(error) },
            "could not confirm the last updates to Telegram: a restart may get them again",
          ),
        );
    }
    const flushed = await waitFor(() => outbox.idle, untilDeadline());
    stopPurge();
    stopSweeping?.();
    server.close();
    await service.locks?.close();
    await rateLimitStore?.close();
    await db.close().catch(() => {});
    if (finished && flushed && failed) {
      logger.info(
        { ms: Date.now() - started },
        "stopped after answering: exit 1 for the supervisor to restart",
      );
      process.exit(1);
    }
    if (finished && flushed) {
      logger.info({ ms: Date.now() - started }, "stopped cleanly");
      process.exit(0);
    }
    logger.error(left(), "stopped with work left after SHUTDOWN_GRACE_SECONDS");
    process.exit(1);
  };
  service.databaseLost.signal.addEventListener("abort", () => {
    logger.fatal(
      { database: db.kind },
      "the embedded database failed and cannot be reopened in this process: answering the updates in flight, then exiting 1 so that a supervisor restarts the bot (the data on disk is kept)",
    );
    void stop("embedded database failed", true);
  });
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));

  await initTelegram(bot, app.i18n, config, logger, stopping.signal);
  // Stopped while Telegram was still out of reach: `stop` ends the process; nothing more to ask Telegram.
  if (stopping.signal.aborted) return new Promise<never>(() => {});
  await checkDeskAtStart(app, bot.api, bot.botInfo.id);
  if (config.BOT_MODE === "webhook") {
    await bot.api.setWebhook(config.WEBHOOK_URL!, {
      secret_token: config.WEBHOOK_SECRET!,
      allowed_updates: [...ALLOWED_UPDATES],
    });
    logger.info({ path: webhookPath }, "webhook set: receiving updates");
  } else {
    await bot.api.deleteWebhook();
    await poll(bot, logger, stopping.signal, (handle) => {
      runner = handle;
    });
  }
  // Runs until a signal; `stop` ends the process.
  return new Promise<never>(() => {});
}

/**
 * getMe and the "/" menu. A getMe without an answer is retried, and each step logged, by the API client
 * (src/resilience/telegram-reach.ts) until a stop; an error answer (a 5xx past auto-retry's tries) here.
 */
async function initTelegram(
  bot: Bot<BotContext>,
  i18n: AppServices["i18n"],
  config: Config,
  logger: Logger,
  signal: AbortSignal,
) {
  for (let waitMs = SECOND_MS; !signal.aborted; waitMs = Math.min(waitMs * 2, MINUTE_MS)) {
    try {
      // grammY types its signal with the abort-controller shim; Node's own is what it uses at run time.
      await bot.init(signal as Parameters<typeof bot.init>[0]);
      break;
    } catch (error) {
      if (error instanceof GrammyError && error.error_code === 401) {
        logger.fatal("BOT_TOKEN: Telegram does not accept this token (401 Unauthorized)");
        process.exit(2);
      }
      if (signal.aborted) return;
      logger.warn(
        { retryInS: waitMs / 1000, err: errorLog(error) },
        `Telegram answered getMe with an error: trying again in ${waitMs / 1000} s`,
      );
      await pause(waitMs, signal);
    }
  }
  // The "/" menu is a convenience: a failure to publish it must not stop the bot.
  await publishCommands(bot.api, i18n, config.DEFAULT_LOCALE, config.COUNSELOR_CHAT_ID).catch(
    (error: unknown) => logger.warn({ err: errorLog(error) }, "could not publish the command list"),
  );
}

/** Long polling with the runner; another instance polling the same token (409) is waited out. */
async function poll(
  bot: Bot<BotContext>,
  logger: Logger,
  signal: AbortSignal,
  started: (runner: RunnerHandle) => void,
): Promise<void> {
  for (let conflictWaitMs = FIRST_CONFLICT_WAIT_MS; !signal.aborted; ) {
    const runner = run(bot, {
      runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] }, silent: true },
    });
    started(runner);
    logger.info("polling Telegram");
    try {
      await runner.task();
      return;
    } catch (error) {
      if (signal.aborted) return;
      if (!(error instanceof GrammyError) || error.error_code !== 409) throw error;
      logger.warn(
        { retryInS: conflictWaitMs / 1000 },
        "another instance is receiving this bot's updates (409 Conflict): polling again later; run one polling instance, or BOT_MODE=webhook for several",
      );
      await pause(conflictWaitMs, signal);
      conflictWaitMs = Math.min(conflictWaitMs * 2, LONGEST_CONFLICT_WAIT_MS);
    }
  }
}

/** Waits for `work` at most `ms`. */
async function within(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([work, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

async function waitFor(done: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}
