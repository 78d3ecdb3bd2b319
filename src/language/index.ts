// Which language the bot writes in: the person's own choice (/language and the menu's Language
// button) wins; else the language they clearly write in; else Telegram's language_code. Many people
// in Kazakhstan keep Telegram in Russian and write in Kazakh: they are answered in Kazakh.
import { InlineKeyboard, type MiddlewareFn } from "grammy";
import { awaitAnswer } from "../bot/awaiting.ts";
import { Composer } from "../bot/composer.ts";
import type { BaseContext, BotContext } from "../bot/context.ts";
import type { Feature } from "../bot/feature.ts";
import { chooseLanguage } from "../bot/links.ts";
import { menuEntry, showMainMenu } from "../bot/menu.ts";
import { LOCALES, type Locale } from "../config/index.ts";
import * as counselors from "../db/counselors.ts";
import { keepChosenLanguage } from "../i18n/chosen.ts";
import { localeFromTelegram, NATIVE_NAMES, rememberLocale } from "../i18n/index.ts";
import { writtenLanguage } from "../knowledge/message.ts";

async function offerLanguages(ctx: BaseContext): Promise<void> {
  const keyboard = new InlineKeyboard();
  for (const locale of LOCALES) keyboard.text(NATIVE_NAMES[locale], chooseLanguage.encode(locale));
  keyboard.row().text(ctx.t("language-follow-telegram"), chooseLanguage.encode("auto"));
  const asked = await ctx.reply(ctx.t("language-choose"), { reply_markup: keyboard });
  // A sticker or a voice message meanwhile is pointed back to the choice.
  awaitAnswer(ctx, asked.message_id);
}

export interface LanguageDeps {
  /**
   * The person chose a language: their open case (src/counselors, passed in by createBot) follows it and its counselor
   * is told; true when a case is open.
   */
  caseLanguageChosen(ctx: BotContext, locale: Locale): Promise<boolean>;
}

export function languageFeature({ caseLanguageChosen }: LanguageDeps): Feature {
  const composer = new Composer<BotContext>();
  const privateChats = composer.chatType("private");
  privateChats.command("language", offerLanguages);
  privateChats.callbackQuery(...menuEntry("language", offerLanguages));

  privateChats.callbackQuery(
    ...chooseLanguage.handle(async (ctx, choice) => {
      await ctx.answerCallbackQuery();
      const locale = keepChosenLanguage(ctx, choice);
      // In the middle of a conversation with a counselor: a short confirmation, not the whole menu.
      if (await caseLanguageChosen(ctx, locale)) {
        await ctx.reply(`${ctx.t("language-changed")}\n\n${ctx.t("language-changed-case")}`);
        return;
      }
      await showMainMenu(ctx, ctx.t("language-changed"));
    }),
  );
  return { composer };
}

/**
 * Decides the language of each update before i18n runs (conversations read it too). The person's first
 * message that clearly shows its language sets the conversation's language, kept so that the buttons
 * pressed next speak it as well. After that, one message in another language never switches: a Russian
 * word in a Kazakh conversation, a quoted sentence, or Kazakh typed in Latin letters read as English
 * would flip the consent questions and the buttons mid-conversation. Two clear messages in a row in the
 * same other language do: that is a person who changed language, not a stray line. A command, a word or
 * two, or a choice made with /language never switch, nor does a counselor's message (the counselor row is
 * held for the update: no statement).
 */
export function decideLocale(defaultLocale: Locale): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const telegram = localeFromTelegram(ctx.from) ?? defaultLocale;
    if (!ctx.person) {
      rememberLocale(ctx.update, telegram);
      return next();
    }
    const { session } = ctx;
    const text = ctx.chat?.type === "private" ? (ctx.message?.text ?? ctx.message?.caption) : undefined;
    if (session.locale === undefined && text !== undefined && !text.startsWith("/")) {
      const written = writtenLanguage(text);
      if (written !== undefined) await followWriting(ctx, written, telegram);
    }
    rememberLocale(ctx.update, session.locale ?? session.writtenLocale ?? telegram);
    await next();
  };
}

/** Settles, keeps or (on the second clear message in a row in another language) switches the written language. */
async function followWriting(ctx: BotContext, written: Locale, telegram: Locale): Promise<void> {
  const { session } = ctx;
  if (written === (session.writtenLocale ?? telegram)) {
    session.writtenSettled = true;
    delete session.writtenSwitch;
    return;
  }
  // A counselor writes to people in their language; their desk keeps its own (/lang).
  if (ctx.person && (await counselors.byPseudonym(ctx.app.db, ctx.person.pseudonym))) return;
  if (session.writtenSettled && session.writtenSwitch !== written) {
    session.writtenSwitch = written;
    return;
  }
  if (written === telegram) delete session.writtenLocale;
  else session.writtenLocale = written;
  session.writtenSettled = true;
  delete session.writtenSwitch;
}
