// Runs the bot on Telegram (or a self-hosted Bot API server at TELEGRAM_API_ROOT) by
// long polling with grammY's runner, and stops cleanly on SIGINT/SIGTERM.
import { run } from "@grammyjs/runner";
import type { Bot } from "grammy";
import type { BotContext } from "../bot/context.ts";
import type { Logger } from "../logger.ts";

export async function runOnTelegram(
  bot: Bot<BotContext>,
  logger: Logger,
  onStop: () => Promise<void>,
): Promise<void> {
  await bot.init();
  await bot.api.deleteWebhook();
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
