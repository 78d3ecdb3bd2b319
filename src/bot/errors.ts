// What happens when a handler fails (a database that is down, a Telegram error): the
// person gets a kind answer in their language, the log gets the error without any text.
import type { I18n } from "@grammyjs/i18n";
import type { BotError } from "grammy";
import { localeFromTelegram } from "../i18n/index.ts";
import type { BaseContext } from "./context.ts";

export function replyKindlyOnError(i18n: I18n<BaseContext>) {
  return async (error: BotError<BaseContext>): Promise<void> => {
    const ctx = error.ctx;
    const cause = error.error instanceof Error ? error.error : new Error(String(error.error));
    (ctx.log ?? ctx.app?.logger)?.error(
      { err: { name: cause.name, message: cause.message } },
      "update failed",
    );
    if (ctx.chat?.type !== "private") return;
    const locale = localeFromTelegram(ctx.from) ?? ctx.app.config.DEFAULT_LOCALE;
    try {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => {});
      await ctx.reply(i18n.t(locale, "error-generic"));
    } catch {
      // Telegram itself is unreachable: nothing more can be said to the person.
    }
  };
}
