// A person whose language no counselor speaks (English where COUNSELOR_LANGUAGES is kk,ru) is told so at the consent
// question, before agreeing and waiting, with the languages there are; kk and ru speakers read no such line.
import { describe, expect, it } from "vitest";
import { DATABASE_KINDS, type Harness } from "../support/harness.ts";
import { deskHooks, openCaseOf, say } from "./helpers.ts";

describe.each(DATABASE_KINDS)("the counselors' languages at the consent question on %s", (kind) => {
  describe("COUNSELOR_LANGUAGES kk,ru", () => {
    let h: Harness;
    deskHooks(kind, { config: { COUNSELOR_LANGUAGES: ["kk", "ru"] } }, (harness) => {
      h = harness;
    });

    it("en: told before the consent question which languages the counselors speak", async () => {
      const person = h.user({ language_code: "en" });
      await person.send("/start");
      const from = person.messages().length;
      await person.press(say("en", "menu-talk"));
      expect(person.texts().slice(from)).toEqual([
        say("en", "counselors-language-missing", { code: "en", languages: "Kazakh, Russian" }),
        say("en", "consent-counselor-explain", { carried: "no" }),
      ]);
      expect(await h.db.prisma.counselCase.count()).toBe(0);
      // Told, they may still go on: the case is in their language, for a counselor to answer as they can.
      await person.press(say("en", "consent-allow"));
      expect((await openCaseOf(h, person)).locale).toBe("en");
    });

    it.each(["kk", "ru"] as const)(
      "%s: a language the counselors speak needs no such line",
      async (locale) => {
        const person = h.user({ language_code: locale });
        await person.send("/start");
        const from = person.messages().length;
        await person.press(say(locale, "menu-talk"));
        expect(person.texts().slice(from)).toEqual([
          say(locale, "consent-counselor-explain", { carried: "no" }),
        ]);
      },
    );
  });

  describe("COUNSELOR_LANGUAGES kk,ru,en", () => {
    let h: Harness;
    deskHooks(kind, { config: { COUNSELOR_LANGUAGES: ["kk", "ru", "en"] } }, (harness) => {
      h = harness;
    });

    it("en: nothing to warn of", async () => {
      const person = h.user({ language_code: "en" });
      await person.send("/start");
      const from = person.messages().length;
      await person.press(say("en", "menu-talk"));
      expect(person.texts().slice(from)).toEqual([say("en", "consent-counselor-explain", { carried: "no" })]);
    });
  });
});
