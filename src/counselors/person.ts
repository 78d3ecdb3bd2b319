// The person's side: asking for a human (with consent 1 asked at that moment), waiting,
// writing while a case is open, ending it, and rating it afterwards.

import { InlineKeyboard } from "grammy";
import type { BaseContext, BotContext } from "../bot/context.ts";
import { findCenters, type TalkSource } from "../bot/links.ts";
import { menuButtonKeyboard, openMenu, showMainMenu } from "../bot/menu.ts";
import { answeredAsCrisis, type OpenCase } from "../bot/safety.ts";
import { LOCALES, type Locale } from "../config/index.ts";
import { askConsent, hasConsent } from "../consent/index.ts";
import { type CrisisCategory, mostUrgentFirst } from "../crisis/categories.ts";
import * as cases from "../db/cases.ts";
import * as counselors from "../db/counselors.ts";
import * as moderation from "../db/moderation.ts";
import { untilDate } from "../i18n/dates.ts";
import { isLocale } from "../i18n/index.ts";
import { countEvent } from "../statistics/index.ts";
import { caseEndAnswer, ownerSeal } from "./buttons.ts";
import { crisisInCase, logSafetyAtOpening } from "./crisis-watch.ts";
import { type Desk, deskOf } from "./desk.ts";
import { closeTellingCrisis } from "./ended-by-person.ts";
import { tellEnded } from "./ended-unseen.ts";
import { heldForConsent, passMessagesThatLedHere, rememberMessage } from "./led-here.ts";
import { alertSupervisorsOffDuty } from "./off-duty-crisis.ts";
import { casePriority, inCrisis as crisisWithin, newCaseRef, PRIORITY } from "./queue.ts";
import { isCommand, isRelayable, linkExpiry, mirrorPersonEdit, relayFromPerson } from "./relay.ts";
import { answerStaleCaseButton } from "./standing.ts";
import { openTopic } from "./topic.ts";
import { acknowledgeWhileQueued, dutyNow, endKeyboard, refreshQueue, sendWaitingMessage } from "./waiting.ts";
import { answerWhen, asksWhen } from "./when-asked.ts";

/** What the triage learned and the last crisis signal, left in the session by src/triage and src/crisis-reply. */
function situationOf(ctx: BotContext) {
  return { triage: ctx.session.triage, crisis: ctx.session.lastCrisis };
}

async function localeOf(ctx: BaseContext): Promise<Locale> {
  const chosen = await ctx.i18n.getLocale();
  return isLocale(chosen) ? chosen : ctx.app.config.DEFAULT_LOCALE;
}

export function desk(ctx: BaseContext): Desk | undefined {
  return deskOf(ctx.app, ctx.api);
}

/** Asked from a crisis reply, or soon after a crisis signal: a block is overridden. */
function inCrisis(ctx: BotContext, source: TalkSource): boolean {
  const { crisis } = situationOf(ctx);
  return crisisWithin({ source, crisisAt: crisis?.at, now: ctx.app.now() });
}

/** In a crisis, or "someone is in danger right now" in the triage: no question more than needed. */
function inDanger(ctx: BotContext, source: TalkSource): boolean {
  const { crisis, triage } = situationOf(ctx);
  const priority = casePriority({
    source,
    crisisAt: crisis?.at,
    urgency: triage?.urgency,
    now: ctx.app.now(),
  });
  return priority === PRIORITY.crisis;
}

/** Until when no new case can be opened, who to call meanwhile, and the way back to the menu. */
async function tellBlocked(ctx: BotContext, until: Date): Promise<void> {
  const date = untilDate(await localeOf(ctx), until, ctx.app.config.TIME_ZONE);
  await ctx.reply(ctx.t("counselors-blocked", { date }), { reply_markup: menuButtonKeyboard(ctx) });
}

/** The languages the counselors speak: COUNSELOR_LANGUAGES and what they declared (/speak). */
function spokenLanguages(ctx: BaseContext): Promise<readonly string[]> {
  return counselors.serviceLanguages(ctx.app.db, ctx.app.config.COUNSELOR_LANGUAGES, LOCALES);
}

/**
 * A language asked for ("…in English") that no counselor speaks, said plainly before anything else is asked: which
 * languages there are, and that the conversation can go on in one of them. The person's own language is the
 * waiting message's to mention (waiting.ts), so it is not said twice.
 */
