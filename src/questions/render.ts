// What the knowledge base looks like in Telegram: the text and the buttons of each message.
// Questions are listed in full in the text, and their buttons carry the list's number and the
// question's first words, because Telegram cuts long button labels; answers are plain text,
// escaped for the HTML that sets the question in bold.
import { InlineKeyboard } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import type { BaseContext } from "../bot/context.ts";
import { findCenters, openAnswer, type TalkSource, talkToPerson } from "../bot/links.ts";
import { openMenu } from "../bot/menu.ts";
import { type Availability, FAMILY_RIGHTS_LINE } from "../bot/safety.ts";
import { canTalk, talkBlockedUntil } from "../bot/talk.ts";
import { LOCALES } from "../config/index.ts";
import * as counselors from "../db/counselors.ts";
import { untilDate } from "../i18n/dates.ts";
import { isLocale } from "../i18n/index.ts";
import { addressedAnswer } from "../knowledge/addressed.ts";
import { pageOfEntry, type QuestionPage } from "../knowledge/browse.ts";
import type { ForeignLanguage } from "../knowledge/cues/foreign.ts";
import type { Perspective } from "../knowledge/cues/index.ts";
import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { FaqEntry, FaqLocale } from "../knowledge/schema.ts";
import type { Wordless } from "../text/wordless.ts";
import { browsePage, browseTopics, clarifyWho, openAnswerForFamily, rateAnswer } from "./buttons.ts";

