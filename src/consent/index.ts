// Consent is asked at the moment it is needed, one purpose at a time, with one sentence
// saying what is kept and for how long. A feature asks with askConsent(ctx, purpose, next) and
// contributes what "next" means (ConsentContribution.answers); withdrawing runs the hooks the
// features contributed, which delete what depended on the consent, immediately. Shared by the
// features, not one of them: createBot builds it from their contributions (createConsent).
import { InlineKeyboard } from "grammy";
import { z } from "zod";
import { awaitAnswer } from "../bot/awaiting.ts";
import { callbackCodec } from "../bot/callback-data.ts";
import { Composer } from "../bot/composer.ts";
import type { BaseContext, BotContext } from "../bot/context.ts";
import { menuButtonKeyboard } from "../bot/menu.ts";
import type { Pseudonym } from "../privacy/pseudonym.ts";
import { CONSENT_PURPOSES, type ConsentPurpose } from "./policy.ts";
import { grantConsent, hasConsentFor, withdrawConsent } from "./store.ts";

export { CONSENT_PURPOSES, type ConsentPurpose, POLICY_VERSION } from "./policy.ts";
export { consentsOf } from "./store.ts";

const continuationId = z.string().regex(/^[a-z0-9.-]{1,24}$/);
const consentAnswer = callbackCodec(
  "consent",
  z.tuple([z.enum(["yes", "no"]), z.enum(CONSENT_PURPOSES), continuationId]),
);

export interface ConsentContinuation {
  granted(ctx: BotContext): Promise<unknown>;
  declined?(ctx: BotContext): Promise<unknown>;
  /** Whether the question still stands when answered (the history of a case: while that case is open); default yes. */
  stands?(ctx: BotContext): Promise<boolean>;
  /** Says `said` ("this question is no longer open") with where the person stands now; default: with the menu button. */
  stale?(ctx: BotContext, said: string): Promise<unknown>;
}

/** Deletes what depended on a purpose when the person withdraws it (or when /forget runs). */
export type WithdrawalHook = (ctx: BaseContext, pseudonym: Pseudonym) => Promise<unknown>;

/** What a feature adds to consent; createBot hands every feature's part to createConsent. */
export interface ConsentContribution {
  /** What happens after the person answers a question asked with askConsent(ctx, purpose, id), by id. */
  answers?: Record<string, ConsentContinuation>;
  /** What the feature deletes when a purpose is withdrawn. */
  withdrawn?: Partial<Record<ConsentPurpose, WithdrawalHook>>;
}

export function hasConsent(ctx: BaseContext, purpose: ConsentPurpose): Promise<boolean> {
  if (!ctx.person) return Promise.resolve(false);
  return hasConsentFor(ctx.app.db, ctx.person.pseudonym, purpose);
}

/**
 * Asks for one purpose; the answer runs the continuation contributed under `next`. Returns the question's message
 * (a conversation, which has no session, records it as awaited itself: src/bot/awaiting.ts). `brief` asks
 * in one short line (`consent-<purpose>-brief`), for a person in crisis; /privacy explains the rest. `args` are the
 * text's own variables (what the asking feature knows about this moment).
 */
export async function askConsent(
  ctx: BaseContext,
  purpose: ConsentPurpose,
  next: string,
  options: { brief?: boolean; args?: Record<string, string | number> } = {},
): Promise<number> {
  const keyboard = new InlineKeyboard()
    .text(ctx.t("consent-allow"), consentAnswer.encode("yes", purpose, next))
    .text(ctx.t("consent-decline"), consentAnswer.encode("no", purpose, next));
  const text = options.brief ? `consent-${purpose}-brief` : `consent-${purpose}-explain`;
  const asked = await ctx.reply(ctx.t(text, { ...options.args, days: ctx.app.config.HISTORY_DAYS }), {
    reply_markup: keyboard,
  });
  awaitAnswer(ctx, asked.message_id);
  recordConsentQuestion(ctx, asked.message_id, purpose);
  return asked.message_id;
}

/** The most open questions remembered: a person is asked a few at most before answering one. */
const OPEN_QUESTIONS = 5;

/**
 * Records a consent question as open (asked outside a conversation, which has no session: a conversation records its
 * own from `conversation.external`). Only an open question's answer counts.
 */
