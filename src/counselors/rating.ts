// After a case closes: the person's rating (1-5, or none) and an optional comment, kept as
// anonymous counts with no link to the case or the person. A comment is taken only from a person
// who pressed "Write a comment", never from crisis words (answered by src/crisis-reply, alone) nor a
// command; the text kept as the comment is consumed by it, never also routed as a question (a thank-you
// that mentions waiting once drew an unrelated FAQ answer after the thanks). Free text, so it expires
// (HISTORY_DAYS) long before the rating does.
import { InlineKeyboard } from "grammy";
import { awaitAnswer } from "../bot/awaiting.ts";
import { Composer } from "../bot/composer.ts";
import type { BotContext } from "../bot/context.ts";
import type { Feature } from "../bot/feature.ts";
import { menuButtonKeyboard } from "../bot/menu.ts";
import { answeredAsCrisis } from "../bot/safety.ts";
import * as ratings from "../db/ratings.ts";
import { withoutContacts } from "../privacy/contacts.ts";
import { countEvent } from "../statistics/index.ts";
import { DAY_MS, MINUTE_MS } from "../time/durations.ts";
import { calendarDay } from "../time/zone.ts";
import { skipComment, writeComment } from "./buttons.ts";
import { isCommand } from "./relay.ts";

const COMMENT_WINDOW_MS = 15 * MINUTE_MS;
const MAX_COMMENT_LENGTH = 1000;

/** 1–5, or 0 to skip. Each answer that ends here offers the way back to the menu. */
export async function rate(ctx: BotContext, caseId: number, rating: number): Promise<void> {
  await ctx.editMessageReplyMarkup().catch(() => {});
  if (!(await ratings.takeTurn(ctx.app.db, caseId))) {
    await ctx.reply(ctx.t("counselors-rate-done"), { reply_markup: menuButtonKeyboard(ctx) });
    return;
  }
  if (rating === 0) {
    await ctx.reply(ctx.t("counselors-rate-skipped"), { reply_markup: menuButtonKeyboard(ctx) });
    return;
  }
  const ratingId = await ratings.add(
    ctx.app.db,
    calendarDay(ctx.app.now(), ctx.app.config.TIME_ZONE),
    rating,
  );
  await countEvent(ctx, { kind: "case.rated", detail: String(rating) });
  ctx.session.ratingComment = { ratingId, until: ctx.app.now() + COMMENT_WINDOW_MS };
  const offered = await ctx.reply(ctx.t("counselors-rate-thanks"), {
    reply_markup: new InlineKeyboard()
      .text(ctx.t("counselors-rate-write-comment"), writeComment.encode())
      .text(ctx.t("counselors-rate-no-comment"), skipComment.encode()),
  });
  // "Write a comment" or "No comment": a sticker meanwhile is pointed back here.
  awaitAnswer(ctx, offered.message_id);
}

/** "Write a comment": the next text is the comment, within the window the rating opened. */
export async function askForComment(ctx: BotContext): Promise<void> {
  const pending = ctx.session.ratingComment;
  await ctx.editMessageReplyMarkup().catch(() => {});
  if (!pending || pending.until < ctx.app.now()) {
    ctx.session.ratingComment = undefined;
    await ctx.reply(ctx.t("counselors-rate-done"), { reply_markup: menuButtonKeyboard(ctx) });
    return;
  }
  ctx.session.ratingComment = { ...pending, writing: true };
  const asked = await ctx.reply(ctx.t("counselors-comment-ask", { days: ctx.app.config.HISTORY_DAYS }), {
    reply_markup: new InlineKeyboard().text(ctx.t("counselors-rate-no-comment"), skipComment.encode()),
  });
  // A sticker or a photo instead is pointed back here (src/bot/awaiting.ts).
  awaitAnswer(ctx, asked.message_id);
}

export async function skipRatingComment(ctx: BotContext): Promise<void> {
  ctx.session.ratingComment = undefined;
  await ctx.editMessageReplyMarkup().catch(() => {});
  await ctx.reply(ctx.t("counselors-rate-skipped"), { reply_markup: menuButtonKeyboard(ctx) });
}

/**
 * Before the other features (a command must not leave the wait behind): the text after "Write a
 * comment" is the comment, kept and thanked for, and goes no further. Crisis words (answered alone, never kept) and a command end the wait and go
 * on as usual, as does any button pressed meanwhile; a sticker or a photo is pointed back to the
 * question (src/bot/awaiting.ts).
 */
export function ratingCommentFeature(): Feature {
  const composer = new Composer<BotContext>();
  composer.chatType("private").use(async (ctx, next) => {
    const pending = ctx.person ? ctx.session.ratingComment : undefined;
    if (!pending?.writing || !(ctx.callbackQuery || ctx.message?.text !== undefined)) return next();
    ctx.session.ratingComment = undefined;
    const message = ctx.message;
    if (!message?.text || pending.until < ctx.app.now() || answeredAsCrisis(ctx.update) || isCommand(message))
      return next();
    const expiresAt = new Date(ctx.app.now() + ctx.app.config.HISTORY_DAYS * DAY_MS);
    // A phone number, an address or a link typed in it is never kept: the comment is kept with no link to anyone.
    const comment = withoutContacts(message.text.slice(0, MAX_COMMENT_LENGTH));
    await ratings.addComment(ctx.app.db, pending.ratingId, comment.text, expiresAt);
    await ctx.reply(
      ctx.t(comment.removed ? "counselors-comment-thanks-contacts-removed" : "counselors-comment-thanks"),
      { reply_markup: menuButtonKeyboard(ctx) },
    );
  });
  return { composer };
}
