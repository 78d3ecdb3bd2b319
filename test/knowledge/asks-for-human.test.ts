// Asking for a human in one's own words ("хочу поговорить с человеком", "adammen soilesgim keledi", "can I talk to
// someone real") gets the counselor at once: the same path as the menu's "talk to a person" (its consent, the
// duty hours, a case), in the language it was written in, never an FAQ answer, a list or "who is it about?".
// A question about the service ("is the counselor a real person?", "what happens after I write to one") stays
// a question: its FAQ answer. Through the real bot on both databases; what the person sees is asserted.
// Written by "human-ask", 2026-12-06 20:32-20:54 UTC. REQUESTS, QUESTIONS and NOT_REQUESTS were written before the
// recogniser, from the defect's three reproductions and the classes it names, after reading the spent sets' phrasings
// about counselors (held-out..held-out-8, tuning-*, eval-set, dev-2) so as not to turn their questions into requests;
// one of QUESTIONS is theirs ("i only speak english, can a human talk to me", held-out.yaml). MORE_* were written
// while the recogniser was. The blind sets (held-out-9, crisis held-out-13) were not opened.
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import { formatOpening } from "../../src/counselors/waiting.ts";
import * as cases from "../../src/db/cases.ts";
import { textToMatch } from "../../src/knowledge/browse.ts";
import type { FaqLocale } from "../../src/knowledge/schema.ts";
import { testContent } from "../support/content.ts";
import { DATABASE_KINDS, type Harness, harnessHooks } from "../support/harness.ts";
import { FRIDAY_MIDNIGHT, FRIDAY_SHIFT, say } from "../support/words.ts";

const { base, router } = testContent().knowledge;

/** Requests for a person, by the language the bot should answer in. */
const REQUESTS: Record<Locale, readonly string[]> = {
  kk: [
    // the defect's reproductions
    "мен адаммен сөйлескім келеді",
    "adammen soilesgim keledi",
    // Cyrillic with Kazakh letters
    "тірі адаммен сөйлесейін",
    "кеңесшімен сөйлескім келеді",
    "кеңесшіге қосыңызшы",
    "маманмен сөйлесуге бола ма?",
    "операторды шақырыңызшы",
    "ботпен емес, адаммен сөйлескім келеді",
    "анам кеңесшімен сөйлесе ала ма?",
    // Cyrillic without Kazakh letters
    "адаммен сойлескым келеди",
    "кенесшимен сойлесуге бола ма",
    "тири адам керек",
    // 2021 Latin and phone spellings
    "tırı adammen söileskım keledı",
    "kenesshimen soileskim keledi",
    "mamanmen söilesuge bola ma",
    "operatorğa qosyñyzşy",
    "anam kenesshimen soilese ala ma",
    // "кеңесші" spelled as people type it (outsider29, item 21): sh, ş or ss for "сш", ı for і, ğ or g, "ng" for ң
    "keneshimen soilesgim keledi",
    "keneshi kerek",
    "keneşimen söılesgım keledı",
    "kenessimen soilesuge bola ma",
    "kengeshimen sóılesgim keledi",
    "keneshige jazgym keledi",
  ],
  ru: [
    "хочу поговорить с человеком",
    "позовите специалиста",
    "соедините с оператором",
    "можно поговорить с живым человеком?",
    "мне нужен консультант",
    "хочу с психологом поговорить",
    "может ли моя мама поговорить с консультантом?",
    "хватит бота, дайте живого человека",
    // translit
    "hochu pogovorit s chelovekom",
    "pozovite operatora",
    "mozhno s zhivym chelovekom pogovorit",
    "soedinite s konsultantom",
  ],
  en: [
    "I want to talk to a human",
    "can I talk to someone real",
    "not a bot, a real person please",
    "connect me to a counselor",
    "i need to speak with a counsellor",
    "can my mother talk to someone",
    "can my mom talk to a counselor?",
    // texting style and typos
    "can i tlk to a real persn",
    "pls get me a human",
    "wanna talk 2 an actual person",
    "lemme talk to a counseler",
    "i want an operator",
  ],
};

