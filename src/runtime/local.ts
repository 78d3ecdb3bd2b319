// `npm start` without BOT_TOKEN: the real bot in the terminal, the Telegram API replaced
// by the in-process fake. Piped input is processed line by line and the process ends at EOF.
import type { Api } from "grammy";
import type { AppServices } from "../bot/context.ts";
import { createBot } from "../bot/index.ts";
import type { Config } from "../config/index.ts";
import type { Content } from "../content/load.ts";
import type { Database } from "../db/connect.ts";
import { runSimulator } from "../dev/simulator/index.ts";
import { FakeTelegram } from "../dev/telegram/fake-telegram.ts";
import type { Logger } from "../logger.ts";

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
  const { bot, app, service } = createBot({
    // One person at a keyboard (or a piped script): no rate limit.
    config: { ...config, COUNSELOR_CHAT_ID: counselorChatId, RATE_LIMIT_UPDATES: 0 },
    content,
    db,
    logger,
    client: { fetch: telegram.fetch },
    botInfo: telegram.botInfo,
  });
  const stopJobs = startJobs?.(app, bot.api);
  try {
    await runSimulator({
      bot,
      telegram,
      input: process.stdin,
      output: process.stdout,
      interactive: process.stdin.isTTY === true,
      counselorChatId,
    });
  } finally {
    stopJobs?.();
    await service.locks?.close();
  }
}
