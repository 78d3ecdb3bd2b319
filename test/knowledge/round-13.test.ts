// Round 13 (faqtune13): held-out-10.yaml (spent once set 11 was written) split within each language and kind, its
// choosing half's misses read by class, its reporting half only reported. The classes, in phrasings of no set, and
// the lead's reproduction ("сын сидит в телефоне с новыми знакомыми" got a convict's family) through the bot.
import { describe, expect, it } from "vitest";
import { DEVELOPMENT_SET_13, developmentHalf } from "../../scripts/eval/faq-dev.ts";
import { entry, shownFirst } from "../support/knowledge.ts";
import { counts, describeThroughBot, first } from "./rounds.ts";

describe("round 13's development halves", () => {
  it("hold their after figures, none confident and wrong", () => {
    // Before this round (src/knowledge/README.md, round 13): choosing half 183 / 189 of 195, reporting half
    // 173 / 180 of 183.
    expect(counts(developmentHalf("choose", DEVELOPMENT_SET_13))).toEqual([193, 195, 0]);
    expect(counts(developmentHalf("report", DEVELOPMENT_SET_13))).toEqual([174, 181, 0]);
  });
});

describe("round 13's classes", () => {
  it.each([
    // sitting in a phone, a chat, the internet; a room one shuts oneself in; a phone held; a deadline
    ["дочка ночами сидит в телеге с какими-то парнями", "ru"],
    ["муж сидит в интернете до ночи и переписывается с незнакомыми", "ru"],
    ["қызым бөлмесіне қамалып алып, шықпайды", "kk"],
    ["ұлым телефонды қолында ұстады, бермейді", "kk"],
    ["my daughter locks herself in her room with her phone", "en"],
  ] as const)("a word that means prison only in context does not decide alone: %s (%s)", (text, locale) => {
    expect(first(text, locale)).not.toBe("convict-family");
  });

  it("reads a deadline as a deadline", () => {
    expect(first("в какой срок консультант отвечает", "ru")).not.toBe("legal-consequences");
  });

  it.each([
    // the same words beside a prison, an article, a sentence or the time served
    ["брат сидит по статье за экстремизм, как нам жить дальше", "ru"],
    ["отец отбывает срок, дети спрашивают где он", "ru"],
    ["муж сидит уже третий год", "ru"],
    ["ағам түрмеде отыр, отбасымызға кім көмектеседі", "kk"],
    // English idioms of prison
    ["my brother got locked up last year", "en"],
    ["my husband has been doing time since 2022, who can help us", "en"],
    ["dad is behind bars for his beliefs", "en"],
  ] as const)("and still means prison in context: %s (%s)", (text, locale) => {
    expect(first(text, locale)).toBe("convict-family");
  });

  it.each([
    // what not to say, not to err
    ["сестра в секте, что ей нельзя говорить", "ru", "what-not-to-do"],
    ["what should I avoid saying to my radical brother", "en", "what-not-to-do"],
    ["қателеспей қалай сөйлесемін ұлыммен", "kk", "what-not-to-do"],
    // going to the police about someone
    ["стоит ли идти в полицию из-за соседа, он агитирует", "ru", "reporting-someone"],
    // whether the family would be told
    ["вы не расскажете маме что я писал", "ru", "parents-will-find-out"],
    // anything in a town
    ["anything in taraz?", "en", "directory"],
  ] as const)("%s (%s) puts %s first", (text, locale, id) => {
    expect(first(text, locale)).toBe(id);
  });

  it.each([
    // Kazakh phone spelling: "w" for ш
    ["toptan wykkym keledi, qorqamyn", "kk", "leave-a-group"],
    // a friend in slang beside a plea for help
    ["подруга связалась с какими-то проповедниками, что делать", "ru", "friend-in-trouble"],
    ["my mate is into some preachers now, what should I do", "en", "friend-in-trouble"],
    // slang for finding out
    ["мама не спалит, что я вам писал?", "ru", "parents-will-find-out"],
  ] as const)("%s (%s) puts %s first", (text, locale, id) => {
    expect(first(text, locale)).toBe(id);
  });

  it("keeps going to the police oneself apart from reporting someone", () => {
    expect(first("полицияға өзім барсам мені ұстап ала ма", "kk")).toBe("fear-of-police");
  });
});

describeThroughBot("words that mean prison only in context", (h) => {
  it("does not answer a son who sits in his phone with a convict's family", async () => {
    const person = h().user({ language_code: "ru" });
    await person.send("сын сидит в телефоне с новыми знакомыми");
    // neither its answer nor the first of the choices offered
    const shown = shownFirst(person.texts()[0]);
    expect(shown).toBeDefined();
    expect(shown).not.toBe(entry("convict-family").ru.question);
  });

  it.each([
    ["ru", "муж сидит по статье, кто поможет нашей семье"],
    ["en", "my husband is doing time, is there help for the family"],
  ] as const)("answers a relative in prison with it (%s: %s)", async (locale, text) => {
    const person = h().user({ language_code: locale });
    await person.send(text);
    expect(shownFirst(person.texts()[0])).toBe(entry("convict-family")[locale].question);
  });
});