/** Questions about counselors and the service: each still gets its FAQ answer. */
const QUESTIONS: readonly (readonly [FaqLocale, string, string])[] = [
  ["en", "Is the counselor a real person?", "who-are-counselors"],
  ["en", "what happens after I write to a counselor", "after-i-write"],
  ["ru", "Консультант — это живой человек или бот?", "who-are-counselors"],
  ["ru", "Что будет после того, как я напишу консультанту?", "after-i-write"],
  ["kk", "кеңесші тірі адам ба?", "who-are-counselors"],
  ["kk", "keneshi tiri adam ba", "who-are-counselors"],
  ["kk", "кеңесшіге жазсам, не болады?", "after-i-write"],
  ["en", "can a counselor speak English?", "counselor-languages"],
  ["ru", "на каком языке можно поговорить с консультантом?", "counselor-languages"],
  ["en", "can the counselor see my real name?", "is-this-anonymous"],
  ["ru", "сколько ждать ответа консультанта?", "after-i-write"],
  ["en", "am I talking to a bot or a human?", "who-are-counselors"],
  ["kk", "kenesshi tiri adam ba", "who-are-counselors"],
  ["en", "i only speak english, can a human talk to me", "counselor-languages"],
  ["kk", "кеңесшілер кімдер, психолог па?", "who-are-counselors"],
  ["en", "how long until a counselor answers me?", "after-i-write"],
  ["ru", "консультант увидит моё имя?", "is-this-anonymous"],
  ["kk", "kenesshi qazaqsha bile me", "counselor-languages"],
  // fixes25: who the counselors are, asked with "who" and the word alone (were "who is it about?" or a list)
  ["ru", "кто такие ваши консультанты?", "who-are-counselors"],
  ["en", "who are your counselors", "who-are-counselors"],
  ["en", "who are your counselors?", "who-are-counselors"],
  ["kk", "кеңесшілеріңіз кімдер?", "who-are-counselors"],
  ["kk", "kenesshileriniz kimder", "who-are-counselors"],
  // fixes25: questions about the languages themselves, beside the requests that name one (LANGUAGE_REQUESTS)
  ["en", "do counselors speak English?", "counselor-languages"],
  ["ru", "консультанты говорят по-казахски?", "counselor-languages"],
  ["kk", "кеңесшілер қай тілде сөйлейді?", "counselor-languages"],
  ["en", "which languages can I talk to a counselor in?", "counselor-languages"],
];

/**
 * fixes25: a request for a person that names a language is a request (the counselor, and the language it named), in
 * kk, ru, en and translit. Asked as a question ("can I talk to the counselor in English?", "можно на казахском?",
 * "орысша сөйлесуге бола ма?") it is a question about the languages (LANGUAGE_QUESTIONS): its answer says which are
 * spoken and offers a person, as the spent sets' writers expected.
 */
const LANGUAGE_REQUESTS: readonly (readonly [FaqLocale, string, Locale])[] = [
  ["en", "I want to talk to the counselor in English", "en"],
  ["en", "i want to talk to a counselor in russian", "ru"],
  ["en", "let me speak with a human in kazakh", "kk"],
  ["ru", "хочу поговорить с консультантом на казахском", "kk"],
  ["ru", "хочу поговорить с человеком по-английски", "en"],
  ["ru", "hochu pogovorit s konsultantom po-kazakhski", "kk"],
  ["kk", "кеңесшімен орысша сөйлескім келеді", "ru"],
  ["kk", "кеңесшімен қазақша сөйлескім келеді", "kk"],
  ["kk", "kenesshimen orysha soileskim keledi", "ru"],
  ["kk", "адаммен ағылшынша сөйлескім келеді", "en"],
];

/** Whether one can talk in a language, asked: the languages' answer (counselor-languages), not a case yet. */
const LANGUAGE_QUESTIONS: readonly (readonly [FaqLocale, string, string])[] = [
  ["en", "can I talk to the counselor in English", "counselor-languages"],
  ["en", "can i speak with a human in kazakh?", "counselor-languages"],
  ["ru", "можно поговорить с консультантом на казахском?", "counselor-languages"],
  ["ru", "mozhno pogovorit s konsultantom po-kazakhski", "counselor-languages"],
  ["kk", "кеңесшімен орысша сөйлесуге бола ма?", "counselor-languages"],
  ["kk", "kenesshimen orysha soilesuge bola ma", "counselor-languages"],
];

