// What a question the bot waits on must do with a message it cannot read: point back to the question, kindly.
import { expect } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import type { IncomingContent } from "../../src/dev/telegram/types.ts";
import type { TestUser } from "./harness.ts";
import { say } from "./words.ts";

/** Every kind of message that carries no text. */
export const NOT_TEXT: readonly IncomingContent[] = [
  { sticker: { emoji: "👍" } },
  { photo: true },
  { voice: true },
  { video: true },
  { document: { file_name: "a.pdf" } },
  { contact: { phone_number: "+70000000000", first_name: "A" } },
];

/** Sends every kind of non-text: each gets one kind line, as a reply to the question waiting, and no menu. */
export async function expectPointedBack(person: TestUser, locale: Locale, question: number): Promise<void> {
  for (const content of NOT_TEXT) {
    const from = person.messages().length;
    await person.send(content);
    const replies = person.messages().slice(from);
    expect(replies.map((message) => message.text)).toEqual([say(locale, "unhandled-media-question")]);
    expect(replies[0]?.replyToMessageId).toBe(question);
  }
  expect(person.texts()).not.toContain(say(locale, "unhandled-media"));
}
