// The front door: /start for a first and a returning visit, and /menu, in kk, ru and en.
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/config/index.ts";
import { DATABASE_KINDS, type Harness, harnessHooks } from "../support/harness.ts";
import { say } from "../support/words.ts";

describe.each(DATABASE_KINDS)("welcome on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, {}, (harness) => {
    h = harness;
  });

  it.each(LOCALES)("introduces itself in full on the first visit, briefly after (%s)", async (locale) => {
    const person = h.user({ language_code: locale });
    await person.send("/start");
    const first = person.lastText();
    expect(first).toContain(say(locale, "welcome-first"));
    // The emergency line and the hotline in one line, before the menu.
    const emergency = first.split("\n").find((line) => line.includes("112"));
    expect(emergency).toBe(say(locale, "emergency-line"));
    expect(emergency).toContain("114");
    expect(person.buttons()).toEqual(
      expect.arrayContaining([
        say(locale, "menu-triage"),
        say(locale, "menu-privacy"),
        say(locale, "menu-language"),
      ]),
    );

    await person.send("/start");
    const again = person.lastText();
    expect(again).toContain(say(locale, "welcome-back"));
    expect(again).not.toContain(say(locale, "welcome-first"));
    expect(again).toContain(say(locale, "emergency-line"));

    await person.send("/menu");
    expect(person.lastText()).toBe(say(locale, "menu-prompt"));
    expect(person.buttons()[0]).toBe(say(locale, "menu-triage"));
  });

  it("says what it is and is not, who is behind it, and where confidentiality ends", () => {
    const english = say("en", "welcome-first");
    expect(english).toMatch(/not the police/);
    expect(english).toMatch(/not a religious authority/);
    expect(english).toMatch(/consultation and rehabilitation centers/);
    expect(english).toMatch(/immediate danger.*or a grave crime is being prepared/);
    // The limit said calmly: what a counselor may pass on, not "may call emergency services" (issue 10).
    expect(english).not.toMatch(/emergency services/);
    expect(english).toMatch(/\/privacy/);
  });
});
