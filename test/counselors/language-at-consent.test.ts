// A person whose language no counselor speaks (English where COUNSELOR_LANGUAGES is kk,ru) is told so at the consent
// question, before agreeing and waiting, with the languages there are; kk and ru speakers read no such line. Said
// there, it is not said again in the waiting message of the case it opens; a case opened another day without the
// question says it once, in its waiting message.
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import { DAY_MS } from "../../src/time/durations.ts";
import { DATABASE_KINDS, type Harness, type TestUser } from "../support/harness.ts";
import { askForHuman, deskHooks, languageMissing, openCaseOf, SELF_HARM, say } from "./helpers.ts";

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

  describe("said once (COUNSELOR_LANGUAGES kk,ru)", () => {
    let h: Harness;
    deskHooks(kind, { config: { COUNSELOR_LANGUAGES: ["kk", "ru"] } }, (harness) => {
      h = harness;
    });

    const missing = (locale: Locale) => languageMissing(locale, ["kk", "ru"]);
    /** How many of the person's messages, as they read now (edits applied), say that nobody speaks their language. */
    const told = (person: TestUser, locale: Locale, from = 0) =>
      person
        .texts()
        .slice(from)
        .filter((text) => text.includes(missing(locale))).length;
    const waitingMessage = async (person: TestUser) => {
      const item = await openCaseOf(h, person);
      return person.messages().find((message) => message.messageId === item.waitMessageId)?.text ?? "";
    };

    it("en: at the consent question only, not in the waiting message, its refresh or 'when?'; a case another day says it once", async () => {
      const person = h.user({ language_code: "en" });
      await askForHuman(person, "en");
      expect(person.texts()).toContain(missing("en"));
      const waiting = await waitingMessage(person);
      expect(waiting).toContain(say("en", "counselors-position", { position: 1 }));
      expect(waiting).not.toContain(missing("en"));
      expect((await openCaseOf(h, person)).languageTold).toBe(true);

      // A crisis jumps the queue: the waiting message shows the new place, and still not the language again.
      const teen = h.user({ language_code: "ru" });
      await teen.send(SELF_HARM.ru);
      await teen.press(say("ru", "crisis-talk"));
      await teen.press(say("ru", "consent-allow"));
      expect(await waitingMessage(person)).toContain(say("en", "counselors-position", { position: 2 }));
      await person.send("when will someone answer?");
      expect(person.lastText()).toContain(say("en", "counselors-position", { position: 2 }));
      expect(told(person, "en")).toBe(1);

      // Another day, consent given already: no question, so the waiting message is where it is said, once.
      await person.send("/end");
      await person.press(say("en", "counselors-end-yes"));
      h.clock.advance(DAY_MS);
      const from = person.messages().length;
      await person.send("/menu");
      await person.press(say("en", "menu-talk"));
      // No question this time: the tap alone opened the case.
      expect((await openCaseOf(h, person)).status).toBe("queued");
      expect(await waitingMessage(person)).toContain(missing("en"));
      expect(told(person, "en", from)).toBe(1);
      expect((await openCaseOf(h, person)).languageTold).toBe(false);
    });

    it.each(["kk", "ru"] as const)("%s: a language the counselors speak is never noted", async (locale) => {
      const person = h.user({ language_code: locale });
      await askForHuman(person, locale);
      await person.send(locale === "kk" ? "қашан жауап береді?" : "когда ответят?");
      expect(person.texts().join("\n")).not.toContain("🗣");
      expect((await openCaseOf(h, person)).languageTold).toBe(false);
    });
  });
});
