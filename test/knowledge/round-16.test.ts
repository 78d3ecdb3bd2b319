// Round 16 (faqtune16): held-out-13.yaml (spent once set 14 was written) split within each language and kind, its
// choosing half's misses read by class, its reporting half only reported; and the team's misroutes (the mosque asked
// about as ordinary practice, being beaten at home). The classes, in phrasings of no set, and a sample of each
// through the real bot on both databases.
import { describe, expect, it } from "vitest";
import { DEVELOPMENT_SET_16, developmentHalf } from "../../scripts/eval/faq-dev.ts";
import type { FaqLocale } from "../../src/knowledge/schema.ts";
import { entry, shownFirst } from "../support/knowledge.ts";
import { say } from "../support/words.ts";
import { base, counts, describeThroughBot, first, router } from "./rounds.ts";

describe("round 16's development halves", () => {
  it("hold their after figures, none confident and wrong", () => {
    // Before this round (main 07128f7): choosing half 187 / 196 of 199, reporting half 174 / 181 of 188.
    expect(counts(developmentHalf("choose", DEVELOPMENT_SET_16))).toEqual(CHOOSING_AFTER);
    expect(counts(developmentHalf("report", DEVELOPMENT_SET_16))).toEqual(REPORTING_AFTER);
  });
});

const CHOOSING_AFTER = [199, 199, 0];
// 176 first since round 19's classes (README.md), never read.
const REPORTING_AFTER = [176, 181, 0];

/** Beaten or abused at home, with and without the words the crisis detector reads as danger. */
const HURT_AT_HOME: readonly (readonly [FaqLocale, string])[] = [
  ["en", "my husband beats me"],
  ["ru", "муж бьёт меня"],
  ["kk", "күйеуім ұрады"],
  ["en", "my husband is abusive"],
  ["ru", "муж распускает руки"],
  ["ru", "muzh menya byot"],
  ["kk", "күйеуім қол көтереді"],
];