/** Someone who needs someone to talk to, or asks how to talk with a relative: not a request for a counselor. */
const NOT_REQUESTS: readonly (readonly [FaqLocale, string, string])[] = [
  ["ru", "мне тяжело, мне не с кем поговорить", "support"],
  ["kk", "маған өте қиын, сөйлесетін ешкім жоқ", "support"],
  ["en", "I need someone to talk to", "support"],
  ["kk", "күйеуім түрмеде, балалармен жалғыз қалдым, біреумен сөйлескім келеді", "support"],
  ["ru", "как поговорить с братом, он связался с радикалами", "talk-to-relative"],
  ["kk", "радикал болған ағаммен қалай сөйлесу керек", "talk-to-relative"],
  ["en", "how do I talk to my son about his new friends", "talk-to-relative"],
];

/**
 * Found while the recogniser was written (after the lists above): more requests, and messages that name a person
 * or talking without asking for a counselor (a relative's contacts, a conditional, a language, someone to talk to).
 */
const MORE_REQUESTS: readonly (readonly [FaqLocale, string])[] = [
  ["kk", "кеңесшіге жазғым келеді"],
  ["kk", "тірі адаммен сөйлесуге болады ма"],
  ["kk", "маманмен байланысқым келеді"],
  ["kk", "кеңесшімен байланыстырыңызшы"],
  ["kk", "тірі адам шақырыңызшы"],
  ["kk", "бот емес, адам керек"],
  ["kk", "адаммен сөйлескім келіп тұр"],
  ["kk", "анам кеңесшімен сөйлескісі келеді"],
  ["kk", "мені кеңесшіге қосыңыз"],
  ["kk", "kenesshige qosynyzshy"],
  ["kk", "tiri adammen soilesuge bola ma"],
  ["kk", "маған кеңесші керек"],
  ["kk", "оператор"],
  ["kk", "кеңесшімен сөйлесейікші"],
  ["ru", "хочу написать консультанту"],
  ["ru", "можно живого человека?"],
  ["ru", "оператор!"],
  ["ru", "переключите на оператора"],
  ["ru", "свяжите меня с консультантом"],
  ["ru", "hochu pogovorit so specialistom"],
  ["ru", "поговорить с кем-нибудь живым"],
  ["ru", "мама хочет поговорить с консультантом"],
  ["ru", "не бот, а человек нужен"],
  ["ru", "как связаться с консультантом?"],
  ["ru", "dayte zhivogo cheloveka"],
  ["en", "talk to human"],
  ["en", "human please"],
  ["en", "can i get a real person"],
  ["en", "is there a human i can talk to"],
  ["en", "my mom wants to talk to a counselor"],
  ["en", "I'd like to speak to a counselor"],
  ["en", "is it possible to talk to a counselor"],
  ["en", "how can I talk to a counselor"],
  ["en", "i want to write to a counselor"],
  ["en", "can I message a counselor"],
  ["en", "operator"],
  ["en", "talk to a real human plz"],
  ["en", "I need a human"],
  ["en", "get me a counselor"],
];
const MORE_NOT_REQUESTS: readonly (readonly [FaqLocale, string])[] = [
  ["en", "if I write to a counselor, will my parents know"],
  ["ru", "мой сын общается с человеком из секты"],
  ["ru", "как поговорить с человеком, который попал в секту"],
  ["en", "how do I talk to a person who has been radicalised"],
  ["en", "how do I talk to my brother"],
  ["ru", "дочь переписывается с каким-то человеком в инстаграме"],
  ["kk", "ұлым бір адаммен сөйлесіп жүр"],
  ["kk", "психолог керек пе?"],
  ["ru", "нужен ли психолог ребенку?"],
  ["kk", "кеңесшіге жазсам, ол қашан жауап береді"],
  ["en", "will the counselor tell my parents if I talk to them"],
  ["en", "my son wants to talk to a person he met online"],
  ["en", "I met a person online who wants to talk to me"],
  ["ru", "можно ли поговорить с человеком другой веры о религии"],
  ["ru", "где в Алматы можно поговорить с психологом"],
  ["en", "my daughter is chatting with a person online"],
  ["en", "is there a counselor who speaks kazakh"],
  ["ru", "у вас есть психологи?"],
  ["ru", "консультант ответит сегодня?"],
  ["ru", "оператор связи заблокировал номер"],
  ["en", "human rights and religion"],
  ["kk", "қызым бір ер адаммен сөйлескісі келеді"],
  ["kk", "ағаммен сөйлескім келеді, бірақ ол тыңдамайды"],
  ["ru", "хочу поговорить с братом, но он не слушает"],
  ["en", "I want to talk to my son but he won't listen"],
  ["ru", "сын связался с человеком из группы"],
  ["en", "the recruiter wants to talk to my daughter"],
  ["ru", "вербовщик хочет поговорить с моей дочерью"],
  ["kk", "маған ауыр, біреумен сөйлескім келеді"],
  ["en", "I need someone to talk to"],
  ["ru", "мне нужно с кем-то поговорить"],
];

