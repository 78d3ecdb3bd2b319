// Whether the bot can reach the counselors' group. Telegram says so with my_chat_member when the
// bot is removed, restricted or demoted there (and again when it is an administrator once more);
// a refused call to the group says so too (a removal missed while the bot was down). While the
// group is out of reach nobody is promised a counselor: a new case is kept, its person is told
// plainly and given 114 and 112, and its topic opens when the group is back (with those of every
// case opened meanwhile). /readyz and a gauge tell operators (src/runtime). State: desk-reach.ts,
// in the database: a return missed while the bot was down is found by the purge's check below.
// "Back" means what the start-up check means (desk-check.ts): a forum where the bot may manage topics;
// an administrator in a group without topics, or without that right, leaves the mark where it is.
import type { ChatMember } from "grammy/types";
import { Composer } from "../bot/composer.ts";
import type { AppServices, BotContext } from "../bot/context.ts";
import * as caseQueue from "../db/case-queue.ts";
import * as cases from "../db/cases.ts";
import { localeFromTelegram } from "../i18n/index.ts";
import { errorLog } from "../logger.ts";
import type { PurgeContext } from "../retention/index.ts";
import { type Desk, deskOf } from "./desk.ts";
import { groupProblem, setupProblem } from "./desk-check.ts";
import { tellDeskLost } from "./desk-lost.ts";
import { deskProblem, markReachable, markUnreachable } from "./desk-reach.ts";
import { inCounselorGroup } from "./staff.ts";
import { openTopic } from "./topic.ts";
import { refreshQueue, sendWaitingMessage } from "./waiting.ts";

/**
 * The group is back: every open case without a topic (opened meanwhile) gets one, oldest first,
 * and the people waiting see their place again. Returns how many topics were opened.
 */
export async function deskBack(desk: Desk): Promise<number> {
  const wasGone = await markReachable(desk.app);
  const opened = await openMissingTopics(desk, wasGone);
  if (wasGone) desk.app.logger.info({ topics: opened }, "topics opened for the cases kept meanwhile");
  if (wasGone && opened === 0) await refreshQueue(desk);
  return opened;
}

/**
 * Open cases without a topic get one, oldest first; a refusal (the group out of reach again) stops, for the
 * next try. Returns how many were opened; the people waiting see their place again when any was. `kept`: the
 * group was out of reach, and each person whose request was kept meanwhile is told, in a new message (an edit
 * makes no sound, and off duty nothing would edit it), that it has reached the counselors now, and where they stand.
 */
async function openMissingTopics(desk: Desk, kept = false): Promise<number> {
  const open = [...(await caseQueue.inOrder(desk.app.db)), ...(await cases.active(desk.app.db))];
  let opened = 0;
  for (const item of open.filter((candidate) => candidate.threadId === null)) {
    await openTopic(desk, item);
    if (await deskProblem(desk.app)) break;
    opened++;
    if (kept && item.status === "queued") await tellRequestArrived(desk, item);
  }
  if (opened > 0) await refreshQueue(desk);
  return opened;
}

/** Never fails: a person who blocked the bot meanwhile is logged by case reference only. */
async function tellRequestArrived(desk: Desk, item: cases.Case): Promise<void> {
  try {
    const sealedChat = await cases.linkOf(desk.app.db, item.id);
    if (sealedChat)
      await sendWaitingMessage(desk, item, sealedChat, desk.t(item.locale, "counselors-desk-back"));
  } catch (error) {
    desk.app.logger.warn(
      { case: item.ref, err: errorLog(error) },
      "could not tell a person their kept request arrived",
    );
  }
}

/**
 * A purge job: while an outage is recorded, asks Telegram whether the group is right again (its
 * my_chat_member may have come while no instance was running): 1 when it is back. Otherwise the topics
 * of open cases left without one: how many were opened.
 */
export async function checkDeskReturn(purge: PurgeContext): Promise<number> {
  const desk = purge.api ? deskOf(purge.app, purge.api) : undefined;
  if (!desk) return 0;
  // No outage recorded, yet a case may have no topic (a call that failed otherwise, an outage cleared
  // elsewhere): it gets one now, at start-up (the purge's first run) and on every run, without the bot re-added.
  if (!(await deskProblem(desk.app))) return openMissingTopics(desk);
  const me = await desk.api.getMe();
  // Telegram unreachable (thrown) or the group still wrong: the mark stays, for the next run.
  const problem = await setupProblem(desk.api, desk.groupId, me.id).catch(
    (error: unknown) => errorLog(error).message ?? "not checked",
  );
  if (problem !== undefined) return 0;
  await deskBack(desk);
  return 1;
}

