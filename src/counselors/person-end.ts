// The person ends their case: "are you sure?" asked once, and only the newest question's "yes" ends it.
import { InlineKeyboard } from "grammy";
import type { BotContext } from "../bot/context.ts";
import { showMainMenu } from "../bot/menu.ts";
import * as cases from "../db/cases.ts";
import { caseEndAnswer, ownerSeal } from "./buttons.ts";
import { closeTellingCrisis } from "./ended-by-person.ts";
import { desk } from "./person-case.ts";
import { answerStaleCaseButton } from "./standing.ts";

/** The person's own open case with this id (or their open one), if there is one. */
async function ownOpenCase(ctx: BotContext, caseId?: number): Promise<cases.Case | undefined> {
  if (!ctx.person) return undefined;
  const item =
    caseId === undefined
      ? await cases.openCaseOf(ctx.app.db, ctx.person.pseudonym)
      : await cases.byId(ctx.app.db, caseId);
  if (!item || item.status === "closed" || item.pseudonym !== ctx.person.pseudonym) return undefined;
  return item;
}

/** Nothing to end: an ended case's old button says so with where the person stands; else the menu. */
async function nothingToEnd(ctx: BotContext, caseId: number | undefined): Promise<void> {
  if (caseId !== undefined) {
    // Someone else's open case (a forged button): not "that conversation is over"; about the person's own.
    const named = await cases.byId(ctx.app.db, caseId);
    if (named && named.status !== "closed") return askToEnd(ctx);
    if (await answerStaleCaseButton(ctx)) return;
  }
  await showMainMenu(ctx, ctx.t("counselors-nothing-to-end"));
}

/**
 * "End the conversation" (button or /end) asks once before anything ends: a stale tap (an old
 * waiting message's button, one meant for a prompt above it) must never end a case by itself.
 */
export async function askToEnd(ctx: BotContext, caseId?: number): Promise<void> {
  const item = await ownOpenCase(ctx, caseId);
  if (!item) return nothingToEnd(ctx, caseId);
  const seal = ownerSeal(item.id, ctx.person?.pseudonym ?? "");
  const keyboard = new InlineKeyboard()
    .text(ctx.t("counselors-end-yes"), caseEndAnswer.encode("yes", item.id, seal))
    .text(ctx.t("counselors-end-no"), caseEndAnswer.encode("no", item.id, seal));
  const question = await ctx.reply(ctx.t("counselors-end-confirm"), { reply_markup: keyboard });
  ctx.session.endConfirm = { caseId: item.id, messageId: question.message_id };
}

/** The answer to "are you sure?": only the newest question's own "yes" ends the case. */
export async function answerEnd(
  ctx: BotContext,
  answer: "yes" | "no",
  caseId: number,
  messageId: number | undefined,
): Promise<void> {
  await ctx.editMessageReplyMarkup().catch(() => {});
  const asked = ctx.session.endConfirm;
  const current = asked?.caseId === caseId && asked.messageId === messageId;
  if (current) ctx.session.endConfirm = undefined;
  const item = await ownOpenCase(ctx, caseId);
  if (!item) return nothingToEnd(ctx, caseId);
  if (answer === "no" || !current) {
    await ctx.reply(ctx.t(answer === "no" ? "counselors-end-kept" : "counselors-end-stale"));
    return;
  }
  ctx.session.caseId = undefined;
  const here = desk(ctx);
  if (!here) return;
  // A queued crisis case ended by the person does not vanish from the group without a word.
  await closeTellingCrisis(here, item, "ended", "counselors-notice-ended", ctx.log);
}