/**
 * outsider 30, item 16 and its addendum: plain requests said to the service itself ("поговорите со мной", "talk to
 * me", "маған жазыңызшы"), and may-I forms (ru "можно с кем-то", kk conditional "-сам/-сем бола ма"), which were
 * answered as "how to keep contact with a relative" or a list. Written from the report before the cues.
 */
const SAID_TO_US: Record<Locale, readonly string[]> = {
  kk: [
    "маған жазыңызшы",
    "сөйлесіңізші",
    "менімен сөйлесіңізші",
    "кеңесшімен сөйлессем бола ма",
    "әпкем жалдаушылардың ықпалына түсті, үйге келмейді, кеңесшімен сөйлессем бола ма",
    "кеңесшіге жазсам бола ма",
    "біреумен сөйлесуге бола ма",
    "сізбен сөйлескім келеді",
    "kenesshimen soilessem bola ma",
    "magan jazynyzshy",
  ],
  ru: [
    "мне нужна помощь, поговорите со мной",
    "поговорите со мной пожалуйста",
    "поговори со мной",
    "можно с кем-то поговорить",
    "можно с кем-нибудь поговорить?",
    "могу ли я с кем-то поговорить",
    "выслушайте меня пожалуйста",
    "хочу поговорить с вами",
  ],
  en: [
    "please talk to me",
    "talk to me",
    "can someone talk to me",
    "can you talk to me please",
    "someone please talk to me",
    "i want to talk to you",
  ],
};

/** Refusing a person, and a relative's silence: never the counselor. */
const REFUSALS: readonly (readonly [FaqLocale, string])[] = [
  ["ru", "не хочу говорить с человеком"],
  ["ru", "я не хочу разговаривать с консультантом"],
  ["ru", "не хочу поговорить с человеком"],
  ["ru", "почему сын не поговорит со мной"],
  ["ru", "брат перестал со мной разговаривать"],
  ["en", "I don't want to talk to a human"],
  ["en", "i do not want to speak with a counselor"],
  ["en", "my son won't talk to me"],
  ["en", "my brother doesn't talk to me anymore, what do I do"],
  ["en", "how do I get my daughter to talk to me"],
  ["kk", "мен адаммен сөйлескім келмейді"],
  ["kk", "кеңесшімен сөйлескім келмейді"],
  ["kk", "ұлым менімен сөйлеспейді"],
  ["kk", "кеңесшімен сөйлессем, ата-анам біле ме"],
];

const localesOf = (requests: Record<Locale, readonly string[]>) =>
  (Object.entries(requests) as [Locale, readonly string[]][]).flatMap(([locale, texts]) =>
    texts.map((text) => [locale, text] as const),
  );

/** Every entry's question in a language: none of them is shown to someone who asked for a person. */
const faqQuestions = (locale: FaqLocale) =>
  [...base.entriesById.values()].map((entry) => entry[locale].question);

