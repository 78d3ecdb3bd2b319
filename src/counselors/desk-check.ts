// At start: is the counselors' group what the desk needs? A wrong but well-formed COUNSELOR_CHAT_ID,
// a group without topics, or a bot that is not an administrator allowed to manage topics would
// otherwise show only when the first person asks for a counselor and is refused. What is wrong is
// logged once, in one line, and the group is marked out of reach (desk-reach.ts: stored, and said by
// /readyz), so that nobody is promised a counselor meanwhile; a group found right clears an old mark.
// The same check decides whether the bot is back there (reach.ts): a mark that is still true stays.
import type { Api } from "grammy";
import type { Chat, ChatMember } from "grammy/types";
import type { AppServices } from "../bot/context.ts";
import { errorLog } from "../logger.ts";
import { markReachable, markUnreachable } from "./desk-reach.ts";

/** What keeps the desk from opening topics in this group, as the bot is there; undefined: nothing. */
export function groupProblem(
  chat: Pick<Chat, "type"> & { is_forum?: true },
  member?: ChatMember,
): string | undefined {
  if (chat.type !== "supergroup" || !chat.is_forum)
    return "the chat is not a forum supergroup (turn Topics on)";
  if (!member || member.status === "creator") return undefined;
  if (member.status !== "administrator") return `the bot is ${member.status} there, not an administrator`;
  if (!member.can_manage_topics) return "the bot is an administrator without the right to manage topics";
  return undefined;
}

/** Telegram's word on the group; throws when Telegram could not be asked (then nothing is decided). */
export async function setupProblem(api: Api, groupId: number, botId: number): Promise<string | undefined> {
  const chat = await api.getChat(groupId).catch(refused("getChat"));
  if (typeof chat === "string") return chat;
  const forumProblem = groupProblem(chat);
  if (forumProblem) return forumProblem;
  const member = await api.getChatMember(groupId, botId).catch(refused("getChatMember"));
  if (typeof member === "string") return member;
  return groupProblem(chat, member);
}

/** A refusal from Telegram becomes the problem's words; anything else (no network) is thrown on. */
function refused(method: string): (error: unknown) => string {
  return (error) => {
    const { error_code: code, description } = error as { error_code?: number; description?: string };
    if (code === undefined) throw error;
    return `${method}: ${description ?? code}`;
  };
}

export async function checkDeskAtStart(app: AppServices, api: Api, botId: number): Promise<void> {
  const groupId = app.config.COUNSELOR_CHAT_ID;
  if (groupId === undefined) {
    app.logger.warn("counselors' group not configured: Talk to a person offers the hotline only");
    return;
  }
  let problem: string | undefined;
  try {
    problem = await setupProblem(api, groupId, botId);
  } catch (error) {
    app.logger.warn({ err: errorLog(error) }, "the counselors' group could not be checked at start");
    return;
  }
  if (problem === undefined) {
    await markReachable(app);
    // The operator's sign that the set-up is done (the group's id in the log is no personal data).
    app.logger.info(
      { group: groupId },
      "counselors' group check passed: a forum where the bot manages topics",
    );
    return;
  }
  app.logger.warn(
    { problem },
    `counselors' group check failed (COUNSELOR_CHAT_ID): ${problem}; nobody is offered a counselor until it is fixed`,
  );
  await markUnreachable(app, problem);
}
