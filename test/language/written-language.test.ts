// The language a person writes in: many people in Kazakhstan keep Telegram in Russian and write in
// Kazakh, or have no language set and write in English. They are answered in the language they
// write, the buttons they press next follow it, and their own /language choice always wins.
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import { writtenLanguage } from "../../src/knowledge/message.ts";
import { DATABASE_KINDS, type Harness, harnessHooks } from "../support/harness.ts";
import { say, storedSession } from "../support/words.ts";

describe("writtenLanguage", () => {
  it("reads Kazakh in Cyrillic and in Latin letters, Russian in either script, and English", () => {
    expect(writtenLanguage("Қызым туралы сұрағым бар, кімге жазамын?")).toBe("kk");
    expect(writtenLanguage("inim jaña dostarymen ketip qaldy, ne isteimin")).toBe("kk");
    expect(writtenLanguage("ulym mektepke barmai jur, ne isteu kerek")).toBe("kk");
    expect(writtenLanguage("брат перестал с нами общаться, что делать")).toBe("ru");
    expect(writtenLanguage("brat perestal s nami obshchatsya, chto delat")).toBe("ru");
    expect(writtenLanguage("my brother stopped talking to us, what can we do")).toBe("en");
  });

  it("reads Kazakh typed on a Russian keyboard (і as ы, ө as о, ә as э), and keeps Russian Russian", () => {
    expect(writtenLanguage("сэлем, улым озгерып кеттп, сакал осырды, бызбен сойлеспейды")).toBe("kk");
    expect(writtenLanguage("кызым мешитке барып жур, бызге айтпайды")).toBe("kk");
    expect(writtenLanguage("балам сакал койып, бызбен сойлеспей жур, не ыстеймын")).toBe("kk");
    for (const text of [
      "мой сын отрастил бороду и перестал с нами разговаривать",
      "мэр города сказал, что всё будет хорошо",
      "я слушаю рэп и хожу в кино с друзьями",
      "Кыргызстан граничит с Казахстаном, я там был",
      "он сыпал соль, и этот тип был странный",
    ])
      expect(writtenLanguage(text), text).toBe("ru");
  });

  it("lets a word or two, a number or a city decide nothing", () => {
    for (const text of ["ok", "спасибо", "рахмет", "сәлем", "hi", "2", "Шымкент", "menu"])
      expect(writtenLanguage(text), text).toBeUndefined();
    // Nonsense is no language, whatever letters it has.
    expect(writtenLanguage("zzqx vlorp brimble")).toBeUndefined();
  });
});

describe.each(DATABASE_KINDS)("answering in the language written on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, {}, (harness) => {
    h = harness;
  });

  it("answers Kazakh written under a Russian Telegram in Kazakh, and the menu follows", async () => {
    const person = h.user({ language_code: "ru" });
    await person.send("/start");
    expect(person.lastText()).toContain("Здравствуйте");
    await person.send("Сәлеметсіз бе, ұлым біртүрлі адамдармен араласып жүр, не істеймін?");
    expect(person.lastText()).not.toMatch(/[а-я]+ть\b.*что|Здравствуйте/);
    expect(person.texts().at(-1)).toMatch(/[әіңғүұқөһ]/);
    await person.send("/menu");
    expect(person.buttons()).toContain("🌐 Тіл");
  });

  it("answers Kazakh typed on a Russian keyboard under a Russian Telegram in Kazakh", async () => {
    const person = h.user({ language_code: "ru" });
    await person.send("сэлем, улым озгерып кеттп, сакал осырды, бызбен сойлеспейды");
    const answer = person.texts().join("\n");
    expect(answer).toMatch(/[әіңғүұқөһ]/);
    expect(answer).not.toMatch(/Возможно|Здравствуйте/);
    // Russian once is a stray line in a Kazakh conversation; Russian twice in a row is the person's language now.
    await person.send("мой сын отрастил бороду и перестал с нами разговаривать");
    expect(person.texts().at(-1)).toMatch(/[әіңғүұқөһ]/);
    await person.send("он не хочет с нами говорить, что нам делать?");
    expect(person.texts().at(-1)).not.toMatch(/[әіңғүұқөһ]/);
  });

  it("gives the crisis reply in Kazakh to Kazakh in Latin letters", async () => {
    const person = h.user({ language_code: "ru" });
    await person.send("men bugin ozimdi oltiremin, dari dayyn turr");
    expect(person.texts().join("\n")).toContain("112-ге қоңырау шалыңыз");
  });

  it("answers English when Telegram has no language, and Russian again when the person goes on in Russian", async () => {
    const person = h.user({ language_code: undefined });
    await person.send("my brother has new friends who pray with him every night, should I worry?");
    expect(person.buttons().join(" ")).toMatch(/This helped|Talk to a person/);
    await person.send("брат стал молиться по ночам с новыми друзьями, нам стоит переживать?");
    expect(person.buttons().join(" ")).toMatch(/This helped|Talk to a person/);
    await person.send("он перестал с нами разговаривать, что нам делать?");
    expect(person.buttons().join(" ")).toMatch(/Помогло|Поговорить с человеком/);
    await person.send("/menu");
    expect(person.buttons()).toContain("🌐 Язык");
  });

  it("keeps the person's own /language choice whatever they write", async () => {
    const person = h.user({ language_code: "kk" });
    await person.send("/language");
    await person.press("Русский");
    await person.send("Сәлеметсіз бе, ұлым біртүрлі адамдармен араласып жүр, не істеймін?");
    await person.send("/menu");
    expect(person.buttons()).toContain("🌐 Язык");
  });

  it("does not switch on a word or two", async () => {
    const person = h.user({ language_code: "kk" });
    await person.send("спасибо");
    await person.send("/menu");
    expect(person.buttons()).toContain("🌐 Тіл");
  });
});

