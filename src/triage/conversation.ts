// "Help me figure out what to do": four questions (who, what, how urgent, where), each with
// Back and Cancel, then a tailored answer. A conversations-v2 conversation: its state lives in
// the database (sealed), so it survives a restart; everything that reads the clock, the session
// or the database goes through conversation.external.
//
// What it does with an update it did not ask for:
// - a crisis message was already answered by src/crisis-reply (which runs first): nothing more here;
// - while a case with a counselor is open: any message goes on to the counselor, unread here;
// - other text: answers from the knowledge base when some fit, then the question again;
// - /cancel stops; /privacy, /mydata, /language, /forget are answered while the triage waits;
//   any other command, and any other feature's button, ends the triage and goes where it leads,
//   so that a triage left open never swallows what the person does next.
// Text and shared locations that do not answer the question are dropped from the conversation's
// replay log (conversation.skip), so what the person typed is not kept there.

import { InlineKeyboard, Keyboard } from "grammy";
import { z } from "zod";
import { awaitAnswer } from "../bot/awaiting.ts";
import { callbackCodec } from "../bot/callback-data.ts";
import type { BaseContext, BotContext, BotConversation, ConversationContext } from "../bot/context.ts";
import { chooseLanguage, findCenters, openAnswer, talkToPerson } from "../bot/links.ts";
import { mainMenuKeyboard, openMenu } from "../bot/menu.ts";
import { answerFollowsCrisis, type CounselorDuty, crisisAnswered } from "../bot/safety.ts";
import { canTalk, talkBlockedUntil } from "../bot/talk.ts";
import { askConsent, POLICY_VERSION, recordConsentQuestion } from "../consent/index.ts";
import { CRISIS_WINDOW_MS } from "../crisis/categories.ts";
import { untilDate } from "../i18n/dates.ts";
import { countEvent } from "../statistics/index.ts";
import { HOUR_MS } from "../time/durations.ts";
import {
  answersById,
  answersForQuestion,
  optionTyped,
  regionAt,
  regionChoices,
  regionName,
  regionNamed,
  type SuggestedAnswer,
} from "./content.ts";
import { hasOpenCase, takeLanguage } from "./meanwhile.ts";
import {
  CONCERNS,
  type Concern,
  planResult,
  STEPS,
  type Step,
  type TriageAnswers,
  URGENCY,
  type Urgency,
  WHO,
  type Who,
} from "./plan.ts";
import { counselorButton, counselorReach, localeOf, tellUrgentFirst } from "./reach.ts";

export const TRIAGE_CONVERSATION = "triage";
/** Continuation id for the statistics consent asked after the result (see index.ts). */
export const TRIAGE_STATISTICS = "triage.stats";

/** Back after this long: greeted, and shown where we stopped. */
export const RETURNING_AFTER_MS = 6 * HOUR_MS;
/** Updates one triage may take before it stops kindly (every loop is bounded). */
const MAX_UPDATES = 60;

const OPTIONS = { who: WHO, concern: CONCERNS, urgency: URGENCY } as const;
type ButtonStep = keyof typeof OPTIONS;

/** triage:<step>:<value>, and triage:nav:back|cancel|skip. */
export const triageButton = callbackCodec(
  "triage",
  z.tuple([z.enum([...STEPS, "nav"]), z.string().regex(/^[a-z-]{1,30}$/)]),
);

type Answered = { who?: Who; concern?: Concern; urgency?: Urgency; region?: string };

type Outcome =
  | { kind: "answer"; step: Step; value: string }
  | { kind: "back" }
  | { kind: "cancel" }
  /** Something else was asked for (a command, another feature's button): end the triage and pass it on. */
  | { kind: "leave" }
  /** Nothing to do: wait for the next update. */
  | { kind: "wait" };

function optionLabel(ctx: BaseContext, step: ButtonStep, value: string): string {
  return ctx.t(`triage-${step}-${value}`);
}

function buttonOptions(ctx: BaseContext, step: ButtonStep) {
  return OPTIONS[step].map((value) => ({ value, label: optionLabel(ctx, step, value) }));
}

/** Back on the first question leads back to the menu. */
function navigation(ctx: BaseContext, keyboard: InlineKeyboard): InlineKeyboard {
  return keyboard
    .text(ctx.t("triage-back"), triageButton.encode("nav", "back"))
    .text(ctx.t("triage-cancel"), triageButton.encode("nav", "cancel"));
}

