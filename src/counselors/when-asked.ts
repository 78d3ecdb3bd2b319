// "когда ответят?", "қашан?", "how long?" typed while waiting: the honest answer, not "received". On duty the
// place and the estimate; off duty the next shift's day and time (TIME_ZONE); paused or unknown, that a
// counselor answers as soon as one can. Always with 112 for danger.
import type { BotContext } from "../bot/context.ts";
import * as caseQueue from "../db/case-queue.ts";
import type * as cases from "../db/cases.ts";
import { dutyOf } from "./availability.ts";
import { deskOf } from "./desk.ts";
import { deskNow, formatOpening, waitingText } from "./waiting.ts";

/** A question of when: "когда", "скоро ли", "сколько ждать", "қашан", "қанша күту", "when", "how long". */
const WHEN =
  /когда|скоро ли|сколько (?:ещё |еще )?(?:ждать|ожидать)|долго (?:ещё |еще )?ждать|kogda|қашан|qashan|kashan|қанша күт|\bwhen\b|\bhow long\b|\bhow much longer\b/iu;
/** Longer than this it is a story that happens to say "when", not the question. */
const QUESTION_WORDS = 8;

/** Whether this message asks when a counselor answers. */
export function asksWhen(text: string | undefined): boolean {
  if (!text || !WHEN.test(text)) return false;
  return text.includes("?") || text.trim().split(/\s+/).length <= QUESTION_WORDS;
}

/** Answers a queued person's "when?" with where they stand and when the desk is open. */
export async function answerWhen(ctx: BotContext, item: cases.Case): Promise<void> {
  const desk = deskOf(ctx.app, ctx.api);
  if (!desk) return;
  ctx.session.queuedAck = { caseId: item.id, at: ctx.app.now() };
  const duty = await dutyOf(ctx.app);
  if (duty.kind === "on") {
    const order = await caseQueue.inOrder(ctx.app.db);
    const position = Math.max(1, order.findIndex((queued) => queued.id === item.id) + 1);
    // A missing language was said already, at the consent question or in the waiting message: not again.
    await ctx.reply(waitingText(desk, item.locale, position, duty, await deskNow(desk), true));
    return;
  }
  const when = duty.kind === "off" && duty.opensAt !== undefined ? duty.opensAt : undefined;
  await ctx.reply(
    when === undefined
      ? ctx.t("counselors-when-later")
      : ctx.t("counselors-when-off-duty", {
          when: formatOpening(item.locale, when, ctx.app.config.TIME_ZONE),
        }),
  );
}
