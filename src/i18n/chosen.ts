// A language chosen with /language, kept in the session: shared by the language feature and by an open triage,
// which takes the choice itself so that the answers given so far are kept (src/triage/conversation.ts).
import type { BotContext } from "../bot/context.ts";
import type { Locale } from "../config/index.ts";
import { localeFromTelegram, rememberLocale } from "./index.ts";

/** Keeps the choice ("auto": Telegram's language again) and returns the language the bot writes in from now. */
export function keepChosenLanguage(ctx: BotContext, choice: Locale | "auto"): Locale {
  delete ctx.session.writtenLocale;
  delete ctx.session.writtenSettled;
  delete ctx.session.writtenSwitch;
  if (choice === "auto") delete ctx.session.locale;
  else ctx.session.locale = choice;
  const locale = ctx.session.locale ?? localeFromTelegram(ctx.from) ?? ctx.app.config.DEFAULT_LOCALE;
  rememberLocale(ctx.update, locale);
  ctx.i18n.useLocale(locale);
  return locale;
}
