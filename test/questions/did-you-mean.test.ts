// A list of questions the bot offers when it is unsure ("Did you mean…?") waits for its answer like any question the
// bot asks (src/bot/awaiting.ts): a reply typed to it chooses (its number, an ordinal, the question's words), "none of
// these" gets a person and the hotline offered, and anything else is a new question; a sticker meanwhile is pointed
// back to the list. Through the real bot on both databases, in kk, ru and en.
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import { expectPointedBack } from "../support/awaiting.ts";
import { testContent } from "../support/content.ts";
import { DATABASE_KINDS, type Harness, harnessHooks, type TestUser } from "../support/harness.ts";
import { shownFirst } from "../support/knowledge.ts";
import { say, storedSession } from "../support/words.ts";

const LOCALES = ["kk", "ru", "en"] as const;
const { base } = testContent().knowledge;

/** Messages the router is unsure about: a list of three questions to choose from. */
const UNSURE: Record<Locale, string> = {
  kk: "интернетте жастарды қалай азғырады?",
  ru: "что будет по закону если человек участвовал в запрещенной организации",
  en: "downlaoding extremist books, is that a crime",
};
/** The second question of the list, typed. */
const SECOND: Record<Locale, readonly string[]> = {
  kk: ["2", "екіншісі"],
  ru: ["2", "второй вариант"],
  en: ["2", "the second one"],
};
const NONE: Record<Locale, string> = { kk: "ешқайсысы", ru: "ничего из этого", en: "none of these" };
/** "What should I do?": "who is it about?", then a list of where to start. */
const VAGUE: Record<Locale, string> = { kk: "не істеуім керек?", ru: "что делать?", en: "what should I do?" };
const CENTERS: Record<Locale, { text: string; city: string }> = {
  kk: { text: "Алматыда орталық қайда?", city: "Алматы" },
  ru: { text: "Где центр в Алматы?", city: "Алматы" },
  en: { text: "Where is a center in Almaty?", city: "Almaty" },
};

describe.each(DATABASE_KINDS)("a reply typed to 'Did you mean…?' on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, {}, (harness) => {
    h = harness;
  });

  /** Asks what the router is unsure about; the list's message and its questions, first to last. */
  async function listed(
    person: TestUser,
    locale: Locale,
  ): Promise<{ messageId: number; questions: string[] }> {
    await person.send(UNSURE[locale]);
    const list = person.last();
    expect(list?.text?.startsWith(say(locale, "faq-did-you-mean"))).toBe(true);
    const questions = (list?.text ?? "")
      .split("\n")
      .filter((line) => /^\d\. /.test(line))
      .map((line) => line.slice(3));
    expect(questions.length).toBeGreaterThan(1);
    // Waited on: the list's message and its entries (ids, never text), in its order.
    const ids = questions.map(
      (question) => base.entries.find((entry) => entry[locale].question === question)?.id,
    );
    expect((await storedSession(h, person))?.awaiting).toEqual({ messageId: list?.messageId, choices: ids });
    return { messageId: list?.messageId ?? 0, questions };
  }

  it.each(LOCALES)("%s: its number or its ordinal opens that answer, once", async (locale) => {
    for (const reply of SECOND[locale]) {
      const person = h.user({ language_code: locale });
      const { questions } = await listed(person, locale);
      await person.send(reply);
      expect(shownFirst(person.lastText()), reply).toBe(questions[1]);
      expect((await storedSession(h, person))?.awaiting).toBeUndefined();
      // Answered: "2" again is no choice.
      await person.send("2");
      expect(shownFirst(person.lastText())).not.toBe(questions[1]);
    }
  });

  it.each(LOCALES)("%s: the question's words choose it; a sticker first is pointed back", async (locale) => {
    const person = h.user({ language_code: locale });
    const { messageId, questions } = await listed(person, locale);
    await expectPointedBack(person, locale, messageId);
    await person.send(questions[2] ?? "");
    expect(shownFirst(person.lastText())).toBe(questions[2]);
  });

  it.each(LOCALES)("%s: 'none of these' offers a person and the hotline", async (locale) => {
    const person = h.user({ language_code: locale });
    await listed(person, locale);
    await person.send(NONE[locale]);
    expect(person.lastText()).toContain(say(locale, "faq-no-match"));
    expect(person.buttons()).toContain(say(locale, "menu-talk"));
  });

  it.each(LOCALES)("%s: anything else is a new question", async (locale) => {
    const person = h.user({ language_code: locale });
    await listed(person, locale);
    await person.send(CENTERS[locale].text);
    expect(person.texts().join("\n")).toContain(
      say(locale, "centers-heading-city", { city: CENTERS[locale].city }),
    );
    // The list waits no more; the centers' answer now waits for another place (src/centers, ab81d4a).
    expect((await storedSession(h, person))?.awaiting).not.toHaveProperty("choices");
  });

  it.each(LOCALES)("%s: the list after 'who is it about?' answers a typed number too", async (locale) => {
    const person = h.user({ language_code: locale });
    await person.send(VAGUE[locale]);
    await person.press(say(locale, "faq-clarify-self"));
    const list = person.lastText() ?? "";
    expect(list.startsWith(say(locale, "faq-clarify-what"))).toBe(true);
    const first = list
      .split("\n")
      .find((line) => line.startsWith("1. "))
      ?.slice(3);
    await person.send("1");
    expect(shownFirst(person.lastText())).toBe(first);
  });
});
