// "Did this help?" under an answer: one rating per answer, counted in the anonymous statistics only with that
// consent, which is asked for once (the rating that led to the question is counted once allowed).
import { Composer } from "../bot/composer.ts";
import type { BotContext } from "../bot/context.ts";
import { menuButtonKeyboard } from "../bot/menu.ts";
import { askConsent, type ConsentContinuation, hasConsent, POLICY_VERSION } from "../consent/index.ts";
import { countEvent, type StatisticsEvent } from "../statistics/index.ts";
import { rateAnswer } from "./buttons.ts";

export const STATISTICS_CONTINUATION = "faq-rating";

export const answerRatings = new Composer<BotContext>();
const privateChats = answerRatings.chatType("private");

privateChats.callbackQuery(
  ...rateAnswer.handle(async (ctx, verdict, id) => {
    await ctx.answerCallbackQuery({ text: ctx.t("faq-thanks") });
    const base = ctx.app.content.knowledge.base;
    const entry = base.entriesById.get(id);
    // Unknown ids are not counted: forged data must not invent statistics.
    if (!entry) return;
    // One rating per answer: its rating buttons go, the others (alternatives included) stay.
    const rows = ctx.callbackQuery.message?.reply_markup?.inline_keyboard ?? [];
    const kept = rows
      .map((row) =>
        row.filter((button) => !("callback_data" in button && rateAnswer.parse(button.callback_data))),
      )
      .filter((row) => row.length > 0);
    await ctx.editMessageReplyMarkup({ reply_markup: { inline_keyboard: kept } }).catch(() => {});
    const helpful = verdict === "yes";
    if (await hasConsent(ctx, "statistics")) {
      await countEvent(ctx, ratingEvent(entry.id, helpful));
      return;
    }
    // Asked once: whoever declines or ignores it is not asked again (until the policy changes).
    if (ctx.session.faqStatisticsAsked === POLICY_VERSION) return;
    ctx.session.faqStatisticsAsked = POLICY_VERSION;
    ctx.session.faqPendingRating = { id: entry.id, helpful };
    await askConsent(ctx, "statistics", STATISTICS_CONTINUATION);
  }),
);

// The rating that led to the question is counted once allowed, and forgotten either way.
export const ratingStatisticsAnswer: ConsentContinuation = {
  async granted(ctx) {
    const pending = ctx.session.faqPendingRating;
    delete ctx.session.faqPendingRating;
    if (pending && ctx.app.content.knowledge.base.entriesById.has(pending.id)) {
      await countEvent(ctx, ratingEvent(pending.id, pending.helpful));
    }
  },
  async declined(ctx) {
    delete ctx.session.faqPendingRating;
    await ctx.reply(ctx.t("consent-declined"), { reply_markup: menuButtonKeyboard(ctx) });
  },
};

function ratingEvent(id: string, helpful: boolean): StatisticsEvent {
  return { kind: "faq.rated", entry: id, detail: helpful ? "helpful" : "unhelpful" };
}
