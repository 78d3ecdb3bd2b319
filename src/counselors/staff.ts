// Who is acting on the counselors' side, and where: the counselor behind an update (by
// pseudonym; staff are no exception to "no raw ids stored"), whether they supervise, which
// case a command in a topic or a private chat is about, and replies that respect the
// group's sending budget.
import type { BotContext } from "../bot/context.ts";
import * as cases from "../db/cases.ts";
import * as counselors from "../db/counselors.ts";
import * as caseRules from "./case-rules.ts";
import { type Desk, deskOf, toGroup } from "./desk.ts";
import { priorityLabel } from "./topic.ts";

export function deskFor(ctx: BotContext): Desk | undefined {
  return deskOf(ctx.app, ctx.api);
}

export function inCounselorGroup(ctx: BotContext): boolean {
  const groupId = ctx.app.config.COUNSELOR_CHAT_ID;
  return groupId !== undefined && ctx.chat?.id === groupId;
}

export async function counselorOf(ctx: BotContext): Promise<counselors.Counselor | undefined> {
  return ctx.person ? counselors.byPseudonym(ctx.app.db, ctx.person.pseudonym) : undefined;
}

/** Members of the counselors' group (checked with Telegram; the id stays in memory). */
export async function isGroupMember(desk: Desk, userId: number): Promise<boolean> {
  const member = await desk.api.getChatMember(desk.groupId, userId).catch(() => undefined);
  return member !== undefined && ["creator", "administrator", "member"].includes(member.status);
}

/** Supervisors: named in SUPERVISOR_IDS, or administrators of the counselors' group. */
export async function isSupervisor(ctx: BotContext, desk: Desk): Promise<boolean> {
  const userId = ctx.from?.id;
  if (userId === undefined) return false;
  if (ctx.app.config.SUPERVISOR_IDS.includes(userId)) return true;
  const member = await desk.api.getChatMember(desk.groupId, userId).catch(() => undefined);
  return member?.status === "creator" || member?.status === "administrator";
}

/** A reply to a counselor: in the group through the paced outbox (same topic), in private as usual. */
export async function answerStaff(ctx: BotContext, desk: Desk, text: string): Promise<void> {
  if (!inCounselorGroup(ctx)) {
    await ctx.reply(text);
    return;
  }
  const threadId = ctx.msg?.is_topic_message ? ctx.msg.message_thread_id : undefined;
  await toGroup(desk, (groupId) =>
    desk.api
      .sendMessage(groupId, text, threadId === undefined ? {} : { message_thread_id: threadId })
      // The topic is gone (a case just closed without history): answer in the General topic.
      .catch((error) => {
        if (!/thread not found/i.test((error as { description?: string }).description ?? "")) throw error;
        return desk.api.sendMessage(groupId, text);
      }),
  );
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
  return counselor?.currentCaseId ? cases.byId(db, counselor.currentCaseId) : undefined;
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

/** One line per case for /queue and /cases: reference, priority, language, category, age, holder. */
export async function caseLines(desk: Desk, list: readonly cases.Case[]): Promise<string[]> {
  const holders = new Map((await counselors.all(desk.app.db)).map((c) => [c.id, c.alias]));
  const now = desk.app.now();
  return list.map((item, index) => {
    const minutes = Math.max(0, Math.round((now - item.openedAt.getTime()) / 60_000));
    const parts = [
      `${index + 1}. ${item.ref}`,
      priorityLabel(item.priority),
      item.locale,
      item.category || "—",
      item.region || "—",
      desk.staff("counselors-age", { minutes }),
    ];
    if (item.status === "active") parts.push(`👤 ${holders.get(item.counselorId ?? -1) ?? "—"}`);
    else if (item.waiting > 0) parts.push(desk.staff("counselors-waiting-count", { count: item.waiting }));
    if (item.afterHours) parts.push("🌙");
    return parts.join(" · ");
  });
}

/** Aliases people will see as "Counselor <alias>": letters, spaces, dots, dashes; no digits or @. */
export function validAlias(text: string): string | undefined {
  const alias = text.trim().replace(/\s+/g, " ");
  return /^\p{L}[\p{L} .'-]{1,31}$/u.test(alias) ? alias : undefined;
}
