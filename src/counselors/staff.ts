// Who is acting on the counselors' side, and where: the counselor behind an update (by
// pseudonym; staff are no exception to "no raw ids stored"), whether they supervise, which
// case a command in a topic or a private chat is about, and replies that respect the
// group's sending budget.

import type { InlineKeyboard } from "grammy";
import { Composer } from "../bot/composer.ts";
import type { AppServices, BaseContext, BotContext } from "../bot/context.ts";
import type { Locale } from "../config/index.ts";
import * as cases from "../db/cases.ts";
import type { Database } from "../db/connect.ts";
import * as counselors from "../db/counselors.ts";
import { isLocale, localeFromTelegram } from "../i18n/index.ts";
import { MINUTE_MS } from "../time/durations.ts";
import * as caseRules from "./case-rules.ts";
import { type Desk, deskOf, toGroup } from "./desk.ts";
import { type CaseLabels, caseLabels, type Say } from "./labels.ts";
import { releaseCasesOf } from "./removal.ts";
import { roleOf, type StaffRole } from "./staff-directory.ts";

/** The language of the counselor an update comes from, once counselorOf has read their row. */
const speakers = new WeakMap<object, Locale>();

/** The desk for this update: its `staff` texts speak the sending counselor's language. */
export function deskFor(ctx: BotContext): Desk | undefined {
  return deskOf(ctx.app, ctx.api, () => speakers.get(ctx.update) ?? localeFromTelegram(ctx.from));
}

export function inCounselorGroup(ctx: BotContext): boolean {
  const groupId = ctx.app.config.COUNSELOR_CHAT_ID;
  return groupId !== undefined && ctx.chat?.id === groupId;
}

/** Counselors seen by this process, by pseudonym, with their desk language: for when the database is down. */
const seenCounselors = new WeakMap<AppServices, Map<string, Locale | null>>();
const SEEN_COUNSELORS = 1024;

export async function counselorOf(ctx: BotContext): Promise<counselors.Counselor | undefined> {
  const counselor = ctx.person ? await counselors.byPseudonym(ctx.app.db, ctx.person.pseudonym) : undefined;
  if (isLocale(counselor?.locale)) speakers.set(ctx.update, counselor.locale);
  if (counselor) {
    const seen = seenCounselors.get(ctx.app) ?? new Map<string, Locale | null>();
    seenCounselors.set(ctx.app, seen);
    if (seen.size >= SEEN_COUNSELORS && !seen.has(counselor.pseudonym))
      seen.delete(seen.keys().next().value!);
    seen.set(counselor.pseudonym, isLocale(counselor.locale) ? counselor.locale : null);
  }
  return counselor;
}

/** How long the safety net waits for Telegram's word on where the sender stands. */
const OUTAGE_ASK_MS = 2_000;

/**
 * Without the database (src/resilience): a counselor's desk language (null: none chosen), or undefined for anyone not
 * on the desk. This process's memory first; else the sender's standing in the group, as remembered, named in
 * SUPERVISOR_IDS, or asked of Telegram (no database needed): a counselor this process has not seen (a restart during
 * the outage) gets the desk's outage text too, never the people's.
 */
export async function counselorDuringOutage(ctx: BaseContext): Promise<Locale | null | undefined> {
  const pseudonym = ctx.person?.pseudonym;
  if (!pseudonym) return undefined;
  const seen = seenCounselors.get(ctx.app)?.get(pseudonym);
  if (seen !== undefined) return seen;
  const desk = deskOf(ctx.app, ctx.api);
  if (!desk || !ctx.from) return undefined;
  if (desk.directory.isNamedSupervisor(pseudonym)) return null;
  const known = desk.directory.known(pseudonym, ctx.app.now());
  if (known) return known === "outside" ? undefined : null;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), OUTAGE_ASK_MS);
  });
  const member = await Promise.race([
    desk.api.getChatMember(desk.groupId, ctx.from.id).catch(() => undefined),
    late,
  ]);
  clearTimeout(timer);
  return member && roleOf(member.status) !== "outside" ? null : undefined;
}

/**
 * Where the sender stands in the counselors' group: remembered by pseudonym, else asked of
 * Telegram once (the raw id goes into that call only) and remembered for a while.
 */
