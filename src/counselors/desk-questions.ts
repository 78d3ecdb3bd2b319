// Where a desk question stands and how it is put: a new message after a command, in place of a list after a
// choice, or below the head's text; its note travels in its text, and a question whose text Telegram no longer
// shows (48 hours) asks for the command again rather than act on a guess. A question is in one language, the one
// of where it stands (staff.ts `sayHere`): its text, its buttons and what replaces it after the answer.
import { type Filter, InlineKeyboard } from "grammy";
import type { BotContext } from "../bot/context.ts";
import * as cases from "../db/cases.ts";
import { type Desk, toGroup } from "./desk.ts";
import type { Say } from "./labels.ts";
import { inCounselorGroup, sayHere } from "./staff.ts";
import { refreshHead } from "./topic.ts";

export type ButtonContext = Filter<BotContext, "callback_query:data">;

const NOTE_MARKER = "📝 ";

/** Yes and No, in the question's language, each with the data `answer` makes of it. */
export function yesNo(say: Say, answer: (choice: "yes" | "no") => string): InlineKeyboard {
  return new InlineKeyboard()
    .text(say("counselors-confirm-yes"), answer("yes"))
    .text(say("counselors-confirm-no"), answer("no"));
}

/** A note or reason travels in the question's text, on its own line after a marker. */
export function withNote(question: string, note: string): string {
  return note ? `${question}\n${NOTE_MARKER}${note}` : question;
}

/**
 * Telegram shows the bot a message more than 48 hours old only as its id and date 0: the
 * question's text, and the note or reason in it, are gone.
 */
export function readable(ctx: ButtonContext): boolean {
  return ctx.callbackQuery.message?.text !== undefined;
}

/** A question whose text is gone asks for the command again rather than act on a guess. */
export async function expired(ctx: ButtonContext, desk: Desk, command: string): Promise<void> {
  await ctx.answerCallbackQuery({
    text: desk.staff("counselors-confirm-expired", { commandName: command }),
    show_alert: true,
  });
  await ctx.editMessageReplyMarkup().catch(() => {});
}

export function noteOf(ctx: ButtonContext): string | undefined {
  const text = ctx.callbackQuery.message?.text ?? "";
  const at = text.indexOf(`\n${NOTE_MARKER}`);
  return at < 0 ? undefined : text.slice(at + 1 + NOTE_MARKER.length).trim() || undefined;
}

/** A question after a command: a new message in the topic, or in the private chat. */
export async function ask(
  ctx: BotContext,
  desk: Desk,
  text: string,
  keyboard: InlineKeyboard,
): Promise<void> {
  if (!inCounselorGroup(ctx)) {
    await ctx.reply(text, { reply_markup: keyboard });
    return;
  }
  const threadId = ctx.msg?.is_topic_message ? ctx.msg.message_thread_id : undefined;
  await toGroup(desk, (groupId) =>
    desk.api.sendMessage(groupId, text, {
      reply_markup: keyboard,
      ...(threadId === undefined ? {} : { message_thread_id: threadId }),
    }),
  );
}

/** The pressed button was on the case's head message (not on a question of its own). */
export function isHead(ctx: ButtonContext, item: cases.Case): boolean {
  return inCounselorGroup(ctx) && ctx.callbackQuery.message?.message_id === item.headMessageId;
}

/** A choice becomes its question: below the head's text, or in place of the choices. */
export async function reask(
  ctx: ButtonContext,
  desk: Desk,
  item: cases.Case,
  question: string,
  keyboard: InlineKeyboard,
) {
  if (isHead(ctx, item)) return refreshHead(desk, item.id, { question, keyboard });
  // A button on a message without text (a forged tap on a photo, say) cannot become a question: ask anew.
  if (!readable(ctx)) return ask(ctx, desk, question, keyboard);
  await ctx.editMessageText(question, { reply_markup: keyboard }).catch(() => {});
}

/** After the answer the head shows the case again; a question of its own shows what happened, in its language. */
export async function settle(ctx: ButtonContext, desk: Desk, item: cases.Case, text: (say: Say) => string) {
  if (isHead(ctx, item)) return refreshHead(desk, item.id);
  // A message without text has nothing to replace (the tap's answer said it).
  if (!readable(ctx)) return;
  if (await inRetiredTopic(ctx, item)) return;
  await ctx.editMessageText(text(sayHere(ctx, desk))).catch(() => {});
}

/** The question sat in the case's topic, deleted at close (no history consent): nothing left to edit. */
async function inRetiredTopic(ctx: ButtonContext, item: cases.Case): Promise<boolean> {
  const threadId = ctx.callbackQuery.message?.message_thread_id;
  if (!inCounselorGroup(ctx) || threadId === undefined || threadId !== item.threadId) return false;
  const now = await cases.byId(ctx.app.db, item.id);
  return now?.status === "closed" && !now.keepHistory;
}
