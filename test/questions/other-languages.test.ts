// A language the bot does not speak, asked for or written in (issue 10: answers a frightened person can trust). Asked
// about: the honest answer about languages, naming theirs: which languages this deployment's counselors speak
// (COUNSELOR_LANGUAGES), that they may write in Kazakh, Russian or English, and 114. Written in (journeys32: a Turkish
// mother got a Kazakh FAQ entry titled "Can I write in English?", rated with 👍/👎): no entry at all, but a kind word in
// all three languages, the closest first, the three as buttons and a person, to whom what they wrote is passed.
// Never a wrong answer, and never "you can write to a counselor in your language".
import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "../../src/config/index.ts";
import { counselor, deskHooks, openCaseOf, topicOf } from "../counselors/helpers.ts";
import { DATABASE_KINDS, type Harness, harnessHooks } from "../support/harness.ts";
import { entry, shownFirst } from "../support/knowledge.ts";
import { say, storedSession } from "../support/words.ts";

const LANGUAGES = entry("counselor-languages");

/** Asked in Kazakh, Russian or English about another language: answered in the language asked in. */
const ASKED: readonly { locale: Locale; text: string; language: string }[] = [
  { locale: "ru", text: "можно на узбекском?", language: "uz" },
  { locale: "ru", text: "Есть консультант, который говорит по-киргизски?", language: "ky" },
  { locale: "ru", text: "а по-таджикски с вами можно поговорить", language: "tg" },
  { locale: "kk", text: "өзбекше сөйлесе бола ма", language: "uz" },
  { locale: "kk", text: "Кеңесшілер түрікше біле ме?", language: "tr" },
  { locale: "kk", text: "ұйғыр тілінде жазсам бола ма", language: "ug" },
  { locale: "en", text: "speak uzbek?", language: "uz" },
  { locale: "en", text: "Can I write to the counselor in Chinese?", language: "zh" },
  { locale: "en", text: "does anyone here speak German", language: "de" },
];

/** Written in another language, under a Russian Telegram: answered in the closest of ours, which then stays. */
const WRITTEN: readonly { text: string; language: string; locale: Locale }[] = [
  { text: "o'zbek tilida gaplashsa bo'ladimi", language: "uz", locale: "kk" },
  { text: "Salom, menga yordam kerak, o'g'lim yomon guruhga qo'shildi", language: "uz", locale: "kk" },
  {
    text: "Ассалому алайкум, ўғлим ёмон одамлар билан юрибди, нима қилишим керак?",
    language: "uz",
    locale: "kk",
  },
  { text: "Саламатсызбы, уулум жаман топко кошулуп калды, эмне кылам?", language: "ky", locale: "kk" },
  // Kyrgyz in Latin letters was read as Kazakh: "I have no ready answer", in Kazakh.
  {
    text: "salamatsyzby, uulum bir topko koshulup kaldy, emne kylyshym kerek?",
    language: "ky",
    locale: "kk",
  },
  { text: "Merhaba, yardım istiyorum, oğlum kötü bir gruba katıldı", language: "tr", locale: "kk" },
  { text: "Hallo, ich brauche Hilfe, mein Sohn ist in einer Gruppe", language: "de", locale: "en" },
  { text: "你好，我的儿子加入了一个奇怪的团体，我该怎么办", language: "zh", locale: "en" },
];

/** The reply names the language, the counselors' languages, kk/ru/en for writing, and 114; never "yours is served". */
function expectHonest(reply: string, locale: Locale, language: string, spoken: string): void {
  expect(shownFirst(reply), reply).toBe(LANGUAGES[locale].question);
  expect(reply).toContain(say(locale, "faq-counselor-languages", { languages: spoken }));
  expect(reply).toContain(say(locale, "faq-counselor-language-foreign", { language }));
  expect(reply).not.toContain(say(locale, "faq-counselor-language-served"));
  expect(reply).toContain("114");
}