async function staffRole(ctx: BotContext, desk: Desk): Promise<StaffRole> {
  const pseudonym = ctx.person?.pseudonym;
  if (!pseudonym || !ctx.from) return "outside";
  const now = ctx.app.now();
  const known = desk.directory.known(pseudonym, now);
  if (known) return known;
  const member = await desk.api.getChatMember(desk.groupId, ctx.from.id).catch(() => undefined);
  // No answer is not remembered: the next command asks again.
  if (!member) return "outside";
  const role = roleOf(member.status);
  desk.directory.remember(pseudonym, role, now);
  // Gone from the group without the bot being told: their cases go back to the queue now.
  if (role === "outside") await releaseIfCounselor(ctx, desk, pseudonym);
  return role;
}

/** Someone no longer in the group: if they are a counselor, the cases they hold go back to the queue. */
async function releaseIfCounselor(ctx: BotContext, desk: Desk, pseudonym: string): Promise<void> {
  const counselor = await counselors.byPseudonym(ctx.app.db, pseudonym);
  if (counselor) await releaseCasesOf(desk, counselor, ctx.log);
}

/**
 * What a desk button pressed by someone without an alias is answered: a member of the group learns how to
 * join; anyone else in the group (a forged press) only that the desk is not theirs; in a private chat (a
 * person's forged button) nothing that tells of a desk, only that the button does nothing.
 */
export async function notOnDesk(ctx: BotContext, desk: Desk): Promise<string> {
  if (!inCounselorGroup(ctx)) return ctx.t("stale-button-only");
  return desk.staff((await isGroupMember(ctx, desk)) ? "counselors-alias-first" : "counselors-not-member");
}

/**
 * A desk button whose seal is not its case's (crafted data naming a case): the kind "this button no longer
 * works", and nothing about the case. A counselor (in the group or their private chat) is pointed to /queue in
 * the desk's words; anyone else learns nothing of a desk. No menu follows, so none is promised.
 */
export async function answerForged(ctx: BotContext, desk: Desk): Promise<undefined> {
  const onDesk = inCounselorGroup(ctx) || (await counselorOf(ctx)) !== undefined;
  await ctx.answerCallbackQuery({
    text: onDesk ? desk.staff("counselors-stale-button") : ctx.t("stale-button-only"),
  });
  return undefined;
}

/** Runs `work` for a registered counselor still in the group; anyone else's command goes on to other features. */
export async function withCounselor(
  ctx: BotContext,
  next: () => Promise<void>,
  work: (desk: Desk, counselor: counselors.Counselor) => Promise<unknown>,
): Promise<void> {
  const desk = deskFor(ctx);
  const counselor = desk ? await counselorOf(ctx) : undefined;
  if (!desk || (!counselor && !inCounselorGroup(ctx))) return next();
  if (!counselor) {
    await answerHint(ctx, desk, "counselors-alias-first");
    return;
  }
  if (!(await isGroupMember(ctx, desk))) {
    await answerStaff(ctx, desk, desk.staff("counselors-removed"));
    return;
  }
  await work(desk, counselor);
}

/**
 * Members of the counselors' group, decided by the sender's own standing wherever the update comes from: a
 * button in the group can be pressed (or forged) by someone who left it, so the group itself proves nothing.
 * A counselor removed from the group keeps their alias row but may no longer act. The cost stays low: the
 * answer is remembered (STAFF_ROLE_TTL_MS) and chat_member updates correct it at once, so a busy group asks
 * Telegram at most once per counselor per period.
 */
export async function isGroupMember(ctx: BotContext, desk: Desk): Promise<boolean> {
  return (await staffRole(ctx, desk)) !== "outside";
}

/** Supervisors: named in SUPERVISOR_IDS, or administrators of the counselors' group. */
export async function isSupervisor(ctx: BotContext, desk: Desk): Promise<boolean> {
  const pseudonym = ctx.person?.pseudonym;
  if (!pseudonym) return false;
  return desk.directory.isNamedSupervisor(pseudonym) || (await staffRole(ctx, desk)) === "administrator";
}

