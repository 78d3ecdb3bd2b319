// The language a person writes in: many people in Kazakhstan keep Telegram in Russian and write in
// Kazakh, or have no language set and write in English. They are answered in the language they
// write, the buttons they press next follow it, and their own /language choice always wins.
import { describe, expect, it } from "vitest";
import { writtenLanguage } from "../../src/knowledge/message.ts";
import { DATABASE_KINDS, type Harness, harnessHooks } from "../support/harness.ts";

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
    await person.send("мой сын отрастил бороду и перестал с нами разговаривать");
    expect(person.texts().at(-1)).not.toMatch(/[әіңғүұқөһ]/);
  });

  it("gives the crisis reply in Kazakh to Kazakh in Latin letters", async () => {
    const person = h.user({ language_code: "ru" });
    await person.send("men bugin ozimdi oltiremin, dari dayyn turr");
    expect(person.texts().join("\n")).toContain("112-ге қоңырау шалыңыз");
  });

  it("answers English when Telegram has no language, and Russian again when the person writes Russian", async () => {
    const person = h.user({ language_code: undefined });
    await person.send("my brother has new friends who pray with him every night, should I worry?");
    expect(person.buttons().join(" ")).toMatch(/This helped|Talk to a person/);
    await person.send("брат стал молиться по ночам с новыми друзьями, нам стоит переживать?");
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
