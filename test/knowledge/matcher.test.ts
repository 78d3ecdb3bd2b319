import { describe, expect, it } from "vitest";
import { stemKazakh } from "../../src/knowledge/kazakh-stemmer.ts";
import { classifyMatch } from "../../src/knowledge/match-decision.ts";
import { createMatcher, type MatchResult } from "../../src/knowledge/matcher.ts";
import type { FaqEntry, FaqTranslation } from "../../src/knowledge/schema.ts";
import { tokenize } from "../../src/knowledge/tokens.ts";
import { editDistance, Vocabulary } from "../../src/knowledge/vocabulary.ts";
import { candidateKeys, languageHint } from "../../src/knowledge/word-keys.ts";

function translation(question: string, keywords: string[], answer = question): FaqTranslation {
  return { question, answer, keywords };
}

function entry(id: string, kk: FaqTranslation, ru: FaqTranslation, en: FaqTranslation): FaqEntry {
  return { id, category: "families", related: ["other"], source: ["test-fixture"], kk, ru, en };
}

// A small base whose entries share everyday words, so that only the topic words tell them apart.
const entries = [
  entry(
    "recruiters",
    translation("Вербовщиктер интернетте адамдарды қалай табады?", ["вербовка", "азғыру", "әлеуметтік желі"]),
    translation("Как вербовщики находят людей в интернете?", ["вербовка", "соцсети", "пишет незнакомец"]),
    translation("How do recruiters find people online?", [
      "recruitment",
      "social media",
      "stranger messages",
    ]),
  ),
  entry(
    "study-abroad",
    translation("Шетелде дін оқуға барғым келеді. Не білу керек?", ["шетелде оқу", "медресе", "грант"]),
    translation("Хочу учиться исламу за границей. Что нужно знать?", [
      "учёба за границей",
      "медресе",
      "грант",
    ]),
    translation("I want to study Islam abroad. What should I know?", ["study abroad", "madrasa", "grant"]),
  ),
  entry(
    "hotline",
    translation("114 желісі деген не?", ["114", "сенім телефоны", "қоңырау"]),
    translation("Что такое линия 114?", ["114", "телефон доверия", "позвонить"]),
    translation("What is the 114 line?", ["114", "helpline", "call"]),
  ),
  entry(
    "child-changed",
    translation("Балам өзгеріп кетті, секта ма?", ["бала өзгерді", "секта", "белгілер"]),
    translation("Ребёнок изменился, это секта?", ["сын изменился", "секта", "признаки"]),
    translation("My child has changed. Is it a sect?", ["son changed", "sect", "signs"]),
  ),
  entry(
    "jihad",
    translation("Жиһад деген не?", ["жиһад", "соғыс", "күрес"]),
    translation("Что значит джихад?", ["джихад", "война", "борьба"]),
    translation("What does jihad mean?", ["jihad", "holy war", "struggle"]),
  ),
  entry(
    "anonymity",
    translation("Бұл анонимді ме?", ["аноним", "құпия", "атымды айтпай"]),
    translation("Это анонимно?", ["аноним", "конфиденциально", "без имени"]),
    translation("Is this anonymous?", ["anonymous", "confidential", "no name"]),
  ),
];
const matcher = createMatcher({ entries });
const best = (text: string) => matcher.match(text)[0]?.id;

