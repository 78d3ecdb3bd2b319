import { describe, expect, it } from "vitest";
import { textToMatch } from "../../src/knowledge/browse.ts";
import { type FaqEntry, type FaqLocale, faqLocales } from "../../src/knowledge/schema.ts";
import {
  answerMessages,
  choiceTitle,
  escapeHtml,
  MAX_CHOICE_TITLE_CHARS,
} from "../../src/questions/render.ts";
import { testContent } from "../support/content.ts";
import { DATABASE_KINDS, type Harness, harnessHooks } from "../support/harness.ts";
import { entry } from "../support/knowledge.ts";
import { playScript } from "../support/simulate.ts";

const { base } = testContent().knowledge;
const inCategory = (category: string) => base.entriesByCategory.get(category) ?? [];

const LABELS = {
  ru: {
    menu: "❓ Вопросы и ответы",
    families: "Для семьи",
    faith: "Вопросы веры",
    next: "Следующие ▶️",
    previous: "◀️ Предыдущие",
    topics: "⬅️ Все темы",
    yes: "👍 Помогло",
    no: "👎 Не помогло",
    talk: "💬 Поговорить с человеком",
    allow: "✅ Разрешить",
    decline: "Не сейчас",
  },
  kk: { menu: "❓ Сұрақтар мен жауаптар", families: "Отбасы үшін", next: "Келесілері ▶️" },
  en: { menu: "❓ Questions and answers", families: "For families", next: "Next ▶️" },
} as const;

/** The rating rows of the statistics as "verdict.entry=count", whatever the day. */
async function counts(h: Harness): Promise<string[]> {
  const rows = await h.db.sql.query<{ detail: string; entry: string; count: number }>(
    "SELECT detail, entry, count FROM daily_event WHERE kind = 'faq.rated' ORDER BY detail, entry",
  );
  return rows.map((row) => `faq.${row.detail}.${row.entry}=${row.count}`);
}

/** Where the router sends a message: the tests below check that the bot acts on it. */
function verdict(text: string, locale: FaqLocale) {
  return testContent().knowledge.router.route(textToMatch(text), { locale }).route;
}

