// One message to the real bot from a new person, and what a crisis leaves behind: the bot's replies, whether one of
// them is the safety reply, and the crisis stored in the session. Shared by the crisis rounds' bot tests
// (third-person-bot, round-16- to round-19-tuning-bot), so each states only its messages and expectations.
import { expect, it } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import type { CrisisCategory } from "../../src/crisis/categories.ts";
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

/** Each message gets the safety reply first and is stored as a crisis of its category (`harness` is read per test). */
export function itRaises(harness: () => Harness, messages: [Locale, CrisisCategory, string][]): void {
  it.each(messages)("%s %s: %s gets the safety reply", async (locale, category, text) => {
    const { replies, crisis, storedCategory } = await firstMessage(harness(), locale, text);
    expect(crisis).toBe(true);
    expect(replies[0]!.text).toContain("112");
    expect(storedCategory).toBe(category);
  });
}

/** Each message gets an ordinary answer: no safety reply and no stored crisis. */
export function itStaysQuiet(harness: () => Harness, messages: [Locale, string][]): void {
  it.each(messages)("%s: %s gets an ordinary answer, not the crisis reply", async (locale, text) => {
    const { replies, crisis, storedCategory } = await firstMessage(harness(), locale, text);
    expect(replies.length).toBeGreaterThan(0);
    expect(crisis).toBe(false);
    expect(storedCategory).toBeUndefined();
  });
}