/** Telegram's word on the bot's own place in the counselors' group. */
export const deskReachUpdates = new Composer<BotContext>();

deskReachUpdates.on("my_chat_member", async (ctx, next) => {
  const desk = inCounselorGroup(ctx) ? deskOf(ctx.app, ctx.api) : undefined;
  if (!desk) return leaveOtherGroup(ctx, next);
  const member = ctx.myChatMember.new_chat_member;
  // Topics need a forum and an administrator allowed to manage them; anything less and no case can open there.
  const problem = groupProblem(ctx.myChatMember.chat, member);
  if (problem === undefined) {
    await deskBack(desk).catch((error) =>
      ctx.log.error({ err: errorLog(error) }, "could not open the topics of cases opened meanwhile"),
    );
    return;
  }
  const known = (await deskProblem(desk.app)) !== undefined;
  await markUnreachable(desk.app, problem);
  if (!known) await tellDeskLost(desk, member, ctx.log);
});

/**
 * Added to any group or channel other than the counselors': the bot leaves at once. It has nothing to say there, and
 * a group's members could see the people or cases it mentions; /setjoingroups is the first guard, this the second.
 * With no counselors' group configured yet, this is an operator's first set-up (README: add the bot, then set its
 * id): the bot stays, never acts as a desk there, and says the group's id (a group's id identifies no person).
 */
async function leaveOtherGroup(ctx: BotContext, next: () => Promise<void>): Promise<void> {
  const chat = ctx.myChatMember?.chat;
  const status = ctx.myChatMember?.new_chat_member.status;
  if (!chat || chat.type === "private" || status === "left" || status === "kicked") return next();
  const configured = ctx.app.config.COUNSELOR_CHAT_ID;
  // A channel is never the counselors' group: left whatever is configured.
  if (configured === undefined && chat.type !== "channel") return tellGroupId(ctx, chat.id);
  ctx.log.warn(
    { chatType: chat.type, chatId: chat.id, counselorChatId: configured },
    "added to a group other than the counselors': leaving",
  );
  await ctx.api
    .leaveChat(chat.id)
    .catch((error) => ctx.log.warn({ err: errorLog(error) }, "could not leave the other group"));
}

/**
 * The next step of the set-up, in the log and in the group itself when the bot has just joined or its place there
 * changed what is missing. A group that cannot work (no Topics, the bot without "Manage topics") is told what to
 * fix, not to use it: its id is given once it can work (turning Topics on may move a group to a new id).
 */
async function tellGroupId(ctx: BotContext, chatId: number): Promise<void> {
  const update = ctx.myChatMember;
  if (!update) return;
  const id = String(chatId);
  const problem = groupProblem(update.chat, update.new_chat_member);
  if (problem === undefined)
    ctx.log.warn(
      { chatId },
      `added to a group while no counselors' group is configured: to make it the counselors' group, set COUNSELOR_CHAT_ID=${id} and restart`,
    );
  else
    ctx.log.warn(
      { chatId, problem },
      `added to a group while no counselors' group is configured, but it cannot be the counselors' group yet: ${problem}`,
    );
  const before = update.old_chat_member.status;
  const key = setUpKey(update.chat, update.new_chat_member);
  // Said when the bot joins, and again only when what is to be done changed since it was said (Topics turned on
  // sends the bot nothing: the promotion after it is where the group is seen with them).
  const said = setUpSaid.get(ctx.app) ?? new Map<number, string>();
  setUpSaid.set(ctx.app, said);
  if (before !== "left" && before !== "kicked" && said.get(chatId) === key) return;
  if (said.size >= 64) said.clear();
  said.set(chatId, key);
  const locale = localeFromTelegram(ctx.from) ?? ctx.app.config.DEFAULT_LOCALE;
  await ctx.api
    .sendMessage(chatId, ctx.app.i18n.t(locale, key, { id }))
    .catch((error) => ctx.log.warn({ err: errorLog(error) }, "could not tell the group its id"));
}

/** What the first set-up said last in each group (memory only: a restart says it again at the next change). */
const setUpSaid = new WeakMap<AppServices, Map<number, string>>();

/** What the first set-up says in a group: its id when it can work, else what to fix (Topics, or the bot's right). */
function setUpKey(chat: Parameters<typeof groupProblem>[0], member: ChatMember): string {
  if (groupProblem(chat, member) === undefined) return "counselors-group-set-up";
  return groupProblem(chat) === undefined
    ? "counselors-group-set-up-rights"
    : "counselors-group-set-up-topics";
}
