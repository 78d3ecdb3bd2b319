// The free-text router's parts, alone: place names, cues, and the decision on the real knowledge base.
// answers.test.ts drives the same cases through the bot.
import { describe, expect, it } from "vitest";
import { parseEnv } from "../../src/config/config.ts";
import { readCues } from "../../src/knowledge/cues/index.ts";
import { createRouter, isConfident, MOST_PLACE_WORDS, rankedIds } from "../../src/knowledge/routing.ts";
import { findPlace } from "../../src/referral/place-names.ts";
import { testContent } from "../support/content.ts";

const { router } = testContent().knowledge;

describe("place names", () => {
  it.each([
    ["Павлодар", "pavlodar"],
    ["телефон центра в Павлодаре", "pavlodar"],
    ["куда обратиться в Шымкенте", "shymkent"],
    ["Қарағандыдағы орталық қайда", "karaganda"],
    ["Pavlodarda ortalyq bar ma", "pavlodar"],
    ["in Ust-Kamenogorsk", "east-kazakhstan"],
    ["Усть-Каменогорск", "east-kazakhstan"],
    ["Алматы облысы", "almaty-region"],
    ["Алматы", "almaty-city"],
    ["Шығыс Қазақстан облысы", "east-kazakhstan"],
    ["Нур-Султан", "astana"],
    ["Oralda", "west-kazakhstan"],
    ["центр в семей", "abai"],
    ["телефон центра Семей", "abai"],
    ["Северо Казахстанская область", "north-kazakhstan"],
    ["центр в Северо-Казахстанской области", "north-kazakhstan"],
    ["severo kazahstanskaya oblast", "north-kazakhstan"],
    ["Оңтүстік Қазақстан облысы", "turkistan"],
    ["Южно-Казахстанская область", "turkistan"],
    ["South Kazakhstan region", "turkistan"],
  ])("finds the region of %s", (text, region) => {
    expect(findPlace(text)?.region).toBe(region);
  });

  it("names only regions the directory has", () => {
    const codes = new Set(testContent().directory.regions.map((region) => region.code));
    for (const text of [
      "Павлодар",
      "Семей",
      "Актау",
      "Кызылорда",
      "Тараз",
      "Жезказган",
      "Талдыкорган",
      "Петропавл",
    ])
      expect(codes.has(findPlace(text)?.region ?? ""), text).toBe(true);
  });

  // The router searches a message for a place only when it asks where, names a center or has at most this
  // many words besides filler: a longer mention would be missed.
  it("names a place in at most MOST_PLACE_WORDS words", () => {
    for (const text of ["West Kazakhstan region", "Шығыс Қазақстан облысы", "Almaty region", "г. Павлодар"])
      expect(findPlace(text)?.words.length, text).toBeLessThanOrEqual(MOST_PLACE_WORDS);
    expect(findPlace("West Kazakhstan region")?.words).toHaveLength(MOST_PLACE_WORDS);
    expect(router.route("West Kazakhstan region", { locale: "en" }).route).toEqual({
      kind: "directory",
      region: "west-kazakhstan",
    });
    // A city in a question that does not ask where is no request for the directory.
    expect(
      router.route("мой сын в Павлодаре стал очень религиозным, как с ним говорить", { locale: "ru" }).route
        .kind,
    ).not.toBe("directory");
  });

  it.each([
    "семейная проблема",
    "он вернулся домой",
    "oral history",
    "Абай Құнанбайұлы",
    "ол оралды",
    "есть ли помощь для семей осуждённых",
  ])("does not read a place into %s", (text) => {
    expect(findPlace(text)).toBeUndefined();
  });
});

describe("cues", () => {
  it("reads distress, insults and requests for help in three languages", () => {
    expect(readCues("мне тяжело, не с кем поговорить").distress).toBe(true);
    expect(readCues("маған қиын, сөйлесетін ешкім жоқ").distress).toBe(true);
    expect(readCues("it's hard, I have no one to talk to").distress).toBe(true);
    expect(readCues("как понять что сын в секте").distress).toBe(false);
    expect(readCues("ты тупой бот").insult).toBe(true);
    expect(readCues("сен ақымақсың").insult).toBe(true);
    expect(readCues("you're useless").insult).toBe(true);
    expect(readCues("туристическая поездка").insult).toBe(false);
    expect(readCues("что мне делать").asksHelp).toBe(true);
  });

  it("tells whom a message is about: the person, someone close, or it cannot tell", () => {
    expect(readCues("my son wants to study abroad").perspective).toBe("family");
    expect(readCues("он хочет уехать").perspective).toBe("family");
    expect(readCues("ұлым шетелге кеткісі келеді").perspective).toBe("family");
    expect(readCues("I want to study abroad").perspective).toBe("self");
    expect(readCues("я хочу уехать учиться").perspective).toBe("self");
    // the inviter is a brother, the one invited is "me": no side taken
    expect(readCues("Ағам мені жиналысқа шақырды").perspective).toBeUndefined();
  });
});

