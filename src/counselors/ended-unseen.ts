// The first message after a case ended without the person: said plainly that the
// conversation ended and reached nobody, unless a question asked at the close is waiting for it.
import { InlineKeyboard } from "grammy";
import { answeredQuestion, awaitedQuestion } from "../bot/awaiting.ts";
import type { BotContext } from "../bot/context.ts";
import { talkToPerson } from "../bot/links.ts";
import { openMenu } from "../bot/menu.ts";
import { talkBlockedDate } from "../bot/talk.ts";
import type * as cases from "../db/cases.ts";

/** Closes the person did not make themselves: someone writing after one may not know their conversation ended. */
const ENDED_WITHOUT_THEM = new Set(["consulted", "referred", "no-response", "idle", "expired"]);
const RATED_CLOSES = new Set(["consulted", "referred"]);

/**
 * The first message after a case ended without the person: not taken as a question, but told plainly that the
 * conversation ended and this message reached nobody, with "Talk again" (what they wrote is remembered, so it
 * goes to the counselor with the new request). True when told.
 */
export async function tellEnded(ctx: BotContext, ended: cases.Case): Promise<boolean> {
  if (!ended.outcome || !ENDED_WITHOUT_THEM.has(ended.outcome)) return false;
  // A counselor's close after a conversation asked a question (the rating, its comment) that told them it ended:
  // a question still waiting takes this message.
  const asked = awaitedQuestion(ctx) !== undefined || answeredQuestion(ctx) !== undefined;
  if (asked && RATED_CLOSES.has(ended.outcome)) return false;
  const keyboard = new InlineKeyboard();
  const blocked = await talkBlockedDate(ctx);
  if (!blocked) keyboard.text(ctx.t("counselors-talk-again"), talkToPerson.encode("menu")).row();
  keyboard.text(ctx.t("menu-button"), openMenu.encode());
  const text = blocked
    ? ctx.t("counselors-ended-not-passed-blocked", { date: blocked })
    : ctx.t("counselors-ended-not-passed");
  await ctx.reply(text, { reply_markup: keyboard });
  return true;
}