/**
 * Telegram tells the bot (an administrator there) when someone joins, leaves, is removed or
 * promoted in the counselors' group: the directory follows at once.
 */
export const membershipUpdates = new Composer<BotContext>();

membershipUpdates.on("chat_member", async (ctx, next) => {
  const desk = deskFor(ctx);
  if (!desk || !inCounselorGroup(ctx)) return next();
  const member = ctx.chatMember.new_chat_member;
  const pseudonym = ctx.app.pseudonymize(member.user.id);
  const role = roleOf(member.status);
  desk.directory.remember(pseudonym, role, ctx.app.now());
  // Left or removed: the cases they hold go back to the queue at once.
  if (role === "outside") await releaseIfCounselor(ctx, desk, pseudonym);
});

membershipUpdates.on("my_chat_member", async (ctx, next) => {
  // The bot's own place in the group changed (removed, demoted): what it remembered may be stale.
  if (inCounselorGroup(ctx)) deskFor(ctx)?.directory.forgetAll();
  return next();
});

/** A reply to a counselor: in the group through the paced outbox (same topic), in private as usual. */
/**
 * The language of what the desk says in this update's chat: in the group every counselor reads it (and the head's
 * text around it is the group's), so the group's; in a counselor's private chat, theirs. Questions, their buttons,
 * a command's usage and every hint follow it: one language per desk message. A tap's own answer (the alert only
 * the presser sees) and a reply about the counselor's own settings stay in their language (`desk.staff`).
 */
export function sayHere(ctx: BotContext, desk: Desk): Say {
  return inCounselorGroup(ctx) ? desk.group : desk.staff;
}

/** How a command is used, or what to do first, where it was typed (`sayHere`). */
export function answerHint(
  ctx: BotContext,
  desk: Desk,
  key: string,
  variables?: Record<string, string | number>,
): Promise<void> {
  return answerStaff(ctx, desk, sayHere(ctx, desk)(key, variables));
}

export async function answerStaff(
  ctx: BotContext,
  desk: Desk,
  text: string,
  keyboard?: InlineKeyboard,
): Promise<void> {
  const markup = keyboard ? { reply_markup: keyboard } : {};
  if (!inCounselorGroup(ctx)) {
    await ctx.reply(text, markup);
    return;
  }
  const threadId = ctx.msg?.is_topic_message ? ctx.msg.message_thread_id : undefined;
  await toGroup(desk, (groupId) =>
    desk.api
      .sendMessage(groupId, text, {
        ...markup,
        ...(threadId === undefined ? {} : { message_thread_id: threadId }),
      })
      // The topic is gone (a case just closed without history): answer in the General topic.
      .catch((error) => {
        if (!/thread not found/i.test((error as { description?: string }).description ?? "")) throw error;
        return desk.api.sendMessage(groupId, text, markup);
      }),
  );
}

/**
 * A command that acts on one case found none: in the group's General topic (no case there) it says where it
 * works instead; elsewhere, that there is no such open case.
 */
export function answerNoCase(ctx: BotContext, desk: Desk): Promise<void> {
  if (!inCounselorGroup(ctx) || ctx.msg?.is_topic_message) {
    return answerStaff(ctx, desk, desk.staff("counselors-no-such-case"));
  }
  const command = (ctx.msg?.text ?? "").split(/[\s@]/)[0] ?? "";
  return answerHint(ctx, desk, "counselors-command-in-general", { command });
}

/**
 * The case a command is about: the one named (a reference), else the topic's case in the
 * group, else the counselor's current case in their private chat.
 */
export async function caseHere(ctx: BotContext, counselor: counselors.Counselor | undefined, ref?: string) {
  const db = ctx.app.db;
  if (ref) return cases.byRef(db, ref);
  if (inCounselorGroup(ctx)) {
    const threadId = ctx.msg?.is_topic_message ? ctx.msg.message_thread_id : undefined;
    return threadId === undefined ? undefined : cases.byThread(db, threadId);
  }
  return counselor ? currentCase(db, counselor) : undefined;
}

/**
 * A counselor's current case in their private chat: the one they last took or chose while it is open; once it
 * closed (the person ended it, say), the one case they still hold, if there is exactly one.
 */
