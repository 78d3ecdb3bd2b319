// Shared by the first-contact tests: the bot's own words in each language (from locales/),
// and small readers of what a person saw.
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

/** The session stored for this person (read from the database, as the next update would). */
export async function storedSession(
  h: Harness,
  person: TestUser,
): Promise<Record<string, unknown> | undefined> {
  const key = `s:${h.app.pseudonymize(person.id)}`;
  const row = await h.app.db.prisma.storedState.findUnique({ where: { key } });
  return row?.value as Record<string, unknown> | undefined;
}