describe("what the router makes of a request for a person", () => {
  it.each(localesOf(REQUESTS))("%s: %s → the counselor", (locale, text) => {
    expect(router.route(textToMatch(text), { locale }).route.kind).toBe("counselor");
  });
  it.each([...QUESTIONS, ...LANGUAGE_QUESTIONS])("%s: %s → its answer, %s", (locale, text, id) => {
    const { route } = router.route(textToMatch(text), { locale });
    expect(route.kind).toBe("answer");
    if (route.kind === "answer") expect(route.best.id).toBe(id);
  });
  it.each(MORE_REQUESTS)("%s: %s → the counselor", (locale, text) => {
    expect(router.route(textToMatch(text), { locale }).route.kind).toBe("counselor");
  });
  it.each(localesOf(SAID_TO_US))("%s: %s → the counselor (said to us)", (locale, text) => {
    expect(router.route(textToMatch(text), { locale }).route.kind).toBe("counselor");
  });
  it.each(REFUSALS)("%s: %s → not the counselor (a refusal, a relative's silence)", (locale, text) => {
    expect(router.route(textToMatch(text), { locale }).route.kind).not.toBe("counselor");
  });
  it.each(MORE_NOT_REQUESTS)("%s: %s → not the counselor", (locale, text) => {
    expect(router.route(textToMatch(text), { locale }).route.kind).not.toBe("counselor");
  });
  it.each(LANGUAGE_REQUESTS)("%s: %s → the counselor, in %s", (locale, text, language) => {
    expect(router.route(textToMatch(text), { locale }).route).toEqual({ kind: "counselor", language });
  });
  it.each(NOT_REQUESTS)("%s: %s → %s, not the counselor", (locale, text, outcome) => {
    const { route, ranked } = router.route(textToMatch(text), { locale });
    if (outcome === "support") expect(route.kind).toBe("support");
    else expect(ranked[0]?.id).toBe(outcome);
  });
});

