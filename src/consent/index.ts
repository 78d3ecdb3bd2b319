// Consent is asked at the moment it is needed, one purpose at a time, with one sentence
// saying what is kept and for how long. A feature asks with askConsent(ctx, purpose, next)
// and registers what "next" means with onConsentAnswer; withdrawing runs the hooks that
// delete what depended on the consent, immediately.
import { Composer, InlineKeyboard } from "grammy";
import { z } from "zod";
import { callbackCodec } from "../bot/callback-data.ts";
import type { BaseContext, BotContext } from "../bot/context.ts";
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

interface ConsentContinuation {
  granted(ctx: BotContext): Promise<unknown>;
  declined?(ctx: BotContext): Promise<unknown>;
}
const continuations = new Map<string, ConsentContinuation>();
const withdrawalHooks = new Map<
  ConsentPurpose,
  ((ctx: BaseContext, pseudonym: Pseudonym) => Promise<unknown>)[]
>();

/** What happens after the person answers a consent question asked with this continuation id. */
export function onConsentAnswer(id: string, continuation: ConsentContinuation): void {
  continuationId.parse(id);
  continuations.set(id, continuation);
}

/** Deletes what depended on a purpose when the person withdraws it (or when /forget runs). */
export function onConsentWithdrawn(
  purpose: ConsentPurpose,
  hook: (ctx: BaseContext, pseudonym: Pseudonym) => Promise<unknown>,
): void {
  withdrawalHooks.set(purpose, [...(withdrawalHooks.get(purpose) ?? []), hook]);
}

export function hasConsent(ctx: BaseContext, purpose: ConsentPurpose): Promise<boolean> {
  if (!ctx.person) return Promise.resolve(false);
  return hasConsentFor(ctx.app.db, ctx.person.pseudonym, purpose);
}

/**
 * Asks for one purpose; the answer runs the continuation registered under `next`. `brief` asks
 * in one short line (`consent-<purpose>-brief`), for a person in crisis; /privacy explains the rest.
 */
export async function askConsent(
  ctx: BaseContext,
  purpose: ConsentPurpose,
  next: string,
  options: { brief?: boolean } = {},
): Promise<void> {
  const keyboard = new InlineKeyboard()
    .text(ctx.t("consent-allow"), consentAnswer.encode("yes", purpose, next))
    .text(ctx.t("consent-decline"), consentAnswer.encode("no", purpose, next));
  const text = options.brief ? `consent-${purpose}-brief` : `consent-${purpose}-explain`;
  await ctx.reply(ctx.t(text, { days: ctx.app.config.HISTORY_DAYS }), { reply_markup: keyboard });
}

export async function giveConsent(ctx: BaseContext, purpose: ConsentPurpose): Promise<void> {
  if (ctx.person) await grantConsent(ctx.app.db, ctx.person.pseudonym, purpose, new Date(ctx.app.now()));
}

/** Withdraws one purpose and deletes what depended on it. Returns whether it had been given. */
export async function revokeConsent(ctx: BaseContext, purpose: ConsentPurpose): Promise<boolean> {
  if (!ctx.person) return false;
  const pseudonym = ctx.person.pseudonym;
  for (const hook of withdrawalHooks.get(purpose) ?? []) await hook(ctx, pseudonym);
  return withdrawConsent(ctx.app.db, pseudonym, purpose);
}

export const consentFeature = new Composer<BotContext>();

consentFeature.chatType("private").callbackQuery(
  ...consentAnswer.handle(async (ctx, answer, purpose, next) => {
    await ctx.answerCallbackQuery();
    // The question has been answered: take its buttons away so it cannot be answered twice.
    await ctx.editMessageReplyMarkup().catch(() => {});
    const continuation = continuations.get(next);
    if (answer === "yes") {
      await giveConsent(ctx, purpose);
      await ctx.reply(ctx.t("consent-granted"));
      await continuation?.granted(ctx);
    } else {
      await (continuation?.declined ? continuation.declined(ctx) : ctx.reply(ctx.t("consent-declined")));
    }
  }),
);
