// A photo, video, file or voice message with a caption: the caption is read like a text. Crisis words
// there get the crisis reply alone (no "I can't read photos" and menu after it), a question is
// answered, and only a caption nothing answers gets the media's own reply. Through the real bot on
// both databases, in kk, ru and en.
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import type { IncomingContent } from "../../src/dev/telegram/types.ts";
import { DATABASE_KINDS, type Harness, harnessHooks } from "../support/harness.ts";
import { say } from "../support/words.ts";

const LOCALES = ["kk", "ru", "en"] as const;

/** Every kind of media that carries a caption. */
const CAPTIONED = (caption: string): IncomingContent[] => [
  { photo: true, caption },
  { video: true, caption },
  { document: { file_name: "a.pdf" }, caption },
  { voice: true, caption },
];

const CRISIS: Record<Locale, string> = {
  kk: "барлық дәрімді іштім, өлгім келеді",
  ru: "я выпила все таблетки, хочу умереть",
  en: "I took all my pills, I want to die",
};

const CENTERS: Record<Locale, { caption: string; city: string }> = {
  kk: { caption: "Алматыда орталық қайда?", city: "Алматы" },
  ru: { caption: "Где центр в Алматы?", city: "Алматы" },
  en: { caption: "Where is a center in Almaty?", city: "Almaty" },
};

describe.each(DATABASE_KINDS)("a caption on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, {}, (harness) => {
    h = harness;
  });

  it.each(LOCALES)("%s: crisis words in a caption get the crisis reply alone", async (locale) => {
    for (const content of CAPTIONED(CRISIS[locale])) {
      const person = h.user({ language_code: locale });
      await person.send("/start");
      const from = person.texts().length;
      await person.send(content);
      const replies = person.texts().slice(from);
      expect(replies).toHaveLength(1);
      // The pills already taken: the ambulance, now, comes first.
      expect(replies[0]?.startsWith(say(locale, "crisis-act-done"))).toBe(true);
      expect(replies.join("\n")).not.toContain(say(locale, "unhandled-media"));
      expect(h.logs()).toContain('"msg":"crisis signal answered"');
    }
  });

  it.each(LOCALES)("%s: a question in a caption is answered", async (locale) => {
    const { caption, city } = CENTERS[locale];
    for (const content of CAPTIONED(caption)) {
      const person = h.user({ language_code: locale });
      await person.send("/start");
      const from = person.texts().length;
      await person.send(content);
      const replies = person.texts().slice(from).join("\n");
      expect(replies).toContain(say(locale, "centers-heading-city", { city }));
      expect(replies).not.toContain(say(locale, "unhandled-media"));
    }
  });

  it.each(LOCALES)("%s: a caption nothing answers gets the media's reply, once", async (locale) => {
    const person = h.user({ language_code: locale });
    await person.send("/start");
    const from = person.texts().length;
    await person.send({ photo: true, caption: "🙂" });
    const replies = person.texts().slice(from);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toContain(say(locale, "unhandled-media"));
  });
});