/** Sends the question of a step; the region step first offers the location button (a reply keyboard). */
async function ask(ctx: BaseContext, step: Step, options: { again?: boolean } = {}): Promise<void> {
  if (step === "region") {
    if (!options.again) {
      const location = new Keyboard().requestLocation(ctx.t("triage-share-location")).resized().oneTime();
      await ctx.reply(ctx.t("triage-ask-region"), { reply_markup: location });
    }
    const keyboard = new InlineKeyboard();
    regionChoices(ctx.app.content, await localeOf(ctx)).forEach((region, index) => {
      keyboard.text(region.name, triageButton.encode("region", region.code));
      if (index % 2 === 1) keyboard.row();
    });
    keyboard.row().text(ctx.t("triage-skip"), triageButton.encode("nav", "skip")).row();
    await ctx.reply(ctx.t("triage-region-list"), { reply_markup: navigation(ctx, keyboard) });
    return;
  }
  const keyboard = new InlineKeyboard();
  for (const option of buttonOptions(ctx, step))
    keyboard.text(option.label, triageButton.encode(step, option.value)).row();
  await ctx.reply(ctx.t(`triage-ask-${step}`), { reply_markup: navigation(ctx, keyboard) });
}

function isValidAnswer(step: Step, value: string): boolean {
  if (step === "region") return true; // checked against the directory where it is used
  return (OPTIONS[step] as readonly string[]).includes(value);
}

/** Shows the choice in place of the question, without its buttons (they could not be pressed twice). */
async function markAnswered(ctx: BaseContext, step: Step, value: string): Promise<void> {
  const message = ctx.callbackQuery?.message;
  if (!message) return;
  // A forged tap on a message without text: there is no question to replace.
  if (step !== "region" && message.text === undefined) return;
  const done =
    step === "region"
      ? ctx.editMessageReplyMarkup()
      : ctx.editMessageText(
          ctx.t("triage-answered", {
            question: ctx.t(`triage-ask-${step}`),
            answer: optionLabel(ctx, step, value),
          }),
        );
  // An old message Telegram will not edit any more is no reason to stop.
  await done.catch(() => {});
}

function answerButtons(keyboard: InlineKeyboard, answers: readonly SuggestedAnswer[]): InlineKeyboard {
  for (const answer of answers) keyboard.text(answer.question, openAnswer.encode(answer.id)).row();
  return keyboard;
}

export async function triageConversation(
  conversation: BotConversation,
  ctx: ConversationContext,
  duty: CounselorDuty,
): Promise<void> {
  const answered: Answered = {};
  let stepIndex = 0;
  let current: ConversationContext = ctx;
  const clock = () => conversation.external((outer) => outer.app.now());
  // Whether "Talk to a person" may be offered (src/bot/talk.ts: not to someone blocked), read from the database.
  const talk = () => conversation.external((outer) => canTalk(outer));

  await ctx.reply(ctx.t("triage-intro"));
  await ask(ctx, "who");
  let askedAt = await clock();

  for (let count = 0; count < MAX_UPDATES; count++) {
    const step = STEPS[stepIndex]!;
    const update = await conversation.wait();
    current = update;
    const now = await clock();
    const returning = now - askedAt > RETURNING_AFTER_MS;
    const outcome = await interpret(conversation, update, step, returning, answered);
    if (returning) askedAt = now;
    if (returning && (outcome.kind === "answer" || outcome.kind === "back")) {
      await update.reply(update.t("triage-welcome-back"));
    }
    if (outcome.kind === "wait") continue;
    if (outcome.kind === "leave") {
      // E.g. "talk to a counselor" pressed after "someone is in danger": the counselor still gets the answers.
      await conversation.external((outer) => remember(outer, answered));
      return conversation.halt({ next: true });
    }
    if (outcome.kind === "cancel") {
      await update.reply(update.t("triage-cancelled"), { reply_markup: { remove_keyboard: true } });
      await update.reply(update.t("menu-prompt"), { reply_markup: mainMenuKeyboard(update, await talk()) });
      return;
    }
    if (outcome.kind === "back" && stepIndex === 0) {
      await update.reply(update.t("menu-prompt"), { reply_markup: mainMenuKeyboard(update, await talk()) });
      return;
    }
    if (outcome.kind === "back") {
      if (step === "region")
        await update.reply(update.t("triage-going-back"), { reply_markup: { remove_keyboard: true } });
      stepIndex = Math.max(0, stepIndex - 1);
    } else {
      const { step: answeredStep, value } = outcome;
      if (answeredStep === "region") answered.region = value === "" ? undefined : value;
      else Object.assign(answered, { [answeredStep]: value });
      stepIndex = STEPS.indexOf(answeredStep) + 1;
      if (answeredStep === "urgency" && value === "now") {
        // Someone blocked, or no group to reach, is offered no counselor: the emergency numbers alone.
        await tellUrgentFirst(update, await conversation.external((outer) => counselorReach(outer, duty)));
      }
      if (answeredStep === "region") {
        const locale = await localeOf(update);
        const name = answered.region ? regionName(update.app.content, answered.region, locale) : undefined;
        const confirmation = name
          ? update.t("triage-region-chosen", { region: name })
          : update.t("triage-region-skipped");
        await update.reply(confirmation, { reply_markup: { remove_keyboard: true } });
      }
    }
    if (stepIndex >= STEPS.length) {
      await finish(conversation, update, answered, duty);
      return;
    }
    await ask(update, STEPS[stepIndex]!);
    askedAt = await clock();
  }
  // A person who kept writing past every bound: stop kindly, with the way back.
  await current.reply(current.t("triage-cancelled"), { reply_markup: { remove_keyboard: true } });
  await current.reply(current.t("menu-prompt"), { reply_markup: mainMenuKeyboard(current, await talk()) });
}

