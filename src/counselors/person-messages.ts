// What the person writes or edits while a case is open goes to the counselor; crisis words in it tell the desk.
import type { BotContext } from "../bot/context.ts";
import { answeredAsCrisis } from "../bot/safety.ts";
import type * as cases from "../db/cases.ts";
import { crisisInCase } from "./crisis-watch.ts";
import type { Desk } from "./desk.ts";
import { tellEnded } from "./ended-unseen.ts";
import { heldForConsent, rememberMessage } from "./led-here.ts";
import { caseStanding, currentCase, desk, situationOf } from "./person-case.ts";
import { PRIORITY } from "./queue.ts";
import { isCommand, isRelayable, mirrorPersonEdit, relayFromPerson } from "./relay.ts";
import { acknowledgeWhileQueued } from "./waiting.ts";
import { answerWhen, asksWhen } from "./when-asked.ts";

/** The person's messages while a case is open go to the counselor; anything else goes on. */
export async function personMessage(ctx: BotContext, next: () => Promise<void>): Promise<void> {
  const message = ctx.message;
  if (!message || ctx.chat?.type !== "private" || !ctx.person) return next();
  const relayable = isRelayable(message);
  if (
    isCommand(message) ||
    (!relayable && (ctx.session.caseId === undefined || message.location !== undefined))
  )
    return next();
  const here = desk(ctx);
  // Without the counselors' group nothing can be relayed, but the case and the person's link to it stay.
  const { open: item, closedSince } = here ? await caseStanding(ctx) : {};
  if (!here || !item) {
    // No case: it goes on (to the knowledge base); should it lead to a counselor, it goes there too.
    if (relayable) rememberMessage(ctx, message);
    if (relayable && closedSince && !answeredAsCrisis(ctx.update) && (await tellEnded(ctx, closedSince)))
      return;
    if (here && relayable && (await heldForConsent(ctx, message))) return;
    return next();
  }
  // A contact (or anything else not relayed) in a conversation: said plainly that it stays here, as it could
  // identify the person. A location goes on: it finds the centers nearby.
  if (!relayable && message.location === undefined) {
    await ctx.reply(ctx.t("counselors-not-relayed-person"));
    return;
  }
  const recorded = await relayFromPerson(here, item, message, ctx.log);
  const current = await noticeCrisis(ctx, here, item, message.message_id);
  // "When?" while waiting gets its answer (the place, or the next shift), not "received".
  if (recorded && current.status === "queued" && !answeredAsCrisis(ctx.update) && asksWhen(message.text))
    await answerWhen(ctx, current);
  else if (recorded) await acknowledgeWhileQueued(ctx, current);
}

export async function personEdit(ctx: BotContext, next: () => Promise<void>): Promise<void> {
  const edited = ctx.editedMessage;
  const here = desk(ctx);
  if (!edited || ctx.chat?.type !== "private" || !here) return next();
  const item = await currentCase(ctx);
  if (!item) return next();
  await mirrorPersonEdit(here, item, edited);
  // An edit can carry crisis words too: the desk is told as for a new message.
  await noticeCrisis(ctx, here, item, edited.message_id);
}

/**
 * Crisis words in this message (answered by src/crisis-reply before it reached here), or a
 * signal noticed since the case opened that has not raised it yet: the desk is told (crisis-watch.ts).
 */
async function noticeCrisis(
  ctx: BotContext,
  here: Desk,
  item: cases.Case,
  messageId: number,
): Promise<cases.Case> {
  const { crisis } = situationOf(ctx);
  if (!crisis || crisis.at < item.openedAt.getTime()) return item;
  const now = answeredAsCrisis(ctx.update);
  if (!now && item.priority === PRIORITY.crisis) return item;
  // This message's own kinds (and the message, flagged for the counselor) when it carried the words; else the visit's.
  const categories = (now ? crisis.kinds : crisis.categories) ?? [crisis.category];
  return crisisInCase(here, item, { categories, at: crisis.at, ...(now ? { messageId } : {}) }, ctx.log);
}
