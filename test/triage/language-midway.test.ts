// /language in the middle of "Help me figure out": the answers given so far are kept, the question is asked again in
// the chosen language, and the triage ends in it with a result built from every answer (outsider 30, item 20).
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import { DATABASE_KINDS, type Harness, harnessHooks } from "../support/harness.ts";
import { say, storedSession } from "../support/words.ts";

const NATIVE = { kk: "Қазақша", ru: "Русский", en: "English" } as const;
const SWITCHES: [Locale, Locale][] = [
  ["ru", "kk"],
  ["kk", "en"],
  ["en", "ru"],
];

describe.each(DATABASE_KINDS)("/language in the triage on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, {}, (harness) => {
    h = harness;
  });

  it.each(SWITCHES)(
    "%s -> %s: the answers are kept and the question comes again in the new language",
    async (from, to) => {
      const person = h.user({ language_code: from });
      await person.send("/start");
      await person.press(say(from, "menu-triage"));
      await person.press(say(from, "triage-who-family"));
      expect(person.lastText()).toBe(say(from, "triage-ask-concern"));
      await person.send("/language");
      await person.press(NATIVE[to]);
      const texts = person.texts();
      expect(texts.at(-2)).toBe(say(to, "language-changed"));
      expect(person.lastText()).toBe(say(to, "triage-ask-concern"));
      // No menu in between: the triage goes on.
      expect(texts.slice(-2)).not.toContain(say(to, "menu-prompt"));
      expect((await storedSession(h, person))?.locale).toBe(to);
      await person.press(say(to, "triage-concern-legal"));
      await person.press(say(to, "triage-urgency-soon"));
      await person.press(say(to, "triage-skip"));
      // The result is the family's (the answer given before the switch), in the new language.
      expect(person.texts().some((text) => text.includes(say(to, "triage-result-family")))).toBe(true);
    },
  );
});
