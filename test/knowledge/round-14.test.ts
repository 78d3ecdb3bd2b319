// Round 14 (faqtune14): held-out-11.yaml (spent once set 12 was written) split within each language and kind, its
// choosing half's misses read by class, its reporting half only reported. The classes, in phrasings of no set, and
// the `none` class (an off-topic message, an insult) and Kazakh distress typed without its letters through the bot;
// the entry for a young person forced to attend a mosque, lessons or meetings, or to dress a way (forced-to-attend).
import { describe, expect, it } from "vitest";
import { DEVELOPMENT_SET_14, developmentHalf } from "../../scripts/eval/faq-dev.ts";
import { isConfident } from "../../src/knowledge/routing.ts";
import type { FaqLocale } from "../../src/knowledge/schema.ts";
import { entry, shownFirst } from "../support/knowledge.ts";
import { say } from "../support/words.ts";
import { base, counts, describeThroughBot, first, router } from "./rounds.ts";

describe("round 14's development halves", () => {
  it("hold their after figures, none confident and wrong", () => {
    // Before this round (src/knowledge/README.md, round 14): choosing half 179 / 191 of 197 and 1 confident and
    // wrong, reporting half 160 / 175 of 181 (161 first since routing27's relative named, never read; 162 since round
    // 16's classes, README.md; 163 since round 19's, never read; 165 / 176 since round 20's, never read).
    expect(counts(developmentHalf("choose", DEVELOPMENT_SET_14))).toEqual([191, 193, 0]);
    expect(counts(developmentHalf("report", DEVELOPMENT_SET_14))).toEqual([165, 176, 0]);
  });
});

describe("round 14's classes", () => {
  it.each([
    // every word it shares with an entry is a typing slip's guess ("score" for "store")
    ["who won the hockey, what was the score", "en"],
    ["what's the score now", "en"],
  ] as const)(
    "a message matched only through typing slips is never answered alone: %s (%s)",
    (text, locale) => {
      const { route } = router.route(text, { locale });
      expect(route.kind === "answer" && isConfident(route)).toBe(false);
    },
  );

  it.each([
    ["сен ақылсыз бот екенсің", "kk"],
    ["akylsyz bot", "kk"],
  ] as const)("calling the bot witless is an insult: %s (%s)", (text, locale) => {
    expect(router.route(text, { locale }).route).toMatchObject({ kind: "none", reason: "insult" });
  });

  it.each([
    // "ешкім жоқ" in phone spellings of ш
    ["auyr, eskim jok", "kk"],
    ["ewkim joq, ne isteimin", "kk"],
  ] as const)("has no one, in any spelling, and gets support: %s (%s)", (text, locale) => {
    expect(router.route(text, { locale }).route.kind).toBe("support");
  });

  it.each([
    // someone close locked up, told in one word
    ["інім қамалды, не істейміз", "kk", "convict-family"],
    ["agam qamaldy, komek kerek", "kk", "convict-family"],
    // "-лылық" is "-лық": confidentiality with and without Kazakh letters
    ["құпиялылығы қандай", "kk", "when-confidentiality-ends"],
    ["kupiyalylyk bar ma", "kk", "when-confidentiality-ends"],
    // how a family can tell, asked about someone close
    ["how can we tell if our daughter is being drawn in", "en", "warning-signs"],
    ["брат изменился, какие признаки что его вербуют", "ru", "warning-signs"],
    // telling the police in slang
    ["сдам соседа ментам, правильно ли", "ru", "reporting-someone"],
    // found by an IP address or a location
    ["по айпи меня не вычислят?", "ru", "will-they-find-me"],
    ["can you see my location", "en", "will-they-find-me"],
    // what this chat is, "what's" as one word
    ["what's this bot about", "en", "what-this-bot-is"],
    // a real person here?
    ["здесь живой человек отвечает?", "ru", "who-are-counselors"],
    // what happens to me, not what happens after I write
    ["бір чатта болдым, маған енді не болады", "kk", "chats-and-reposts"],
  ] as const)("%s (%s) puts %s first", (text, locale, id) => {
    expect(first(text, locale)).toBe(id);
  });

  it.each([
    // shut in a room is not prison; a group banned is the law's question, not the signs
    ["қызым бөлмесіне қамалды", "kk", "convict-family"],
    ["ағам кірген топқа тыйым салынған ба, қалай білемін", "kk", "warning-signs"],
  ] as const)("%s (%s) does not put %s first", (text, locale, id) => {
    expect(first(text, locale)).not.toBe(id);
  });
});

