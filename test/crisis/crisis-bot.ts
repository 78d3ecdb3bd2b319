// One message to the real bot from a new person, and what a crisis leaves behind: the bot's replies, whether one of
// them is the safety reply, and the crisis stored in the session. Shared by the crisis rounds' bot tests
// (third-person-bot, round-16-tuning-bot, round-17-tuning-bot), so each states only its messages and expectations.
import type { Locale } from "../../src/config/index.ts";
import type { FakeMessage } from "../../src/dev/telegram/types.ts";
import type { Harness, TestUser } from "../support/harness.ts";
import { say, storedSession } from "../support/words.ts";

export interface FirstMessage {
  person: TestUser;
  /** The bot's messages in reply, oldest first. */
  replies: FakeMessage[];
  /** Each reply's buttons' data, in the order of `replies`. */
  buttons: (string | undefined)[][];
  /** Whether a reply is the safety reply (its first line, or its button to a counselor). */
  crisis: boolean;
  /** The category of the crisis stored in the session, if any. */
  storedCategory?: string;
}

/** What only the crisis reply carries: its first line and its button to a counselor. */
export function isCrisisReply(h: Harness, locale: Locale, message: FakeMessage): boolean {
  return (
    (message.text ?? "").startsWith(say(locale, "crisis-call-112")) ||
    h.telegram.buttonsOf(message).some(({ data }) => data === "talk:crisis")
  );
}

/** A new person in `locale` starts the bot and sends `text`. */
export async function firstMessage(h: Harness, locale: Locale, text: string): Promise<FirstMessage> {
  const person = h.user({ language_code: locale });
  await person.send("/start");
  const from = person.messages().length;
  await person.send(text);
  const replies = person.messages().slice(from);
  const stored = (await storedSession(h, person))?.lastCrisis as { category?: string } | undefined;
  return {
    person,
    replies,
    buttons: replies.map((reply) => h.telegram.buttonsOf(reply).map(({ data }) => data)),
    crisis: replies.some((reply) => isCrisisReply(h, locale, reply)),
    storedCategory: stored?.category,
  };
}