describe("createMatcher", () => {
  it("finds Russian words in other inflections", () => {
    expect(best("вербовщиками")).toBe("recruiters");
    expect(best("учиться в медресе за границей")).toBe("study-abroad");
    expect(best("моего ребенка затянули в секту")).toBe("child-changed");
  });

  it("finds Kazakh words through their suffixes", () => {
    expect(best("баламыздың мінезі өзгерді")).toBe("child-changed");
    expect(best("жиһадтың мағынасы")).toBe("jihad");
    expect(best("шетелдегі медреселерде оқу")).toBe("study-abroad");
  });

  it("forgives typos", () => {
    expect(best("вербовшики")).toBe("recruiters");
    expect(best("anonimous chat?")).toBe("anonymity");
    expect(best("reqruiters")).toBe("recruiters");
    expect(best("djihad")).toBe("jihad");
  });

  it("reads Kazakh typed in Latin letters, official and informal", () => {
    expect(best("Şeteldegi medresede oqu")).toBe("study-abroad");
    expect(best("sheteldegi medresede oqu")).toBe("study-abroad");
    expect(best("balam özgerip ketti")).toBe("child-changed");
    expect(best("balam ozgerip ketti")).toBe("child-changed");
  });

  it("reads Russian typed in Latin letters", () => {
    expect(best("verbovka v internete")).toBe("recruiters");
    expect(best("dzhikhad eto voyna?")).toBe("jihad");
    expect(best("uchitsya za granicey")).toBe("study-abroad");
  });

  it("matches a word typed with a keyboard switched halfway", () => {
    // "секта" with a Latin "a"
    expect(best("сектa")).toBe("child-changed");
  });

  it("answers one-word questions", () => {
    expect(best("114")).toBe("hotline");
    expect(best("джихад?")).toBe("jihad");
    expect(best("анонимно")).toBe("anonymity");
  });

  it("matches a message that mixes languages", () => {
    expect(best("балам как-то изменился, секта ма?")).toBe("child-changed");
  });

  it("is not swayed by the many small words of a long emotional message", () => {
    const message =
      "Здравствуйте, я не знаю что мне делать, я очень боюсь, помогите пожалуйста. " +
      "Он мне ничего не говорит, я не сплю ночами, всё время думаю о нём, что мы сделали не так? " +
      "Вчера я увидела, что ему в соцсетях пишет какой-то незнакомый мужчина и зовёт к себе.";
    expect(best(message)).toBe("recruiters");
  });

  it("returns nothing for a message without topic words, and respects the limit", () => {
    expect(matcher.match("и я, и ты, и он, как же так?")).toEqual([]);
    expect(matcher.match("")).toEqual([]);
    const results = matcher.match("секта вербовка джихад 114 аноним медресе", { limit: 3 });
    expect(results).toHaveLength(3);
    expect(results.map((result) => result.score)).toEqual(
      [...results.map((result) => result.score)].sort((a, b) => b - a),
    );
    for (const { score } of results) expect(score > 0 && score < 1).toBe(true);
  });
});

describe("createMatcher, weighing a message's words", () => {
  // Two more entries: one made of words every request has, one that shares a word with "anonymity".
  const wider = createMatcher({
    entries: [
      ...entries,
      entry(
        "how-to-start",
        translation("Неден бастаймын?", ["көмек керек", "көмектесіңіз"]),
        translation("С чего начать?", ["помогите", "нужна помощь"]),
        translation("Where do I start?", ["help me", "need help"]),
      ),
      entry(
        "chats",
        translation("Чатқа қосып қойды", ["чат"]),
        translation("Меня добавили в чат", ["чат"]),
        translation("I was added to a chat", ["chat", "group chat"]),
      ),
    ],
  });

  it("reads the question of a message that tells a story first, and the story less", () => {
    expect(wider.match("Сын учится в медресе за границей. Его вербовщики нашли в интернете?")[0]?.id).toBe(
      "recruiters",
    );
  });

  it("lets words every request has count little next to a topic word", () => {
    expect(wider.match("помогите пожалуйста, нужна помощь: медресе это опасно?")[0]?.id).toBe("study-abroad");
    // alone, they still find the entry made of them
    expect(wider.match("помогите, нужна помощь")[0]?.id).toBe("how-to-start");
  });

  it("is confident about the entry whose question a short message echoes", () => {
    const found = classifyMatch(wider.match("is this chat anonymous"));
    expect(found).toMatchObject({ kind: "confident", best: { id: "anonymity" } });
  });
});

describe("reading a word", () => {
  const keysOf = (word: string) =>
    candidateKeys(tokenize(word)[0] ?? { word, script: "latin" }).map(({ key }) => key);
  const meet = (first: string, second: string) => keysOf(first).some((key) => keysOf(second).includes(key));

  it("meets Kazakh typed in Latin letters however its close vowels are written", () => {
    expect(meet("qızım", "қызым")).toBe(true);
    expect(meet("kizim", "қызым")).toBe(true);
    expect(meet("bılım", "білім")).toBe(true);
    // the 2021 alphabet writes я as "ia"
    expect(meet("qūpiia", "құпия")).toBe(true);
  });

  it("meets Russian typed without its soft sign", () => {
    expect(meet("ponyat", "понять")).toBe(true);
    expect(meet("tyurme", "тюрьме")).toBe(true);
    // a stopword stays one without its soft sign ("delat": "делать")
    expect(keysOf("delat")).toEqual([]);
  });

  it("tells the language a small word gives away", () => {
    const hint = (word: string) => languageHint(tokenize(word)[0] ?? { word, script: "latin" });
    expect(hint("что")).toBe("ru");
    expect(hint("chto")).toBe("ru");
    expect(hint("қалай")).toBe("kk");
    expect(hint("the")).toBe("en");
    expect(hint("медресе")).toBeUndefined();
  });
});

