// What led to a case: the messages the person wrote in this visit just before asking for a
// counselor (the crisis message, the first description) reach the counselor with the case, so
// that nobody in distress must repeat themselves. Only ids are remembered (the text stays in
// Telegram), and only after consent 1, which says so, are they copied (as any message is).
import type { Message } from "grammy/types";
import { answeredQuestion, awaitAnswer } from "../bot/awaiting.ts";
import type { BotContext } from "../bot/context.ts";
import { answeredAsCrisis } from "../bot/safety.ts";
import type { Locale } from "../config/index.ts";
import type * as cases from "../db/cases.ts";
import { textToMatch } from "../knowledge/browse.ts";
import { MINUTE_MS } from "../time/durations.ts";
import type { Desk } from "./desk.ts";
import { relayFromPerson } from "./relay.ts";

/** "This visit": older messages were about something else, or were answered already. */
const VISIT_MS = 30 * MINUTE_MS;
/** The minimum the counselor needs: the last few, not the whole chat. */
const MOST = 3;

/** A message written with no case open (it goes on to the knowledge base): its id, for later. */
export function rememberMessage(ctx: BotContext, message: Pick<Message, "message_id">): void {
  const now = ctx.app.now();
  const recent = (ctx.session.recentMessages ?? []).filter((entry) => now - entry.at <= VISIT_MS);
  ctx.session.recentMessages = [...recent, { id: message.message_id, at: now }].slice(-MOST);
}

/**
 * Text typed while "talk to a person" waits for its consent (src/consent): it is remembered above and reaches the
 * counselor once allowed, so it is held, not answered as a new question, and the person is told so under the
 * question, which stays the one awaited. A crisis in it was answered first (src/crisis-reply). Returns whether held.
 */
export async function heldForConsent(ctx: BotContext, message: Message): Promise<boolean> {
  const question = answeredQuestion(ctx)?.messageId;
  if (question === undefined || message.text === undefined) return false;
  const asked = ctx.session.consentAsked ?? [];
  if (!asked.some((open) => open.messageId === question && open.purpose === "counselor")) return false;
  if (!answeredAsCrisis(ctx.update) && (await isDistress(ctx, message.text))) return false;
  await ctx.reply(ctx.t("counselors-consent-waits"), {
    reply_parameters: { message_id: question, allow_sending_without_reply: true },
  });
  awaitAnswer(ctx, question);
  return true;
}

/**
 * Distress with no crisis words ("I can't cope, I'm scared"): src/questions answers it warmly (who can help, and
 * when), as it would anywhere; the line is remembered all the same and reaches the counselor once allowed.
 */
async function isDistress(ctx: BotContext, text: string): Promise<boolean> {
  const locale = (await ctx.i18n.getLocale()) as Locale;
  return ctx.app.content.knowledge.router.route(textToMatch(text), { locale }).route.kind === "support";
}

/** Forgets them: declined, or passed on already. */
export function forgetMessages(ctx: BotContext): void {
  ctx.session.recentMessages = undefined;
}

/**
 * This visit's last messages that would go into a case opened now, oldest first: every message (or edited
 * message) that raised a crisis signal, however many came after it, and the last few others.
 */
function messagesThatLedHere(ctx: BotContext): number[] {
  const now = ctx.app.now();
  const crisis = ctx.session.lastCrisis;
  const crisisIds =
    crisis && now - crisis.at <= VISIT_MS
      ? (crisis.messageIds ?? (crisis.messageId === undefined ? [] : [crisis.messageId]))
      : [];
  const others = (ctx.session.recentMessages ?? [])
    .filter((entry) => now - entry.at <= VISIT_MS && !crisisIds.includes(entry.id))
    .map((entry) => entry.id)
    .slice(-MOST);
  return [...new Set([...crisisIds, ...others])].sort((a, b) => a - b);
}

/** Whether consent 1 may say "what you wrote goes to the counselor too": only when something would. */
export function carriesMessages(ctx: BotContext): "yes" | "no" {
  return messagesThatLedHere(ctx).length > 0 ? "yes" : "no";
}

/**
 * Passes this visit's last messages into a case that has just opened, as if written while waiting.
 * Forgets them either way. Returns how many were passed.
 */
export async function passMessagesThatLedHere(ctx: BotContext, desk: Desk, item: cases.Case) {
  const ids = messagesThatLedHere(ctx);
  forgetMessages(ctx);
  for (const id of ids) await relayFromPerson(desk, item, { message_id: id }, ctx.log);
  return ids.length;
}