export function recordConsentQuestion(ctx: BaseContext, messageId: number, purpose: ConsentPurpose): void {
  if (!("session" in ctx) || !ctx.session) return;
  const session = (ctx as BotContext).session;
  session.consentAsked = [...(session.consentAsked ?? []), { messageId, purpose }].slice(-OPEN_QUESTIONS);
}

/**
 * Closes the question pressed, and with it every other open question of its purpose (answered now); returns
 * whether it was open. A question of a purpose answered since, or erased by /forget, was not.
 */
function closeQuestion(ctx: BotContext, purpose: ConsentPurpose, messageId: number | undefined): boolean {
  const asked = ctx.session.consentAsked ?? [];
  const open = asked.some((question) => question.messageId === messageId && question.purpose === purpose);
  if (!open) return false;
  const left = asked.filter((question) => question.purpose !== purpose);
  if (left.length > 0) ctx.session.consentAsked = left;
  else delete ctx.session.consentAsked;
  return true;
}

export async function giveConsent(ctx: BaseContext, purpose: ConsentPurpose): Promise<void> {
  if (ctx.person) await grantConsent(ctx.app.db, ctx.person.pseudonym, purpose, new Date(ctx.app.now()));
}

export interface Consent {
  /** Answers the consent buttons and runs the asking feature's continuation. */
  composer: Composer<BotContext>;
  /** Withdraws one purpose and deletes what depended on it. Returns whether it had been given. */
  revoke(ctx: BaseContext, purpose: ConsentPurpose): Promise<boolean>;
}

export function createConsent(contributions: readonly ConsentContribution[]): Consent {
  const continuations = new Map<string, ConsentContinuation>();
  const withdrawalHooks = new Map<ConsentPurpose, WithdrawalHook[]>();
  for (const contribution of contributions) {
    for (const [id, continuation] of Object.entries(contribution.answers ?? {})) {
      continuationId.parse(id);
      if (continuations.has(id)) throw new Error(`consent continuation ${id} is contributed twice`);
      continuations.set(id, continuation);
    }
    for (const purpose of CONSENT_PURPOSES) {
      const hook = contribution.withdrawn?.[purpose];
      if (hook) withdrawalHooks.set(purpose, [...(withdrawalHooks.get(purpose) ?? []), hook]);
    }
  }

  const composer = new Composer<BotContext>();
  composer.chatType("private").callbackQuery(
    ...consentAnswer.handle(async (ctx, answer, purpose, next) => {
      await ctx.answerCallbackQuery();
      // The question has been answered: take its buttons away so it cannot be answered twice.
      await ctx.editMessageReplyMarkup().catch(() => {});
      const continuation = continuations.get(next);
      // An old question (another of its kind answered since, its case ended): kindly closed, and nothing granted.
      const open = closeQuestion(ctx, purpose, ctx.callbackQuery.message?.message_id);
      if (!open || (continuation?.stands && !(await continuation.stands(ctx)))) {
        const said = ctx.t("consent-stale");
        await (continuation?.stale
          ? continuation.stale(ctx, said)
          : ctx.reply(said, { reply_markup: menuButtonKeyboard(ctx) }));
        return;
      }
      if (answer === "yes") {
        // An old question answered again: nothing new was granted, so no "thank you"; what follows says where things stand.
        const already = await hasConsent(ctx, purpose);
        if (!already) await giveConsent(ctx, purpose);
        // Statistics are asked at the end of a path (an answer rated, a triage done): nothing follows.
        const last = purpose === "statistics" ? { reply_markup: menuButtonKeyboard(ctx) } : {};
        if (!already || !continuation) await ctx.reply(ctx.t("consent-granted"), last);
        await continuation?.granted(ctx);
      } else {
        await (continuation?.declined
          ? continuation.declined(ctx)
          : ctx.reply(ctx.t("consent-declined"), { reply_markup: menuButtonKeyboard(ctx) }));
      }
    }),
  );

  async function revoke(ctx: BaseContext, purpose: ConsentPurpose): Promise<boolean> {
    if (!ctx.person) return false;
    const pseudonym = ctx.person.pseudonym;
    for (const hook of withdrawalHooks.get(purpose) ?? []) await hook(ctx, pseudonym);
    return withdrawConsent(ctx.app.db, pseudonym, purpose);
  }

  return { composer, revoke };
}