describe("routing the issue's reproductions", () => {
  it.each([
    ["kk", "Ағам мені жиналысқа шақырды, баруым керек пе?", "invited-to-meeting"],
    ["kk", "agam meni jinalyska shakyrdy", "invited-to-meeting"],
    ["kk", "meni izdep tabady ma", "will-they-find-me"],
    ["kk", "ata-anam bilip qoisa", "parents-will-find-out"],
    ["en", "can a counselor speak English?", "counselor-languages"],
    // explore2's defect 5: a phone call asked for, once answered with keeping in touch with a relative («связь»).
    ["ru", "как с вами связаться по телефону", "how-to-reach-us"],
    ["kk", "сізбен телефон арқылы қалай байланысамын", "how-to-reach-us"],
    ["en", "what's your phone number", "how-to-reach-us"],
  ] as const)("%s: %s → %s first", (locale, text, id) => {
    const routed = router.route(text, { locale });
    expect(routed.route.kind).toBe("answer");
    expect(rankedIds(routed)[0]).toBe(id);
  });

  it("offers the way to reach a counselor first to a call asked for in other words", () => {
    expect(rankedIds(router.route("how can I call you", { locale: "en" }))[0]).toBe("how-to-reach-us");
    expect(rankedIds(router.route("можно вам позвонить?", { locale: "ru" }))[0]).toBe("how-to-reach-us");
  });

  it.each([
    ["ru", "Павлодар", "pavlodar"],
    ["ru", "куда обратиться в Шымкенте", "shymkent"],
    ["ru", "телефон центра в Павлодаре", "pavlodar"],
    ["ru", "где находится ближайший центр", undefined],
  ] as const)("%s: %s → the directory", (locale, text, region) => {
    expect(router.route(text, { locale }).route).toEqual({
      kind: "directory",
      region,
    });
  });

  it("sends distress to support and insults to a kind reply, neither confident about an entry", () => {
    const support = router.route("мне тяжело, мне не с кем поговорить", {
      locale: "ru",
    });
    expect(support.route.kind).toBe("support");
    expect(rankedIds(support)[0]).toBe("emotional-support");
    const insult = router.route("ты тупой бот", { locale: "ru" });
    expect(insult.route).toEqual({ kind: "none", reason: "insult" });
    expect(isConfident(insult.route)).toBe(false);
  });

  it("offers what a frightened person plainly asked under the support, which is then not shown alone", () => {
    const asked = router.route(
      "Добрый вечер. У меня муж последние три месяца как подменили: отрастил бороду, перестал ходить к моим " +
        "родственникам, называет всех вокруг заблудшими, постоянно сидит в телеграме. Я не против религии, но " +
        "мне страшно. Как понять, это просто вера или его куда-то затягивают?",
      { locale: "ru" },
    );
    expect(asked.route.kind).toBe("support");
    expect(rankedIds(asked).slice(0, 3)).toContain("warning-signs");
    expect(isConfident(asked.route)).toBe(false);
    const alone = router.route("мне тяжело, мне не с кем поговорить", {
      locale: "ru",
    });
    expect(alone.route).toEqual({ kind: "support", alternatives: [] });
    expect(isConfident(alone.route)).toBe(true);
  });

  it.each([
    ["kk", "Астанада ертең қар жауа ма"],
    ["en", "recommend me a good movie"],
    ["en", "who won the football last night"],
  ] as const)("offers nothing when a weak match's own words hardly cover %s: %s", (locale, text) => {
    expect(router.route(text, { locale }).route.kind).toBe("none");
  });

  it("prefers the entry for the person a message is about only where the other side has one", () => {
    const travel = router.route("my son wants to study religion abroad in Egypt", { locale: "en" });
    expect(rankedIds(travel)[0]).toBe("relative-wants-to-travel");
    // chats-and-reposts speaks to the person in the chat, and no entry speaks to their parents instead
    const chat = router.route("my son got added to a chat that shares banned videos, is he in trouble", {
      locale: "en",
    });
    expect(rankedIds(chat)[0]).toBe("chats-and-reposts");
  });

  it("reads a center's address asked in Russian translit as a directory request", () => {
    expect(router.route("adres centra v almaty", { locale: "ru" }).route).toEqual({
      kind: "directory",
      region: "almaty-city",
    });
  });

  it("shows an answer alone only when sure: a fair match with nothing under it is a choice", () => {
    const only = (score: number) =>
      createRouter({
        base: { entriesById: new Map() },
        matcher: { match: () => [{ id: "after-i-write", score, coverage: 1 }] },
        findPlace: () => undefined,
      }).route("and then?").route;
    expect(only(0.6)).toEqual({
      kind: "choices",
      candidates: [{ id: "after-i-write", score: 0.6, coverage: 1 }],
    });
    expect(isConfident(only(0.6))).toBe(false);
    expect(only(0.9)).toMatchObject({ kind: "answer", alternatives: [] });
  });

  it("asks who it is about when the candidates speak to different people and the message does not say", () => {
    const routed = router.route("что делать с группой", { locale: "ru" });
    expect(routed.route.kind).toBe("clarify");
  });
});