/** Decides what an update means at this step; leaves the conversation (halt/skip) where it must. */
async function interpret(
  conversation: BotConversation,
  ctx: ConversationContext,
  step: Step,
  returning: boolean,
  answered: Answered,
): Promise<Outcome> {
  const data = ctx.callbackQuery?.data;
  if (data !== undefined) {
    const language = chooseLanguage.parse(data);
    if (language) {
      // With a case open the language feature takes the choice, so that its counselor is told.
      if (await conversation.external(hasOpenCase)) return conversation.skip({ next: true });
      await takeLanguage(conversation, ctx, language[0]);
      await ask(ctx, step, { again: true });
      return { kind: "wait" };
    }
    const pressed = triageButton.parse(data);
    if (!pressed) {
      // An answer offered for a typed question: read it, the triage waits.
      if (openAnswer.parse(data)) return conversation.skip({ next: true });
      return { kind: "leave" };
    }
    await ctx.answerCallbackQuery();
    const [kind, value] = pressed;
    if (kind === "nav") {
      await ctx.editMessageReplyMarkup().catch(() => {});
      if (value === "back") return { kind: "back" };
      if (value === "skip" && step === "region") return { kind: "answer", step, value: "" };
      if (value === "cancel") return { kind: "cancel" };
      return { kind: "wait" };
    }
    // An earlier question's button still on screen (after "welcome back") changes that answer.
    if (STEPS.indexOf(kind) > STEPS.indexOf(step) || !isValidAnswer(kind, value)) return { kind: "wait" };
    if (kind === "region" && !regionName(ctx.app.content, value, "en")) return { kind: "wait" };
    // A double tap (or the same choice pressed again on an earlier question) changes nothing: asking the next
    // question a second time would only repeat it.
    if (kind !== step && answered[kind] === value) return { kind: "wait" };
    await markAnswered(ctx, kind, value);
    return { kind: "answer", step: kind, value };
  }

  const message = ctx.message;
  if (!message) return { kind: "leave" };
  const location = message.location;
  if (location) {
    if (step !== "region" || location.live_period !== undefined) return { kind: "leave" };
    const region = regionAt(ctx.app.content, { lat: location.latitude, lon: location.longitude });
    if (region) return { kind: "answer", step, value: region };
    await ctx.reply(ctx.t("triage-region-abroad"));
    return conversation.skip();
  }
  const command =
    message.entities?.[0]?.type === "bot_command" ? message.text?.split(/[\s@]/, 1)[0] : undefined;
  if (command === "/cancel") return { kind: "cancel" };
  if (command && ["/privacy", "/mydata", "/language", "/forget"].includes(command))
    return conversation.skip({ next: true });
  if (command) return { kind: "leave" };
  // A case is open: what the person writes is for the counselor (src/counselors relays it), never
  // read as an answer here; the triage's buttons still answer it.
  if (await conversation.external(hasOpenCase)) return conversation.skip({ next: true });

  const text = message.text ?? message.caption;
  if (text !== undefined) {
    // Only the crisis reply beside a life in danger; after travel pressure, what may help is offered too.
    const beside = (outer: BotContext) => !answerFollowsCrisis(crisisAnswered(outer.update) ?? []);
    if (await conversation.external(beside)) return conversation.skip();
    const typed = typedAnswer(ctx, step, text);
    if (typed) return { kind: "answer", step, value: typed };
  }
  if (returning) await ctx.reply(ctx.t("triage-welcome-back"));
  const locale = await localeOf(ctx);
  const suggestions =
    text === undefined
      ? []
      : await conversation.external(() => answersForQuestion(ctx.app.content, text, locale));
  if (suggestions.length > 0) {
    await ctx.reply(ctx.t("triage-maybe-this"), {
      reply_markup: answerButtons(new InlineKeyboard(), suggestions),
    });
  } else {
    await ctx.reply(ctx.t("triage-choose-button"));
  }
  await ask(ctx, step, { again: true });
  // Back after a long time: keep this update, so that the greeting is not repeated.
  return returning ? { kind: "wait" } : conversation.skip();
}

