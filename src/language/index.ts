// /language and the menu's Language button: the person's own choice wins over
// Telegram's language_code until they pick "like my Telegram" again.
import { Composer, InlineKeyboard } from "grammy";
import { z } from "zod";
import { callbackCodec } from "../bot/callback-data.ts";
import type { BaseContext, BotContext } from "../bot/context.ts";
import type { Feature } from "../bot/feature.ts";
import { menuEntry, showMainMenu } from "../bot/menu.ts";
import { LOCALES } from "../config/index.ts";
import { localeFromTelegram, rememberLocale } from "../i18n/index.ts";

const NATIVE_NAMES = { kk: "Қазақша", ru: "Русский", en: "English" } as const;
const chooseLanguage = callbackCodec("lang", z.tuple([z.enum([...LOCALES, "auto"])]));

async function offerLanguages(ctx: BaseContext): Promise<void> {
  const keyboard = new InlineKeyboard();
  for (const locale of LOCALES) keyboard.text(NATIVE_NAMES[locale], chooseLanguage.encode(locale));
  keyboard.row().text(ctx.t("language-follow-telegram"), chooseLanguage.encode("auto"));
  await ctx.reply(ctx.t("language-choose"), { reply_markup: keyboard });
}

export function languageFeature(): Feature {
  const composer = new Composer<BotContext>();
  const privateChats = composer.chatType("private");
  privateChats.command("language", offerLanguages);
  privateChats.callbackQuery(...menuEntry("language", offerLanguages));

  privateChats.callbackQuery(
    ...chooseLanguage.handle(async (ctx, choice) => {
      await ctx.answerCallbackQuery();
      if (choice === "auto") delete ctx.session.locale;
      else ctx.session.locale = choice;
      const locale = ctx.session.locale ?? localeFromTelegram(ctx.from) ?? ctx.app.config.DEFAULT_LOCALE;
      rememberLocale(ctx.update, locale);
      ctx.i18n.useLocale(locale);
      await showMainMenu(ctx, ctx.t("language-changed"));
    }),
  );
  return { composer };
}
