// The question the bot waits on in a private chat (a consent, "who is it about?", where to look for centers, the
// rating after a conversation with a counselor): a sticker, photo, voice message, file, location or contact sent
// instead of an answer is pointed back to it, kindly, and the question stays answerable (its buttons still work)
// rather than being pushed away by the menu (src/unhandled). Any text or button press afterwards is an answer or a
// new start, so the record goes; the update keeps it (`answeredQuestion`), for a list of questions whose reply may be
// typed ("2", "the second one", "none of these": src/questions).
//
// A question asked outside the person's own update (a counselor or the idle timer closing a case asks for the
// rating) cannot reach their session: it is kept in a stored-state row of its own ("q:<pseudonym>"), read with the
// session in the update's one preload statement, and moved into the session by `adoptAskedElsewhere`.
import type { MiddlewareFn, StorageAdapter } from "grammy";
import { storedStateAdapter } from "../db/sessions.ts";
import { DAY_MS } from "../time/durations.ts";
import type { AppServices, Awaited, BaseContext, BotContext } from "./context.ts";

/** The stored-state prefix of a question asked from another update; createBot preloads it with the session. */
export const ASKED_ELSEWHERE = "q";

/**
 * Records `messageId` as the question waiting for this person's answer (outside a conversation, which has no session);
 * `choices`: it lists these entries' questions, in this order; `where`: it asks where to look for centers.
 */
export function awaitAnswer(
  ctx: BaseContext,
  messageId: number,
  what: Omit<Awaited, "messageId"> = {},
): void {
  if ("session" in ctx && ctx.session) (ctx as BotContext).session.awaiting = { messageId, ...what };
}

/** Records a question sent to `pseudonym` from someone else's update; their next update adopts it. */
export async function awaitAnswerOf(app: AppServices, pseudonym: string, messageId: number): Promise<void> {
  const rows = storedStateAdapter<Awaited>(
    app.db,
    ASKED_ELSEWHERE,
    app.config.SESSION_IDLE_DAYS * DAY_MS,
    app.now,
  );
  await rows.write(pseudonym, { messageId });
}

/** After the session: a question asked from another update becomes the session's (its row goes, once). */
export function adoptAskedElsewhere(rows: StorageAdapter<Awaited>): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const pseudonym = ctx.person?.pseudonym;
    if (ctx.chat?.type !== "private" || !pseudonym) return next();
    // Answered from the preload: no statement unless a question is there.
    const asked = await rows.read(pseudonym);
    if (asked) {
      ctx.session.awaiting = { messageId: asked.messageId };
      await rows.delete(pseudonym);
    }
    return next();
  };
}

/** The question this person was last asked and has not answered yet, if any (an offer is no question). */
export function awaitedQuestion(ctx: BotContext): number | undefined {
  const awaiting = ctx.session.awaiting;
  return awaiting?.offer ? undefined : awaiting?.messageId;
}

/** The question this update's text may answer: the one waiting when it began, if any. */
export function answeredQuestion(ctx: BaseContext): Awaited | undefined {
  return ctx.answering;
}

/** Before the features: a text or a button press moves on from the question (one asked now records itself again). */
export const moveOn: MiddlewareFn<BotContext> = (ctx, next) => {
  if (ctx.chat?.type !== "private" || !ctx.person) return next();
  if (ctx.session.awaiting && (ctx.callbackQuery || ctx.message?.text !== undefined)) {
    if (ctx.message?.text !== undefined) ctx.answering = ctx.session.awaiting;
    delete ctx.session.awaiting;
  }
  return next();
};
