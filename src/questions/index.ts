// Questions and answers: browsing by topic, and answering a question asked in one's own words.
// Registered after the other features: free text reaches it only when nobody else took it.
// The knowledge base itself (loading, matching, routing a message) is src/knowledge, grammY-free.
import { type Filter, GrammyError, type NextFunction } from "grammy";
import type { Message } from "grammy/types";
import { answeredQuestion, awaitAnswer } from "../bot/awaiting.ts";
import { Composer } from "../bot/composer.ts";
import type { BaseContext, BotContext } from "../bot/context.ts";
import type { Feature } from "../bot/feature.ts";
import { openAnswer } from "../bot/links.ts";
import { menuEntry, showMainMenu } from "../bot/menu.ts";
import { answerFollowsCrisis, type CounselorDuty, crisisAnswered } from "../bot/safety.ts";
import { talkBlockedDate } from "../bot/talk.ts";
import { CRISIS_WINDOW_MS } from "../crisis/categories.ts";
import { isLocale } from "../i18n/index.ts";
import { candidatesFor } from "../knowledge/addressed.ts";
import { questionPage, textToMatch } from "../knowledge/browse.ts";
import { asksAboutBlock } from "../knowledge/cues/block.ts";
import { type Perspective, readCues } from "../knowledge/cues/index.ts";
import { SUPPORT_ENTRY } from "../knowledge/routing.ts";
import type { FaqEntry, FaqLocale } from "../knowledge/schema.ts";
import { countEvent } from "../statistics/index.ts";
import { wordlessOf } from "../text/wordless.ts";
import { browsePage, browseTopics, clarifyWho, openAnswerForFamily, type Placement } from "./buttons.ts";
import { otherLanguageMessage } from "./other-language.ts";
import { answerRatings, ratingStatisticsAnswer, STATISTICS_CONTINUATION } from "./rating.ts";
import {
  type AnswerOptions,
  answerMessages,
  choiceMessage,
  clarifyMessage,
  kindReplyMessage,
  noMatchMessage,
  type OutgoingMessage,
  pageMessage,
  supportMessages,
  topicsMessage,
  wordlessMessage,
} from "./render.ts";
import { typedChoice } from "./typed-choice.ts";

export interface QuestionsDeps {
  /**
   * The nearest centers for a region a question names (src/centers), or the question "where?"
   * when it names none; false for an unknown region. Passed in by createBot.
   */
  showCenters(ctx: BaseContext, regionCode: string | undefined): Promise<boolean>;
  /** Whether a counselor is there before support offers one (src/counselors, as for the crisis reply). */
  duty: CounselorDuty;
  /** Asked for a person in one's own words: what the menu's "talk to a person" does (src/counselors). */
  talkToCounselor(ctx: BotContext, language: FaqLocale | undefined): Promise<void>;
}

export function questionsFeature(deps: QuestionsDeps): Feature {
  const composer = new Composer<BotContext>(browsing, answerRatings);
  // A photo's, video's, file's or voice message's caption is read like a text: it is all the bot can read of it.
  composer
    .chatType("private")
    .on(["message:text", "message:caption"], (ctx, next) => answerFreeText(ctx, next, deps));
  return { composer, consent: { answers: { [STATISTICS_CONTINUATION]: ratingStatisticsAnswer } } };
}

// Browsing, answer links and the clarifying question: they need nothing from outside.
const browsing = new Composer<BotContext>();
const privateChats = browsing.chatType("private");

async function displayLocale(ctx: BaseContext): Promise<FaqLocale> {
  const locale = await ctx.i18n.getLocale();
  return isLocale(locale) ? locale : ctx.app.config.DEFAULT_LOCALE;
}

/**
 * Redraws the list the button sits on, or sends a new message (also when the old one cannot be edited or
 * has no text to replace: a photo, or a message too old for Telegram to show the bot).
 */
