// After a case closes: the person's rating (1-5, or none) and an optional comment, kept as
// anonymous counts with no link to the case or the person.
import { InlineKeyboard } from "grammy";
import type { Message } from "grammy/types";
import type { BotContext } from "../bot/context.ts";
import { menuButtonKeyboard } from "../bot/menu.ts";
import * as ratings from "../db/ratings.ts";
import { countEvent } from "../statistics/index.ts";
import { MINUTE_MS } from "../time/durations.ts";
import { calendarDay } from "../time/zone.ts";
import { skipComment } from "./buttons.ts";
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
  await ctx.reply(ctx.t("counselors-rate-thanks"), {
    reply_markup: new InlineKeyboard().text(ctx.t("counselors-rate-no-comment"), skipComment.encode()),
  });
}

export async function skipRatingComment(ctx: BotContext): Promise<void> {
  ctx.session.ratingComment = undefined;
  await ctx.editMessageReplyMarkup().catch(() => {});
  await ctx.reply(ctx.t("counselors-rate-skipped"), { reply_markup: menuButtonKeyboard(ctx) });
}

/** The text right after a rating, if the person chose to write one. */
export async function takeComment(ctx: BotContext, message: Message): Promise<boolean> {
  const pending = ctx.session.ratingComment;
  if (!pending) return false;
  if (pending.until < ctx.app.now() || !message.text || isCommand(message)) {
    ctx.session.ratingComment = undefined;
    return false;
  }
  ctx.session.ratingComment = undefined;
  await ratings.addComment(ctx.app.db, pending.ratingId, message.text.slice(0, MAX_COMMENT_LENGTH));
  await ctx.reply(ctx.t("counselors-comment-thanks"), { reply_markup: menuButtonKeyboard(ctx) });
  return true;
}