/** Forced by family or a husband to go somewhere religious or to dress a way: the pressure, not a doctrine. */
const FORCED: readonly (readonly [FaqLocale, string])[] = [
  ["kk", "әкем мені жұма сайын мешітке баруға мәжбүрлейді, қаламаймын"],
  ["kk", "kuieuim apailardyn sabagyna baruga majburleidi, barmasam ursady"],
  ["ru", "отчим заставляет меня каждую неделю ходить на их собрания"],
  ["ru", "бабушка силой водит меня на уроки корана, а я не хочу"],
  ["en", "my mum forces me to go to their gatherings every week"],
  ["en", "my aunt drags me to mosque lessons and I hate it"],
];

describe("forced to attend", () => {
  it.each([
    ...FORCED,
    // "by force" and "me" beside the verb: the crisis reply's danger comes first in the bot (src/crisis), the
    // router still knows the entry
    ["kk", "әкем мені жұма сайын мешітке күштеп апарады, қаламаймын"],
    ["kk", "kuieuim meni apailardyn sabagyna majburlep jiberedi"],
  ] as const)("%s: %s → forced-to-attend first", (locale, text) => {
    expect(first(text, locale)).toBe("forced-to-attend");
  });

  it.each([
    // whether a dress is a duty is still the niqab's doctrine
    ["муж заставляет закрывать лицо, в исламе это обязательно?", "ru"],
    ["is niqab really required? my husband forces me", "en"],
  ] as const)("%s (%s): dress asked about as a duty stays with the niqab's answer", (text, locale) => {
    expect(first(text, locale)).toBe("niqab-and-pressure");
  });

  it.each([
    // going abroad to study, an invitation one is afraid of: not being forced
    ["my daughter will attend a university in Turkey, what to check", "en"],
    ["досым мені сабаққа шақырды, барайын ба", "kk"],
  ] as const)("%s (%s) does not put it first", (text, locale) => {
    expect(first(text, locale)).not.toBe("forced-to-attend");
  });
});

describeThroughBot("round 14", (h) => {
  it.each([
    ["en", "what was the score of the hockey last night"],
    ["ru", "какой счёт был в хоккее вчера"],
  ] as const)("an off-topic question gets no answer (%s: %s)", async (locale, text) => {
    const person = h().user({ language_code: locale });
    await person.send(text);
    // the kind "no ready answer" (and, in English, which languages the counselors speak), no entry's answer
    expect(person.texts()).toHaveLength(1);
    expect(person.lastText().startsWith(say(locale, "faq-no-match"))).toBe(true);
    expect(shownFirst(person.lastText())).toBeUndefined();
  });

  it("Kazakh without its letters, 'it is hard, I have no one', gets support and a counselor, never theology", async () => {
    const person = h().user({ language_code: "kk" });
    await person.send("kiyn, eskim jok");
    expect(person.texts()).toHaveLength(1);
    expect(person.lastText()).toContain("Қазір сізге қатты ауыр сияқты");
    expect(person.lastText()).toContain("112");
    for (const item of base.entries.filter(({ category }) => category === "faith"))
      expect(person.lastText()).not.toContain(item.kk.question);
  });

  it.each(FORCED)(
    "forced to attend (%s: %s): the pressure answered, anonymous counselor, 114 for the family, 112",
    async (locale, text) => {
      const person = h().user({ language_code: locale });
      await person.send(text);
      const reply = person.texts()[0] ?? "";
      expect(reply.split("\n")[0]).toBe(entry("forced-to-attend")[locale].question);
      expect(reply).toContain("114");
      expect(reply).toContain("112");
      for (const item of base.entries.filter(({ category }) => category === "faith"))
        expect(reply.split("\n")[0]).not.toBe(item[locale].question);
    },
  );

  it("'ulym qamaldy' (my son was jailed) is answered with the convict's family first", async () => {
    const person = h().user({ language_code: "kk" });
    await person.send("ulym qamaldy");
    expect(person.lastText().split("\n")[0]).toBe(entry("convict-family").kk.question);
  });
});