/** Sends (or edits into) a message; returns the id of one sent anew. */
async function show(
  ctx: BaseContext,
  message: OutgoingMessage,
  placement: Placement = "new",
): Promise<number | undefined> {
  if (placement === "edit" && ctx.callbackQuery?.message?.text !== undefined) {
    try {
      await ctx.editMessageText(message.text, message.options);
      return;
    } catch (error) {
      // Pressed twice: the list is already showing. Otherwise (too old to edit) send it anew.
      if (error instanceof GrammyError && error.description.includes("message is not modified")) return;
    }
  }
  return (await ctx.reply(message.text, message.options)).message_id;
}

async function showTopics(ctx: BaseContext, placement: Placement, lead?: string): Promise<void> {
  const locale = await displayLocale(ctx);
  await show(ctx, topicsMessage(ctx, ctx.app.content.knowledge.base, locale, lead), placement);
}

/** An answer, with the other questions that may be what was meant on the same message. */
async function showAnswer(ctx: BaseContext, entry: FaqEntry, options: AnswerOptions = {}): Promise<void> {
  const locale = await displayLocale(ctx);
  const base = ctx.app.content.knowledge.base;
  let last: number | undefined;
  for (const message of await answerMessages(ctx, base, entry, locale, options))
    last = await show(ctx, message);
  awaitOffered(ctx, last, options.alternatives ?? [], options.perspective);
  await countEvent(ctx, { kind: "faq.viewed", entry: entry.id });
}

/**
 * "Not what you meant?" under an answer or support numbers its questions as a list to choose from does: a number
 * typed ("2") opens what the button "2." opens (answerTypedChoice), for a relative their text, rather than
 * starting a new question.
 */
function awaitOffered(
  ctx: BaseContext,
  messageId: number | undefined,
  offered: readonly FaqEntry[],
  perspective?: Perspective,
): void {
  if (messageId === undefined || offered.length === 0) return;
  const choices = offered.map(({ id }) => id);
  awaitAnswer(
    ctx,
    messageId,
    perspective === "family" ? { choices, perspective, offer: true } : { choices, offer: true },
  );
}

privateChats.callbackQuery(...menuEntry("questions", (ctx) => showTopics(ctx, "new")));

privateChats.callbackQuery(
  ...browseTopics.handle(async (ctx, placement) => {
    await ctx.answerCallbackQuery();
    await showTopics(ctx, placement);
  }),
);

privateChats.callbackQuery(
  ...browsePage.handle(async (ctx, categoryId, page, placement) => {
    await ctx.answerCallbackQuery();
    const found = questionPage(ctx.app.content.knowledge.base, categoryId, page);
    if (!found) return showTopics(ctx, "new", ctx.t("faq-gone"));
    await show(ctx, pageMessage(ctx, found, await displayLocale(ctx)), placement);
  }),
);

// Also the target of answer links from other features (src/bot/links.ts); the second, of lists shown to a relative.
for (const [codec, perspective] of [
  [openAnswer, undefined],
  [openAnswerForFamily, "family"],
] as const)
  privateChats.callbackQuery(
    ...codec.handle(async (ctx, id) => {
      await ctx.answerCallbackQuery();
      const entry = ctx.app.content.knowledge.base.entriesById.get(id);
      if (!entry) return showTopics(ctx, "new", ctx.t("faq-gone"));
      await showAnswer(ctx, entry, { perspective });
    }),
  );

function isCommand(message: Message): boolean {
  return message.entities?.some((entity) => entity.type === "bot_command" && entity.offset === 0) ?? false;
}

