// The questions people actually ask (issue 10, "Answers"), through the real bot on both databases, in
// Kazakh, Russian and English: each reproduction of the issue, and a phrasing of the same class in the
// other languages. What the person sees is asserted, never what the router returned.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { FaqLocale } from "../../src/knowledge/schema.ts";
import { choiceTitle } from "../../src/questions/render.ts";
import { testContent } from "../support/content.ts";
import { createHarness, DATABASE_KINDS, type Harness, type TestUser } from "../support/harness.ts";
import { entry } from "../support/knowledge.ts";

const { base } = testContent().knowledge;
const questionsOf = (category: string, locale: FaqLocale) =>
  (base.entriesByCategory.get(category) ?? []).map((item) => item[locale].question);

const TALK = { kk: "💬 Адаммен сөйлесу", ru: "💬 Поговорить с человеком", en: "💬 Talk to a person" };

/** The person's first reply is the full answer of `id`: its question in bold, then its answer. */
function expectAnswer(person: TestUser, id: string, locale: FaqLocale): void {
  const [first] = person.texts();
  expect(first?.split("\n")[0], `answer to expect: ${id}`).toBe(entry(id)[locale].question);
}

describe.each(DATABASE_KINDS)("answers to the questions people actually ask, on %s", (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(kind);
  });
  beforeEach(() => h.db.reset());
  afterAll(() => h.close());

  it.each([
    ["kk", "Ағам мені жиналысқа шақырды, баруым керек пе?"],
    ["kk", "agam meni jinalyska shakyrdy"],
    ["ru", "Новые друзья позвали меня на собрание, стоит ли идти?"],
    ["en", "my new friends invited me to their study circle, should I go?"],
  ] as const)(
    "an invitation to a meeting gets the entry about invitations, not a lawyer (%s: %s)",
    async (locale, text) => {
      const person = h.user({ language_code: locale });
      await person.send(text);
      expectAnswer(person, "invited-to-meeting", locale);
      expect(person.texts()[0]).not.toContain(entry("lawyer-help")[locale].question);
    },
  );

  it.each([
    ["kk", "meni izdep tabady ma", "will-they-find-me"],
    ["ru", "они меня найдут, если я уйду?", "will-they-find-me"],
    ["en", "will they track me down if I leave?", "will-they-find-me"],
    ["kk", "ata-anam bilip qoisa", "parents-will-find-out"],
    ["ru", "родители узнают, что я сюда пишу?", "parents-will-find-out"],
    ["en", "will my parents find out I wrote here", "parents-will-find-out"],
  ] as const)("fear of being found out gets its own entry (%s: %s)", async (locale, text, id) => {
    const person = h.user({ language_code: locale });
    await person.send(text);
    expectAnswer(person, id, locale);
    // not the lecture about recruiters or about a child hiding a phone
    expect(person.texts()[0]).not.toContain(entry("online-recruitment")[locale].question);
    expect(person.texts()[0]).not.toContain(entry("family-member-hides-phone")[locale].question);
  });

  it("says which languages counselors speak, as configured, and that English is not among them by default", async () => {
    const person = h.user({ language_code: "en" });
    await person.send("can a counselor speak English?");
    expectAnswer(person, "counselor-languages", "en");
    expect(person.texts()[0]).toContain(
      "Counselors on this service speak Kazakh and Russian. English is not among them: if you write to a counselor, the reply will come in one of these languages.",
    );
    expect(person.texts()[0]).not.toContain("{counselor-languages}");

    const ru = h.user({ language_code: "ru" });
    await ru.send("на каком языке говорят консультанты?");
    expectAnswer(ru, "counselor-languages", "ru");
    expect(ru.texts()[0]).toContain(
      "Консультанты этого сервиса говорят по-казахски и по-русски. Консультанту можно писать на вашем языке.",
    );
    const kk = h.user({ language_code: "kk" });
    await kk.send("кеңесшілер қай тілде сөйлейді?");
    expectAnswer(kk, "counselor-languages", "kk");
    expect(kk.texts()[0]).toContain(
      "Бұл қызметтің кеңесшілері қазақша және орысша сөйлейді. Кеңесшіге өз тіліңізде жаза аласыз.",
    );
  });

  it.each([
    ["kk", "мен жалғызбын, маған өте қиын, сөйлесетін ешкім жоқ", "Қазір сізге қатты ауыр сияқты"],
    ["ru", "мне тяжело, мне не с кем поговорить", "Похоже, вам сейчас очень тяжело"],
    ["en", "it's hard, I have no one to talk to", "That sounds really hard"],
  ] as const)(
    "someone struggling gets support and a counselor, never theology (%s)",
    async (locale, text, support) => {
      const person = h.user({ language_code: locale });
      await person.send(text);
      expect(person.texts()).toHaveLength(1);
      expect(person.lastText()).toContain(support);
      expect(person.lastText()).toContain("112");
      expect(person.buttons()[0]).toBe(TALK[locale]);
      for (const question of questionsOf("faith", locale)) expect(person.lastText()).not.toContain(question);
      // one tap to the support answer
      await person.press(
        {
          kk: "Дәл қазір не көмектесе алады",
          ru: "Что может помочь прямо сейчас",
          en: "What can help right now",
        }[locale],
      );
      expect(person.lastText().split("\n")[0]).toBe(entry("emotional-support")[locale].question);
    },
  );

  it("a frightened person who also asks something plain gets support first, then what they asked as a choice", async () => {
    const person = h.user({ language_code: "ru" });
    await person.send(
      "Добрый вечер. У меня муж последние три месяца как подменили: отрастил бороду, перестал ходить к моим " +
        "родственникам, называет всех вокруг заблудшими, постоянно сидит в телеграме. Я не против религии, но " +
        "мне страшно. Как понять, это просто вера или его куда-то затягивают?",
    );
    // One message: support first, the question asked as a choice under it.
    const [reply = "", ...rest] = person.texts();
    expect(rest).toEqual([]);
    const at = reply.indexOf("Не то, что вы искали?");
    expect(at).toBeGreaterThan(0);
    const [support, choice] = [reply.slice(0, at), reply.slice(at)];
    expect(support).toContain("Похоже, вам сейчас очень тяжело");
    expect(choice).toContain(entry("warning-signs").ru.question);
    for (const question of questionsOf("faith", "ru")) expect(choice).not.toContain(question);
  });

  it("tells someone whose language the counselors do not speak, where a counselor is offered", async () => {
    const person = h.user({ language_code: "en" });
    await person.send("i feel so lonely, nobody to talk to");
    expect(person.lastText()).toContain(
      "Counselors on this service speak Kazakh and Russian. English is not among them",
    );
  });

  it.each([
    ["ru", "ты тупой бот", "Простите, что не помог."],
    ["kk", "сен ақымақ бот екенсің", "Кешіріңіз, көмектесе алмадым."],
    ["en", "you are a useless stupid bot", "I'm sorry I could not help."],
  ] as const)("an insult gets a kind short reply, never a law entry (%s: %s)", async (locale, text, kind) => {
    const person = h.user({ language_code: locale });
    await person.send(text);
    expect(person.texts()).toEqual([expect.stringContaining(kind)]);
    for (const question of questionsOf("law", locale)) expect(person.lastText()).not.toContain(question);
    expect(JSON.stringify(person.last()?.replyMarkup)).toContain('"talk:nomatch"');
  });

  it.each([
    ["ru", "Павлодар", "Рядом с городом Павлодар"],
    ["ru", "куда обратиться в Шымкенте", "Рядом с городом Шымкент центров я пока не знаю"],
    ["ru", "телефон центра в Павлодаре", "Рядом с городом Павлодар"],
    ["kk", "Шымкентте қайда баруға болады?", "Шымкент маңында мен білетін орталық әзірге жоқ"],
    ["kk", "Pavlodarda ortalyq bar ma", "Павлодар маңында мен білетін орталық әзірге жоқ"],
    ["en", "where to go in Pavlodar", "I don't know of any center near Pavlodar"],
  ] as const)(
    "a typed city reaches the center directory, not the knowledge base (%s: %s)",
    async (locale, text, heading) => {
      const person = h.user({ language_code: locale });
      await person.send(text);
      const [first] = person.texts();
      expect(first).toMatch(new RegExp(`^${heading}`));
      for (const item of base.entries) expect(first).not.toContain(item[locale].question);
    },
  );

  it("a request for a center without a city asks where", async () => {
    const person = h.user({ language_code: "ru" });
    await person.send("где ближайший центр помощи?");
    expect(person.lastText()).toContain("Где искать?");
  });

  it("a weak match asks who it is about, then offers what speaks to that person (ru, kk, en)", async () => {
    for (const [locale, text, lead, family, what] of [
      [
        "ru",
        "что делать с группой",
        "Чтобы найти нужный ответ: о ком идёт речь?",
        "👪 О близком человеке",
        "Что тревожит больше всего?",
      ],
      [
        "kk",
        "не істеуім керек, көмектесіңізші",
        "Дұрыс жауап табу үшін: әңгіме кім туралы?",
        "👪 Жақын адамым туралы",
        "Сізді ең көп не алаңдатады?",
      ],
      [
        "en",
        "help me please",
        "To find the right answer: who is this about?",
        "👪 About someone close to me",
        "What worries you most?",
      ],
    ] as const) {
      const person = h.user({ language_code: locale });
      await person.send(text);
      expect(person.texts()).toEqual([lead]);
      await person.press(family);
      const offered = person.lastText();
      expect(offered.split("\n")[0]).toContain(what);
      const listed = offered.split("\n").filter((line) => /^\d\. /.test(line));
      expect(listed.length).toBeGreaterThan(0);
      // only entries for a family (or for anyone) are offered to someone asking about a relative
      for (const line of listed) {
        const offeredEntry = base.entries.find((item) => line.endsWith(item[locale].question));
        expect(offeredEntry?.audience, line).not.toBe("self");
      }
      const first = listed[0]!.replace(/^\d\. /, "");
      await person.press(choiceTitle(1, first));
      expect(person.lastText().split("\n")[0]).toBe(first);
    }
    // The clarifying question keeps entries' ids, never the message.
    expect(await h.db.dump()).not.toContain("что делать с группой");
  });

  it.each([
    ["en", "my son wants to go abroad to study religion", "relative-wants-to-travel"],
    ["ru", "сын хочет уехать учиться исламу за границу", "relative-wants-to-travel"],
    ["kk", "ұлым шетелге дін оқуына кеткісі келеді", "relative-wants-to-travel"],
    ["en", "I want to go abroad to study religion", "study-abroad"],
    ["ru", "я хочу уехать учиться исламу за границу", "study-abroad"],
  ] as const)(
    "an answer about travel speaks to a parent when the person said 'my son' (%s: %s)",
    async (locale, text, id) => {
      const person = h.user({ language_code: locale });
      await person.send(text);
      // The entry that speaks to this person comes first: as the answer, or first in the list offered.
      const [first = ""] = person.texts();
      const [heading = "", , firstOffered = ""] = first.split("\n");
      expect([heading, firstOffered.replace(/^1\. /, "")]).toContain(entry(id)[locale].question);
    },
  );

  it.each([
    ["kk", "Бір ғана шегі бар, оны алдын ала айтамыз"],
    ["ru", "Единственный предел, о котором говорим сразу"],
    ["en", "The one limit, said up front"],
  ] as const)(
    "says the same limit of confidentiality in the welcome and in the answers (%s)",
    async (locale, start) => {
      const person = h.user({ language_code: locale });
      await person.send("/start");
      const welcome = person.texts()[0] ?? "";
      // The welcome's bullet: "What you write stays confidential. The one limit, said up front: …"
      const limit = (welcome.split("\n").find((line) => line.includes(start)) ?? "").replace(/^• /, "");
      expect(limit.length).toBeGreaterThan(100);
      for (const id of [
        "is-this-anonymous",
        "when-confidentiality-ends",
        "who-are-counselors",
        "fear-of-police",
        "will-they-find-me",
        "parents-will-find-out",
      ])
        expect(entry(id)[locale].answer, id).toContain(limit);
      // What a relative who asks about someone afraid of the police is told (addressed.ts).
      for (const id of ["fear-of-police", "will-they-find-me"])
        expect(entry(id)[locale].family, `${id}, for relatives`).toContain(limit);
      // Both halves of the limit, said calmly: never "a counselor may call emergency services" (issue 10).
      expect(limit).toMatch(
        /тікелей қауіп.*ауыр қылмыс|непосредственная опасность.*тяжкое преступление|immediate danger.*grave crime/,
      );
      for (const item of base.entries)
        expect(`${item[locale].answer}\n${item[locale].family ?? ""}`, item.id).not.toMatch(
          /шұғыл қызметтерді шақыр|привлечь экстренные службы|may involve emergency services/,
        );
    },
  );
});

describe("counselor languages per deployment", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness("pglite", { config: { COUNSELOR_LANGUAGES: ["kk", "ru", "en"] } });
  });
  afterAll(() => h.close());

  it("says English is spoken when the deployment says so", async () => {
    const person = h.user({ language_code: "en" });
    await person.send("can a counselor speak English?");
    expect(person.texts()[0]).toContain(
      "Counselors on this service speak Kazakh, Russian and English. You can write to a counselor in your language.",
    );
  });
});
