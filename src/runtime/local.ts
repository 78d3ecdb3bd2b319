// `npm start` without BOT_TOKEN: the real bot in the terminal, the Telegram API replaced
// by the in-process fake. Piped input is processed line by line and the process ends at EOF.
import path from "node:path";
import { serve } from "@hono/node-server";
import type { Api, Bot } from "grammy";
import type { Registry } from "prom-client";
import type { AppServices, BotContext } from "../bot/context.ts";
import { createBot } from "../bot/index.ts";
import { createWebChannel, type WebChannel, webChatApp, webChatEnabled } from "../channels/web/index.ts";
import type { Config } from "../config/index.ts";
import type { Content } from "../content/load.ts";
import { outboxOf } from "../counselors/desk.ts";
import { deskState } from "../counselors/desk-reach.ts";
import type { Database } from "../db/connect.ts";
import { runSimulator } from "../dev/simulator/index.ts";
import { SIM_PREFIX } from "../dev/simulator/render.ts";
import { FakeTelegram } from "../dev/telegram/fake-telegram.ts";
import type { Logger } from "../logger.ts";
import { createHttpApp } from "../server/http.ts";
import { serviceReadiness } from "../server/readiness.ts";
import { databaseAnswers, watchEmbeddedDatabase } from "./embedded-database.ts";

/** The counselors' group the simulator plays when COUNSELOR_CHAT_ID is unset. */
const SIMULATED_COUNSELOR_CHAT = -1001000000001;

/** `startJobs` starts background work (the purge timer) against the simulated Telegram; it returns a stop function. */
export async function runLocally(
  config: Config,
  content: Content,
  db: Database,
  logger: Logger,
  startJobs?: (app: AppServices, api: Api) => () => void,
): Promise<void> {
  const telegram = new FakeTelegram();
  const counselorChatId = config.COUNSELOR_CHAT_ID ?? SIMULATED_COUNSELOR_CHAT;
  // The web chat too, at a keyboard (a piped script opens no port), unless WEB_CHAT=off.
  const interactive = process.stdin.isTTY === true;
  const web =
    config.WEB_CHAT === "on" || (interactive && webChatEnabled(config))
      ? createWebChannel(config)
      : undefined;
  const { bot, app, service } = createBot({
    // One person at a keyboard (or a piped script): no rate limit.
    config: { ...config, COUNSELOR_CHAT_ID: counselorChatId, RATE_LIMIT_UPDATES: 0 },
    content,
    db,
    logger,
    client: { fetch: telegram.fetch },
    botInfo: telegram.botInfo,
    web,
  });
  const stopJobs = startJobs?.(app, bot.api);
  service.metrics.observe({ databaseUp: () => databaseAnswers(db) });
  const stopWatching = watchEmbeddedDatabase(db, () => service.databaseLost.abort());
  // No supervisor here to restart the bot: said once, plainly, after the answer in flight, then exit 1 (a person
  // typing on would otherwise get "try again in a few minutes" forever).
  service.databaseLost.signal.addEventListener("abort", () => {
    const files = path.join(config.dataDir, "pglite");
    logger.fatal(
      { database: db.kind },
      "the embedded database failed and cannot be reopened in this process: exiting 1 (the data on disk is kept)",
    );
    process.stdout.write(
      `${SIM_PREFIX}the embedded database in ${files} failed (its folder gone or unwritable, or the disk full) and cannot be reopened while the simulator runs. Stopping (exit code 1): start it again with npm start; if it fails again, the log in ${path.join(config.dataDir, "logs")} says why.\n`,
      () => process.exit(1),
    );
  });
  const server = web
    ? await serveWebChat(web, { config, content, db, bot, app, registry: service.metrics.registry })
    : undefined;
  try {
    await runSimulator({
      bot,
      telegram,
      input: process.stdin,
      output: process.stdout,
      interactive,
      counselorChatId,
      settled: () => outboxOf(app).settled(),
    });
  } finally {
    server?.close();
    stopJobs?.();
    stopWatching();
    // Anything still to send (the simulator waited for it already, unless it failed) goes out first.
    await outboxOf(app).settled();
    await service.locks?.close();
  }
}

/** The HTTP server of local mode: health, metrics and the web chat on the same simulated bot. */
async function serveWebChat(
  web: WebChannel,
  parts: {
    config: Config;
    content: Content;
    db: Database;
    bot: Bot<BotContext>;
    app: AppServices;
    registry: Registry;
  },
): Promise<ReturnType<typeof serve>> {
  const { config, app } = parts;
  const http = createHttpApp({
    registry: parts.registry,
    readiness: serviceReadiness(parts.db, parts.bot.api, Date.now, () => deskState(app)),
    stopping: () => false,
    webChat: webChatApp(web, { config, content: parts.content, t: (locale, key) => app.i18n.t(locale, key) }),
  });
  return new Promise((resolve) => {
    const server = serve(
      { fetch: http.fetch, hostname: config.HTTP_HOST, port: config.HTTP_PORT },
      (info) => {
        const host = config.HTTP_HOST === "0.0.0.0" ? "localhost" : config.HTTP_HOST;
        process.stdout.write(
          `${SIM_PREFIX}web chat: http://${host}:${info.port}/chat (the same bot; :group answers as a counselor)\n`,
        );
        resolve(server);
      },
    );
  });
}
