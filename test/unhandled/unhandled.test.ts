// What no feature takes: unknown commands, media the bot cannot read, stale or forged buttons.
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/config/index.ts";
import { DATABASE_KINDS, type Harness, harnessHooks } from "../support/harness.ts";
import { say } from "../support/words.ts";

describe.each(DATABASE_KINDS)("input nobody handles on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, {}, (harness) => {
    h = harness;
  });

  it("answers unknown commands and forged buttons kindly with the menu, a sticker with one short line", async () => {
    const person = h.user({ language_code: "en" });
    await person.send("/frobnicate");
    expect(person.lastText()).toContain("I don't know the command /frobnicate");
    expect(person.buttons().length).toBeGreaterThan(0);
    await person.sendMedia({ sticker: true });
    expect(person.lastText()).toContain("I can't read stickers");
    await person.pressForged("lang:xx");
    const answer = h.telegram.callsTo("answerCallbackQuery").at(-1);
    expect(answer?.payload.text).toBe("This button is no longer active. Here is the menu again.");
    await person.pressForged("x".repeat(60));
    expect(person.lastText()).toContain("Choose what you need");
  });

  it.each(LOCALES)("answers /help in %s with what this is, every command and the menu", async (locale) => {
    const person = h.user({ language_code: locale });
    await person.send("/help");
    const text = person.lastText();
    // Was "I don't know the command /help": the command people try first.
    expect(text).not.toContain(say(locale, "unhandled-command", { command: "/help" }));
    expect(text).toContain(say(locale, "help-intro"));
    for (const name of ["menu", "centers", "privacy", "mydata", "forget", "language", "end"]) {
      expect(text).toContain(`/${name} — ${say(locale, `command-${name}`)}`);
    }
    expect(text).toContain(say(locale, "emergency-line"));
    expect(person.buttons()).toContain(say(locale, "menu-talk"));
  });
});
