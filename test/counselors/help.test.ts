// /help, /queue and /cases where a counselor works: in the group, and in their private chat with
// the bot, where taken cases run and where /case answers "Your cases: /cases" (a person's /help
// there is the people's: test/unhandled).
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/config/index.ts";
import { DATABASE_KINDS, type Harness } from "../support/harness.ts";
import { askForHuman, counselor, deskHooks, openCaseOf, say } from "./helpers.ts";

describe.each(DATABASE_KINDS)("a counselor's /help on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  it.each(LOCALES)(
    "in a private chat, in %s: writing to the person, switching cases, then the desk",
    async (locale) => {
      const dana = await counselor(h, { first_name: "Dana", language_code: locale }, "Дана");
      await dana.send("/help");
      const text = dana.lastText();
      // Was the people's "I don't know the command /help" and the main menu.
      expect(text).toContain(say(locale, "counselors-private-help"));
      expect(text).toContain(`/case REF — ${say(locale, "command-desk-case")}`);
      expect(text).toContain(say(locale, "counselors-help", { bot: h.telegram.botInfo.username }));
      expect(h.telegram.buttonsOf(dana.last()!)).toEqual([]);

      await dana.inGroup("/help");
      expect(dana.groupTexts().at(-1)).toBe(
        say(locale, "counselors-help", { bot: h.telegram.botInfo.username }),
      );
    },
  );

  it("a group member without an alias, like anyone else, gets the people's /help in private", async () => {
    const member = h.counselor({ first_name: "New", language_code: "en" });
    await member.send("/start");
    await member.send("/help");
    expect(member.lastText()).toContain(say("en", "help-intro"));
  });

  it.each(LOCALES)("/queue and /cases in a private chat, in %s, as in the group", async (locale) => {
    const dana = await counselor(h, { first_name: "Dana", language_code: locale }, "Дана");
    const anna = h.user({ first_name: "Anna", language_code: locale });
    await askForHuman(anna, locale);
    const { ref } = await openCaseOf(h, anna);
    await dana.send("/queue");
    // Was the people's "I don't know the command /queue" and the main menu.
    expect(dana.lastText()).toContain(ref);
    expect(dana.lastText()).not.toContain(say(locale, "unhandled-command", { command: "/queue" }));
    await dana.inGroup("/queue");
    expect(dana.groupTexts().at(-1)).toBe(dana.lastText());
    await dana.send("/cases");
    expect(dana.lastText()).toContain(say(locale, "counselors-queue-title", { count: 1 }));
    expect(dana.lastText()).toContain(ref);
    // Anyone else's /queue is a command the bot does not know: no case is shown to a person.
    const stranger = h.user({ language_code: locale });
    await stranger.send("/cases");
    expect(stranger.lastText()).toContain(say(locale, "unhandled-command", { command: "/cases" }));
  });
});
