// Round 20 (faqtune20): held-out-17.yaml (spent once set 18 was written) split within each language and kind, its
// choosing half's misses read for what generalises (how recruiters work asked beside a child's games, where to begin
// here with no one named, serving "under an article", "дозвониться до вас", how to talk with a husband, what to
// install on a child's phone, "are these red flags", a group's demand to cut off parents told with distress), its
// reporting half only reported; and the classes of two black-box walks (journeys32, journeys33): a ruling told as
// what the group says beside an invitation and fear, a relative who changed, "what should I not do?", "what are the
// warning signs?", a relative going away, a Kyrgyz hello, insults, a relative's deleted photos and new account, going
// to the police about him, someone online urging one abroad. The classes, in phrasings of no set, and through the
// real bot on both databases.
import { describe, expect, it } from "vitest";
import { DEVELOPMENT_SET_20, developmentHalf } from "../../scripts/eval/faq-dev.ts";
import { rankedIds } from "../../src/knowledge/routing.ts";
import { entry, shownFirst } from "../support/knowledge.ts";
import { say } from "../support/words.ts";
import { counts, describeThroughBot, first, router } from "./rounds.ts";

describe("round 20's development halves", () => {
  it("hold their after figures", () => {
    // Before this round (main 6b65d0f): choosing half 188 / 195 of 201, confident and wrong 1 (a counselor opened for
    // "мен тірі адаммен сөйлескім келеді …, осы жерде адам бар ма", labelled who-are-counselors: asked for a person,
    // the consent is kept); reporting half 181 / 190 of 192, confident and wrong 1.
    expect(counts(developmentHalf("choose", DEVELOPMENT_SET_20))).toEqual([198, 201, 1]);
    expect(counts(developmentHalf("report", DEVELOPMENT_SET_20))).toEqual([181, 190, 1]);
  });
});

/** A ruling told as what the group says, beside an invitation and fear: the invitation, not "no fatwa here". */
const INVITED_RULING_TOLD = [
  ["ru", "меня зовут в группу, там говорят что музыка харам и надо уехать, мне страшно"],
  ["kk", "мені топқа шақырып жатыр, онда музыка харам, кету керек дейді, қорқамын"],
  ["kk", "meni topqa shaqyryp jatyr, onda muzyka haram, ketu kerek deidi, qorqamyn"],
  ["en", "they invite me to their group, they say music is haram and we must leave, i'm scared"],
] as const;

/** Someone close who changed: the warning signs, not a friend's entry. */
const RELATIVE_CHANGED = [
  ["en", "my son has new friends and he has changed"],
  ["ru", "у дочки новые подруги, она очень изменилась"],
  ["kk", "ұлымның жаңа достары пайда болды, ол өзгеріп кетті"],
  ["kk", "qyzymnyn jana dostary bar, ol ozgerip ketti"],
] as const;

