// Shared by the first-contact tests: the bot's own words in each language (from locales/),
// small readers of what a person saw, and the off-duty night on which nothing may promise a
// counselor now.
import type { Locale } from "../../src/config/index.ts";
import { testI18n } from "./content.ts";
import type { Harness, TestUser } from "./harness.ts";

const i18n = testI18n();

/** The bot's text for a key, as the person reads it. */
export function say(locale: Locale, key: string, variables?: Record<string, string | number>): string {
  return i18n.t(locale, key, variables);
}

/** Button labels of the newest bot message that has buttons, with their callback data. */
export function buttonsWithData(person: TestUser): { text: string; data?: string }[] {
  const message = person.h.telegram.lastMessageWithButtons(person.id);
  return message ? person.h.telegram.buttonsOf(message).map(({ text, data }) => ({ text, data })) : [];
}

/** Texts the bot sent to this person since the given number of calls. */
export function sentSince(h: Harness, person: TestUser, callIndex: number): string[] {
  return h.telegram.calls
    .slice(callIndex)
    .filter((call) => call.method === "sendMessage" && call.payload.chat_id === person.id)
    .map((call) => String(call.payload.text));
}

/** Friday 2026-11-27 00:00 in Almaty (UTC+5): outside the default hours (mon-fri 09:00-18:00). */
export const FRIDAY_MIDNIGHT = Date.UTC(2026, 10, 26, 19, 0, 0);
/** Friday 2026-11-27 09:00 in Almaty: the next shift after FRIDAY_MIDNIGHT. */
export const FRIDAY_SHIFT = Date.UTC(2026, 10, 27, 4, 0, 0);

/** A counselor and "now" in one sentence: a promise nobody can keep while no counselor is on duty. */
const COUNSELOR_WORD: Record<Locale, RegExp> = { kk: /кеңесші/i, ru: /консультант/i, en: /counsel+or/i };
const NOW_WORD: Record<Locale, RegExp> = { kk: /қазір/i, ru: /сейчас/i, en: /\bnow\b/i };

/** The sentences among `texts` that promise a counselor now. */
export function promisesCounselorNow(locale: Locale, texts: readonly string[]): string[] {
  return texts
    .flatMap((text) => text.split(/\n+|(?<=[.!?])\s+/))
    .filter((sentence) => COUNSELOR_WORD[locale].test(sentence) && NOW_WORD[locale].test(sentence));
}

/** Everything a person saw from their message number `from` on: texts and the labels of their buttons. */
export function seenSince(person: TestUser, from: number): string[] {
  return person
    .messages()
    .slice(from)
    .flatMap((message) => [
      message.text ?? message.caption ?? "",
      ...person.h.telegram.buttonsOf(message).map((button) => button.text),
    ]);
}

/** The session stored for this person (read from the database, as the next update would). */
export async function storedSession(
  h: Harness,
  person: TestUser,
): Promise<Record<string, unknown> | undefined> {
  const key = `s:${h.app.pseudonymize(person.id)}`;
  const row = await h.app.db.prisma.storedState.findUnique({ where: { key } });
  return row?.value as Record<string, unknown> | undefined;
}
