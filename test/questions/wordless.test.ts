// A message with no words (outsider 30, item 4): emoji only, a scream ("АААА…"), only invisible characters. Through
// the real bot on both databases in kk, ru and en: a gentle "I'm here; write in words, or talk to a person" with the
// person's button first, a sad emoji the counselor offer first, never "I have no ready answer to that"; the button
// opens the counselor's consent; ordinary short words are routed as before.
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import { DATABASE_KINDS, type Harness, harnessHooks } from "../support/harness.ts";
import { say } from "../support/words.ts";

const LOCALES: readonly Locale[] = ["kk", "ru", "en"];

const PLAIN = ["🙂🙂", "\u200b\u200b\u200b", "А".repeat(4096), "ааааа!!!", "👍", "...", "🌧️🌧️"];
const DISTRESS = ["😢😢😢", "💔", "😭", "🥺 🥺"];

describe.each(DATABASE_KINDS)("a message with no words, on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, {}, (harness) => {
    h = harness;
  });

  async function written(locale: Locale, text: string) {
    const person = h.user({ language_code: locale });
    await person.send("/start");
    const from = person.messages().length;
    await person.send(text);
    return { person, seen: person.texts().slice(from) };
  }

  it.each(LOCALES)(
    "%s: emoji, a scream, invisible characters: a gentle word and a person",
    async (locale) => {
      for (const text of PLAIN) {
        const { person, seen } = await written(locale, text);
        expect(seen, JSON.stringify(text)).toEqual([say(locale, "faq-wordless")]);
        expect(person.buttons()).toEqual([say(locale, "menu-talk"), say(locale, "faq-browse")]);
        expect(seen.join("\n")).not.toContain(say(locale, "faq-no-match"));
      }
    },
  );

  it.each(LOCALES)(
    "%s: a sad emoji: the counselor offered first, and the button opens the consent",
    async (locale) => {
      for (const text of DISTRESS) {
        const { seen } = await written(locale, text);
        expect(seen, text).toEqual([say(locale, "faq-wordless-distress")]);
      }
      const { person } = await written(locale, "😢");
      expect(person.buttons()[0]).toBe(say(locale, "menu-talk"));
      await person.press(say(locale, "menu-talk"));
      expect(person.lastText()).toBe(say(locale, "consent-counselor-explain", { carried: "yes" }));
    },
  );

  it("words, even short ones, are still routed as before (not the wordless reply)", async () => {
    for (const text of ["ок", "hmm?", "да", "Сәлем 🙂"]) {
      const { seen } = await written("ru", text);
      expect(seen.join("\n"), text).not.toContain(say("ru", "faq-wordless"));
    }
  });
});