// A question in one's own words. The text is routed (routing.ts), never logged and never repeated back.
async function answerFreeText(
  ctx: Filter<BotContext, "message:text" | "message:caption">,
  next: NextFunction,
  { showCenters, duty, talkToCounselor }: QuestionsDeps,
): Promise<void> {
  if (isCommand(ctx.msg)) return next();
  // src/crisis-reply answered it with the emergency numbers: what was asked follows them only when it should.
  const crisis = crisisAnswered(ctx.update);
  if (crisis && !answerFollowsCrisis(crisis)) return;
  if (Object.keys(ctx.conversation.active()).length > 0) return next();
  const { base, router } = ctx.app.content.knowledge;
  const locale = await displayLocale(ctx);
  const text = ctx.msg.text ?? ctx.msg.caption ?? "";
  if (ctx.msg.text !== undefined && (await answerTypedChoice(ctx, text, locale))) return;
  const wordless = ctx.msg.text !== undefined && !crisis ? wordlessOf(text) : undefined;
  if (wordless) {
    await show(ctx, await wordlessMessage(ctx, locale, wordless));
    return;
  }
  // "Почему вы меня заблокировали?" from someone blocked: the block's own words (until when, 114, 112), not an entry.
  if (asksAboutBlock(text) && (await talkBlockedDate(ctx))) return showMainMenu(ctx);
  // Only a crisis told in an earlier message holds back entries about killing or war: a message that carries one
  // and asks ("is hijra to Sham a duty?") gets the theologians' answer after the crisis reply (answerFollowsCrisis).
  const lastCrisis = ctx.session.lastCrisis;
  const afterCrisis =
    !crisis && lastCrisis !== undefined && ctx.app.now() - lastCrisis.at <= CRISIS_WINDOW_MS;
  const { route, ranked, perspective } = router.route(textToMatch(text), { locale, afterCrisis });
  // A caption nothing answers: the media's own reply (src/unhandled) says what the bot can read.
  if (ctx.msg.text === undefined && route.kind === "none" && route.reason === "no-match") return next();
  if (crisis && !answerFollowsCrisis(crisis, route.kind)) return;
  ctx.log.info({ route: route.kind }, "free text routed");
  await countEvent(ctx, { kind: "faq.asked", detail: route.kind, entry: ranked[0]?.id });
  const entriesOf = (ids: readonly { id: string }[]) =>
    ids.map(({ id }) => base.entriesById.get(id)).filter((entry): entry is FaqEntry => entry !== undefined);

  switch (route.kind) {
    case "answer": {
      // Written in a language the bot does not speak: no entry answers it; the three languages are offered instead.
      if (route.foreign?.written) {
        await show(ctx, await otherLanguageMessage(ctx, route.foreign.language));
        return;
      }
      const best = base.entriesById.get(route.best.id);
      if (!best) break;
      const also = route.also && base.entriesById.get(route.also.id);
      const alternatives = entriesOf(route.alternatives);
      await showAnswer(ctx, best, { alternatives, also, foreign: route.foreign?.language, perspective });
      return;
    }
    case "choices": {
      const candidates = entriesOf(route.candidates);
      if (candidates.length === 0) break;
      // A question of faith: no ruling here, who can talk it through, and these (src/knowledge/theology.ts).
      const lead = ctx.t(route.faith ? "faq-faith-lead" : "faq-did-you-mean");
      await showChoices(ctx, lead, candidates, locale, perspective);
      return;
    }
    case "clarify": {
      // Typed past "who is it about?" ("а если они узнают?", then "и что потом?"): the same question again would go
      // unanswered again, so the questions this may be are listed, or where people start when none is.
      if (answeredQuestion(ctx)?.clarify) {
        delete ctx.session.faqClarify;
        const candidates = entriesOf(route.candidates);
        const entries = candidates.length > 0 ? candidates : entriesOf(EVERY_STARTING_POINT);
        await showChoices(ctx, ctx.t("faq-did-you-mean"), entries, locale);
        return;
      }
      // Only the entries' ids are kept for the answer to "who is it about?", never the message.
      ctx.session.faqClarify = route.candidates.map(({ id }) => id);
      const asked = await show(ctx, await clarifyMessage(ctx));
      if (asked !== undefined) awaitAnswer(ctx, asked, { clarify: true });
      return;
    }
    case "directory":
      if (await showCenters(ctx, route.region)) return;
      break;
    case "counselor":
      await talkToCounselor(ctx, route.language);
      return;
    case "support": {
      const availability = await duty.availability(ctx.app);
      const opening = (at: number) => duty.formatOpening(ctx.app, locale, at);
      const alternatives = entriesOf(route.alternatives);
      const hurtAtHome = readCues(textToMatch(text), locale).hurtAtHome;
      // "Муж распускает руки" names a relative but is about the writer: the support text for them, not for a relative.
      const shownTo = hurtAtHome ? undefined : perspective;
      const messages = await supportMessages(ctx, locale, SUPPORT_ENTRY, availability, opening, {
        alternatives,
        perspective: shownTo,
        hurtAtHome,
      });
      let last: number | undefined;
      for (const message of messages) last = await show(ctx, message);
      awaitOffered(ctx, last, alternatives, shownTo);
      return;
    }
    case "none":
      if (route.reason === "faith") {
        await showChoices(ctx, ctx.t("faq-faith-lead"), entriesOf(route.candidates), locale, perspective);
        return;
      }
      if (route.reason === "insult") {
        await show(ctx, await kindReplyMessage(ctx));
        return;
      }
      // "Сәлем", "спасибо", "thanks, bye": a friendly word and the menu, not "no ready answer".
      if (route.reason !== "no-match") {
        await showMainMenu(ctx, ctx.t(`faq-courtesy-${route.reason}`));
        return;
      }
  }
  if (crisis) return;
  await show(ctx, await noMatchMessage(ctx, locale));
}