export async function currentCase(
  db: Database,
  counselor: counselors.Counselor,
  held?: readonly cases.Case[],
): Promise<cases.Case | undefined> {
  const current =
    counselor.currentCaseId === null ? undefined : await cases.byId(db, counselor.currentCaseId);
  if (current && current.status !== "closed") return current;
  const stillHeld = held ?? (await cases.heldBy(db, counselor.id));
  return stillHeld.length === 1 ? stillHeld[0] : undefined;
}

/** Whether this counselor may transfer, close or block the case: anyone while queued; then its holder or a supervisor. */
export async function mayManage(
  ctx: BotContext,
  desk: Desk,
  item: cases.Case,
  counselor: counselors.Counselor | undefined,
) {
  // The supervisor check asks Telegram at worst: only when nothing else allows it.
  return (
    caseRules.mayManage(item, counselor?.id, false) ||
    caseRules.mayManage(item, counselor?.id, await isSupervisor(ctx, desk))
  );
}

/**
 * One line per case for /queue, /cases and the shift notices: reference, risk, language,
 * concern, region, how long it has waited (queued) or been open, the holder; `extra` adds
 * what one view knows more (the estimate its person was told, "your language"). In the
 * group's language unless `labels` speak the reader's.
 */
export async function caseLines(
  desk: Desk,
  list: readonly cases.Case[],
  extra: (item: cases.Case, index: number) => string[] = () => [],
  labels: CaseLabels = caseLabels(desk, desk.locale),
): Promise<string[]> {
  const holders = new Map((await counselors.all(desk.app.db)).map((c) => [c.id, c.alias]));
  const now = desk.app.now();
  return list.map((item, index) => {
    const minutes = Math.max(0, Math.round((now - item.openedAt.getTime()) / MINUTE_MS));
    const parts = [
      `${index + 1}. ${item.ref}`,
      labels.say("counselors-risk", { priority: item.priority }),
      labels.language(item.locale),
      labels.concern(item.category),
      labels.region(item.region),
      labels.say(item.status === "queued" ? "counselors-waited" : "counselors-age", { minutes }),
    ];
    if (item.status === "active") parts.push(`👤 ${holders.get(item.counselorId ?? -1) ?? "—"}`);
    else if (item.waiting > 0) parts.push(labels.say("counselors-waiting-count", { count: item.waiting }));
    if (item.afterHours) parts.push("🌙");
    parts.push(...extra(item, index));
    return parts.join(" · ");
  });
}

/** Aliases people will see as "Counselor <alias>": letters, spaces, dots, dashes; no digits or @. */
export function validAlias(text: string): string | undefined {
  const alias = text.trim().replace(/\s+/g, " ");
  return /^\p{L}[\p{L} .'-]{1,31}$/u.test(alias) ? alias : undefined;
}

/**
 * Words people would read as a role, not a person's name: many who write here fear the police or the authorities
 * most, and "Counselor Police" or "Counselor Imam" would speak for an office the desk is not. Short words match
 * whole (Ботагөз and Әкімжан are names); long ones by their beginning, whatever the ending.
 */
const ROLE_WORDS = new Set([
  "мент",
  "менты",
  "кнб",
  "ұқк",
  "knb",
  "судья",
  "judge",
  "сот",
  "имам",
  "imam",
  "мулла",
  "молда",
  "mullah",
  "бот",
  "bot",
  "әкім",
  "аким",
  "akim",
  "акимат",
  "әкімдік",
  "akimat",
  "cop",
  "cops",
]);
const ROLE_WORD_STARTS = [
  "полиц",
  "police",
  "прокур",
  "prosecut",
  "следовател",
  "тергеуш",
  "investigat",
  "админ",
  "admin",
  "модератор",
  "moderator",
  "супервиз",
  "supervis",
  "officer",
  "офицер",
];

/** Whether a word of the alias reads as a role (police, imam, administrator, bot…) rather than a name. */
export function aliasNamesARole(alias: string): boolean {
  return alias
    .toLocaleLowerCase("ru")
    .split(/[\s.'-]+/u)
    .some((word) => ROLE_WORDS.has(word) || ROLE_WORD_STARTS.some((start) => word.startsWith(start)));
}
