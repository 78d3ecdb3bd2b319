// The counselor consent says "what you wrote to me goes to the counselor too" only when something does (found by a
// black-box walk: it said so to a person who had written nothing). Through the real bot on both databases, in kk, ru
// and en: the button tapped first thing gets the consent without that sentence, and nothing of the person reaches
// the counselor; a question written first gets the sentence, and the counselor sees the question.
import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "../../src/config/index.ts";
import { DATABASE_KINDS, type Harness, type TestUser } from "../support/harness.ts";
import { counselor, deskHooks, openCaseOf, say, topicOf } from "./helpers.ts";

const QUESTION: Record<Locale, string> = {
  kk: "Інім жаңа достарымен кетіп қалды, телефонын алмайды",
  ru: "Брат ушёл с новыми друзьями и не берёт трубку",
  en: "My brother left with new friends and won't pick up the phone",
};

describe.each(DATABASE_KINDS)("what the counselor consent says is passed on, on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  /** This person's messages copied to the counselors' group. */
  const copiesFrom = (person: TestUser) =>
    h.telegram.callsTo("copyMessage").filter((call) => Number(call.payload.from_chat_id) === person.id);

  it.each(LOCALES)("%s: the button first thing: no such sentence, and nothing is passed", async (locale) => {
    const dana = await counselor(h, { first_name: "Dana" }, "Дана");
    const person = h.user({ language_code: locale });
    await person.send("/start");
    await person.press(say(locale, "menu-talk"));
    const without = say(locale, "consent-counselor-explain", { carried: "no" });
    const withSentence = say(locale, "consent-counselor-explain", { carried: "yes" });
    expect(withSentence.length).toBeGreaterThan(without.length);
    expect(person.lastText()).toBe(without);
    await person.press(say(locale, "consent-allow"));
    const item = await openCaseOf(h, person);
    expect(item.status).toBe("queued");
    await dana.pressInGroup("✋ Взять", { threadId: topicOf(item) });
    expect(copiesFrom(person)).toEqual([]);
  });

  it.each(LOCALES)(
    "%s: a question written first: the sentence, and the counselor sees it",
    async (locale) => {
      const dana = await counselor(h, { first_name: "Dana" }, "Дана");
      const person = h.user({ language_code: locale });
      await person.send("/start");
      await person.send(QUESTION[locale]);
      await person.send("/menu");
      await person.press(say(locale, "menu-talk"));
      expect(person.lastText()).toBe(say(locale, "consent-counselor-explain", { carried: "yes" }));
      expect(dana.texts()).not.toContain(QUESTION[locale]);
      await person.press(say(locale, "consent-allow"));
      const item = await openCaseOf(h, person);
      await dana.pressInGroup("✋ Взять", { threadId: topicOf(item) });
      expect(dana.texts()).toContain(QUESTION[locale]);
      expect(copiesFrom(person)).toHaveLength(1);
    },
  );
});