describe("round 16's classes", () => {
  it.each([
    // going to the mosque asked about: ordinary practice, not the pressure's entry
    ["en", "is it fine to go to the mosque", "devout-or-radical"],
    ["en", "is it okay that I go to the mosque on fridays", "devout-or-radical"],
    ["ru", "ничего, что я хожу в мечеть?", "devout-or-radical"],
    ["kk", "мешітке барсам дұрыс па", "devout-or-radical"],
    // how to talk to someone close, with an adverb or no one named beside the verb
    ["en", "how do I even talk to my sister about her new group", "talk-to-relative"],
    ["kk", "інім өзгеріп кетті, дұрыстап қалай сөйлесем екен", "talk-to-relative"],
    // a peer one lives or studies beside, and "what can I do"
    ["en", "my roommate joined some weird circle, what can I do", "friend-in-trouble"],
    ["ru", "соседка по комнате связалась с какой-то группой, что делать", "friend-in-trouble"],
    ["kk", "бөлмелесім бір топқа кіріп кетті, не істеймін", "friend-in-trouble"],
    // reporting a person, the police unnamed
    ["en", "if i report my coworker will he be arrested", "reporting-someone"],
    ["ru", "если я заявлю на соседа, что с ним будет", "reporting-someone"],
    ["kk", "көршімді полицияға ұстатып берсем не болады", "reporting-someone"],
    // whoever reads here passing it on
    ["en", "whoever reads this, will they pass it to the cops?", "when-confidentiality-ends"],
    ["ru", "тот, кто читает, потом не передаст это в полицию?", "when-confidentiality-ends"],
    ["kk", "оқып отырған адам полицияға жеткізе ме", "when-confidentiality-ends"],
    // what the bot is, asked of "you"
    ["en", "what are u exactly", "what-this-bot-is"],
    ["ru", "что ты такое?", "what-this-bot-is"],
    ["kk", "сен не өзің?", "what-this-bot-is"],
    // reaching this service by phone, not what 114 is
    ["en", "can I call you instead of texting", "how-to-reach-us"],
    ["ru", "у вас есть телефон? проще голосом", "how-to-reach-us"],
    ["kk", "сіздерге қоңырау шалсам бола ма", "how-to-reach-us"],
    // whether what one sees is a sign
    ["kk", "ұлым тойға бармай қойды, бұл ағымның белгісі ме", "warning-signs"],
    ["ru", "брат перестал смотреть телевизор, это признак?", "warning-signs"],
    ["en", "my son stopped listening to music, is this a sign?", "warning-signs"],
    // a married woman forced by her in-laws: the pressure, not a marriage across faiths
    ["kk", "күйеуге шыққаныма бір жыл, енем мені мешітке баруға мәжбүрлейді", "forced-to-attend"],
    ["ru", "я замужем, свекровь заставляет меня ходить на уроки", "forced-to-attend"],
    // what the service saved, typed with a slip; a relative deleting their own chats
    ["ru", "как удолить все, что вы сохранили обо мне", "delete-my-data"],
    ["en", "my son deletes his browser history all the time", "family-member-hides-phone"],
    ["ru", "дочь постоянно стирает переписку в телефоне", "family-member-hides-phone"],
    ["kk", "ұлым хаттарын өшіріп отырады", "family-member-hides-phone"],
    // leaving in slang; a relative flying out
    ["en", "wanna dip from this group, how do I do it safely", "leave-a-group"],
    ["en", "my nephew is flying out overseas next week, red flag?", "relative-wants-to-travel"],
  ] as const)("%s: %s puts %s first", (locale, text, id) => {
    expect(first(text, locale)).toBe(id);
  });

  it.each(HURT_AT_HOME)("being hurt at home (%s: %s) gets support first", (locale, text) => {
    expect(router.route(text, { locale }).route.kind).toBe("support");
  });

  it.each([
    ["kk", "жүрегім қатты соғады, қорқып тұрмын, бұл чат анонимді ме"],
    ["en", "that beats me, what is this bot for"],
    ["ru", "etot bot uchit menya kak verit?"],
  ] as const)("a beating heart, an idiom or a bot is no violence (%s: %s)", (locale, text) => {
    expect(router.route(text, { locale }).route.kind).not.toBe("support");
  });

  it.each([
    ["en", "whats a good laptop under 300 bucks"],
    ["ru", "посоветуйте телефон до 100 тысяч"],
    ["kk", "100 мың теңгеге дейін телефон керек"],
  ] as const)("shopping within a price (%s: %s) gets no answer", (locale, text) => {
    expect(router.route(text, { locale }).route).toMatchObject({ kind: "none", reason: "no-match" });
  });

  it("a phone bought for someone close, at a price, is still the family's question", () => {
    expect(first("my son got a phone for under 200 dollars and hides it", "en")).toBe(
      "family-member-hides-phone",
    );
  });

  it.each([
    ["kk", "сен түкке тұрмайтын ботсың"],
    ["kk", "tukke turmaityn nárse ekensin"],
  ] as const)("worthless (%s: %s) is an insult", (locale, text) => {
    expect(router.route(text, { locale }).route).toMatchObject({ kind: "none", reason: "insult" });
  });

  it("being forced to the mosque still gets the pressure's entry", () => {
    expect(first("is it ok that my husband forces me to go to the mosque", "en")).toBe("forced-to-attend");
  });
});

describeThroughBot("round 16", (h) => {
  // Round 19's tuning (crisistune19) taught the detector abuse at home said plainly ("my husband is abusive", "муж
  // распускает руки"): round 16 gave those support and a counselor, they get the crisis reply now.
  it.each(HURT_AT_HOME.slice(0, 5))(
    "being beaten at home (%s: %s) gets the crisis reply and no entry",
    async (locale, text) => {
      const person = h().user({ language_code: locale });
      await person.send(text);
      const [reply, ...rest] = person.texts();
      expect(reply?.startsWith(say(locale, "crisis-call-112"))).toBe(true);
      expect(rest).toEqual([]);
      for (const item of base.entries) expect(reply).not.toContain(item[locale].question);
    },
  );

  it.each([
    ["en", "is it fine to go to the mosque"],
    ["ru", "ничего, что я хожу в мечеть?"],
    ["kk", "мешітке барсам дұрыс па"],
  ] as const)("going to the mosque (%s: %s) is answered as ordinary practice", async (locale, text) => {
    const person = h().user({ language_code: locale });
    await person.send(text);
    const reply = person.texts()[0];
    expect(shownFirst(reply)).toBe(entry("devout-or-radical")[locale].question);
    expect(reply?.split("\n")[0]).not.toBe(entry("forced-to-attend")[locale].question);
  });

  it.each([
    ["en", "a guy in my dorm talks only about his new brothers now, what can I do", "friend-in-trouble"],
    ["en", "how do I actually speak to my dad about his movement", "talk-to-relative"],
    ["en", "what are u exactly", "what-this-bot-is"],
  ] as const)("%s: %s gets %s first", async (locale, text, id) => {
    const person = h().user({ language_code: locale });
    await person.send(text);
    expect(shownFirst(person.texts()[0])).toBe(entry(id)[locale].question);
  });
});