describe("round 20's classes", () => {
  it.each([
    ...INVITED_RULING_TOLD.map(([locale, text]) => [locale, text, "invited-to-meeting"] as const),
    ...RELATIVE_CHANGED.map(([locale, text]) => [locale, text, "warning-signs"] as const),
    // what not to do, asked with the words between
    ["en", "what should I not do?", "what-not-to-do"],
    ["ru", "что мне не делать, чтобы не оттолкнуть?", "what-not-to-do"],
    // a relative going away
    ["ru", "я боюсь, что брат уедет", "relative-wants-to-travel"],
    ["ru", "сестра говорит, что скоро уедет, мне тревожно", "relative-wants-to-travel"],
    ["en", "my sister is about to move away and I'm worried", "relative-wants-to-travel"],
    // how recruiters work, beside a child's games
    ["kk", "жалдаушылар жасөспірімдерді ойын арқылы қалай тартады", "online-recruitment"],
    ["ru", "как вербуют подростков через игры, с чего они начинают", "online-recruitment"],
    ["en", "how do they usually approach teenagers in games", "online-recruitment"],
    ["en", "which apps do recruiters use to reach kids", "online-recruitment"],
    // where to begin here, no one named ("what do I say first" is not to someone close)
    ["kk", "қалай бастарымды білмеймін, бірінші не айтайын", "how-to-start"],
    // serving under an article
    ["kk", "інім статья бойынша отыр, бізге кім көмектеседі", "convict-family"],
    // ring this service
    ["ru", "как до вас дозвониться?", "how-to-reach-us"],
    ["kk", "сіздерге қалай хабарласамын, телефон нөміріңіз бар ма", "how-to-reach-us"],
    // how to talk with someone close, named after the verb
    ["ru", "как разговаривать с братом, который ушёл в секту, чтобы не поругаться", "talk-to-relative"],
    // what to install on a child's phone
    ["ru", "что установить сыну на телефон, чтобы ему не писали чужие", "child-online-safety"],
    ["kk", "қызымның телефонына қандай бағдарлама орнатамын", "child-online-safety"],
    ["en", "what app should I put on my son's phone so strangers can't message him", "child-online-safety"],
    // red flags about someone close
    ["en", "my brother stopped seeing old friends and calls us kafirs, are these red flags", "warning-signs"],
    // a relative's deleted photos and new account
    ["ru", "дочь удалила все фото и завела новый аккаунт", "family-member-hides-phone"],
    // going to the police about him
    ["ru", "что будет, если я обращусь в полицию, его посадят?", "reporting-someone"],
    // someone online urging one abroad, no suitor or marriage told
    [
      "ru",
      "мне в инстаграме пишет незнакомец, зовет за границу, говорит там хорошая жизнь",
      "online-recruitment",
    ],
    ["en", "someone on instagram keeps telling me to move abroad for a better life", "online-recruitment"],
    // insults, a hello in Kyrgyz, a person asked for typed apart
    ["ru", "вы все стукачи, идите нахер", "none"],
    ["kk", "жабыл", "none"],
    ["kk", "саламатсызбы", "none"],
    ["kk", "salamatsyzby", "none"],
    ["kk", "adam men soilesuge bola ma", "counselor"],
  ] as const)("%s: %s puts %s first", (locale, text, id) => {
    expect(first(text, locale)).toBe(id);
  });

  it.each([
    ["en", "what are the warning signs?"],
    ["ru", "какие тревожные признаки?"],
    ["kk", "қандай белгілер бар?"],
  ] as const)("%s: %s offers the signs, nothing of kafirs or marriage", (locale, text) => {
    const routed = router.route(text, { locale });
    const ids = rankedIds(routed).slice(0, routed.route.kind === "answer" ? 1 : 3);
    expect(ids[0]).toBe("warning-signs");
    for (const id of ["takfir", "mixed-marriage", "promises-to-women"]) expect(ids).not.toContain(id);
  });

  it.each([
    [
      "ru",
      "в группе велели не общаться с родителями, потому что они не молятся, я послушал, а теперь мне очень тяжело",
    ],
    ["en", "my group told me to cut off my parents because they don't pray, I did and I feel terrible"],
  ] as const)(
    "%s: a group's demand to cut off parents told with distress (%s) gets support, the duty to parents one tap away",
    (locale, text) => {
      const routed = router.route(text, { locale });
      expect(routed.route.kind).toBe("support");
      expect(rankedIds(routed).slice(0, 3)).toContain("parents-disobedience");
    },
  );

  it.each([
    // a suitor met online calling one abroad is still the promises made to women
    ["kk", "интернетте танысқан бір жігіт мені шетелге шақырып жүр", "promises-to-women"],
    // a friend who changed is the friend's entry; stopping to talk is keeping in touch
    ["kk", "досым өзгеріп кетті, бір топқа кіріп кетті", "friend-in-trouble"],
    // a ruling asked is still a question of faith
    ["ru", "музыка это харам?", "none"],
  ] as const)("%s: %s still puts %s first", (locale, text, id) => {
    expect(first(text, locale)).toBe(id);
  });
});

describeThroughBot("round 20", (h) => {
  it.each(INVITED_RULING_TOLD)(
    "an invitation beside the group's ruling and fear (%s: %s) gets the invitation's answer, no fatwa refusal",
    async (locale, text) => {
      const person = h().user({ language_code: locale });
      await person.send(text);
      const seen = person.texts();
      expect(seen.map(shownFirst)).toContain(entry("invited-to-meeting")[locale].question);
      expect(seen.join("\n")).not.toContain(say(locale, "faq-faith-lead"));
    },
  );

  it.each([
    ["en", "my son has new friends and he has changed", "warning-signs"],
    ["kk", "ulymnyn jana dostary bar, ol ozgerip ketti", "warning-signs"],
    ["en", "what should I not do?", "what-not-to-do"],
    ["ru", "я боюсь, что брат уедет", "relative-wants-to-travel"],
    ["kk", "інім алысқа кетіп қалады деп қорқамын", "relative-wants-to-travel"],
  ] as const)("%s: %s shows %s first", async (locale, text, id) => {
    const person = h().user({ language_code: locale });
    await person.send(text);
    expect(shownFirst(person.texts()[0])).toBe(entry(id)[locale].question);
  });

  it("what are the warning signs? shows the signs, and no kafir or marriage question", async () => {
    const person = h().user({ language_code: "en" });
    await person.send("what are the warning signs?");
    const reply = person.texts()[0] ?? "";
    expect(shownFirst(reply)).toBe(entry("warning-signs").en.question);
    for (const id of ["takfir", "mixed-marriage", "promises-to-women"])
      expect(reply).not.toContain(entry(id).en.question);
  });

  it.each([
    ["kk", "salamatsyzby"],
    ["kk", "Саламатсызбы!"],
  ] as const)("a Kyrgyz hello (%s: %s) is greeted", async (locale, text) => {
    const person = h().user({ language_code: locale });
    await person.send(text);
    expect(person.texts().join("\n")).toContain(say(locale, "faq-courtesy-greeting"));
  });
});