describe("COUNSELOR_LANGUAGES", () => {
  it("defaults to Kazakh and Russian, takes a list, and names a wrong code", () => {
    expect(parseEnv({}).COUNSELOR_LANGUAGES).toEqual(["kk", "ru"]);
    expect(parseEnv({ COUNSELOR_LANGUAGES: " ru, en ,ru" }).COUNSELOR_LANGUAGES).toEqual(["ru", "en"]);
    expect(() => parseEnv({ COUNSELOR_LANGUAGES: "kk,de" })).toThrow(/COUNSELOR_LANGUAGES.*kk, ru, en/);
    expect(() => parseEnv({ COUNSELOR_LANGUAGES: "" })).toThrow(/COUNSELOR_LANGUAGES/);
  });
});

// Questions whose telling words are small ones the matcher drops ("для кого", "who I am", "не істемеу"):
// the cues read them (CUED_QUESTIONS in routing.ts), and English phrasal verbs read as one word. Written for
// this test, not taken from a phrasing set.
describe("questions made of small words", () => {
  it.each([
    ["что это за бот вообще и для кого он", "ru", "what-this-bot-is"],
    ["сендер кімсіңдер, бұл бот не үшін керек", "kk", "what-this-bot-is"],
    ["what's this bot and who is behind it", "en", "what-this-bot-is"],
    ["никто меня тут не опознает если напишу?", "ru", "is-this-anonymous"],
    ["can anyone here find out who I am", "en", "is-this-anonymous"],
    ["чего нельзя делать, если брат ушёл в секту", "ru", "what-not-to-do"],
    ["інім ағымға кірді, не істемеу керек", "kk", "what-not-to-do"],
    ["вы можете рассказать полиции о моих сообщениях?", "ru", "when-confidentiality-ends"],
    ["жазғанымды полицияға жеткізесіздер ме", "kk", "when-confidentiality-ends"],
    ["would you share my story with anyone", "en", "when-confidentiality-ends"],
    ["в кружке говорят никому не рассказывать о занятиях", "ru", "secret-knowledge"],
    ["ұстаз сабақ туралы ешкімге айтпа дейді", "kk", "secret-knowledge"],
    ["the teacher says we must keep the lessons secret from our parents", "en", "secret-knowledge"],
    ["how do I get out of there safely", "en", "leave-a-group"],
    ["если я приведу сына в центр, что с ним будут делать", "ru", "what-centers-do"],
    ["я написал консультанту, а дальше что?", "ru", "after-i-write"],
    ["кеңесшіге жазып қойдым, енді не болады", "kk", "after-i-write"],
    ["sent my message, what happens next?", "en", "after-i-write"],
    ["как понять, что мужа вербуют", "ru", "warning-signs"],
    ["ұлымды ағымға тартып жатқанын қалай білемін", "kk", "warning-signs"],
    ["я лайкнул такой пост, мне что-то будет?", "ru", "chats-and-reposts"],
    ["could I get in trouble for being in that chat", "en", "chats-and-reposts"],
    // without a parent named, "узнает" is the group's finding out, not the family's
    ["а группа узнает, что я сюда писал?", "ru", "will-they-find-me"],
    // distress with a swear word is support, not an insult
    ["I feel like shit and so alone", "en", "emotional-support"],
    // the hotline's number spelled out
    ["жүз он төртке қоңырау шалсам бола ма", "kk", "hotline-114"],
    // an invitation for someone close is still about the invitation
    ["сына позвали на закрытые уроки в квартире, отпускать?", "ru", "invited-to-meeting"],
    [
      "my daughter keeps being invited to some closed lessons, should I let her go",
      "en",
      "invited-to-meeting",
    ],
    // a town spelled its own way: the directory asks where
    ["is there a centre in Kokshetaw", "en", "directory"],
    // round 5: the weather ("райы" is no paradise) and concert tickets in a city get the kind reply
    ["ертең Шымкентте ауа райы қандай", "kk", "none"],
    ["где взять билеты на концерт в Караганде", "ru", "none"],
    // ...while a film of a group is a material, and "семей" (families) no city
    [
      "my brother watches films from that group and I want to report the channel",
      "en",
      "extremist-materials",
    ],
    ["куда обратиться, есть ли помощь для семей тех кто сидит", "ru", "convict-family"],
    // a person or a program answers here; a bot named before "what does it do"
    ["это живой человек отвечает или программа?", "ru", "who-are-counselors"],
    ["бұл ботты досым жіберді, ол не істейді", "kk", "what-this-bot-is"],
  ] as const)("%s (%s) puts %s first", (text, locale, id) => {
    expect(rankedIds(router.route(text, { locale }))[0]).toBe(id);
  });

  it("does not read 'can you tell a believer from a radical' or 'can you tell me' as passing something on", () => {
    expect(readCues("how can you tell a religious person from a radical").asksPassOn).toBe(false);
    expect(readCues("can you tell me what to do").asksPassOn).toBe(false);
    expect(readCues("will you tell my parents").asksPassOn).toBe(true);
  });
});
