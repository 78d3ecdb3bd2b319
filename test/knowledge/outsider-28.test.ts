// Answers addressed to the right person, and questions of faith that deserve choices (outsider28's defects, each as
// the class it stands for), through the router and through the real bot on both databases, in kk, ru and en:
// - a relative who asks about the person involved (a daughter's marriage or nikah, her niqab, a son who calls the
//   parent a kafir or wants to study abroad) gets the entry's text for someone close, and the person asking for
//   themselves never gets it;
// - a plain question of faith ("что такое ваххабизм", "is music haram", "можно ли дружить с христианами") gets the
//   honest line (no ruling here; a theologian or a counselor can talk it through) and choices, never nothing and
//   never an answer shown alone.
// Written by "routing28" from the defects' reproductions (marked) and phrasings of its own, none from a set.
import { describe, expect, it } from "vitest";
import { textToMatch } from "../../src/knowledge/browse.ts";
import { isConfident, rankedIds } from "../../src/knowledge/routing.ts";
import type { FaqLocale } from "../../src/knowledge/schema.ts";
import { testContent } from "../support/content.ts";
import { firstMessageHooks } from "../support/first-message.ts";
import { DATABASE_KINDS } from "../support/harness.ts";
import { entry } from "../support/knowledge.ts";
import { say } from "../support/words.ts";

const { router } = testContent().knowledge;
const route = (locale: FaqLocale, text: string) => router.route(textToMatch(text), { locale });
/** The first paragraph of an entry's text for relatives, or of its answer. */
const familyOpening = (id: string, locale: FaqLocale) =>
  entry(id)[locale].family?.split("\n")[0] ?? "no family text";
const answerOpening = (id: string, locale: FaqLocale) => entry(id)[locale].answer.split("\n")[0] ?? "";

/** A relative writes about the person involved (third person). */
const ABOUT_RELATIVE: readonly (readonly [FaqLocale, string, string])[] = [
  ["ru", "моя дочь хочет выйти замуж за турка", "mixed-marriage"], // reproduction
  ["kk", "қызым түрікке тұрмысқа шыққысы келеді", "mixed-marriage"],
  ["en", "my daughter wants to marry a christian guy", "mixed-marriage"],
  ["ru", "дочь хочет сделать никах с парнем из интернета, он зовёт её за границу", "promises-to-women"],
  ["kk", "қызыма интернеттегі біреу үйленемін деп, шетелге шақырып жатыр", "promises-to-women"],
  ["en", "a man my sister met online wants a secret nikah with her", "promises-to-women"],
  ["ru", "дочь надела никаб и говорит, что я не мусульманка", "niqab-and-pressure"],
  ["kk", "қызым никаб киіп, мені мұсылман емес дейді", "niqab-and-pressure"],
  ["en", "my daughter says women without niqab are not real muslims", "niqab-and-pressure"],
  ["kk", "ұлым мені кәпір дейді", "takfir"], // reproduction
  ["kk", "ulym meni kapir deidi", "takfir"],
  ["ru", "сын называет меня кафиром", "takfir"],
  ["en", "my son calls me a kafir", "takfir"],
  ["ru", "сын хочет поехать учиться исламу за границу", "study-abroad"],
];

/** The person involved writes for themselves (first person): the answer written to them. */
const FOR_THEMSELVES: readonly (readonly [FaqLocale, string, string])[] = [
  ["ru", "хочу выйти замуж за христианина", "mixed-marriage"],
  ["kk", "басқа діндегі жігітке тұрмысқа шыққым келеді", "mixed-marriage"],
  ["en", "I want to marry a christian", "mixed-marriage"],
  ["en", "a man I met online wants a secret nikah with me, is it halal?", "promises-to-women"],
];

/** Plain questions of faith the base has no answer to, asked for oneself and about someone close. */
const FAITH_QUESTIONS: readonly (readonly [FaqLocale, string])[] = [
  ["ru", "что такое ваххабизм"], // reproduction
  ["ru", "можно ли дружить с христианами"], // reproduction
  ["en", "is music haram"], // reproduction
  ["en", "befriending Christians"], // reproduction
  ["kk", "уаххабизм деген не"],
  ["kk", "музыка тыңдау харам ба"],
  ["en", "what is salafism"],
  ["ru", "сын спрашивает, харам ли музыка"],
];

describe("the router", () => {
  it.each(ABOUT_RELATIVE)("%s: %s → about someone close, %s offered", (locale, text, id) => {
    const routed = route(locale, text);
    expect(routed.perspective).toBe("family");
    expect(rankedIds(routed).slice(0, 3)).toContain(id);
  });
  it.each(FOR_THEMSELVES)("%s: %s → not about someone close, %s first", (locale, text, id) => {
    const routed = route(locale, text);
    expect(routed.perspective).not.toBe("family");
    expect(rankedIds(routed)[0]).toBe(id);
  });
  it.each(FAITH_QUESTIONS)("%s: %s → no ruling, choices", (locale, text) => {
    const { route: routed } = route(locale, text);
    expect(isConfident(routed)).toBe(false);
    const faith =
      routed.kind === "choices" ? routed.faith : routed.kind === "none" && routed.reason === "faith";
    expect(faith).toBe(true);
  });
});

describe.each(DATABASE_KINDS)("what the person sees, on %s", (kind) => {
  const written = firstMessageHooks(kind);

  it.each(ABOUT_RELATIVE)("%s: %s → the text for someone close", async (locale, text, id) => {
    const { person, seen } = await written(locale, text);
    const { question } = entry(id)[locale];
    // Answered at once, or offered as a choice whose button opens it for a relative.
    if (seen[0]?.split("\n")[0] !== question)
      await person.press(new RegExp(`^\\d\\. ${question.slice(0, 12)}`));
    const shown = person.lastText().includes(question) ? person.lastText() : (seen[0] ?? "");
    expect(shown.split("\n")[0]).toBe(question);
    expect(shown).toContain(familyOpening(id, locale));
    expect(shown).not.toContain(answerOpening(id, locale));
  });

  it.each(FOR_THEMSELVES)("%s: %s → the answer written to them", async (locale, text, id) => {
    const { seen } = await written(locale, text);
    expect(seen[0]).toContain(answerOpening(id, locale));
    expect(seen.join("\n")).not.toContain(familyOpening(id, locale));
  });

  it.each(FAITH_QUESTIONS)(
    "%s: %s → no ruling, who can talk it through, and choices",
    async (locale, text) => {
      const { person, seen } = await written(locale, text);
      expect(seen).toHaveLength(1);
      expect(seen[0]?.startsWith(say(locale, "faq-faith-lead"))).toBe(true);
      const choices = person.buttons().filter((label) => /^\d\. /u.test(label));
      expect(choices.length).toBeGreaterThanOrEqual(2);
      expect(person.buttons()).toContain(say(locale, "menu-talk"));
      // A choice opens its answer.
      await person.press(/^1\. /u);
      expect(person.texts().length).toBeGreaterThan(seen.length + 1);
    },
  );

  it("a counter-argument opened from a list shown to a relative opens with the line for them", async () => {
    const { person } = await written("kk", "ұлым мені кәпір дейді");
    await person.press(/^2\. /u);
    expect(person.lastText()).toContain(say("kk", "faq-family-opening"));
  });
});
