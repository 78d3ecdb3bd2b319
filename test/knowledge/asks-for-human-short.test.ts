// The shortest requests for a person, the whole message a need ("адам керек", "мне нужен человек", "need a
// person"), get the counselor's consent as the longer ones do (asks-for-human.test.ts). Found walking the bot as a
// frightened teenager would (journeys31, 2026-12-07): "адам керек" got "I have no ready answer to that question",
// "адаммен сөйлесу" (the menu button's own words, typed) a question about talking to a relative. A need told of
// someone else, or with more to it, stays what it was. Through the router and the real bot on both databases.
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import * as cases from "../../src/db/cases.ts";
import { textToMatch } from "../../src/knowledge/browse.ts";
import { testContent } from "../support/content.ts";
import { DATABASE_KINDS, type Harness, harnessHooks } from "../support/harness.ts";
import { say } from "../support/words.ts";

const { router } = testContent().knowledge;

const SHORT_REQUESTS: readonly (readonly [Locale, string])[] = [
  ["kk", "адам керек"],
  ["kk", "маған адам керек"],
  ["kk", "Маған адам керек еді."],
  ["kk", "adam kerek"],
  ["kk", "адаммен сөйлесу"],
  ["kk", "адаммен сөйлесу керек"],
  ["ru", "нужен человек"],
  ["ru", "Мне нужен человек!"],
  ["ru", "человек нужен"],
  ["ru", "мне нужен живой человек пожалуйста"],
  ["en", "need a person"],
  ["en", "need a human"],
  ["en", "want a real person please"],
  // may I (talk) with a person, is one there (round 19, a black-box walk: these got who-are-counselors)
  ["ru", "можно с живым человеком?"],
  ["ru", "а с консультантом можно?"],
  ["ru", "живой человек есть?"],
  ["ru", "есть живой человек?"],
  ["kk", "тірі адам бар ма?"],
  ["kk", "tiri adammen soilesuge bola ma"],
  ["en", "can I talk to a real person"],
];

/** A need that is not a request for us: about someone else, or a question with more to it. */
const NOT_REQUESTS: readonly (readonly [Locale, string])[] = [
  ["kk", "балама сенетін адам керек"],
  ["kk", "адам керек пе?"],
  ["ru", "сыну нужен человек, которому он доверяет"],
  ["ru", "нужен ли человек для этого"],
  ["en", "my son needs a person he can trust"],
  ["en", "need a person to talk to my son"],
  ["ru", "можно ли с человеком другой веры дружить"],
  ["ru", "здесь живой человек отвечает?"],
];

describe("what the router makes of a short need for a person", () => {
  it.each(SHORT_REQUESTS)("%s: %s → the counselor", (locale, text) => {
    expect(router.route(textToMatch(text), { locale }).route.kind).toBe("counselor");
  });
  it.each(NOT_REQUESTS)("%s: %s → not a request", (locale, text) => {
    expect(router.route(textToMatch(text), { locale }).route.kind).not.toBe("counselor");
  });
});

describe.each(DATABASE_KINDS)("a short need for a person, on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, {}, (harness) => {
    h = harness;
  });

  it.each(["kk", "ru", "en"] as const)(
    "%s: the consent, then a queued case in that language",
    async (locale) => {
      const text = SHORT_REQUESTS.find(([language]) => language === locale)?.[1] ?? "";
      const person = h.user({ language_code: locale });
      await person.send("/start");
      const from = person.messages().length;
      await person.send(text);
      const seen = person.texts().slice(from);
      // An English speaker first reads which languages the counselors speak (the harness's are kk and ru).
      expect(seen).toEqual([
        ...(locale === "en" ? [expect.stringContaining("English")] : []),
        say(locale, "consent-counselor-explain", { carried: "yes" }),
      ]);
      expect(seen.join("\n")).not.toContain(say(locale, "faq-no-match"));
      await person.press(say(locale, "consent-allow"));
      expect(person.texts().join("\n")).toContain(say(locale, "counselors-opened"));
      const opened = await cases.openCaseOf(h.app.db, h.app.pseudonymize(person.id));
      expect(opened).toMatchObject({ status: "queued", source: "asked", locale });
    },
  );
});
