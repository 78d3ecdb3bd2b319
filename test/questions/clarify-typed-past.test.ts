// "Who is this about?" typed past instead of answered (journeys32: a frightened teenager wrote "а если они узнают?",
// got "who is this about?", wrote "и что потом?" and got the same question again, word for word): a second message
// that would ask it again gets the questions it may be ("Did you mean…?"), or where people start when the router has
// none, never the same question twice; pressing "About me" still works as before. Through the real bot on both
// databases, in kk, ru and en.
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import { testContent } from "../support/content.ts";
import { DATABASE_KINDS, type Harness, harnessHooks } from "../support/harness.ts";
import { shownFirst } from "../support/knowledge.ts";
import { say, storedSession } from "../support/words.ts";

const LOCALES = ["kk", "ru", "en"] as const;
const { base, router } = testContent().knowledge;

/** Two messages in a row, each of which the router answers with "who is this about?". */
const TWICE_UNSURE: Record<Locale, readonly [string, string]> = {
  kk: ["не істеуім керек?", "маған көмек керек"],
  ru: ["что делать?", "а если они узнают?"],
  en: ["what should I do?", "help me"],
};

/** The questions of a numbered list, first to last. */
function listedQuestions(text: string): string[] {
  return text
    .split("\n")
    .filter((line) => /^\d\. /.test(line))
    .map((line) => line.slice(3));
}

describe.each(DATABASE_KINDS)("'who is this about?' typed past on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, {}, (harness) => {
    h = harness;
  });

  it.each(LOCALES)("%s: the second message is offered questions, not asked again", async (locale) => {
    const [first, second] = TWICE_UNSURE[locale];
    // What makes this case: the router would ask "who is it about?" for each of them.
    for (const text of [first, second])
      expect(router.route(text, { locale }).route.kind, text).toBe("clarify");
    const person = h.user({ language_code: locale });
    await person.send(first);
    expect(person.lastText()).toBe(say(locale, "faq-clarify-who"));
    await person.send(second);
    const reply = person.lastText() ?? "";
    expect(reply).not.toContain(say(locale, "faq-clarify-who"));
    expect(reply.startsWith(say(locale, "faq-did-you-mean")), reply).toBe(true);
    const questions = listedQuestions(reply);
    expect(questions.length).toBeGreaterThan(0);
    for (const question of questions)
      expect(base.entries.some((entry) => entry[locale].question === question)).toBe(true);
    // Nothing of the unanswered question is kept; the list waits for its answer, and "1" opens the first.
    const session = await storedSession(h, person);
    expect(session?.faqClarify).toBeUndefined();
    expect((session?.awaiting as { choices?: string[] } | undefined)?.choices?.length).toBe(questions.length);
    await person.send("1");
    expect(shownFirst(person.lastText())).toBe(questions[0]);
  });

  it.each(LOCALES)("%s: answered with a press, the next vague message is asked again", async (locale) => {
    const [first, second] = TWICE_UNSURE[locale];
    const person = h.user({ language_code: locale });
    await person.send(first);
    await person.press(say(locale, "faq-clarify-self"));
    expect(person.lastText()?.startsWith(say(locale, "faq-clarify-what"))).toBe(true);
    await person.send(second);
    expect(person.lastText()).toBe(say(locale, "faq-clarify-who"));
  });
});
