// Round 15 (faqtune15): held-out-12.yaml (spent once set 13 was written) split within each language and kind, its
// choosing half's misses read by class, its reporting half only reported; and the outsiders' routing defects (idioms
// of death, ordinary practice read as pressure, where the service is). The classes, in phrasings of no set, and a
// sample of each through the real bot on both databases.
import { describe, expect, it } from "vitest";
import { DEVELOPMENT_SET_15, developmentHalf } from "../../scripts/eval/faq-dev.ts";
import type { FaqLocale } from "../../src/knowledge/schema.ts";
import { entry, shownFirst } from "../support/knowledge.ts";
import { say } from "../support/words.ts";
import { base, counts, describeThroughBot, first, router } from "./rounds.ts";

describe("round 15's development halves", () => {
  it("hold their after figures, none confident and wrong", () => {
    // Before this round (main a5cd55d): choosing half 188 / 195 of 197, reporting half 168 / 175 of 181.
    expect(counts(developmentHalf("choose", DEVELOPMENT_SET_15))).toEqual(CHOOSING_AFTER);
    expect(counts(developmentHalf("report", DEVELOPMENT_SET_15))).toEqual(REPORTING_AFTER);
  });
});

const CHOOSING_AFTER = [197, 197, 0];
// 171 / 177 since round 16's classes (README.md), never read; 173 since round 20's.
const REPORTING_AFTER = [173, 177, 0];

/** Idioms of death and killing that say nothing of death: never the martyrdom entry. */
const IDIOMS: readonly (readonly [FaqLocale, string])[] = [
  ["en", "just killing time, how do I talk to my brother about his new group"],
  ["ru", "просто убиваю время, как поговорить с братом"],
  ["kk", "уақыт өлтіріп отырмын, бұл қандай бот"],
  ["en", "my mom would kill me if she finds out i wrote here"],
  ["ru", "мама меня убьёт, если узнает, что я тут пишу"],
  ["kk", "анам білсе мені өлтіреді, ол біле ме"],
  ["en", "this group is killing my family, what do I do"],
];

describe("round 15's classes", () => {
  it.each(IDIOMS)("an idiom of death steers nothing to the martyrdom entry (%s: %s)", (locale, text) => {
    const { ranked } = router.route(text, { locale });
    expect(ranked.slice(0, 3).map(({ id }) => id)).not.toContain("suicide-attacks");
  });

  it.each([
    ["en", "is a martyrdom operation where you kill yourself allowed"],
    ["ru", "можно ли взорвать себя ради веры"],
  ] as const)("killing itself asked about still gets it (%s: %s)", (locale, text) => {
    expect(first(text, locale)).toBe("suicide-attacks");
  });

  it.each([
    // ordinary practice: the answer that says it is ordinary, never the pressure entry first
    ["ru", "нормально ли ходить в мечеть каждую пятницу", "devout-or-radical"],
    ["kk", "жұма намазына баруға бола ма", "devout-or-radical"],
    // without giving one's name
    ["kk", "атымды айтпай жаза аламын ба", "is-this-anonymous"],
    ["kk", "atymdy aitpai suraq qoisam bola ma", "is-this-anonymous"],
    ["ru", "можно без имени написать?", "is-this-anonymous"],
    ["en", "can I write without my real name", "is-this-anonymous"],
    // the way to talk with someone close
    ["kk", "ағаммен сөйлесудің жолы бар ма", "talk-to-relative"],
    ["kk", "kuieuimmen soilesudin qandai joly bar", "talk-to-relative"],
    // backing ideas, coming forward, being taken to the police
    ["en", "is endorsing extremist ideas a crime", "legal-consequences"],
    ["ru", "за поддержку радикальных взглядов сажают?", "legal-consequences"],
    ["en", "if I come forward to the police will they charge me", "fear-of-police"],
    ["ru", "если приду за помощью, меня не заберут в полицию?", "fear-of-police"],
    // a relative's phone smashed: what not to do; a demand to cover completely: the niqab's answer
    ["kk", "әкем ағамның телефонын сындырды, дұрыс па", "what-not-to-do"],
    ["ru", "отец хочет разбить брату телефон, так можно?", "what-not-to-do"],
    ["en", "dad wants to smash my brothers phone, is that ok", "what-not-to-do"],
    ["ru", "свекровь требует, чтобы я закрылась полностью", "niqab-and-pressure"],
    ["kk", "енем бәріміз толық жабынуымыз керек дейді", "niqab-and-pressure"],
    ["en", "my mother in law wants all women to cover completely", "niqab-and-pressure"],
    // where the service itself is: the directory
    ["ru", "где находится ваша организация", "directory"],
    ["kk", "сіздер қайда орналасқансыздар", "directory"],
    ["en", "where are you located", "directory"],
  ] as const)("%s: %s puts %s first", (locale, text, id) => {
    expect(first(text, locale)).toBe(id);
  });

  it.each([
    ["ru", "да пошёл ты"],
    ["kk", "кет әрі"],
    ["en", "get lost"],
  ] as const)("a brush-off is an insult (%s: %s)", (locale, text) => {
    expect(router.route(text, { locale }).route).toMatchObject({ kind: "none", reason: "insult" });
  });

  it.each([
    ["ru", "продайте мне телефон"],
    ["kk", "маған телефон сатып беріңізші"],
    ["en", "sell me a phone"],
  ] as const)("a shop's request gets no answer (%s: %s)", (locale, text) => {
    expect(router.route(text, { locale }).route).toMatchObject({ kind: "none", reason: "no-match" });
  });

  it("being forced to the mosque still gets the pressure's entry", () => {
    expect(first("муж заставляет меня ходить в мечеть", "ru")).toBe("forced-to-attend");
  });
});

