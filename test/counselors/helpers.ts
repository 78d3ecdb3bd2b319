// Shared by the counselors' tests: a harness whose relay does not pace (the fake does not
// enforce limits here), the hooks that give each test a clean desk, counselors with aliases,
// a person asking for a human, and the privacy audit of everything sent to the counselors' side.

import type { ChatMember } from "grammy/types";
import { beforeEach } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import { configureRelay } from "../../src/counselors/feature.ts";
import * as cases from "../../src/db/cases.ts";
import * as moderation from "../../src/db/moderation.ts";
import type { FakeUser } from "../../src/dev/telegram/types.ts";
import {
  createHarness,
  type DatabaseKind,
  type Harness,
  type HarnessOptions,
  harnessHooks,
  type TestCounselor,
  type TestUser,
} from "../support/harness.ts";
import { say } from "../support/words.ts";

export { say };

export async function deskHarness(kind: DatabaseKind, options: HarnessOptions = {}): Promise<Harness> {
  const h = await createHarness(kind, options);
  configureRelay(h.app, { pacing: null });
  return h;
}

/** `harnessHooks` with a desk harness. */
export function deskHooks(kind: DatabaseKind, options: HarnessOptions, use: (h: Harness) => void): void {
  harnessHooks(kind, options, use, deskHarness);
}

/** The desk's usual cast: Dana and Erlan, counselors with aliases, and Anna, a person writing in Russian. */
export interface DeskCast {
  h: Harness;
  dana: TestCounselor;
  erlan: TestCounselor;
  anna: TestUser;
}

/**
 * `deskHooks` with a fresh cast for each test, handed to `use`. What each suite adds to Anna
 * (her id, a username, a last name) is what its privacy audit looks for.
 */
export function deskCastHooks(
  kind: DatabaseKind,
  anna: Partial<FakeUser>,
  use: (cast: DeskCast) => void,
): void {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });
  beforeEach(async () => {
    const dana = await counselor(h, { first_name: "Dana", username: "dana_c" }, "Дана");
    const erlan = await counselor(h, { first_name: "Erlan", username: "erlan_c" }, "Ерлан");
    use({ h, dana, erlan, anna: h.user({ first_name: "Anna", language_code: "ru", ...anna }) });
  });
}

/** A member of the group who opened a private chat with the bot and chose an alias. */
export async function counselor(
  h: Harness,
  spec: Partial<FakeUser>,
  alias: string,
  options: { admin?: boolean } = {},
): Promise<TestCounselor> {
  const member = h.counselor(spec, options);
  await member.send("/start");
  await member.inGroup(`/alias ${alias}`);
  return member;
}

/**
 * The counselor closes the case in its topic as "consulted" and confirms: the head, its choices and its question are
 * all in the group's language (ru here), whatever the counselor's own.
 */
export async function closeAsConsulted(member: TestCounselor, threadId: number): Promise<void> {
  await member.pressInGroup("✖️ Закрыть", { threadId });
  await member.pressInGroup(say("ru", "counselors-outcome-consulted"), { threadId });
  await member.pressInGroup(say("ru", "counselors-confirm-yes"), { threadId });
}

/** The person presses "Talk to a person" in the menu and allows consent 1. */
/** What a person is told when the team speaks none of their language, the team's languages named in theirs. */
export function languageMissing(locale: Locale, teamLanguages: readonly Locale[]): string {
  return say(locale, "counselors-language-missing", {
    code: locale,
    languages: teamLanguages.map((code) => say(locale, "counselors-language-name", { code })).join(", "),
  });
}

export async function askForHuman(person: TestUser, locale: Locale = "ru"): Promise<void> {
  await person.send("/start");
  await person.press(say(locale, "menu-talk"));
  await person.press(say(locale, "consent-allow"));
}

/** The person asks for a human and `holder` takes the case from its topic; the case as it was asked for. */
export async function takenCase(
  h: Harness,
  person: TestUser,
  holder: TestCounselor,
  locale: Locale = "ru",
): Promise<{ item: cases.Case; threadId: number }> {
  await askForHuman(person, locale);
  const item = await openCaseOf(h, person);
  const threadId = topicOf(item);
  await holder.pressInGroup("✋ Взять", { threadId });
  return { item, threadId };
}

/** Crisis words of self-harm, in each language. */
export const SELF_HARM: Record<Locale, string> = {
  kk: "өмір сүргім келмейді, дәрі ішіп өлемін",
  ru: "я не хочу жить, наглотаюсь таблеток",
  en: "I don't want to live, I'll swallow all the pills",
};

/** Blocks `person` from opening cases for `forMs` from now, as a counselor's /block does; returns the block's end. */
export async function blockPerson(h: Harness, person: TestUser, forMs: number): Promise<Date> {
  const now = h.clock.now();
  const until = new Date(now + forMs);
  await moderation.block(h.app.db, {
    pseudonym: h.app.pseudonymize(person.id),
    reason: "insults",
    by: 1,
    now: new Date(now),
    until,
  });
  return until;
}