function typedAnswer(ctx: BaseContext, step: Step, text: string): string | undefined {
  if (step === "region") return regionNamed(ctx.app.content, text);
  return optionTyped(text, buttonOptions(ctx, step));
}

/** Keeps the answers in the session for a counselor's case summary, once the first three are known. */
function remember(ctx: BotContext, answered: Answered): void {
  const { who, concern, urgency } = answered;
  if (!who || !concern || !urgency) return;
  const result: TriageAnswers = { who, concern, urgency, at: ctx.app.now() };
  if (answered.region) result.region = answered.region;
  ctx.session.triage = result;
}

/** Keeps the answers for a counselor, counts them if allowed, and shows what may help, most relevant first. */
async function finish(
  conversation: BotConversation,
  ctx: ConversationContext,
  answered: Answered,
  duty: CounselorDuty,
): Promise<void> {
  const { who, concern, urgency } = answered;
  if (!who || !concern || !urgency) return;
  const locale = await localeOf(ctx);
  const plan = planResult({ who, concern, urgency });
  const urgent = plan[0]?.kind === "emergency";
  // Someone blocked (/block) cannot start a conversation with a counselor: the texts say what they can do instead.
  const blockedMs = await conversation.external(
    async (outer) => (await talkBlockedUntil(outer))?.getTime() ?? null,
  );
  const blocked =
    blockedMs === null
      ? undefined
      : { date: untilDate(locale, new Date(blockedMs), ctx.app.config.TIME_ZONE) };
  const reach = await conversation.external((outer) => counselorReach(outer, duty));
  const offerStatistics = await conversation.external(async (outer) => {
    remember(outer, answered);
    outer.log.info("triage finished");
    if (await countEvent(outer, { kind: "triage.category", category: concern, region: answered.region })) {
      return false;
    }
    // Someone in danger is not asked about statistics on the way to help: later, if ever.
    const lastCrisis = outer.session.lastCrisis?.at;
    if (urgent || (lastCrisis !== undefined && outer.app.now() - lastCrisis <= CRISIS_WINDOW_MS))
      return false;
    if (outer.session.triageStatisticsAsked === POLICY_VERSION) return false;
    outer.session.triageStatisticsAsked = POLICY_VERSION;
    return true;
  });

  const lines = [
    ...(urgent ? [ctx.t(reach.kind === "on" ? "triage-result-urgent" : "triage-result-urgent-call")] : []),
    ctx.t(`triage-result-${who}`),
    blocked
      ? ctx.t(urgent ? "triage-result-plan-urgent-blocked" : "triage-result-plan-blocked", blocked)
      : urgent
        ? reach.kind === "off"
          ? ctx.t("triage-result-plan-urgent-off", { when: reach.when })
          : ctx.t(`triage-result-plan-urgent-${reach.kind}`)
        : ctx.t("triage-result-plan"),
  ];
  // Not in danger, nobody to reach: "Talk to a person" still leads to the hotline.
  const button = counselorButton(ctx, reach) ?? (urgent || blocked ? undefined : ctx.t("menu-talk"));
  const keyboard = new InlineKeyboard();
  const region = answered.region ? regionName(ctx.app.content, answered.region, locale) : undefined;
  for (const item of plan) {
    if (item.kind === "answers") answerButtons(keyboard, answersById(ctx.app.content, item.ids, locale));
    if (item.kind === "centers") {
      const label = region ? ctx.t("triage-centers-in", { region }) : ctx.t("triage-centers");
      keyboard.text(label, findCenters.encode(answered.region ?? "")).row();
    }
    if (item.kind === "counselor" && button) keyboard.text(button, talkToPerson.encode("triage")).row();
  }
  keyboard.text(ctx.t("menu-button"), openMenu.encode());
  await ctx.reply(lines.join("\n\n"), { reply_markup: keyboard });
  if (offerStatistics) {
    const asked = await askConsent(ctx, "statistics", TRIAGE_STATISTICS);
    await conversation.external((outer) => {
      awaitAnswer(outer, asked);
      recordConsentQuestion(outer, asked, "statistics");
    });
  }
}