describeThroughBot("round 15", (h) => {
  it.each(IDIOMS.slice(0, 3))(
    "an idiom of death (%s: %s) shows no martyrdom question",
    async (locale, text) => {
      const person = h().user({ language_code: locale });
      await person.send(text);
      const reply = person.texts()[0] ?? "";
      expect(reply).not.toContain(entry("suicide-attacks")[locale].question);
      expect(shownFirst(reply)).toBeDefined();
    },
  );

  it.each([
    ["ru", "можно ли ходить на пятничную молитву"],
    ["kk", "жұма намазына баруға бола ма"],
  ] as const)("ordinary practice (%s: %s) is answered as ordinary, not as pressure", async (locale, text) => {
    const person = h().user({ language_code: locale });
    await person.send(text);
    expect(shownFirst(person.texts()[0])).toBe(entry("devout-or-radical")[locale].question);
  });

  it.each([
    ["ru", "где находится агентство"],
    ["kk", "агенттік қайда орналасқан"],
    ["en", "where is your agency located"],
  ] as const)(
    "where the service is (%s: %s) asks where the person is, for the nearest centers",
    async (locale, text) => {
      const person = h().user({ language_code: locale });
      await person.send(text);
      const reply = person.texts()[0] ?? "";
      expect(shownFirst(reply)).toBeUndefined();
      expect(reply).not.toContain(entry("what-this-bot-is")[locale].question);
      expect(reply).not.toContain(entry("online-recruitment")[locale].question);
      expect(reply.startsWith(say(locale, "centers-ask"))).toBe(true);
    },
  );

  it.each([
    ["kk", "есімімді айтпай сұрақ қойсам бола ма"],
    ["en", "can i ask without giving my name"],
  ] as const)("asking without a name (%s: %s) is answered about anonymity", async (locale, text) => {
    const person = h().user({ language_code: locale });
    await person.send(text);
    expect(shownFirst(person.texts()[0])).toBe(entry("is-this-anonymous")[locale].question);
  });

  it("a brush-off gets the kind reply to an insult, no entry", async () => {
    const person = h().user({ language_code: "ru" });
    await person.send("иди ты");
    expect(person.texts()).toHaveLength(1);
    expect(shownFirst(person.lastText())).toBeUndefined();
    for (const item of base.entries) expect(person.lastText()).not.toContain(item.ru.question);
  });
});