describe.each(DATABASE_KINDS)("the knowledge base on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, {}, (harness) => {
    h = harness;
  });

  it("browses topics → a page → an answer → a related answer → back to its page (ru)", async () => {
    const anna = h.user({ language_code: "ru" });
    await anna.send("/start");
    await anna.press(LABELS.ru.menu);
    expect(anna.lastText()).toContain("Выберите тему");
    expect(anna.buttons()).toEqual([...base.categories.map((category) => category.ru), "☰ Меню"]);

    const families = inCategory("families");
    await anna.press(LABELS.ru.families);
    expect(anna.lastText()).toMatch(new RegExp(`^Для семьи: вопросы 1–6 из ${families.length}`));
    expect(anna.lastText()).toContain(`1. ${families[0]?.ru.question}`);
    // Each question's button: the list's number and the question's first words.
    expect(anna.buttons()).toEqual([
      ...families.slice(0, 6).map((item, index) => choiceTitle(index + 1, item.ru.question)),
      LABELS.ru.next,
      LABELS.ru.topics,
    ]);

    // Pages are redrawn in place: no new message.
    const shown = anna.messages().length;
    await anna.press(LABELS.ru.next);
    expect(anna.messages()).toHaveLength(shown);
    expect(anna.lastText()).toMatch(
      new RegExp(`^Для семьи: вопросы 7–${families.length} из ${families.length}`),
    );
    expect(anna.buttons()).toContain(LABELS.ru.previous);
    expect(anna.buttons()).not.toContain(LABELS.ru.next);

    const eighth = families[7]!;
    await anna.press(choiceTitle(8, eighth.ru.question));
    const answer = anna.last()!;
    expect(answer.text).toBe(`${eighth.ru.question}\n\n${eighth.ru.answer.trim()}`);
    expect(answer.entities).toContainEqual(expect.objectContaining({ type: "bold", offset: 0 }));
    const related = entry(eighth.related[0]!);
    expect(anna.buttons()).toEqual([
      LABELS.ru.yes,
      LABELS.ru.no,
      ...eighth.related.map((id) => `↪ ${entry(id).ru.question}`),
      LABELS.ru.talk,
      "⬅️ Для семьи",
    ]);

    await anna.press(`↪ ${related.ru.question}`);
    expect(anna.lastText()).toMatch(new RegExp(`^${escapeRegExp(related.ru.question)}`));
    const relatedCategory = base.categories.find((category) => category.id === related.category)!;
    const position = inCategory(related.category).indexOf(related);
    await anna.press(`⬅️ ${relatedCategory.ru}`);
    const first = Math.floor(position / 6) * 6 + 1;
    expect(anna.lastText()).toMatch(new RegExp(`^${relatedCategory.ru}: вопросы ${first}–`));
    expect(anna.lastText()).toContain(`${position + 1}. ${related.ru.question}`);

    await anna.press(LABELS.ru.topics);
    expect(anna.lastText()).toContain("Выберите тему");
    await anna.press("☰ Меню");
    expect(anna.buttons()).toContain(LABELS.ru.menu);
  });

  it("browses in Kazakh and English with the position shown in each language", async () => {
    const families = inCategory("families");
    const aigerim = h.user({ language_code: "kk" });
    await aigerim.send("/menu");
    await aigerim.press(LABELS.kk.menu);
    expect(aigerim.buttons()).toContain("Дін туралы сұрақтар");
    await aigerim.press(LABELS.kk.families);
    expect(aigerim.lastText()).toMatch(new RegExp(`^Отбасы үшін: ${families.length} сұрақтың 1–6`));
    await aigerim.press(choiceTitle(2, families[1]!.kk.question));
    expect(aigerim.lastText()).toMatch(new RegExp(`^${escapeRegExp(families[1]!.kk.question)}`));
    expect(aigerim.buttons()).toEqual(
      expect.arrayContaining(["👍 Көмектесті", "👎 Көмектеспеді", "💬 Адаммен сөйлесу"]),
    );

    const john = h.user({ language_code: "en" });
    await john.send("/menu");
    await john.press(LABELS.en.menu);
    await john.press(LABELS.en.families);
    await john.press(LABELS.en.next);
    expect(john.lastText()).toMatch(
      new RegExp(`^For families: questions 7–${families.length} of ${families.length}`),
    );
    await john.press(choiceTitle(7, families[6]!.en.question));
    expect(john.lastText()).toMatch(new RegExp(`^${escapeRegExp(families[6]!.en.question)}`));
    expect(john.buttons()).toContain("⬅️ For families");
  });

  it("shows every page of a long topic with its position, and a page past the end as the last one", async () => {
    const faith = inCategory("faith");
    const pages = Math.ceil(faith.length / 6);
    expect(pages).toBeGreaterThanOrEqual(3);
    const person = h.user({ language_code: "ru" });
    await person.send("/menu");
    await person.press(LABELS.ru.menu);
    await person.press(LABELS.ru.faith);
    const seen: string[] = [];
    for (let page = 0; page < pages; page++) {
      if (page > 0) await person.press(LABELS.ru.next);
      seen.push(person.lastText().split("\n")[0]!);
    }
    expect(seen).toEqual(
      Array.from(
        { length: pages },
        (_, page) =>
          `Вопросы веры: вопросы ${page * 6 + 1}–${Math.min(page * 6 + 6, faith.length)} из ${faith.length}`,
      ),
    );
    await person.press(LABELS.ru.previous);
    expect(person.lastText()).toMatch(/^Вопросы веры: вопросы 7–12/);

    await person.pressForged("faq-page:faith:999:new");
    expect(person.lastText().split("\n")[0]).toBe(seen.at(-1));
  });

  it("answers stale and forged buttons kindly", async () => {
    const person = h.user({ language_code: "en" });
    await person.send("/menu");
    await person.pressForged("faq-open:no-such-answer");
    expect(person.lastText()).toMatch(/^Sorry, this is no longer available\.\n\nChoose a topic/);
    expect(person.buttons()).toContain("For families");

    await person.pressForged("faq-page:no-such-topic:0:edit");
    expect(person.lastText()).toMatch(/^Sorry, this is no longer available\./);

    await person.pressForged("faq-rate:yes:no-such-answer");
    expect(h.telegram.callsTo("answerCallbackQuery").at(-1)?.payload.text).toBe("Thank you for telling me.");
    expect(await counts(h)).toEqual([]);

    // Data that does not parse at all is the unhandled feature's.
    await person.pressForged("faq-page:families:-1:edit");
    expect(h.telegram.callsTo("answerCallbackQuery").at(-1)?.payload.text).toBe(
      "This button is no longer active. Here is the menu again.",
    );
  });

  it("counts ratings only under the statistics consent, and offers that consent once", async () => {
    const person = h.user({ language_code: "ru" });
    const signs = entry("warning-signs");
    const talk = entry("talk-to-relative");
    await person.send("/menu");
    await person.pressForged(`faq-open:${signs.id}`);
    await person.press(LABELS.ru.yes);
    expect(h.telegram.callsTo("answerCallbackQuery").at(-1)?.payload.text).toBe("Спасибо, что ответили.");
    expect(await counts(h)).toEqual([]);
    // The rated answer keeps its other buttons but cannot be rated twice.
    const answer = person.messages().find((message) => message.text?.startsWith(signs.ru.question));
    const answerButtons = h.telegram.buttonsOf(answer!).map((button) => button.text);
    expect(answerButtons).not.toContain(LABELS.ru.yes);
    expect(answerButtons).toContain(LABELS.ru.talk);
    expect(person.lastText()).toContain("Можно учитывать, без связи с вами");

    await person.press(LABELS.ru.decline);
    expect(await counts(h)).toEqual([]);

    await person.pressForged(`faq-open:${talk.id}`);
    const before = person.messages().length;
    await person.press(LABELS.ru.no);
    expect(person.messages()).toHaveLength(before);
    expect(await counts(h)).toEqual([]);

    // Someone else allows it when asked: the rating that led to the question counts too.
    const other = h.user({ language_code: "ru" });
    await other.send("/menu");
    await other.pressForged(`faq-open:${signs.id}`);
    await other.press(LABELS.ru.no);
    await other.press(LABELS.ru.allow);
    expect(await counts(h)).toEqual([`faq.unhelpful.${signs.id}=1`]);
    await other.pressForged(`faq-open:${talk.id}`);
    await other.press(LABELS.ru.yes);
    await other.pressForged(`faq-open:${signs.id}`);
    await other.press(LABELS.ru.no);
    expect(await counts(h)).toEqual([`faq.helpful.${talk.id}=1`, `faq.unhelpful.${signs.id}=2`]);
    expect(await h.db.dump()).not.toContain("faqPendingRating");
  });

  it.each([
    ["kk", "Cyrillic Kazakh", "жиһад деген не", "meaning-of-jihad"],
    ["ru", "Russian with a typo", "какие организацыи запрещены в казахстане", "banned-organizations"],
    ["en", "English", "is this chat really anonymous", "is-this-anonymous"],
    ["kk", "Kazakh in Latin letters", "bul chat anonimdi me", "is-this-anonymous"],
  ] as const)("answers a confident match directly (%s, %s)", async (language, _what, text, id) => {
    const found = verdict(text, language);
    if (found.kind !== "answer") throw new Error(`precondition: "${text}" is ${found.kind} for the matcher`);
    expect(found.best.id).toBe(id);
    const person = h.user({ language_code: language });
    const before = h.telegram.callsTo("sendMessage").length;
    await person.send(text);
    // One message, one call: the answer carries the other questions that may be meant, text and buttons.
    expect(h.telegram.callsTo("sendMessage").length - before).toBe(1);
    const [answer, ...rest] = person.texts();
    expect(rest).toEqual([]);
    const shown = entry(id);
    const answerText = `${shown[language].question}\n\n${shown[language].answer.trim()}`;
    const category = base.categories.find((item) => item.id === shown.category)!;
    const answerButtons = [
      { kk: "👍 Көмектесті", ru: LABELS.ru.yes, en: "👍 This helped" }[language],
      { kk: "👎 Көмектеспеді", ru: LABELS.ru.no, en: "👎 Did not help" }[language],
      // an entry offered as a numbered choice is not offered again as a related one
      ...shown.related
        .filter((related) => !found.alternatives.some((result) => result.id === related))
        .map((related) => `↪ ${entry(related)[language].question}`),
    ];
    const talk = { kk: "💬 Адаммен сөйлесу", ru: LABELS.ru.talk, en: "💬 Talk to a person" }[language];
    const back = `⬅️ ${category[language]}`;
    if (found.alternatives.length === 0) {
      expect(answer).toBe(answerText);
      expect(person.buttons()).toEqual([...answerButtons, talk, back]);
      return;
    }
    const notWhatYouMeant = {
      kk: "Іздегеніңіз бұл емес пе? Мүмкін, мына сұрақтардың бірі:",
      ru: "Не то, что вы искали? Возможно, один из этих вопросов:",
      en: "Not what you meant? Perhaps one of these:",
    };
    const others = found.alternatives.map((result) => entry(result.id)[language].question);
    expect(answer).toBe(
      [
        answerText,
        "",
        notWhatYouMeant[language],
        "",
        ...others.map((question, index) => `${index + 1}. ${question}`),
      ].join("\n"),
    );
    const titles = others.map((question, index) => choiceTitle(index + 1, question));
    expect(person.buttons()).toEqual([
      ...answerButtons,
      ...titles,
      talk,
      back,
      { kk: "❓ Барлық сұрақтар", ru: "❓ Все вопросы", en: "❓ All questions" }[language],
    ]);
    // Rating it takes only the rating buttons away: the other questions stay on the answer.
    await person.press(answerButtons[0]!);
    expect(h.telegram.buttonsOf(person.messages()[0]!).map((button) => button.text)).toEqual([
      ...answerButtons.slice(2),
      ...titles,
      talk,
      back,
      { kk: "❓ Барлық сұрақтар", ru: "❓ Все вопросы", en: "❓ All questions" }[language],
    ]);
    await person.press(titles[0]!);
    expect(person.lastText()).toMatch(
      new RegExp(`^${escapeRegExp(entry(found.alternatives[0]!.id)[language].question)}\n\n`),
    );
  });

  it("offers the candidates of a weak match", async () => {
    const text = "родственник переписывается с незнакомыми";
    const found = verdict(text, "ru");
    if (found.kind !== "choices") throw new Error(`precondition: "${text}" is ${found.kind} for the matcher`);
    const person = h.user({ language_code: "ru" });
    await person.send(text);
    expect(person.texts()).toEqual([
      [
        "Возможно, вы имели в виду один из этих вопросов?",
        "",
        ...found.candidates.map((result, index) => `${index + 1}. ${entry(result.id).ru.question}`),
      ].join("\n"),
    ]);
    expect(person.buttons()).toEqual([
      ...found.candidates.map((result, index) => choiceTitle(index + 1, entry(result.id).ru.question)),
      LABELS.ru.talk,
      "❓ Все вопросы",
    ]);
    expect(JSON.stringify(person.last()?.replyMarkup)).toContain('"talk:nomatch"');
  });

  it("says honestly when nothing fits, offering a counselor and the hotline", async () => {
    for (const [language, text, honest] of [
      ["ru", "рецепт плова", "На это у меня нет готового ответа."],
      // not "hello": a greeting alone gets a friendly word and the menu (courtesy.test.ts)
      ["en", "pilaf recipe", "I don't have a ready answer to that."],
      ["kk", "палау рецепті", "Бұл сұраққа менде дайын жауап жоқ."],
    ] as const) {
      const person = h.user({ language_code: language });
      await person.send(text);
      expect(person.texts()).toHaveLength(1);
      expect(person.lastText()).toContain(honest);
      expect(person.lastText()).toContain("114");
      expect(JSON.stringify(person.last()?.replyMarkup)).toContain('"talk:nomatch"');
    }
  });

  it("answers a crisis message with the emergency numbers first, never with an answer before them", async () => {
    const person = h.user({ language_code: "ru" });
    await person.send("я больше не могу, хочу умереть");
    const replies = person.texts();
    expect(replies[0]).toContain("112");
    const questions = new Set(base.entries.map((candidate) => candidate.ru.question));
    expect(replies.some((reply) => questions.has(reply.split("\n")[0]!))).toBe(false);
  });

  it("matches a huge message on its beginning, never echoes it and never logs it", async () => {
    const person = h.user({ language_code: "ru" });
    const secret = "Айгерим-Секретная-Фамилия";
    const text = `Что значит джихад на самом деле? ${secret} ${"очень длинное письмо ".repeat(200)}`.slice(
      0,
      4000,
    );
    const started = performance.now();
    await person.send(text);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(person.texts()[0]).toMatch(new RegExp(`^${escapeRegExp(entry("meaning-of-jihad").ru.question)}`));
    expect(person.texts().join("\n")).not.toContain(secret);
    expect(h.logs()).not.toContain(secret);
    expect(h.logs()).not.toContain("джихад");
    expect(await h.db.dump()).not.toContain(secret);
  });

  it("runs scenarios/scripts/knowledge-kk.txt in the simulator: browse, rate, then ask in own words", async () => {
    const transcript = await playScript(h, "knowledge-kk.txt", "kk");
    const repliesTo = (line: string) => {
      const start = transcript.indexOf(`\nyou › ${line}\n`);
      expect(start, line).toBeGreaterThanOrEqual(0);
      const end = transcript.indexOf("\nyou › ", start + 1);
      return transcript.slice(start, end === -1 ? undefined : end);
    };
    const talk = entry("talk-to-relative");
    expect(transcript).toContain("bot (edited) › Отбасы үшін: 9 сұрақтың 1–6");
    expect(transcript).toContain(`bot › ${talk.kk.question}\n`);
    expect(transcript).toContain("bot (popup) › Жауабыңызға рахмет.");
    expect(transcript).toContain("Түсіндім, ештеңе сақталмайды.");
    expect(repliesTo("жиһад деген не")).toContain(`bot › ${entry("meaning-of-jihad").kk.question}\n`);
    expect(repliesTo("bul chat anonimdi me")).toContain(`bot › ${entry("is-this-anonymous").kk.question}\n`);
    expect(repliesTo("палау рецепті")).toContain("bot › Бұл сұраққа менде дайын жауап жоқ.");
    expect(transcript).not.toContain("the bot failed");
    expect(await counts(h)).toEqual([]);
  });

  it("leaves commands to the other features", async () => {
    const person = h.user({ language_code: "en" });
    await person.send("/jihad");
    expect(person.lastText()).toContain("I don't know the command /jihad");
  });
});

