// A sticker, GIF, photo or voice message with no words (outsider 30, item 5): through the real bot on both databases
// in kk, ru and en, one short line with two buttons (a person, the menu), never the whole menu again and again; a
// sticker whose emoji tells of pain gets what the same emoji typed gets (a person offered first); someone blocked is
// told what is there meanwhile and offered no person they cannot reach.
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import type { IncomingContent } from "../../src/dev/telegram/types.ts";
import { blockPerson } from "../counselors/helpers.ts";
import { DATABASE_KINDS, type Harness, harnessHooks } from "../support/harness.ts";
import { say, storedSession } from "../support/words.ts";

const LOCALES: readonly Locale[] = ["kk", "ru", "en"];
const WORDLESS_MEDIA: readonly Exclude<IncomingContent, string>[] = [
  { sticker: { emoji: "👍" } },
  { sticker: true },
  { photo: true },
  { voice: true },
  { video: true },
  { document: true },
];

describe.each(DATABASE_KINDS)("media with no words, on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, {}, (harness) => {
    h = harness;
  });

  it.each(LOCALES)("%s: each gets one short line and two buttons, never the menu", async (locale) => {
    const person = h.user({ language_code: locale });
    await person.send("/start");
    for (const media of WORDLESS_MEDIA) {
      const from = person.messages().length;
      await person.sendMedia(media);
      expect(person.texts().slice(from), JSON.stringify(media)).toEqual([say(locale, "unhandled-media")]);
      expect(person.buttons()).toEqual([say(locale, "menu-talk"), say(locale, "menu-button")]);
    }
    // Five stickers in a row: five short lines, not five menus.
    const from = person.messages().length;
    for (let i = 0; i < 5; i += 1) await person.sendMedia({ sticker: { emoji: "😂" } });
    const seen = person.texts().slice(from);
    expect(seen).toEqual(Array(5).fill(say(locale, "unhandled-media")));
    expect(seen.join("\n")).not.toContain(say(locale, "menu-prompt"));
    // The person's button opens the counselor's consent; nothing about the sticker is stored.
    await person.press(say(locale, "menu-talk"));
    expect(person.lastText()).toBe(say(locale, "consent-counselor-explain", { carried: "yes" }));
    expect(JSON.stringify(await storedSession(h, person))).not.toContain("sticker");
  });

  it.each(LOCALES)("%s: a crying, broken-heart or knife sticker offers a person first", async (locale) => {
    const person = h.user({ language_code: locale });
    await person.send("/start");
    for (const emoji of ["😭", "💔", "😢", "🔪", "🩸", "🪦", "⚰️"]) {
      const from = person.messages().length;
      await person.sendMedia({ sticker: { emoji } });
      expect(person.texts().slice(from), emoji).toEqual([say(locale, "faq-wordless-distress")]);
      expect(person.buttons()[0]).toBe(say(locale, "menu-talk"));
    }
  });

  it.each(LOCALES)("%s: someone blocked is told what is there, with no person to press", async (locale) => {
    const person = h.user({ language_code: locale });
    await person.send("/start");
    await blockPerson(h, person, 7 * 24 * 3600_000);
    const media: readonly Exclude<IncomingContent, string>[] = [
      { sticker: { emoji: "😭" } },
      { photo: true },
    ];
    for (const item of media) {
      const from = person.messages().length;
      await person.sendMedia(item);
      const [text, ...more] = person.texts().slice(from);
      expect(more).toEqual([]);
      expect(text).toContain(say(locale, "unhandled-media-blocked"));
      expect(text).toContain(say(locale, "blocked-danger"));
      expect(person.buttons()).toEqual([say(locale, "menu-button")]);
    }
  });
});