/** "Kazakh and Russian" as each language says it: the default COUNSELOR_LANGUAGES. */
const KK_RU: Record<Locale, string> = {
  kk: `${say("kk", "faq-language-spoken", { code: "kk" })} ${say("kk", "faq-and")} ${say("kk", "faq-language-spoken", { code: "ru" })}`,
  ru: `${say("ru", "faq-language-spoken", { code: "kk" })} ${say("ru", "faq-and")} ${say("ru", "faq-language-spoken", { code: "ru" })}`,
  en: `${say("en", "faq-language-spoken", { code: "kk" })} ${say("en", "faq-and")} ${say("en", "faq-language-spoken", { code: "ru" })}`,
};

describe.each(DATABASE_KINDS)("a language the bot does not speak, on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, {}, (harness) => {
    h = harness;
  });

  it.each(ASKED)(
    "$locale: '$text' is told honestly which languages there are",
    async ({ locale, text, language }) => {
      const person = h.user({ language_code: locale });
      await person.send(text);
      expectHonest(person.lastText() ?? "", locale, language, KK_RU[locale]);
      // Asked about, not written in: the language the person writes in stays theirs.
      expect((await storedSession(h, person))?.writtenLocale).toBeUndefined();
    },
  );

  it.each(WRITTEN)(
    "'$text' is told kindly in all three languages, the closest first, and offered them",
    async ({ text, language, locale }) => {
      const person = h.user({ language_code: "ru" });
      await person.send(text);
      const reply = person.lastText() ?? "";
      const order = [locale, ...LOCALES.filter((other) => other !== locale)];
      const said = order.map((ours) =>
        reply.indexOf(say(ours, "faq-counselor-language-foreign", { language })),
      );
      expect(
        said.every((at) => at >= 0),
        reply,
      ).toBe(true);
      expect([...said].sort((a, b) => a - b)).toEqual(said);
      for (const ours of LOCALES) {
        expect(reply).toContain(say(ours, "faq-counselor-languages", { languages: KK_RU[ours] }));
        expect(reply).toContain(say(ours, "other-language-sorry"));
      }
      // No entry of the knowledge base, and nothing to rate.
      expect(shownFirst(reply)).not.toBe(LANGUAGES[locale].question);
      expect(person.buttons()).not.toContain(say(locale, "faq-helpful-yes"));
      expect(person.buttons()).toEqual(
        expect.arrayContaining(["Қазақша", "Русский", "English", say(locale, "menu-talk")]),
      );
      expect((await storedSession(h, person))?.writtenLocale).toBe(locale);
      await person.press("Русский");
      expect(person.lastText()).toContain(say("ru", "language-changed"));
      expect(person.buttons()).toContain(say("ru", "menu-talk"));
    },
  );
});

describe.each(DATABASE_KINDS)(
  "written in a language the bot does not speak, to a counselor, on %s",
  (kind) => {
    let h: Harness;
    deskHooks(kind, {}, (harness) => {
      h = harness;
    });

    it("'talk to a person' passes what they wrote: nothing to repeat", async () => {
      const dana = await counselor(h, { first_name: "Dana" }, "Дана");
      const person = h.user({ language_code: "ru" });
      const words = "Merhaba, yardım istiyorum, oğlum kötü bir gruba katıldı";
      await person.send(words);
      await person.press(say("kk", "menu-talk"));
      await person.press(say("kk", "consent-allow"));
      const item = await openCaseOf(h, person);
      await dana.pressInGroup("✋ Взять", { threadId: topicOf(item) });
      expect(dana.texts()).toContain(words);
    });
  },
);

describe.each(DATABASE_KINDS)("the languages of another deployment on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, { config: { COUNSELOR_LANGUAGES: ["kk", "ru", "en"] } }, (harness) => {
    h = harness;
  });

  it("names the counselors' languages from COUNSELOR_LANGUAGES", async () => {
    const person = h.user({ language_code: "en" });
    await person.send("can a counselor speak Uzbek?");
    const spoken = ["kk", "ru"].map((code) => say("en", "faq-language-spoken", { code })).join(", ");
    expectHonest(
      person.lastText() ?? "",
      "en",
      "uz",
      `${spoken} and ${say("en", "faq-language-spoken", { code: "en" })}`,
    );
  });
});
