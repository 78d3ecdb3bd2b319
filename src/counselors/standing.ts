// Where a person stands with the desk, said whenever they may have lost track of it: at /start
// while a case is open (instead of the welcome), and when an old button of a case that has ended is pressed while another
// is open (it acts on nothing, and says so).
import type { BotContext } from "../bot/context.ts";
import * as caseQueue from "../db/case-queue.ts";
import * as cases from "../db/cases.ts";
import { deskOf } from "./desk.ts";
import { endKeyboard } from "./waiting.ts";

/** The person's open case and what to tell them of it: their place in the queue, or that it is open. */
async function standing(ctx: BotContext): Promise<{ item: cases.Case; text: string } | undefined> {
  if (ctx.chat?.type !== "private" || !ctx.person) return undefined;
  const item = await cases.openCaseOf(ctx.app.db, ctx.person.pseudonym);
  if (!item) return undefined;
  // The hint the relay follows: with it lost, the next message would go to the knowledge base.
  ctx.session.caseId = item.id;
  if (item.status === "active") return { item, text: ctx.t("counselors-still-connected") };
  const queued = await caseQueue.inOrder(ctx.app.db);
  const position = Math.max(1, queued.findIndex((other) => other.id === item.id) + 1);
  return { item, text: ctx.t("counselors-still-queued", { position }) };
}

/**
 * /start while a case is open: "you are in the queue, number N" or "your conversation is open",
 * how to go on (write here) and its End button, in place of a welcome as if nothing were open.
 * False with no open case.
 */
export async function tellOpenCase(ctx: BotContext): Promise<boolean> {
  const now = await standing(ctx);
  if (!now) return false;
  const desk = deskOf(ctx.app, ctx.api);
  await ctx.reply(now.text, desk ? { reply_markup: endKeyboard(desk, now.item) } : {});
  return true;
}

/**
 * A button of a case that has ended: nothing is done, and the person is told so with where they
 * stand now, under the current case's own button. False when no case is open at all.
 */
export async function answerStaleCaseButton(ctx: BotContext): Promise<boolean> {
  const desk = deskOf(ctx.app, ctx.api);
  const now = desk ? await standing(ctx) : undefined;
  if (!desk || !now) return false;
  await ctx.reply(`${ctx.t("counselors-case-over")}\n\n${now.text}`, {
    reply_markup: endKeyboard(desk, now.item),
  });
  return true;
}