export interface OutgoingMessage {
  text: string;
  options: { reply_markup: InlineKeyboardMarkup; parse_mode?: "HTML" };
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The topics, one button each; `lead` says why they are shown (e.g. a removed answer). */
export function topicsMessage(
  ctx: BaseContext,
  base: KnowledgeBase,
  locale: FaqLocale,
  lead?: string,
): OutgoingMessage {
  const keyboard = new InlineKeyboard();
  for (const category of base.categories)
    keyboard.text(category[locale], browsePage.encode(category.id, 0, "edit")).row();
  keyboard.text(ctx.t("menu-button"), openMenu.encode());
  const prompt = ctx.t("faq-topics");
  return { text: lead ? `${lead}\n\n${prompt}` : prompt, options: { reply_markup: keyboard } };
}

/** One page of a topic: the questions numbered by their position in the whole topic. */
export function pageMessage(ctx: BaseContext, page: QuestionPage, locale: FaqLocale): OutgoingMessage {
  const header = ctx.t("faq-page", {
    category: page.category[locale],
    from: page.first,
    to: page.last,
    total: page.total,
  });
  const lines = numberedLines(page.entries, page.first, locale);
  const keyboard = choiceButtons(new InlineKeyboard(), page.entries, page.first, locale, undefined);
  const navigation: [string, string][] = [];
  if (page.page > 0)
    navigation.push([ctx.t("faq-previous"), browsePage.encode(page.category.id, page.page - 1, "edit")]);
  if (page.page < page.pageCount - 1) {
    navigation.push([ctx.t("faq-next"), browsePage.encode(page.category.id, page.page + 1, "edit")]);
  }
  if (navigation.length > 0) keyboard.row();
  for (const [label, data] of navigation) keyboard.text(label, data);
  keyboard.row().text(ctx.t("faq-all-topics"), browseTopics.encode("edit"));
  return { text: [header, "", ...lines].join("\n"), options: { reply_markup: keyboard } };
}

/** Telegram's longest message; an answer and its list share one message only within it. */
const MAX_MESSAGE_CHARS = 4_096;

export interface AnswerOptions {
  /** Other questions that may be what was meant. */
  alternatives?: readonly FaqEntry[];
  /** A second concern the message told, offered by name. */
  also?: FaqEntry;
  foreign?: ForeignLanguage;
  /** Whom the message was about: a relative gets the text for someone close (addressed.ts), and so do its buttons. */
  perspective?: Perspective;
}

/**
 * An answer: the question in bold, the answer, and where to go from there. Other questions that may
 * be what was meant ("not what you meant?") go on the answer itself, text and buttons, so that one
 * message carries both; only when both would not fit in one message does the list follow on its own.
 */
export async function answerMessages(
  ctx: BaseContext,
  base: KnowledgeBase,
  entry: FaqEntry,
  locale: FaqLocale,
  { alternatives = [], also, foreign, perspective }: AnswerOptions = {},
): Promise<OutgoingMessage[]> {
  const { question } = entry[locale];
  const { answer, familyOpening } = addressedAnswer(entry, locale, perspective);
  const languages = answer.includes("{counselor-languages}")
    ? (await counselorLanguages(ctx, locale, foreign)).text
    : "";
  // A second concern the message told ("…my sister joined some group"): named under the answer, one tap away.
  const alsoLine = also ? `\n\n${escapeHtml(ctx.t("faq-also"))}\n${escapeHtml(also[locale].question)}` : "";
  const opening = familyOpening ? `${escapeHtml(ctx.t("faq-family-opening"))}\n\n` : "";
  const body = `<b>${escapeHtml(question)}</b>\n\n${opening}${escapeHtml(answer.trim().replace(/\{counselor-languages\}/g, () => languages))}${alsoLine}`;
  const open = opener(perspective);
  // Answers advise writing to a counselor; someone blocked (/block) is told what to do instead.
  const blocked = await talkBlockedUntil(ctx);
  const blockedNote = blocked
    ? `\n\n${escapeHtml(ctx.t("faq-answer-blocked-note", { date: await blockedDate(ctx, blocked) }))}`
    : "";
  const list = choices(ctx, alternatives, locale);
  const together = list !== undefined && fitsWith(`${body}${blockedNote}`, escapeHtml(list));
  const keyboard = new InlineKeyboard()
    .text(ctx.t("faq-helpful-yes"), rateAnswer.encode("yes", entry.id))
    .text(ctx.t("faq-helpful-no"), rateAnswer.encode("no", entry.id))
    .row();
  if (also) keyboard.text(`➕ ${also[locale].question}`, open.encode(also.id)).row();
  // An entry offered as a choice ("2. …") or as the second concern is not offered again as a related one.
  const offered = new Set([also?.id, ...alternatives.map(({ id }) => id)]);
  for (const relatedId of entry.related) {
    const related = base.entriesById.get(relatedId);
    if (related && !offered.has(related.id))
      keyboard.text(`↪ ${related[locale].question}`, open.encode(related.id)).row();
  }
  if (together) choiceButtons(keyboard, alternatives, 1, locale, perspective).row();
  // Answers advise writing to a counselor: someone blocked is offered the centers instead (the note says so).
  if (!blocked) keyboard.text(ctx.t("menu-talk"), talkToPerson.encode("faq")).row();
  else keyboard.text(ctx.t("menu-centers"), findCenters.encode("")).row();
  const category = base.categories.find((candidate) => candidate.id === entry.category);
  if (category) {
    keyboard.text(
      ctx.t("faq-back", { category: category[locale] }),
      browsePage.encode(category.id, pageOfEntry(base, entry), "new"),
    );
  }
  if (together) keyboard.row().text(ctx.t("faq-browse"), browseTopics.encode("new"));
  const message: OutgoingMessage = {
    text: together ? `${body}${blockedNote}\n\n${escapeHtml(list)}` : `${body}${blockedNote}`,
    options: { parse_mode: "HTML", reply_markup: keyboard },
  };
  if (list === undefined || together) return [message];
  return [
    message,
    await choiceMessage(ctx, ctx.t("faq-not-what-you-meant"), alternatives, locale, "faq", perspective),
  ];
}

/** Answers open as written to the person the message was about: to a relative, their text (addressed.ts). */
function opener(perspective: Perspective | undefined) {
  return perspective === "family" ? openAnswerForFamily : openAnswer;
}

/** "Not what you meant? Perhaps one of these:" and the numbered questions; undefined for none. */
function choices(ctx: BaseContext, entries: readonly FaqEntry[], locale: FaqLocale): string | undefined {
  if (entries.length === 0) return undefined;
  return [ctx.t("faq-not-what-you-meant"), "", ...numberedLines(entries, 1, locale)].join("\n");
}

function fitsWith(text: string, list: string): boolean {
  return text.length + 2 + list.length <= MAX_MESSAGE_CHARS;
}

function numberedLines(entries: readonly FaqEntry[], firstNumber: number, locale: FaqLocale): string[] {
  return entries.map((entry, index) => `${firstNumber + index}. ${entry[locale].question}`);
}

/**
 * A short list of questions to choose from ("did you mean", "not what you meant"), with ways
 * out: a person, and the whole list.
 */
export async function choiceMessage(
  ctx: BaseContext,
  lead: string,
  entries: readonly FaqEntry[],
  locale: FaqLocale,
  talkSource: TalkSource,
  perspective?: Perspective,
): Promise<OutgoingMessage> {
  const lines = numberedLines(entries, 1, locale);
  const keyboard = choiceButtons(new InlineKeyboard(), entries, 1, locale, perspective).row();
  if (await canTalk(ctx)) keyboard.text(ctx.t("menu-talk"), talkToPerson.encode(talkSource)).row();
  keyboard.text(ctx.t("faq-browse"), browseTopics.encode("new"));
  return { text: [lead, "", ...lines].join("\n"), options: { reply_markup: keyboard } };
}

/**
 * The languages the counselors speak: the deployment's COUNSELOR_LANGUAGES and what they declared (/speak);
 * the configured ones alone when the database cannot say. Never fails: an answer must go out regardless.
 */
export function spokenLanguages(ctx: BaseContext): Promise<readonly string[]> {
  const configured = ctx.app.config.COUNSELOR_LANGUAGES;
  return counselors.serviceLanguages(ctx.app.db, configured, LOCALES).catch(() => configured);
}

/**
 * Which languages this deployment's counselors speak, and whether the person's is one of them:
 * said in the answer about languages, and wherever a counselor is offered to someone whose
 * language they do not speak. `foreign`: the person's is one the bot does not speak either
 * (asked for or written in), named, with the languages they can write in instead.
 */
export async function counselorLanguages(
  ctx: BaseContext,
  locale: FaqLocale,
  foreign?: ForeignLanguage,
): Promise<{ text: string; served: boolean }> {
  const spoken = await spokenLanguages(ctx);
  const names = spoken.map((code) => ctx.t("faq-language-spoken", { code }));
  const last = names.pop() ?? "";
  const languages = names.length > 0 ? `${names.join(", ")} ${ctx.t("faq-and")} ${last}` : last;
  const served = foreign === undefined && spoken.includes(locale);
  const fit = foreign
    ? ctx.t("faq-counselor-language-foreign", { language: foreign })
    : served
      ? ctx.t("faq-counselor-language-served")
      : ctx.t("faq-counselor-language-missing", { language: locale });
  return { text: `${ctx.t("faq-counselor-languages", { languages })} ${fit}`, served };
}

/** A counselor offered to someone whose language the counselors do not speak comes with that said. */
async function withLanguageNote(ctx: BaseContext, locale: FaqLocale, text: string): Promise<string> {
  const languages = await counselorLanguages(ctx, locale);
  return languages.served ? text : `${text}\n\n${languages.text}`;
}

/** The day a block ends, as the texts for a blocked person say it ("until 30 November"). */
async function blockedDate(ctx: BaseContext, until: Date): Promise<string> {
  const chosen = await ctx.i18n.getLocale();
  return untilDate(
    isLocale(chosen) ? chosen : ctx.app.config.DEFAULT_LOCALE,
    until,
    ctx.app.config.TIME_ZONE,
  );
}

/** Nothing fits: say so, and offer a person, the hotline and the list (to someone blocked, the list and centers). */
export async function noMatchMessage(ctx: BaseContext, locale: FaqLocale): Promise<OutgoingMessage> {
  const blocked = await talkBlockedUntil(ctx);
  if (blocked) {
    const keyboard = new InlineKeyboard()
      .text(ctx.t("faq-browse"), browseTopics.encode("new"))
      .row()
      .text(ctx.t("menu-centers"), findCenters.encode(""));
    const text = ctx.t("faq-no-match-blocked", { date: await blockedDate(ctx, blocked) });
    return { text, options: { reply_markup: keyboard } };
  }
  const keyboard = new InlineKeyboard()
    .text(ctx.t("menu-talk"), talkToPerson.encode("nomatch"))
    .row()
    .text(ctx.t("faq-browse"), browseTopics.encode("new"));
  return {
    text: await withLanguageNote(ctx, locale, ctx.t("faq-no-match")),
    options: { reply_markup: keyboard },
  };
}

/**
 * A message with no words (src/text/wordless.ts): a gentle word and a person first, never "no ready answer";
 * someone who may not start a conversation now gets the no-match text, which says what they can do.
 */
export async function wordlessMessage(
  ctx: BaseContext,
  locale: FaqLocale,
  wordless: Wordless,
): Promise<OutgoingMessage> {
  if (await talkBlockedUntil(ctx)) return noMatchMessage(ctx, locale);
  const keyboard = new InlineKeyboard()
    .text(ctx.t("menu-talk"), talkToPerson.encode("nomatch"))
    .row()
    .text(ctx.t("faq-browse"), browseTopics.encode("new"));
  const text = ctx.t(wordless === "distress" ? "faq-wordless-distress" : "faq-wordless");
  return { text, options: { reply_markup: keyboard } };
}

/** An insult: a kind short reply, and the ways on (other words, topics, a person unless blocked). */
export async function kindReplyMessage(ctx: BaseContext): Promise<OutgoingMessage> {
  const keyboard = new InlineKeyboard().text(ctx.t("faq-browse"), browseTopics.encode("new")).row();
  const blocked = await talkBlockedUntil(ctx);
  if (blocked) {
    const text = ctx.t("faq-kind-reply-blocked", { date: await blockedDate(ctx, blocked) });
    return { text, options: { reply_markup: keyboard } };
  }
  keyboard.text(ctx.t("menu-talk"), talkToPerson.encode("nomatch"));
  return { text: ctx.t("faq-kind-reply"), options: { reply_markup: keyboard } };
}

export interface SupportOptions {
  /** Up to two entries the message asked about too, offered under the support. */
  alternatives?: readonly FaqEntry[];
  /** The router's: someone worried about a relative opens the support entry's text for them. */
  perspective?: Perspective;
  /** Beaten or abused at home (cues/situations.ts, HURT_AT_HOME). */
  hurtAtHome?: boolean;
}

/**
 * Someone struggling: support first, and only what is true about a counselor at this moment (the
 * same duty state the crisis reply reads): on duty, a counselor now; off duty or paused, a message
 * the next counselor sees first; no counselors' group, the hotline. The support answer is one tap away,
 * and other questions that may be what was meant go on the same message.
 */
export async function supportMessages(
  ctx: BaseContext,
  locale: FaqLocale,
  supportEntryId: string,
  availability: Availability,
  opening: (at: number) => string,
  { alternatives = [], perspective, hurtAtHome = false }: SupportOptions = {},
): Promise<OutgoingMessage[]> {
  const blocked = await talkBlockedUntil(ctx);
  // Someone blocked is offered no counselor: the hotline and 112, as when there are no counselors at all.
  const offer = blocked ? "none" : availability.kind;
  const said = supportText(ctx, availability, opening);
  const supported = blocked
    ? ctx.t("faq-support-blocked", { date: await blockedDate(ctx, blocked) })
    : availability.kind === "none"
      ? said
      : await withLanguageNote(ctx, locale, said);
  // Hurt at home without words the crisis detector reads ("my husband is abusive"): the 111 line too.
  const text = hurtAtHome ? `${supported}\n\n${ctx.t(FAMILY_RIGHTS_LINE)}` : supported;
  const list = choices(ctx, alternatives, locale);
  const together = list !== undefined && fitsWith(text, list);
  const keyboard = new InlineKeyboard();
  if (offer === "on") keyboard.text(ctx.t("menu-talk"), talkToPerson.encode("faq")).row();
  else if (offer !== "none")
    keyboard.text(ctx.t("crisis-leave-message-button"), talkToPerson.encode("faq")).row();
  // Someone worried about a relative opens the support entry's text for them, as any answer (addressed.ts).
  const open = opener(perspective);
  if (together) choiceButtons(keyboard, alternatives, 1, locale, perspective).row();
  keyboard.text(ctx.t("faq-support-more"), open.encode(supportEntryId)).row();
  if (together) keyboard.text(ctx.t("faq-browse"), browseTopics.encode("new")).row();
  keyboard.text(ctx.t("menu-button"), openMenu.encode());
  const message = { text: together ? `${text}\n\n${list}` : text, options: { reply_markup: keyboard } };
  if (list === undefined || together) return [message];
  return [
    message,
    await choiceMessage(ctx, ctx.t("faq-not-what-you-meant"), alternatives, locale, "faq", perspective),
  ];
}

function supportText(ctx: BaseContext, availability: Availability, opening: (at: number) => string): string {
  switch (availability.kind) {
    case "on":
      return ctx.t("faq-support");
    case "paused":
      return ctx.t("faq-support-paused");
    case "unknown":
      return ctx.t("faq-support-duty-unknown");
    case "none":
      return ctx.t("faq-support-no-counselors");
    case "off":
      return availability.opensAt === undefined
        ? ctx.t("faq-support-off-duty-unknown")
        : ctx.t("faq-support-off-duty", { when: opening(availability.opensAt) });
  }
}

/** A weak match that could be about the person or someone close: ask which before offering answers. */
export async function clarifyMessage(ctx: BaseContext): Promise<OutgoingMessage> {
  const keyboard = new InlineKeyboard()
    .text(ctx.t("faq-clarify-self"), clarifyWho.encode("self"))
    .row()
    .text(ctx.t("faq-clarify-family"), clarifyWho.encode("family"))
    .row();
  if (await canTalk(ctx)) keyboard.text(ctx.t("menu-talk"), talkToPerson.encode("nomatch")).row();
  keyboard.text(ctx.t("faq-browse"), browseTopics.encode("new"));
  return { text: ctx.t("faq-clarify-who"), options: { reply_markup: keyboard } };
}

/**
 * Telegram shows about this many characters of a button on a phone before cutting it; a title
 * longer than this is cut at a word and ends in "…" (the list above the buttons has the whole question).
 */
export const MAX_CHOICE_TITLE_CHARS = 36;

/** "2. How do I talk to my son…": the number the list gives the question, and its first words. */
export function choiceTitle(number: number, question: string): string {
  const title = `${number}. ${question.trim()}`;
  if (title.length <= MAX_CHOICE_TITLE_CHARS) return title;
  const cut = title.slice(0, MAX_CHOICE_TITLE_CHARS - 1);
  const space = cut.lastIndexOf(" ");
  // At a word, unless that would leave too little of the question to recognise it.
  const words = space > MAX_CHOICE_TITLE_CHARS / 2 ? cut.slice(0, space) : cut;
  return `${words.replace(/[\s,;:.!?—-]+$/, "")}…`;
}

/** One button a row per question, titled as the list numbers it. */
function choiceButtons(
  keyboard: InlineKeyboard,
  entries: readonly FaqEntry[],
  firstNumber: number,
  locale: FaqLocale,
  perspective: Perspective | undefined,
): InlineKeyboard {
  const open = opener(perspective);
  entries.forEach((entry, index) => {
    if (index > 0) keyboard.row();
    keyboard.text(choiceTitle(firstNumber + index, entry[locale].question), open.encode(entry.id));
  });
  return keyboard;
}
