// A request for a counselor in a language no counselor speaks (defects26, 4): a person writing in Russian asks for an
// English-speaking counselor and the team speaks Kazakh and Russian. They are told so before anything else is
// asked, with the languages there are (this deployment's COUNSELOR_LANGUAGES, or what counselors declared with
// /speak), and the way to a counselor goes on; the case is in their own language. Any language, any interface.
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import { DATABASE_KINDS, type Harness, type TestUser } from "../support/harness.ts";
import { counselor, deskHooks, openCaseOf, say } from "./helpers.ts";

/** "I want to talk to a counselor in <language>", written in the interface's language. */
const ASKS: Record<Locale, Record<Locale, string>> = {
  ru: {
    en: "Хочу поговорить с консультантом на английском",
    kk: "Хочу поговорить с консультантом на казахском",
    ru: "Хочу поговорить с консультантом на русском",
  },
  kk: {
    en: "Кеңесшімен ағылшынша сөйлескім келеді",
    kk: "Кеңесшімен қазақша сөйлескім келеді",
    ru: "Кеңесшімен орысша сөйлескім келеді",
  },
  en: {
    en: "I want to talk to a counselor in English",
    kk: "I want to talk to a counselor in Kazakh",
    ru: "I want to talk to a counselor in Russian",
  },
};

const CASES: { locale: Locale; asked: Locale; team: Locale[]; languages: (locale: Locale) => string }[] = [
  // The reproduction: Russian, English asked for, the default team (kk, ru).
  { locale: "ru", asked: "en", team: ["kk", "ru"], languages: () => "казахский, русский" },
  { locale: "kk", asked: "en", team: ["kk", "ru"], languages: () => "қазақ тілі, орыс тілі" },
  { locale: "en", asked: "kk", team: ["ru", "en"], languages: () => "Russian, English" },
  { locale: "ru", asked: "kk", team: ["ru"], languages: () => "русский" },
  { locale: "kk", asked: "ru", team: ["kk"], languages: () => "қазақ тілі" },
];

describe.each(DATABASE_KINDS)("a counselor asked for in a language nobody speaks, on %s", (kind) => {
  for (const { locale, asked, team, languages } of CASES) {
    describe(`${locale} interface, ${asked} asked for, the team speaks ${team.join(",")}`, () => {
      let h: Harness;
      deskHooks(kind, { config: { COUNSELOR_LANGUAGES: team } }, (harness) => {
        h = harness;
      });

      it("is told plainly which languages there are, and the way to a counselor goes on", async () => {
        await counselor(h, { first_name: "Dana" }, "Дана");
        const person: TestUser = h.user({ language_code: locale });
        await person.send("/start");
        await person.send(ASKS[locale][asked]);
        const told = say(locale, "counselors-language-asked-missing", {
          code: asked,
          languages: languages(locale),
        });
        expect(person.texts()).toContain(told);
        // What exists is still offered: the link consent, then the case, in the person's own language.
        expect(person.lastText()).toBe(say(locale, "consent-counselor-explain", { carried: "yes" }));
        await person.press(say(locale, "consent-allow"));
        expect(person.texts().join("\n")).toContain(say(locale, "counselors-opened"));
        expect((await openCaseOf(h, person)).locale).toBe(locale);
      });

      it("a language the team speaks needs no such line, and the case is in it", async () => {
        const spoken = team.find((code) => code !== locale) ?? team[0]!;
        const person = h.user({ language_code: locale });
        await person.send("/start");
        await person.send(ASKS[locale][spoken]);
        expect(person.texts().join("\n")).not.toContain("🗣");
        await person.press(say(locale, "consent-allow"));
        expect((await openCaseOf(h, person)).locale).toBe(spoken);
      });
    });
  }
});
