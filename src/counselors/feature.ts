// "Talk to a person": escalation, the anonymous relay and the case lifecycle in the
// counselors' forum group. See docs/COUNSELORS.md for the design and the set-up.
import { Composer } from "../bot/composer.ts";
import type { BotContext } from "../bot/context.ts";
import type { Feature } from "../bot/feature.ts";
import { talkToPerson } from "../bot/links.ts";
import { menuEntry } from "../bot/menu.ts";
import type { CounselorDuty } from "../bot/safety.ts";
import type { Locale } from "../config/index.ts";
import { counselorAvailability, scheduledAvailability } from "./availability.ts";
import { caseEnd, caseEndAnswer, caseRate, ownerSeal, skipComment, writeComment } from "./buttons.ts";
import { counselorSide } from "./counselor.ts";
import { deskLanguage } from "./desk-language.ts";
import { escalate } from "./escalation.ts";
import { groupSide } from "./group.ts";
import { tellPersonBlockedBot } from "./person-blocked-bot.ts";
import { crisisKindsOfOpenCase, openCaseStanding } from "./person-case.ts";
import { personConsent } from "./person-consent.ts";
import { answerEnd, askToEnd } from "./person-end.ts";
import { personEdit, personMessage } from "./person-messages.ts";
import { askForComment, rate, skipRatingComment } from "./rating.ts";
import { counselorDuringOutage } from "./staff.ts";
import { speakCommand } from "./team-languages.ts";
import { formatOpening } from "./waiting.ts";

export { isRatingButton } from "./buttons.ts";
export { counselorStart, counselorUnknownCommand } from "./counselor.ts";
export { configureRelay } from "./desk.ts";
export { deskProblem } from "./desk-reach.ts";
export { writesToOpenCase } from "./person-case.ts";
export { caseEndedByWithdrawal } from "./person-consent.ts";
export { caseLanguageChosen } from "./person-language.ts";
export { ratingCommentFeature } from "./rating.ts";
export { locationKeptFromCounselor } from "./shared-location.ts";
export { tellOpenCase } from "./standing.ts";

/** What the crisis reply and the safety net may know of the desk: whether anyone is there. */
export const counselorDuty: CounselorDuty = {
  availability: counselorAvailability,
  scheduled: scheduledAvailability,
  formatOpening: (app, locale, at) => formatOpening(locale, at, app.config.TIME_ZONE),
  openCase: openCaseStanding,
  counselorDuringOutage,
  crisisCase: crisisKindsOfOpenCase,
};

const composer = new Composer<BotContext>();
const privateChat = composer.chatType("private");

privateChat.callbackQuery(
  ...talkToPerson.handle(async (ctx, source) => {
    await ctx.answerCallbackQuery();
    await escalate(ctx, source);
  }),
);
privateChat.callbackQuery(...menuEntry("talk", (ctx: BotContext) => escalate(ctx, "menu")));

/**
 * A request for a person typed in free text (src/questions, through createBot): the menu button's path, in the
 * language it named ("…in English") when a counselor speaks it.
 */
export async function talkAsked(ctx: BotContext, language: Locale | undefined): Promise<void> {
  await escalate(ctx, "asked", language);
}
privateChat.callbackQuery(
  ...caseEnd.handle(async (ctx, caseId, seal) => {
    // Not this person's (a forged or another's case id): "this button no longer works", and nothing is asked.
    if (!ctx.person || seal !== ownerSeal(caseId, ctx.person.pseudonym))
      return ctx.answerCallbackQuery({ text: ctx.t("stale-button") });
    await ctx.answerCallbackQuery();
    await askToEnd(ctx, caseId);
  }),
);
privateChat.callbackQuery(
  ...caseEndAnswer.handle(async (ctx, answer, caseId, seal) => {
    if (!ctx.person || seal !== ownerSeal(caseId, ctx.person.pseudonym))
      return ctx.answerCallbackQuery({ text: ctx.t("stale-button") });
    await ctx.answerCallbackQuery();
    await answerEnd(ctx, answer, caseId, ctx.callbackQuery.message?.message_id);
  }),
);
privateChat.callbackQuery(
  ...caseRate.handle(async (ctx, caseId, rating, seal) => {
    // Not this person's (a forged id): the kind "this button no longer works", and nothing changes.
    if (!ctx.person || seal !== ownerSeal(caseId, ctx.person.pseudonym))
      return ctx.answerCallbackQuery({ text: ctx.t("stale-button-only") });
    await ctx.answerCallbackQuery();
    await rate(ctx, caseId, rating);
  }),
);
privateChat.callbackQuery(
  ...skipComment.handle(async (ctx) => {
    await ctx.answerCallbackQuery();
    await skipRatingComment(ctx);
  }),
);
privateChat.callbackQuery(
  ...writeComment.handle(async (ctx) => {
    await ctx.answerCallbackQuery();
    await askForComment(ctx);
  }),
);
privateChat.command("end", (ctx) => askToEnd(ctx));
// Telegram says at once when a person blocks the bot: whoever holds their case (or the topic) hears it now.
privateChat.on("my_chat_member", async (ctx, next) => {
  if (ctx.myChatMember.new_chat_member.status !== "kicked") return next();
  await tellPersonBlockedBot(ctx);
});

// Counselors first: a counselor's private messages go to their cases; a person's to theirs.
composer.use(speakCommand, deskLanguage, counselorSide, groupSide);
const personChat = composer.chatType("private");
personChat.on("message", personMessage);
personChat.on("edited_message", personEdit);

/** The desk's handlers, and what consent to a counselor and to a kept history mean. Its periodic jobs: src/bot/jobs.ts. */
export function counselorsFeature(): Feature {
  return { composer, consent: personConsent };
}