/** The head message of a person's case (the group speaks ru, the default language). */
export async function headOf(h: Harness, person: TestUser): Promise<string> {
  const item = await openCaseOf(h, person);
  return h.telegram.messagesIn(h.counselorChatId, { threadId: topicOf(item) })[0]?.text ?? "";
}

export async function openCaseOf(h: Harness, person: TestUser): Promise<cases.Case> {
  const item = await cases.openCaseOf(h.app.db, h.app.pseudonymize(person.id));
  if (!item) throw new Error(`no open case for ${person.user.first_name}`);
  return item;
}

export async function caseByRef(h: Harness, ref: string): Promise<cases.Case> {
  const item = await cases.byRef(h.app.db, ref);
  if (!item) throw new Error(`no case ${ref}`);
  return item;
}

/** What a person is known by in Telegram: none of it may reach the counselors. */
function identityPatterns(user: FakeUser): RegExp[] {
  const words = [user.first_name, user.last_name, user.username].filter((word): word is string =>
    Boolean(word),
  );
  return [
    new RegExp(`(?<![0-9])${user.id}(?![0-9])`),
    ...words.map((word) => new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i")),
  ];
}

/**
 * Every API call the bot made into the counselors' group or a counselor's private chat,
 * searched for the person's id, names and username. copyMessage's `from_chat_id` is the
 * person's chat by necessity (it tells Telegram where to copy from) and reaches nobody:
 * the copy Telegram makes carries no sender, which `messagesReceivedByStaff` checks.
 */
export function identityLeaks(h: Harness, person: FakeUser, staff: readonly TestUser[]): string[] {
  const staffChats = new Set([h.counselorChatId, ...staff.map((member) => member.id)]);
  const patterns = identityPatterns(person);
  const leaks: string[] = [];
  for (const call of h.telegram.calls) {
    if (!staffChats.has(Number(call.payload.chat_id))) continue;
    if (call.method === "forwardMessage") leaks.push(`forwardMessage to ${call.payload.chat_id}`);
    const { from_chat_id: _source, ...shown } =
      call.method === "copyMessage" ? call.payload : { ...call.payload, from_chat_id: undefined };
    const text = JSON.stringify(shown);
    for (const pattern of patterns)
      if (pattern.test(text)) leaks.push(`${call.method}: ${text.slice(0, 200)}`);
  }
  for (const chatId of staffChats) {
    for (const message of h.telegram.messagesIn(chatId).filter((m) => m.from.is_bot)) {
      const text = JSON.stringify(message);
      if (message.forwardOrigin) leaks.push(`forwarded message in ${chatId}`);
      for (const pattern of patterns)
        if (pattern.test(text)) leaks.push(`message in ${chatId}: ${text.slice(0, 200)}`);
    }
  }
  return leaks;
}

export function topicOf(item: Pick<cases.Case, "threadId">): number {
  if (item.threadId === null) throw new Error("the case has no topic");
  return item.threadId;
}

let memberUpdateId = 900_000_000;

/**
 * A member joins or leaves the counselors' group (or is removed): the fake records it, and the
 * bot gets the `chat_member` update Telegram sends to the group's administrators.
 */
export function memberChange(
  h: Harness,
  user: FakeUser,
  status: "member" | "left" | "kicked",
): Promise<void> {
  h.telegram.setMember(h.counselorChatId, user, status);
  const member = { id: user.id, is_bot: false, first_name: user.first_name };
  const before: ChatMember = { status: status === "member" ? "left" : "member", user: member };
  const after: ChatMember =
    status === "kicked" ? { status, user: member, until_date: 0 } : { status, user: member };
  return h.handle({
    update_id: ++memberUpdateId,
    chat_member: {
      chat: { id: h.counselorChatId, type: "supergroup", title: "Counselors", is_forum: true },
      from: { id: h.telegram.botInfo.id, is_bot: true, first_name: h.telegram.botInfo.first_name },
      date: Math.floor(h.clock.now() / 1000),
      old_chat_member: before,
      new_chat_member: after,
    },
  });
}

/** The bot as an administrator of a group, allowed to manage topics unless told otherwise. */
export function botAdministrator(h: Harness, canManageTopics = true): ChatMember {
  const bot = { id: h.telegram.botInfo.id, is_bot: true, first_name: h.telegram.botInfo.first_name };
  return {
    status: "administrator",
    user: bot,
    can_be_edited: false,
    is_anonymous: false,
    can_manage_topics: canManageTopics,
  } as ChatMember;
}

/** The bot's own place in the counselors' group changes: the `my_chat_member` update Telegram sends. */
export function botMembershipChange(
  h: Harness,
  before: ChatMember,
  after: ChatMember,
  isForum: boolean,
): Promise<void> {
  return h.handle({
    update_id: ++memberUpdateId,
    my_chat_member: {
      chat: {
        id: h.counselorChatId,
        type: "supergroup",
        title: "Counselors",
        ...(isForum ? { is_forum: true as const } : {}),
      },
      from: { id: 5_999_999, is_bot: false, first_name: "Owner" },
      date: Math.floor(h.clock.now() / 1000),
      old_chat_member: before,
      new_chat_member: after,
    },
  });
}
