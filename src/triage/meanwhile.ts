// What a person does while the triage waits that is not an answer: a case open with the counselors (what they
// write is for the counselor), or another language chosen with /language (the answers so far are kept).
import type { BotContext, BotConversation, ConversationContext } from "../bot/context.ts";
import type { Locale } from "../config/index.ts";
import { openCaseOf } from "../db/cases.ts";
import { keepChosenLanguage } from "../i18n/chosen.ts";

/** Whether the person has a case open with the counselors; the relay's hint follows the database. */
export async function hasOpenCase(ctx: BotContext): Promise<boolean> {
  const open = ctx.person ? await openCaseOf(ctx.app.db, ctx.person.pseudonym) : undefined;
  if (open) ctx.session.caseId = open.id;
  return open !== undefined;
}

/** The choice is kept as the language feature keeps it, and said in the new language; the caller asks again. */
export async function takeLanguage(
  conversation: BotConversation,
  ctx: ConversationContext,
  choice: Locale | "auto",
): Promise<void> {
  await ctx.answerCallbackQuery();
  const locale = await conversation.external((outer) => keepChosenLanguage(outer, choice));
  ctx.i18n.useLocale(locale);
  await ctx.editMessageReplyMarkup().catch(() => {});
  await ctx.reply(ctx.t("language-changed"));
}