describe.each(DATABASE_KINDS)("asking for a person in free text, on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, {}, (harness) => {
    h = harness;
  });

  /** What a person of this language sees after /start and one message. */
  async function written(locale: Locale, text: string, telegramLanguage: string = locale) {
    const person = h.user({ language_code: telegramLanguage });
    await person.send("/start");
    const from = person.messages().length;
    await person.send(text);
    return { person, seen: person.texts().slice(from) };
  }

  it.each(
    localesOf({
      kk: [...REQUESTS.kk, ...SAID_TO_US.kk],
      ru: [...REQUESTS.ru, ...SAID_TO_US.ru],
      en: [...REQUESTS.en, ...SAID_TO_US.en],
    }),
  )("%s: %s → the counselor's consent, nothing of the FAQ", async (locale, text) => {
    const { person, seen } = await written(locale, text);
    // An English speaker first reads which languages the counselors speak (the harness's are kk and ru).
    expect(seen).toEqual([
      ...(locale === "en" ? [expect.stringContaining("English")] : []),
      say(locale, "consent-counselor-explain", { carried: "yes" }),
    ]);
    expect(person.buttons()).toEqual([say(locale, "consent-allow"), say(locale, "consent-decline")]);
    for (const question of faqQuestions(locale)) expect(seen.join("\n")).not.toContain(question);
    expect(seen.join("\n")).not.toContain(say(locale, "faq-clarify-who"));
  });

  it.each(["kk", "ru", "en"] as const)(
    "%s: the same path as the menu's button: consent, then a case, as the menu opens it",
    async (locale) => {
      const viaMenu = h.user({ language_code: locale });
      await viaMenu.send("/start");
      await viaMenu.press(say(locale, "menu-talk"));
      const { person, seen } = await written(locale, REQUESTS[locale][0] ?? "");
      // The same question, save that the written request goes to the counselor too, and says so.
      expect(viaMenu.lastText()).toBe(say(locale, "consent-counselor-explain", { carried: "no" }));
      expect(seen.at(-1)).toBe(say(locale, "consent-counselor-explain", { carried: "yes" }));
      expect(person.buttons()).toEqual(viaMenu.buttons());

      await person.press(say(locale, "consent-allow"));
      expect(person.texts().join("\n")).toContain(say(locale, "counselors-opened"));
      const opened = await cases.openCaseOf(h.app.db, h.app.pseudonymize(person.id));
      expect(opened).toMatchObject({ status: "queued", source: "asked", locale });
    },
  );

  it.each(["kk", "ru", "en"] as const)("%s, off duty: the next shift, as from the menu", async (locale) => {
    h.clock.set(FRIDAY_MIDNIGHT);
    const { person } = await written(locale, REQUESTS[locale][1] ?? "");
    await person.press(say(locale, "consent-allow"));
    const when = formatOpening(locale, FRIDAY_SHIFT, "Asia/Almaty");
    expect(person.texts().join("\n")).toContain(say(locale, "counselors-off-duty", { when }));
  });

  it.each([
    // Counselors speak kk and ru (COUNSELOR_LANGUAGES): a request for one of them opens the case in it.
    ["ru", "хочу поговорить с консультантом на казахском", "kk"],
    ["kk", "кеңесшімен орысша сөйлескім келеді", "ru"],
    // English is not spoken (no counselor declared it): the case stays in the language the person wrote in.
    ["en", "I want to talk to the counselor in English", "en"],
    ["ru", "хочу поговорить с человеком по-английски", "ru"],
  ] as const)("%s: %s → the consent, then a case in %s", async (locale, text, caseLocale) => {
    const { person, seen } = await written(locale, text);
    expect(seen.at(-1)).toBe(say(locale, "consent-counselor-explain", { carried: "yes" }));
    await person.press(say(locale, "consent-allow"));
    const opened = await cases.openCaseOf(h.app.db, h.app.pseudonymize(person.id));
    expect(opened).toMatchObject({ status: "queued", source: "asked", locale: caseLocale });
  });

  it("a language a counselor declared with /speak is the case's, though COUNSELOR_LANGUAGES lacks it", async () => {
    await h.db.prisma.counselor.create({
      data: { pseudonym: "p-dana", alias: "Dana", speaks: ["en", "ru"], updatedAt: new Date() },
    });
    const { person } = await written("ru", "хочу поговорить с человеком по-английски");
    await person.press(say("ru", "consent-allow"));
    const opened = await cases.openCaseOf(h.app.db, h.app.pseudonymize(person.id));
    expect(opened?.locale).toBe("en");
  });

  it("answers in the language the request was written in, not the phone's", async () => {
    const kk = await written("kk", "мен адаммен сөйлескім келеді", "ru");
    expect(kk.seen).toEqual([say("kk", "consent-counselor-explain", { carried: "yes" })]);
    const ru = await written("ru", "хочу поговорить с живым человеком", "en");
    expect(ru.seen).toEqual([say("ru", "consent-counselor-explain", { carried: "yes" })]);
  });

  it("someone who is struggling and asks for a person gets the counselor, not a support text", async () => {
    const { seen } = await written("ru", "мне очень тяжело, позовите живого человека");
    expect(seen).toEqual([say("ru", "consent-counselor-explain", { carried: "yes" })]);
  });

  it.each([
    ["ru", "я хочу покончить с собой, позовите человека"],
    ["kk", "өзімді өлтіргім келеді, адаммен сөйлескім келеді"],
    ["en", "i want to kill myself, let me talk to a human"],
  ] as const)(
    "%s: a crisis with a request for a person gets the crisis reply first, alone",
    async (locale, text) => {
      const { seen } = await written(locale, text);
      expect(seen).toHaveLength(1);
      expect(seen[0]).toContain("112");
      expect(seen[0]).not.toContain(say(locale, "consent-counselor-explain", { carried: "yes" }));
    },
  );

  it.each(REFUSALS)("%s: %s → no counselor's consent, no case", async (locale, text) => {
    const { person, seen } = await written(locale, text);
    expect(seen.join("\n")).not.toContain(say(locale, "consent-counselor-explain", { carried: "yes" }));
    expect(await cases.openCaseOf(h.app.db, h.app.pseudonymize(person.id))).toBeFalsy();
  });

  it.each([...QUESTIONS, ...LANGUAGE_QUESTIONS])(
    "%s: %s → the FAQ answer %s, no counselor's consent",
    async (locale, text, id) => {
      const { seen } = await written(locale, text);
      expect(seen[0]?.split("\n")[0]).toBe(base.entriesById.get(id)?.[locale].question);
      expect(seen.join("\n")).not.toContain(say(locale, "consent-counselor-explain", { carried: "yes" }));
    },
  );
});