/** A clear message in each language, for the conversation-language rule below. */
const WRITES: Record<Locale, readonly [string, string]> = {
  kk: [
    "Сәлеметсіз бе, ұлым біртүрлі адамдармен араласып жүр, не істеймін?",
    "Қызым туралы сұрағым бар, кімге жазамын?",
  ],
  ru: ["брат перестал с нами общаться, что делать", "он не хочет с нами говорить, что нам делать?"],
  en: [
    "my brother stopped talking to us, what can we do",
    "he does not want to talk to us, what should we do?",
  ],
};

/** Each conversation's language, and a stray line in another, under a Telegram language that is neither. */
const STRAY: readonly { locale: Locale; telegram: Locale; stray: Locale }[] = [
  { locale: "kk", telegram: "ru", stray: "ru" },
  { locale: "ru", telegram: "kk", stray: "kk" },
  // Kazakh typed in Latin letters, once, in an English conversation.
  { locale: "en", telegram: "ru", stray: "kk" },
];

describe.each(DATABASE_KINDS)("one language per conversation on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, {}, (harness) => {
    h = harness;
  });

  it.each(STRAY)(
    "$locale: one line in $stray changes none of the bot's own lines; two in a row switch",
    async ({ locale, telegram, stray }) => {
      const person = h.user({ language_code: telegram });
      await person.send(WRITES[locale][0]);
      const strayLine =
        stray === "kk" && locale === "en"
          ? "inim jaña dostarymen ketip qaldy, ne isteimin"
          : WRITES[stray][0];
      await person.send(strayLine);
      // The answer's buttons, the menu and the consent question stay in the conversation's language.
      expect(person.buttons()).toContain(say(locale, "menu-talk"));
      await person.send("/menu");
      expect(person.buttons()).toContain(say(locale, "menu-language"));
      await person.press(say(locale, "menu-talk"));
      expect(person.lastText()).toBe(say(locale, "consent-counselor-explain", { carried: "yes" }));
      expect(await storedSession(h, person)).toMatchObject({ writtenSettled: true, writtenSwitch: stray });
      await person.press(say(locale, "consent-decline"));

      // A message with no clear language in between neither confirms nor cancels; the second clear one switches.
      await person.send("ok");
      await person.send(WRITES[stray][1]);
      await person.send("/menu");
      expect(person.buttons()).toContain(say(stray, "menu-language"));
      const session = await storedSession(h, person);
      expect(session?.writtenSwitch).toBeUndefined();
      expect(session?.writtenLocale).toBe(stray === telegram ? undefined : stray);
    },
  );

  it("/language clears what writing decided, and a later stray line does not undo the choice", async () => {
    const person = h.user({ language_code: "ru" });
    await person.send(WRITES.kk[0]);
    await person.send(WRITES.ru[0]);
    await person.send("/language");
    await person.press("English");
    const session = await storedSession(h, person);
    expect(session).toMatchObject({ locale: "en" });
    expect(session).not.toHaveProperty("writtenSwitch");
    expect(session).not.toHaveProperty("writtenLocale");
    await person.send(WRITES.kk[1]);
    await person.send(WRITES.kk[0]);
    await person.send("/menu");
    expect(person.buttons()).toContain(say("en", "menu-language"));
  });
});
