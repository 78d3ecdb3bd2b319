// A line typed while "talk to a person" waits for its consent (outsider 30, item 9): through the real bot on both
// databases in kk, ru and en, it is held (not answered as a new question, not lost), the person is told under the
// question that it reaches the counselor once allowed and nothing is passed on otherwise, the question stays answerable,
// and Allow brings the line to the counselor; a crisis in it gets the crisis reply first; "Not now" passes nothing.
import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "../../src/config/index.ts";
import { DATABASE_KINDS, type Harness, type TestUser } from "../support/harness.ts";
import { storedSession } from "../support/words.ts";
import { counselor, deskHooks, openCaseOf, SELF_HARM, say, topicOf } from "./helpers.ts";

const TYPED: Record<Locale, string> = {
  kk: "Ұлым өзгеріп кетті, сақал өсірді, бізбен сөйлеспейді",
  ru: "Сын изменился, отрастил бороду, не разговаривает с нами",
  en: "My son has changed, grew a beard, won't talk to us",
};

describe.each(DATABASE_KINDS)("a line typed while the consent waits, on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  /** Asks for a person from the menu and returns the consent question's message id. */
  async function asked(person: TestUser, locale: Locale): Promise<number> {
    await person.send("/start");
    await person.press(say(locale, "menu-talk"));
    const question = person.last()!;
    expect(question.text).toBe(say(locale, "consent-counselor-explain", { carried: "no" }));
    return question.messageId;
  }

  it.each(LOCALES)(
    "%s: held and said so under the question; Allow brings it to the counselor",
    async (locale) => {
      const dana = await counselor(h, { first_name: "Dana" }, "Дана");
      const person = h.user({ language_code: locale });
      const question = await asked(person, locale);
      const from = person.messages().length;
      await person.send(TYPED[locale]);
      const replies = person.messages().slice(from);
      expect(replies.map((message) => message.text)).toEqual([say(locale, "counselors-consent-waits")]);
      expect(replies[0]?.replyToMessageId).toBe(question);
      // Only the message's number is kept meanwhile, and nothing went to the desk.
      expect(JSON.stringify(await storedSession(h, person))).not.toContain(TYPED[locale].slice(0, 12));
      expect(await h.db.prisma.counselCase.count()).toBe(0);
      // The question still waits: a sticker is pointed back to it, and its own Allow opens the case.
      await person.send({ sticker: true });
      expect(person.last()?.replyToMessageId).toBe(question);
      await person.press(say(locale, "consent-allow"));
      const item = await openCaseOf(h, person);
      await dana.pressInGroup("✋ Взять", { threadId: topicOf(item) });
      expect(dana.texts()).toContain(TYPED[locale]);
    },
  );

  it.each(LOCALES)(
    "%s: a crisis typed there gets the crisis reply first, then the same note",
    async (locale) => {
      const person = h.user({ language_code: locale });
      await asked(person, locale);
      const from = person.messages().length;
      await person.send(SELF_HARM[locale]);
      const seen = person.texts().slice(from);
      expect(seen.length).toBeGreaterThanOrEqual(2);
      expect(seen[0]).toContain("112");
      expect(seen.at(-1)).toBe(say(locale, "counselors-consent-waits"));
      const stored = await h.db.prisma.consent.count({ where: { pseudonym: h.app.pseudonymize(person.id) } });
      expect(stored).toBe(0);
    },
  );

  it("'Not now' after it passes nothing on", async () => {
    const dana = await counselor(h, { first_name: "Dana" }, "Дана");
    const person = h.user({ language_code: "ru" });
    await asked(person, "ru");
    await person.send(TYPED.ru);
    await person.press(say("ru", "consent-decline"));
    expect(person.lastText()).toBe(say("ru", "counselors-consent-declined"));
    expect((await storedSession(h, person))?.recentMessages).toBeUndefined();
    await person.press(say("ru", "menu-button"));
    await person.press(say("ru", "menu-talk"));
    await person.press(say("ru", "consent-allow"));
    const item = await openCaseOf(h, person);
    await dana.pressInGroup("✋ Взять", { threadId: topicOf(item) });
    expect(dana.texts()).not.toContain(TYPED.ru);
  });

  it("a text after the consent was answered is a question as before", async () => {
    const person = h.user({ language_code: "en" });
    await asked(person, "en");
    await person.press(say("en", "consent-decline"));
    await person.send(TYPED.en);
    expect(person.texts().join("\n")).not.toContain(say("en", "counselors-consent-waits"));
  });
});
