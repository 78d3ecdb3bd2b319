// Runs the bot on Telegram (or a self-hosted Bot API server at TELEGRAM_API_ROOT) by
// long polling with grammY's runner, and stops cleanly on SIGINT/SIGTERM.
import { run } from "@grammyjs/runner";
import type { Bot } from "grammy";
import type { BotContext } from "../bot/context.ts";
import type { Config } from "../config/index.ts";
import type { Logger } from "../logger.ts";
import { publishCommands } from "./commands.ts";

export async function runOnTelegram(
  bot: Bot<BotContext>,
  config: Config,
  logger: Logger,
  onStop: () => Promise<void>,
): Promise<void> {
  await bot.init();
  await bot.api.deleteWebhook();
  // The "/" menu is a convenience: a failure to publish it must not stop the bot.
  await publishCommands(bot.api, config.DEFAULT_LOCALE).catch((error: Error) =>
    logger.warn({ err: { message: error.message } }, "could not publish the command list"),
  );
  const runner = run(bot, {
    runner: { fetch: { allowed_updates: ["message", "edited_message", "callback_query", "my_chat_member"] } },
  });
  logger.info("polling Telegram");
  const stop = async () => {
    if (runner.isRunning()) await runner.stop();
    await onStop();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  await runner.task();
}
