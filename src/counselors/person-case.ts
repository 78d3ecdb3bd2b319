// The person's open case as the database says it (the session only names which row to read), and what this update
// knows of them: their language, what the triage learned and the last crisis signal.
import type { BaseContext, BotContext } from "../bot/context.ts";
import type { OpenCase } from "../bot/safety.ts";
import type { Locale } from "../config/index.ts";
import { type CrisisCategory, mostUrgentFirst } from "../crisis/categories.ts";
import * as cases from "../db/cases.ts";
import { isLocale } from "../i18n/index.ts";
import { type Desk, deskOf } from "./desk.ts";
import { PRIORITY } from "./queue.ts";
import { endKeyboard } from "./waiting.ts";

/** What the triage learned and the last crisis signal, left in the session by src/triage and src/crisis-reply. */
export function situationOf(ctx: BotContext) {
  return { triage: ctx.session.triage, crisis: ctx.session.lastCrisis };
}

/** The person's language: the one they chose, else the bot's default. */
export async function localeOf(ctx: BaseContext): Promise<Locale> {
  const chosen = await ctx.i18n.getLocale();
  return isLocale(chosen) ? chosen : ctx.app.config.DEFAULT_LOCALE;
}

/** The counselors' desk, when a counselors' group is configured. */
export function desk(ctx: BaseContext): Desk | undefined {
  return deskOf(ctx.app, ctx.api);
}

/** Asked again with a case open (a second tap, an old consent button): where the person stands, truly. */
export async function tellStanding(ctx: BotContext, here: Desk, open: cases.Case): Promise<void> {
  ctx.session.caseId = open.id;
  await ctx.reply(
    ctx.t(open.status === "active" ? "counselors-already-connected" : "counselors-already-waiting"),
    { reply_markup: endKeyboard(here, open) },
  );
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
export async function currentCase(ctx: BotContext): Promise<cases.Case | undefined> {
  return (await caseStanding(ctx)).open;
}

/**
 * The person's open case, and the case the session's hint still names when that one has closed since the
 * person last wrote (the first message after a close: they may not know it ended).
 */
export async function caseStanding(
  ctx: BotContext,
): Promise<{ open?: cases.Case; closedSince?: cases.Case }> {
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