// Where a person starts when a clarifying question's candidates do not speak to them (or are gone).
const STARTING_POINTS: Record<Perspective, readonly string[]> = {
  self: ["doubts-about-my-group", "leave-a-group", "emotional-support"],
  family: ["warning-signs", "talk-to-relative", "what-not-to-do"],
};
const EVERY_STARTING_POINT = [...STARTING_POINTS.self, ...STARTING_POINTS.family].map((id) => ({ id }));

privateChats.callbackQuery(
  ...clarifyWho.handle(async (ctx, perspective) => {
    await ctx.answerCallbackQuery();
    const { base } = ctx.app.content.knowledge;
    const locale = await displayLocale(ctx);
    const asked = (ctx.session.faqClarify ?? []).map((id) => base.entriesById.get(id));
    delete ctx.session.faqClarify;
    let entries = candidatesFor(asked, perspective);
    if (entries.length === 0)
      entries = candidatesFor(
        STARTING_POINTS[perspective].map((id) => base.entriesById.get(id)),
        perspective,
      );
    const [only] = entries;
    if (entries.length === 1 && only) return showAnswer(ctx, only, { perspective });
    await showChoices(ctx, ctx.t("faq-clarify-what"), entries, locale, perspective);
  }),
);

/** A list of questions to choose from, waiting for its answer: a press, or a reply typed (answerTypedChoice). */
async function showChoices(
  ctx: BaseContext,
  lead: string,
  entries: readonly FaqEntry[],
  locale: FaqLocale,
  perspective?: Perspective,
): Promise<void> {
  const asked = await show(ctx, await choiceMessage(ctx, lead, entries, locale, "nomatch", perspective));
  if (asked === undefined) return;
  const choices = entries.map(({ id }) => id);
  // Its buttons open the answers for this person (faq-for); a number typed instead must too.
  awaitAnswer(ctx, asked, perspective === "family" ? { choices, perspective } : { choices });
}

/**
 * A reply typed to the list of questions the bot waits on: the one it names ("2", "the second one", its words) is
 * answered; "none of these" gets what a message nothing answers gets (a person, the hotline, the topics). False for
 * anything else: a new question.
 */
async function answerTypedChoice(ctx: BotContext, text: string, locale: FaqLocale): Promise<boolean> {
  const { base } = ctx.app.content.knowledge;
  const answered = answeredQuestion(ctx);
  const listed = (answered?.choices ?? [])
    .map((id) => base.entriesById.get(id))
    .filter((entry): entry is FaqEntry => entry !== undefined);
  if (listed.length === 0) return false;
  const choice = typedChoice(
    text,
    listed.map((entry) => entry[locale].question),
  );
  if (choice === undefined) return false;
  const chosen = choice === "none" ? undefined : listed[choice];
  if (chosen) await showAnswer(ctx, chosen, { perspective: answered?.perspective });
  else await show(ctx, await noMatchMessage(ctx, locale));
  return true;
}
