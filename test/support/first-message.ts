// The bot on one database for a describe block, and a new person's first question to it: what most routing
// tests of free text need.
import type { Locale } from "../../src/config/index.ts";
import { type DatabaseKind, type Harness, harnessHooks, type TestUser } from "./harness.ts";

export type FirstMessage = (locale: Locale, text: string) => Promise<{ person: TestUser; seen: string[] }>;

/**
 * Registers the harness hooks (call it in a describe block) and returns `written`: a new person in `locale` sends
 * /start, then `text`; `seen` is the texts after that message, `person` gives the buttons.
 */
export function firstMessageHooks(kind: DatabaseKind): FirstMessage {
  let h: Harness;
  harnessHooks(kind, {}, (harness) => {
    h = harness;
  });
  return async (locale, text) => {
    const person = h.user({ language_code: locale });
    await person.send("/start");
    const from = person.messages().length;
    await person.send(text);
    return { person, seen: person.texts().slice(from) };
  };
}