async function tellLanguageMissing(ctx: BotContext, asked: Locale, spoken: readonly string[]): Promise<void> {
  if (asked === (await localeOf(ctx))) return;
  await ctx.reply(
    ctx.t("counselors-language-asked-missing", { code: asked, languages: languageNames(ctx, spoken) }),
  );
}

/** "Kazakh, Russian": the languages the counselors speak, named in the person's language. */
function languageNames(ctx: BotContext, spoken: readonly string[]): string {
  const names = LOCALES.filter((code) => spoken.includes(code)).map((code) =>
    ctx.t("counselors-language-name", { code }),
  );
  return names.join(", ") || "—";
}

/**
 * At the consent question: a person whose language no counselor speaks (an English speaker where the counselors
 * speak kk and ru) learns it before agreeing and waiting, with the languages there are.
 */
async function tellOwnLanguageMissing(ctx: BotContext, spoken: readonly string[]): Promise<void> {
  const locale = ctx.session.askedLocale ?? (await localeOf(ctx));
  if (spoken.includes(locale)) return;
  await ctx.reply(
    ctx.t("counselors-language-missing", { code: locale, languages: languageNames(ctx, spoken) }),
  );
}

/**
 * "Talk to a person", from the menu or from another feature's button; `language`, named in a request written in
 * free text, is the case's when a counselor speaks it (kept until the case opens, after the consent if asked).
 */
export async function escalate(ctx: BotContext, source: TalkSource, language?: Locale): Promise<void> {
  if (ctx.chat?.type !== "private" || !ctx.person) return;
  const spoken = language ? await spokenLanguages(ctx) : [];
  const missing = language !== undefined && !spoken.includes(language);
  if (language && !missing) ctx.session.askedLocale = language;
  else delete ctx.session.askedLocale;
  const here = desk(ctx);
  // No counselors' group: no consent for a desk that does not exist; the hotline and the centers, in one message.
  if (!here) {
    const keyboard = new InlineKeyboard().text(ctx.t("menu-centers"), findCenters.encode("")).row();
    await ctx.reply(ctx.t("counselors-unavailable"), {
      reply_markup: keyboard.text(ctx.t("menu-button"), openMenu.encode()),
    });
    return;
  }
  const crisis = inCrisis(ctx, source);
  const until = await moderation.blockedUntil(ctx.app.db, ctx.person.pseudonym, new Date(ctx.app.now()));
  // A crisis always overrides a block: the case opens (first in the queue) and supervisors are told.
  if (until && !crisis) return tellBlocked(ctx, until);
  const open = await cases.openCaseOf(ctx.app.db, ctx.person.pseudonym);
  if (open) return tellStanding(ctx, here, open);
  if (language && missing) await tellLanguageMissing(ctx, language, spoken);
  if (!(await hasConsent(ctx, "counselor"))) {
    if (!missing) await tellOwnLanguageMissing(ctx, language ? spoken : await spokenLanguages(ctx));
    // In danger: one short line, and nothing else is asked on the way (history comes later, if ever).
    await askConsent(ctx, "counselor", `talk.${source}`, inDanger(ctx, source) ? { brief: true } : {});
    return;
  }
  await openCase(ctx, here, source);
}

/** Asked again with a case open (a second tap, an old consent button): where the person stands, truly. */
export async function tellStanding(ctx: BotContext, here: Desk, open: cases.Case): Promise<void> {
  ctx.session.caseId = open.id;
  await ctx.reply(
    ctx.t(open.status === "active" ? "counselors-already-connected" : "counselors-already-waiting"),
    { reply_markup: endKeyboard(here, open) },
  );
}

