// Crisis safety through the real bot, outside any conversation: the emergency numbers are the
// first thing sent in the same update, a counselor is offered, nothing is blocked; and ordinary
// questions (measured below) never get an emergency reply.

import { describe, expect, it } from "vitest";
import type { SessionData } from "../../src/bot/context.ts";
import type { Locale } from "../../src/config/index.ts";
import type { CrisisCategory } from "../../src/crisis/categories.ts";
import { DATABASE_KINDS, type Harness, harnessHooks } from "../support/harness.ts";
import { say, storedSession } from "../support/words.ts";

const SIGNALS: { locale: Locale; category: CrisisCategory; text: string }[] = [
  { locale: "ru", category: "self-harm", text: "не хочу больше жить, выпью все таблетки" },
  { locale: "ru", category: "danger", text: "муж бьет меня каждый день" },
  { locale: "ru", category: "violence", text: "я его убью завтра" },
  { locale: "ru", category: "travel-pressure", text: "брат говорит что мы должны сделать хиджру в Шам" },
  { locale: "kk", category: "self-harm", text: "өлгім келеді" },
  { locale: "kk", category: "danger", text: "күйеуім мені ұрады" },
  { locale: "kk", category: "violence", text: "оны өлтіремін" },
  { locale: "kk", category: "travel-pressure", text: "ағам бізге сирияға кетеміз дейді" },
  { locale: "en", category: "self-harm", text: "i just want to die" },
  { locale: "en", category: "danger", text: "my husband beats me" },
  { locale: "en", category: "violence", text: "I'll kill him" },
  { locale: "en", category: "travel-pressure", text: "he says we must make hijra to Syria" },
];

// Ordinary messages a worried person writes: questions about the service, the law, faith and
// family, some with words that sit close to crisis vocabulary ("travel", "police", "died").
const ORDINARY: { locale: Locale; text: string }[] = [
  { locale: "ru", text: "Здравствуйте, это анонимно?" },
  { locale: "ru", text: "Мой сын стал очень религиозным, это опасно?" },
  { locale: "ru", text: "Как поговорить с братом, чтобы не поссориться?" },
  { locale: "ru", text: "Какие организации запрещены в Казахстане?" },
  { locale: "ru", text: "Что будет за репост экстремистского видео?" },
  { locale: "ru", text: "Где ближайший центр в Караганде?" },
  { locale: "ru", text: "Дочь хочет поехать учиться в Египет, что делать?" },
  { locale: "ru", text: "Можно ли удалить мои данные?" },
  { locale: "ru", text: "Бабушка умерла в прошлом году, и с тех пор брат изменился" },
  { locale: "ru", text: "Мы поедем в Шымкент на выходные, там есть центр?" },
  { locale: "kk", text: "Сәлеметсіз бе, бұл анонимді ме?" },
  { locale: "kk", text: "Ұлым намаз оқи бастады, бұл қалыпты ма?" },
  { locale: "kk", text: "Інімен қалай сөйлесуге болады?" },
  { locale: "kk", text: "Қазақстанда қандай ұйымдарға тыйым салынған?" },
  { locale: "kk", text: "Шетелде діни білім алу туралы не білу керек?" },
  { locale: "kk", text: "Адвокат қалай табуға болады?" },
  { locale: "kk", text: "Жақын орталық қайда?" },
  { locale: "kk", text: "Қызым интернетте біреумен сөйлесіп жүр" },
  { locale: "kk", text: "Полицияға хабарлайсыңдар ма?" },
  { locale: "kk", text: "Рақмет, көп көмектестіңіз" },
  { locale: "en", text: "Hello, is this anonymous?" },
  { locale: "en", text: "My brother started praying five times a day, should I worry?" },
  { locale: "en", text: "How do I talk to my son without a fight?" },
  { locale: "en", text: "Which organisations are banned in Kazakhstan?" },
  { locale: "en", text: "Is it illegal to share a video I saw online?" },
  { locale: "en", text: "My daughter wants to travel to Turkey to study Islam" },
  { locale: "en", text: "Where is the nearest center?" },
  { locale: "en", text: "Will you tell the police about me?" },
  { locale: "en", text: "My grandfather died and my uncle has changed since" },
  { locale: "en", text: "This joke killed me, thanks for the help" },
];

