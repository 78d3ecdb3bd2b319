// Synthetic people for the throughput benchmark: what one person does, update by update,
// against the real bot and the in-process fake Telegram. Buttons are pressed by their
// callback data (language-independent), as a person taps what the bot just showed.
import type { Update } from "grammy/types";
import type { Locale } from "../../src/config/index.ts";
import type { Case } from "../../src/db/cases.ts";
import type { FakeTelegram } from "../../src/dev/telegram/fake-telegram.ts";
import type { FakeUser } from "../../src/dev/telegram/types.ts";

export interface Stage {
  telegram: FakeTelegram;
  counselorChatId: number;
  counselors: FakeUser[];
  /** Handles one update and records its latency. */
  handle(update: Update): Promise<void>;
  /** The open case of a person (read by the benchmark, not counted as the bot's work). */
  openCaseOf(user: FakeUser): Promise<Case | undefined>;
}

export type Journey = (stage: Stage, person: FakeUser) => Promise<void>;

const QUESTIONS: Record<Locale, string[]> = {
  ru: ["как понять что сына вербуют в секту", "что делать если брат не разговаривает с семьёй"],
  kk: ["балам діни топқа кіріп кетті не істеу керек", "туысым шетелге оқуға кеткісі келеді"],
  en: ["how do recruiters find people online", "my sister stopped talking to us, what should I do"],
};

function localeOf(person: FakeUser): Locale {
  return (person.language_code as Locale | undefined) ?? "ru";
}

/** Presses the first button whose callback data matches, on the newest message that has one. */
function press(stage: Stage, user: FakeUser, chatId: number, data: RegExp, threadId?: number): Promise<void> {
  const scope = threadId === undefined ? {} : { threadId };
  const messages = stage.telegram.messagesIn(chatId, scope);
  for (let index = messages.length - 1; index >= 0; index--) {
    const message = messages[index]!;
    if (!message.from.is_bot) continue;
    const button = stage.telegram.buttonsOf(message).find((candidate) => data.test(candidate.data ?? ""));
    if (button)
      return stage.handle(stage.telegram.callbackPress(user, chatId, message.messageId, button.data!));
  }
  throw new Error(`no button ${data} in chat ${chatId}`);
}

const send = (stage: Stage, person: FakeUser, text: string) =>
  stage.handle(stage.telegram.userMessage(person, text));

/** The comparison of the issue: a welcome and the menu. */
export const startMenu: Journey = async (stage, person) => {
  await send(stage, person, "/start");
  await send(stage, person, "/menu");
};

/** Browses the questions and answers, opens one, rates it, then asks in their own words. */
export const browseAndAsk: Journey = async (stage, person) => {
  const [first, second] = QUESTIONS[localeOf(person)];
  await send(stage, person, "/start");
  await press(stage, person, person.id, /^menu:questions$/);
  await press(stage, person, person.id, /^faq-page:/);
  await press(stage, person, person.id, /^faq-open:/);
  await press(stage, person, person.id, /^faq-rate:yes:/);
  await send(stage, person, first!);
  await send(stage, person, second!);
  await send(stage, person, "/menu");
};

/** "Help me figure out what to do": four answers, the statistics question, then a suggested answer. */
export const triage: Journey = async (stage, person) => {
  await send(stage, person, "/start");
  await press(stage, person, person.id, /^menu:triage$/);
  await press(stage, person, person.id, /^triage:who:family$/);
  await press(stage, person, person.id, /^triage:concern:changed-behaviour$/);
  await press(stage, person, person.id, /^triage:urgency:info$/);
  await press(stage, person, person.id, /^triage:region:karaganda$/);
  await press(stage, person, person.id, /^consent:no:statistics:/);
  await press(stage, person, person.id, /^faq-open:/);
};

/** "Find help nearby": shares a location, filters, picks another place by region. */
export const findCenter: Journey = async (stage, person) => {
  await send(stage, person, "/start");
  await press(stage, person, person.id, /^menu:centers$/);
  await stage.handle(stage.telegram.userMessage(person, { location: { latitude: 49.8, longitude: 73.1 } }));
  await press(stage, person, person.id, /^centers-need:.*:family$/);
  await press(stage, person, person.id, /^centers-open:$/);
  await send(stage, person, "/menu");
};

let counselorTurn = 0;

/**
 * "Talk to a person": consent, a case opens in the counselors' group, a counselor takes it,
 * then messages relayed both ways (the counselor answers from their private chat, replying
 * to the copy), and the person ends and rates.
 */
export const talkToCounselor: Journey = async (stage, person) => {
  const counselor = stage.counselors[counselorTurn++ % stage.counselors.length]!;
  await send(stage, person, "/start");
  await press(stage, person, person.id, /^menu:talk$/);
  await press(stage, person, person.id, /^consent:yes:counselor:/);
  await press(stage, person, person.id, /^consent:no:history:/);
  const item = await stage.openCaseOf(person);
  if (!item?.threadId) throw new Error("the case did not open a topic");
  await press(
    stage,
    counselor,
    stage.counselorChatId,
    new RegExp(`^case:take:${item.id}:[\\w-]{10}$`),
    item.threadId,
  );
  for (let turn = 0; turn < 2; turn++) {
    const text = `Здравствуйте, вопрос ${person.id}-${turn}`;
    await send(stage, person, text);
    const copy = stage.telegram
      .messagesIn(counselor.id)
      .findLast((message) => message.from.is_bot && message.text === text);
    if (!copy) throw new Error("the person's message did not reach the counselor");
    await stage.handle(
      stage.telegram.userMessage(counselor, `Ответ ${person.id}-${turn}`, { replyTo: copy.messageId }),
    );
  }
  await send(stage, person, "/end");
  await press(stage, person, person.id, /^case-end-ok:yes:\d+:[\w-]{10}$/);
  await press(stage, person, person.id, /^case-rate:\d+:5:[\w-]{10}$/);
};

export const JOURNEYS = {
  "start-menu": startMenu,
  "browse-ask": browseAndAsk,
  triage,
  "find-center": findCenter,
  counselor: talkToCounselor,
} satisfies Record<string, Journey>;

/** The mixed journey: most people read and ask; some go through triage, look for a center or talk to a person. */
const MIX: Journey[] = [
  browseAndAsk,
  browseAndAsk,
  browseAndAsk,
  triage,
  findCenter,
  findCenter,
  talkToCounselor,
];

export const mixed: Journey = (stage, person) => MIX[person.id % MIX.length]!(stage, person);