export async function openCase(ctx: BotContext, here: Desk, source: TalkSource): Promise<void> {
  if (!ctx.person || !ctx.chat) return;
  const now = ctx.app.now();
  const blocked = await moderation.blockedUntil(ctx.app.db, ctx.person.pseudonym, new Date(now));
  if (blocked && !inCrisis(ctx, source)) return tellBlocked(ctx, blocked);
  const { triage, crisis } = situationOf(ctx);
  const priority = casePriority({ source, crisisAt: crisis?.at, urgency: triage?.urgency, now });
  // The team is read once for the head (who speaks the language) and the waiting message (the estimate).
  const [duty, team] = await Promise.all([dutyNow(here), counselors.all(ctx.app.db)]);
  // The crisis kind only when there was a crisis signal: the triage's "now" says why on its own.
  const signal = crisis && crisisWithin({ source: "", crisisAt: crisis.at, now }) ? crisis : undefined;
  const summary: cases.CaseSummary = {
    ...(triage?.who ? { who: triage.who } : {}),
    ...(triage?.concern ? { concern: triage.concern } : {}),
    ...(triage?.urgency ? { urgency: triage.urgency } : {}),
    // An answered crisis message opens no case itself: the words came earlier, and the head says when.
    ...(signal
      ? { crises: mostUrgentFirst(signal.categories ?? [signal.category]), crisisEarlierAt: signal.at }
      : {}),
  };
  const sealedChat = ctx.app.cipher.seal(String(ctx.chat.id));
  const { case: item, created } = await cases.open(ctx.app.db, {
    pseudonym: ctx.person.pseudonym,
    priority,
    source,
    locale: ctx.session.askedLocale ?? (await localeOf(ctx)),
    category: triage?.concern ?? "",
    region: triage?.region ?? "",
    summary,
    // A pause happens on duty: only the hours make a case "after hours".
    afterHours: duty.kind === "off",
    keepHistory: await hasConsent(ctx, "history"),
    blockedInCrisis: blocked !== undefined,
    sealedChat,
    linkExpiresAt: linkExpiry(here, now),
    now: new Date(now),
    newRef: newCaseRef,
  });
  ctx.session.caseId = item.id;
  delete ctx.session.askedLocale;
  if (!created) return tellStanding(ctx, here, item);
  ctx.log.info({ case: item.ref, priority, source }, "case opened");
  // The opening wrote the audit too ("opened", and "block-overridden" below).
  if (item.blockedInCrisis) ctx.log.warn({ case: item.ref }, "blocked person in crisis: block overridden");
  const visit = crisis ? { categories: crisis.categories ?? [crisis.category], at: crisis.at } : undefined;
  await logSafetyAtOpening(here, item, visit, duty.kind !== "on");
  await countEvent(ctx, {
    kind: "case.opened",
    category: item.category,
    region: item.region,
    detail: source,
  });
  // What led here reaches the counselor with the case (consent 1 said so); the head counts it.
  const passed = await passMessagesThatLedHere(ctx, here, item);
  const opened = passed > 0 ? ((await cases.byId(ctx.app.db, item.id)) ?? item) : item;
  // The link was written with the case just now: no need to read it back.
  await openTopic(here, opened, { sealedChat, team });
  if (duty.kind === "off") await alertSupervisorsOffDuty(here, opened, "opened", ctx.log);
  const { position, queued } = await sendWaitingMessage(
    here,
    item,
    sealedChat,
    ctx.t("counselors-opened"),
    duty,
    team,
  );
  // A crisis jumps the queue: the people it overtakes see their new place (none when it is last).
  if (position < queued) await refreshQueue(here, duty);
  // Not in danger: one more question then would stand between a frightened person and help.
  if (!item.keepHistory && priority > PRIORITY.urgent) await askConsent(ctx, "history", "talk.history");
}

/**
 * The person's open case as personMessage will find it (the crisis reply: the numbers only while talking, "your
 * request is already first" while queued). Never fails.
 */
export async function openCaseStanding(ctx: BotContext): Promise<OpenCase> {
  if (!desk(ctx)) return undefined;
  const item = await currentCase(ctx).catch(() => undefined);
  return item?.status === "active" || item?.status === "queued" ? item.status : undefined;
}

/** The kinds of the person's open 🔴 case (none known: an empty list), or undefined when it is not 🔴. */
export async function crisisKindsOfOpenCase(ctx: BotContext): Promise<readonly CrisisCategory[] | undefined> {
  const item = desk(ctx) ? await currentCase(ctx).catch(() => undefined) : undefined;
  return item?.priority === PRIORITY.crisis ? mostUrgentFirst(cases.crisesOf(item.summary)) : undefined;
}

/**
 * The person's open case (queued or active). The database is the truth; the session's caseId only names which row
 * to read, and is repaired from the database when it was lost (a restart, a time without the counselors' group),
 * so that a person with an open case never writes past it and "a counselor has joined" always holds.
 */
async function currentCase(ctx: BotContext): Promise<cases.Case | undefined> {
  return (await caseStanding(ctx)).open;
}