describe.each(DATABASE_KINDS)("crisis safety on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, {}, (harness) => {
    h = harness;
  });

  it.each(SIGNALS)(
    "$locale $category: emergency numbers first, a counselor offered",
    async ({ locale, category, text }) => {
      const person = h.user({ language_code: locale });
      await person.send("/start");
      const before = h.telegram.calls.length;
      await person.send(text);
      const calls = h.telegram.calls.slice(before);
      const first = calls[0];
      expect(first?.method).toBe("sendMessage");
      const reply = String(first?.payload.text);
      // 112 first, then the number that fits: an ambulance for self-harm, the police otherwise.
      const second = category === "self-harm" ? "crisis-call-103" : "crisis-call-102";
      expect(reply.split("\n\n").slice(0, 2)).toEqual([say(locale, "crisis-call-112"), say(locale, second)]);
      expect(reply).not.toContain(category === "self-harm" ? "102" : "103");
      expect(reply).toContain(say(locale, `crisis-support-${category}`));
      const markup = first?.payload.reply_markup as {
        inline_keyboard: { text: string; callback_data: string }[][];
      };
      expect(markup.inline_keyboard[0]?.[0]).toEqual({
        text: say(locale, "crisis-talk"),
        callback_data: "talk:crisis",
      });
      // The message's number too (never its text): it reaches a counselor if the person then allows one.
      // With every kind it named and, for the case, the visit's kinds and messages so far (this one).
      // (The crisis reply follows the person's message; for travel pressure, an answer may follow the reply.)
      const shown = person.messages().findLast((message) => message.text === reply.replace(/<\/?b>/g, ""));
      const messageId = shown!.messageId - 1;
      const stored = (await storedSession(h, person))?.lastCrisis as SessionData["lastCrisis"];
      expect(stored).toMatchObject({ category, at: h.clock.now(), messageId, messageIds: [messageId] });
      expect(stored?.kinds?.[0]).toBe(category);
      expect(stored?.categories).toEqual(stored?.kinds);
      // Logged as a category only: never the words.
      expect(h.logs()).not.toContain(text);
      // Never blocking: the person can go on at once.
      await person.send("/menu");
      expect(person.lastText()).toBe(say(locale, "menu-prompt"));
    },
  );

  it("reacts to a crisis phrase in a caption and in an edited message", async () => {
    const person = h.user({ language_code: "en" });
    await person.sendMedia({ photo: true, caption: "i want to die" });
    expect(person.texts()[0]?.startsWith(say("en", "crisis-call-112"))).toBe(true);
    await person.send("hello there");
    const sent = person.h.telegram
      .messagesIn(person.id)
      .filter((message) => !message.from.is_bot)
      .at(-1)!;
    const before = h.telegram.calls.length;
    await person.edit(sent.messageId, "actually I want to die");
    expect(String(h.telegram.calls[before]?.payload.text).startsWith(say("en", "crisis-call-112"))).toBe(
      true,
    );
  });

  it("measures false positives on ordinary messages: none of 30 gets an emergency reply", async () => {
    const flagged: string[] = [];
    for (const { locale, text } of ORDINARY) {
      const person = h.user({ language_code: locale });
      const before = h.telegram.calls.length;
      await person.send(text);
      const replies = h.telegram.calls.slice(before).map((call) => JSON.stringify(call.payload));
      if (
        replies.some(
          (payload) => payload.includes("talk:crisis") || payload.includes(say(locale, "crisis-call-112")),
        )
      ) {
        flagged.push(text);
      }
    }
    console.log(`crisis false positives through the bot: ${flagged.length}/${ORDINARY.length}`, flagged);
    expect(ORDINARY).toHaveLength(30);
    expect(flagged).toEqual([]);
  });
});