describe("Vocabulary", () => {
  const vocabulary = new Vocabulary(["радикал", "радикализац", "бала", "плох", "вербовщик"], {
    oneEditWeight: 0.7,
    twoEditsWeight: 0.5,
    prefixWeight: 0.6,
  });

  it("finds the keys a typo, a longer form or a start is near", () => {
    expect(vocabulary.near("радикл").map(({ key }) => key)).toEqual(["радикал"]);
    expect(vocabulary.near("вербовшик")[0]).toEqual({ key: "вербовщик", weight: 0.7 });
    expect(vocabulary.near("радика").map(({ key }) => key)).toEqual(["радикал", "радикализац"]);
    expect(vocabulary.near("радикалн").map(({ key }) => key)).toContain("радикал");
  });

  it("does not guess from a short key, or two edits at a word's start", () => {
    expect(vocabulary.near("пала")).toEqual([]);
    expect(vocabulary.near("плов")).toEqual([]);
    expect(vocabulary.near("отвербовщик")).toEqual([]);
  });

  it("counts edits, a swap of two neighbours as one", () => {
    expect(editDistance("talk", "tlak", 2)).toBe(1);
    expect(editDistance("радикал", "радикализм", 1)).toBe(2);
  });
});

describe("stemKazakh", () => {
  it("brings verb forms to one stem", () => {
    for (const forms of [
      ["бару", "барады", "барамын", "бармайды", "барған", "баруға", "барсам"],
      ["тыңдау", "тыңдайды", "тыңдамайды", "тыңдаған"],
      ["білу", "біледі", "білемін", "білмеймін"],
      ["кету", "кетеді", "кеткісі", "кетпекші"],
    ])
      expect(new Set(forms.map(stemKazakh)), forms.join(" ")).toHaveLength(1);
    // agent nouns meet what they do
    expect(stemKazakh("уағызшылар")).toBe(stemKazakh("уағыз"));
  });

  it("brings inflected forms of a word to one stem", () => {
    const stems = ["балалар", "балаларымызға", "баланың", "балаға"].map((word) =>
      stemKazakh(word.replace("ң", "н").replace("ғ", "г")),
    );
    expect(new Set(stems).size).toBe(1);
    // a voiced final consonant is the voiceless one's form before a vowel: шығу, шыққан
    expect(stemKazakh("шыгу")).toBe(stemKazakh("шыккан"));
    // short roots stay whole
    expect(stemKazakh("жаза")).toBe("жаза");
  });
});

describe("classifyMatch", () => {
  const result = (id: string, score: number): MatchResult => ({ id, score });

  it("is confident when the best is strong and clearly ahead", () => {
    const results = [result("a", 0.8), result("b", 0.5), result("c", 0.3), result("d", 0.2)];
    expect(classifyMatch(results)).toEqual({
      kind: "confident",
      best: results[0],
      alternatives: [results[1], results[2]],
    });
    expect(classifyMatch([result("a", 0.6)])).toMatchObject({ kind: "confident", alternatives: [] });
  });

  it("offers up to three candidates when the best is weak or not clearly ahead", () => {
    expect(classifyMatch([result("a", 0.7), result("b", 0.68), result("c", 0.1)])).toEqual({
      kind: "weak",
      candidates: [result("a", 0.7), result("b", 0.68)],
    });
    expect(classifyMatch([result("a", 0.3)])).toEqual({ kind: "weak", candidates: [result("a", 0.3)] });
  });

  it("finds nothing when there is nothing or only noise", () => {
    expect(classifyMatch([])).toEqual({ kind: "none" });
    expect(classifyMatch([result("a", 0.05)])).toEqual({ kind: "none" });
  });
});
