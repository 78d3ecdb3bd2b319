// Asking for a human (with consent 1 asked at that moment): a block, an open case or a missing language said
// first, then the case opened with what led here, its topic and the person's place in the queue.
import { InlineKeyboard } from "grammy";
import type { BotContext } from "../bot/context.ts";
import { findCenters, type TalkSource } from "../bot/links.ts";
import { menuButtonKeyboard, openMenu } from "../bot/menu.ts";
import type { Locale } from "../config/index.ts";
import { askConsent, hasConsent } from "../consent/index.ts";
import { mostUrgentFirst } from "../crisis/categories.ts";
import * as cases from "../db/cases.ts";
import * as counselors from "../db/counselors.ts";
import * as moderation from "../db/moderation.ts";
import { untilDate } from "../i18n/dates.ts";
import { countEvent } from "../statistics/index.ts";
import { logSafetyAtOpening } from "./crisis-watch.ts";
import type { Desk } from "./desk.ts";
import { carriesMessages, passMessagesThatLedHere } from "./led-here.ts";
import { spokenLanguages, tellLanguageMissing, tellOwnLanguageMissing } from "./missing-language.ts";
import { alertSupervisorsOffDuty } from "./off-duty-crisis.ts";
import { desk, localeOf, situationOf, tellStanding } from "./person-case.ts";
import { casePriority, inCrisis as crisisWithin, newCaseRef, PRIORITY } from "./queue.ts";
import { linkExpiry } from "./relay.ts";
import { openTopic } from "./topic.ts";
import { dutyNow, refreshQueue, sendWaitingMessage } from "./waiting.ts";

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
  delete ctx.session.languageTold;
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
    // In danger: one short line, and nothing else is asked on the way (history comes later, if ever). It says
    // that what was written goes along only when something was (src/counselors/led-here.ts).
    const args = { carried: carriesMessages(ctx) };
    await askConsent(ctx, "counselor", `talk.${source}`, { brief: inDanger(ctx, source), args });
    return;
  }
  await openCase(ctx, here, source);
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
    languageTold: ctx.session.languageTold === true,
    sealedChat,
    linkExpiresAt: linkExpiry(here, now),
    now: new Date(now),
    newRef: newCaseRef,
  });
  ctx.session.caseId = item.id;
  delete ctx.session.askedLocale;
  delete ctx.session.languageTold;
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