/**
 * The person's open case, and the case the session's hint still names when that one has closed since the
 * person last wrote (the first message after a close: they may not know it ended).
 */
async function caseStanding(ctx: BotContext): Promise<{ open?: cases.Case; closedSince?: cases.Case }> {
  const person = ctx.person;
  if (!person) return {};
  const named = ctx.session.caseId;
  const hinted = named === undefined ? undefined : await cases.byId(ctx.app.db, named);
  // A closed case keeps no pseudonym (without the history consent): the hint, from this person's own session, says whose.
  const closedSince = hinted?.status === "closed" ? hinted : undefined;
  let item = hinted?.status !== "closed" && hinted?.pseudonym === person.pseudonym ? hinted : undefined;
  item ??= await cases.openCaseOf(ctx.app.db, person.pseudonym);
  ctx.session.caseId = item?.id;
  return { ...(item ? { open: item } : {}), ...(closedSince && !item ? { closedSince } : {}) };
}

/**
 * Whether what the person writes now goes to their open case: a prompt of another feature (the directory's
 * "where?") must let it through, as a person in a case never loses a message to a prompt (createBot passes it).
 */
export async function writesToOpenCase(ctx: BotContext): Promise<boolean> {
  return desk(ctx) !== undefined && (await currentCase(ctx)) !== undefined;
}

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

/** The person's own open case with this id (or their open one), if there is one. */
async function ownOpenCase(ctx: BotContext, caseId?: number): Promise<cases.Case | undefined> {
  if (!ctx.person) return undefined;
  const item =
    caseId === undefined
      ? await cases.openCaseOf(ctx.app.db, ctx.person.pseudonym)
      : await cases.byId(ctx.app.db, caseId);
  if (!item || item.status === "closed" || item.pseudonym !== ctx.person.pseudonym) return undefined;
  return item;
}

/** Nothing to end: an ended case's old button says so with where the person stands; else the menu. */
async function nothingToEnd(ctx: BotContext, caseId: number | undefined): Promise<void> {
  if (caseId !== undefined) {
    // Someone else's open case (a forged button): not "that conversation is over"; about the person's own.
    const named = await cases.byId(ctx.app.db, caseId);
    if (named && named.status !== "closed") return askToEnd(ctx);
    if (await answerStaleCaseButton(ctx)) return;
  }
  await showMainMenu(ctx, ctx.t("counselors-nothing-to-end"));
}

/**
 * "End the conversation" (button or /end) asks once before anything ends: a stale tap (an old
 * waiting message's button, one meant for a prompt above it) must never end a case by itself.
 */
export async function askToEnd(ctx: BotContext, caseId?: number): Promise<void> {
  const item = await ownOpenCase(ctx, caseId);
  if (!item) return nothingToEnd(ctx, caseId);
  const seal = ownerSeal(item.id, ctx.person?.pseudonym ?? "");
  const keyboard = new InlineKeyboard()
    .text(ctx.t("counselors-end-yes"), caseEndAnswer.encode("yes", item.id, seal))
    .text(ctx.t("counselors-end-no"), caseEndAnswer.encode("no", item.id, seal));
  const question = await ctx.reply(ctx.t("counselors-end-confirm"), { reply_markup: keyboard });
  ctx.session.endConfirm = { caseId: item.id, messageId: question.message_id };
}

/** The answer to "are you sure?": only the newest question's own "yes" ends the case. */
export async function answerEnd(
  ctx: BotContext,
  answer: "yes" | "no",
  caseId: number,
  messageId: number | undefined,
): Promise<void> {
  await ctx.editMessageReplyMarkup().catch(() => {});
  const asked = ctx.session.endConfirm;
  const current = asked?.caseId === caseId && asked.messageId === messageId;
  if (current) ctx.session.endConfirm = undefined;
  const item = await ownOpenCase(ctx, caseId);
  if (!item) return nothingToEnd(ctx, caseId);
  if (answer === "no" || !current) {
    await ctx.reply(ctx.t(answer === "no" ? "counselors-end-kept" : "counselors-end-stale"));
    return;
  }
  ctx.session.caseId = undefined;
  const here = desk(ctx);
  if (!here) return;
  // A queued crisis case ended by the person does not vanish from the group without a word.
  await closeTellingCrisis(here, item, "ended", "counselors-notice-ended", ctx.log);
}
