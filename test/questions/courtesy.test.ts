// A greeting, thanks, a goodbye or an "ok" alone ("сәлем", "привет", "thanks, bye", "рахмет", "ок") gets a short friendly word and
// the menu, never "I don't have a ready answer" (outsider26's defect 14). With anything more in the message it is a
// question like any other. Through the real bot on both databases, in kk, ru and en. Written by "routing26",
// 2026-12-07, from the defect's reproductions and the classes they stand for; no phrasing of a set.
import { describe, expect, it } from "vitest";
import { MENU_ENTRIES } from "../../src/bot/menu.ts";
import type { Locale } from "../../src/config/index.ts";
import { textToMatch } from "../../src/knowledge/browse.ts";
import { testContent } from "../support/content.ts";
import { DATABASE_KINDS, type Harness, harnessHooks } from "../support/harness.ts";
import { say } from "../support/words.ts";

type Kind = "greeting" | "thanks" | "goodbye" | "ok";

const COURTESIES: readonly (readonly [Locale, string, Kind])[] = [
  // the defect's reproductions
  ["kk", "сәлем", "greeting"],
  ["ru", "привет", "greeting"],
  ["en", "thanks, bye", "goodbye"],
  ["kk", "рахмет", "thanks"],
  ["ru", "спасибо", "thanks"],
  ["en", "hi", "greeting"],
  ["kk", "salem", "greeting"],
  // the class: other greetings, thanks and goodbyes, with the words that go with them, punctuation and emoji
  ["kk", "Сәлеметсіз бе!", "greeting"],
  ["kk", "салеметсиз бе", "greeting"],
  ["kk", "Ассалаумағалейкум", "greeting"],
  ["kk", "Қайырлы кеш", "greeting"],
  ["kk", "көп рахмет сізге", "thanks"],
  ["kk", "рақмет)))", "thanks"],
  ["kk", "rahmet", "thanks"],
  ["kk", "Сау болыңыз", "goodbye"],
  ["kk", "рахмет, сау бол", "goodbye"],
  ["kk", "qosh bolynyz", "goodbye"],
  ["ru", "Здравствуйте", "greeting"],
  ["ru", "Добрый вечер!", "greeting"],
  ["ru", "privet", "greeting"],
  ["ru", "Спасибо большое 🙏", "thanks"],
  ["ru", "понятно, спасибо", "thanks"],
  ["ru", "spasibo", "thanks"],
  ["ru", "пока", "goodbye"],
  ["ru", "До свидания", "goodbye"],
  ["ru", "спасибо, всего доброго", "goodbye"],
  ["en", "Hello?", "greeting"],
  ["en", "hey there", "greeting"],
  ["en", "good morning", "greeting"],
  ["en", "thank you so much!", "thanks"],
  ["en", "ok thx", "thanks"],
  ["en", "bye", "goodbye"],
  ["en", "see you later, take care", "goodbye"],
  // "all right, understood" alone (outsider27's defect 23: "ок" was asked "who is it about?")
  ["ru", "ок", "ok"],
  ["ru", "понятно", "ok"],
  ["ru", "ладно, хорошо", "ok"],
  ["kk", "жарайды", "ok"],
  ["kk", "түсінікті", "ok"],
  ["kk", "jaraidy", "ok"],
  ["en", "ok", "ok"],
  ["en", "got it", "ok"],
];

/** A courtesy with more in the message: routed as a question. */
const WITH_MORE: readonly (readonly [Locale, string])[] = [
  ["kk", "сәлем, ұлым бір топқа кіріп кетті ме деп қорқамын"],
  ["ru", "привет, как понять, что брат попал в секту?"],
  ["en", "hi, is this chat anonymous?"],
  ["ru", "спасибо, а где центр в Павлодаре?"],
  ["en", "thanks, but can my mom talk to a counselor too?"],
  ["ru", "хорошо, а что делать, если сын в секте?"],
  ["kk", "жарайды, ал ұлым топқа кіріп кетсе не істеймін?"],
];

const { router } = testContent().knowledge;

describe("what the router makes of a courtesy", () => {
  it.each(COURTESIES)("%s: %s → %s", (locale, text, kind) => {
    expect(router.route(textToMatch(text), { locale }).route).toEqual({ kind: "none", reason: kind });
  });
  it.each(WITH_MORE)("%s: %s → not a courtesy", (locale, text) => {
    const { route } = router.route(textToMatch(text), { locale });
    expect(route.kind === "none" && route.reason !== "no-match" && route.reason !== "insult").toBe(false);
  });
});

describe.each(DATABASE_KINDS)("a greeting, thanks or a goodbye alone, on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, {}, (harness) => {
    h = harness;
  });

  const menuLabels = (locale: Locale) => MENU_ENTRIES.map((entry) => say(locale, entry.labelKey));

  it.each(COURTESIES)("%s: %s → a friendly word (%s) and the menu", async (locale, text, courtesy) => {
    const person = h.user({ language_code: locale });
    await person.send("/start");
    const from = person.messages().length;
    await person.send(text);
    const seen = person.texts().slice(from);
    expect(seen).toEqual([`${say(locale, `faq-courtesy-${courtesy}`)}\n\n${say(locale, "menu-prompt")}`]);
    expect(person.buttons()).toEqual(menuLabels(locale));
    expect(seen.join("\n")).not.toContain(say(locale, "faq-no-match"));
  });

  it.each(["kk", "ru", "en"] as const)(
    "%s: the menu's buttons work from there, and nothing about the message is stored",
    async (locale) => {
      const person = h.user({ language_code: locale });
      await person.send(COURTESIES.find(([language]) => language === locale)?.[1] ?? "");
      await person.press(say(locale, "menu-questions"));
      expect(person.buttons().length).toBeGreaterThan(1);
      const stored = JSON.stringify(await h.db.prisma.storedState.findMany());
      for (const [, text] of COURTESIES) expect(stored).not.toContain(text);
    },
  );

  it.each(WITH_MORE)("%s: %s → an answer, not the courtesy", async (locale, text) => {
    const person = h.user({ language_code: locale });
    await person.send("/start");
    const from = person.messages().length;
    await person.send(text);
    const seen = person.texts().slice(from).join("\n");
    for (const courtesy of ["greeting", "thanks", "goodbye", "ok"])
      expect(seen).not.toContain(say(locale, `faq-courtesy-${courtesy}`));
    expect(seen).not.toContain(say(locale, "faq-no-match"));
  });
});