describe("answer messages", () => {
  const ctx = {
    t: (key: string, args?: Record<string, unknown>) => `${key}${args ? JSON.stringify(args) : ""}`,
    app: { config: { COUNSELOR_LANGUAGES: ["kk", "ru", "en"] } },
  };

  it("fit in a Telegram message in every language", async () => {
    for (const candidate of base.entries) {
      for (const locale of faqLocales) {
        const [answer, ...rest] = await answerMessages(ctx as never, base, candidate, locale);
        expect(answer!.text.length, `${candidate.id} ${locale}`).toBeLessThan(4096);
        expect(rest).toEqual([]);
      }
    }
  });

  it("title each question's button with its number and first words, short enough for a phone", () => {
    for (const candidate of base.entries) {
      for (const locale of faqLocales) {
        const title = choiceTitle(12, candidate[locale].question);
        expect(title.length, `${candidate.id} ${locale}: ${title}`).toBeLessThanOrEqual(
          MAX_CHOICE_TITLE_CHARS,
        );
        expect(title.length, title).toBeGreaterThan(MAX_CHOICE_TITLE_CHARS / 2 - 1);
        expect(title.startsWith("12. "), title).toBe(true);
        const words = title.slice(4).replace(/…$/, "");
        expect(candidate[locale].question.startsWith(words), title).toBe(true);
      }
    }
    expect(choiceTitle(1, "Is this chat anonymous?")).toBe("1. Is this chat anonymous?");
    expect(choiceTitle(3, "How do I talk to my son about the group he joined?")).toBe(
      "3. How do I talk to my son about…",
    );
  });

  it("escape the characters HTML would read as markup", async () => {
    expect(escapeHtml("a < b && c > d")).toBe("a &lt; b &amp;&amp; c &gt; d");
    const tricky: FaqEntry = {
      ...entry("warning-signs"),
      en: { question: "Is <b> & co a sign?", answer: "Sometimes 2 < 3 & 4 > 1.", keywords: ["x"] },
    };
    expect((await answerMessages(ctx as never, base, tricky, "en"))[0]!.text).toBe(
      "<b>Is &lt;b&gt; &amp; co a sign?</b>\n\nSometimes 2 &lt; 3 &amp; 4 &gt; 1.",
    );
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
