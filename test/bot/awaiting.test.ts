// A sticker, photo, voice message, video, file, location or contact sent while the bot waits on a question (the
// consent asked before a person is linked to a counselor, "who is it about?" and the list of questions after it,
// where to look for centers, the statistics consent after the triage) gets a kind "answer with the buttons or in
// words", as a reply to the question, which stays answerable; never the menu pushing the question away. Through the
// real bot on both databases, in kk, ru and en.
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import * as cases from "../../src/db/cases.ts";
import { expectPointedBack } from "../support/awaiting.ts";
import { DATABASE_KINDS, type Harness, harnessHooks } from "../support/harness.ts";
import { say } from "../support/words.ts";

const LOCALES = ["kk", "ru", "en"] as const;

/** "What should I do?": a clarifying question ("who is it about?") with nothing to offer yet. */
const VAGUE: Record<Locale, string> = { kk: "не істеуім керек?", ru: "что делать?", en: "what should I do?" };

describe.each(DATABASE_KINDS)("non-text while a question waits, on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, {}, (harness) => {
    h = harness;
  });

  it.each(LOCALES)(
    "%s: the link consent stays, and answers: a case opens after a sticker and the rest",
    async (locale) => {
      const person = h.user({ language_code: locale });
      await person.send("/start");
      await person.press(say(locale, "menu-talk"));
      const prompt = person.last()!;
      expect(prompt.text).toBe(say(locale, "consent-counselor-explain", { carried: "no" }));
      await expectPointedBack(person, locale, prompt.messageId);
      // Still answerable: its own buttons.
      await person.press(say(locale, "consent-allow"));
      expect(person.texts().join("\n")).toContain(say(locale, "counselors-opened"));
      expect(await cases.openCaseOf(h.app.db, h.app.pseudonymize(person.id))).toBeDefined();
    },
  );

  it.each(LOCALES)("%s: 'who is it about?' stays, and answers after a photo", async (locale) => {
    const person = h.user({ language_code: locale });
    await person.send("/start");
    await person.send(VAGUE[locale]);
    const prompt = person.last()!;
    expect(prompt.text).toBe(say(locale, "faq-clarify-who"));
    await expectPointedBack(person, locale, prompt.messageId);
    await person.press(say(locale, "faq-clarify-self"));
    expect(person.lastText()).not.toBe(say(locale, "unhandled-media-question"));
    // Answered, with a list of where to start, which waits in turn; a typed "1" chooses from it.
    const list = person.last()!;
    expect(list.text?.startsWith(say(locale, "faq-clarify-what"))).toBe(true);
    await person.send({ sticker: true });
    expect(person.last()?.replyToMessageId).toBe(list.messageId);
    await person.send("1");
    // Chosen: a sticker now is no answer to anything, and gets the menu as before.
    await person.send({ sticker: true });
    expect(person.texts().slice(-1)[0]).toContain(say(locale, "unhandled-media"));
  });

  it("where to look for centers stays, and a region chosen after a voice message answers it", async () => {
    const person = h.user({ language_code: "ru" });
    await person.send("/start");
    await person.send("/centers");
    const prompt = person.last()!;
    expect(prompt.text).toBe(say("ru", "centers-ask"));
    await expectPointedBack(person, "ru", prompt.messageId);
    // The location is the answer it asked for, not "please use the buttons".
    await person.shareLocation(43.238, 76.945);
    expect(person.texts().slice(-3).join("\n")).not.toContain(say("ru", "unhandled-media-question"));
  });

  it("the statistics consent after the triage (asked inside a conversation) stays, and answers", async () => {
    const person = h.user({ language_code: "kk" });
    await person.send("/start");
    await person.press(say("kk", "menu-triage"));
    await person.press(say("kk", "triage-who-self"));
    await person.press(say("kk", "triage-concern-recruitment"));
    await person.press(say("kk", "triage-urgency-info"));
    await person.press(say("kk", "triage-skip"));
    const prompt = person.last()!;
    expect(prompt.text).toBe(say("kk", "consent-statistics-explain", { days: 30 }));
    await expectPointedBack(person, "kk", prompt.messageId);
    await person.press(say("kk", "consent-allow"));
    expect(person.lastText()).toBe(say("kk", "consent-granted"));
  });

  it("text written instead of the link consent is held for the counselor: a sticker after it is pointed back", async () => {
    const person = h.user({ language_code: "en" });
    await person.send("/start");
    await person.press(say("en", "menu-talk"));
    const question = person.last()!.messageId;
    await person.send("is this anonymous?");
    expect(person.lastText()).toBe(say("en", "counselors-consent-waits"));
    await person.send({ sticker: true });
    expect(person.lastText()).toBe(say("en", "unhandled-media-question"));
    expect(person.last()?.replyToMessageId).toBe(question);
  });
});
