// The question the bot waits on in a private chat (a consent, "who is it about?", where to look for centers):
// a sticker, photo, voice message, file, location or contact sent instead of an answer is pointed back to it,
// kindly, and the question stays answerable (its buttons still work) rather than being pushed away by the menu
// (src/unhandled). Any text or button press afterwards is an answer or a new start, so the record goes.
import type { MiddlewareFn } from "grammy";
import type { BaseContext, BotContext } from "./context.ts";

/** Records `messageId` as the question waiting for this person's answer (outside a conversation, which has no session). */
export function awaitAnswer(ctx: BaseContext, messageId: number): void {
  if ("session" in ctx && ctx.session) (ctx as BotContext).session.awaiting = { messageId };
}

/** The question this person was last asked and has not answered yet, if any. */
export function awaitedQuestion(ctx: BotContext): number | undefined {
  return ctx.session.awaiting?.messageId;
}

/** Before the features: a text or a button press moves on from the question (one asked now records itself again). */
export const moveOn: MiddlewareFn<BotContext> = (ctx, next) => {
  if (ctx.chat?.type !== "private" || !ctx.person) return next();
  if (ctx.session.awaiting && (ctx.callbackQuery || ctx.message?.text !== undefined))
    delete ctx.session.awaiting;
  return next();
};
