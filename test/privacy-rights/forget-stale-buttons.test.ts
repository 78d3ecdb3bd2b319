// After /forget the person is someone new: a button left on a message older than the 48 hours /forget could delete
// (a consent question, /privacy's allow, a language, a triage answer) gets the kind "this button is no longer
// active" and changes nothing: no consent, no case, no language (issue 10). Through the real bot on both databases.
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import { DATABASE_KINDS, type Harness, harnessHooks, type TestUser } from "../support/harness.ts";
import { say, storedSession } from "../support/words.ts";

const HOUR = 60 * 60_000;

describe.each(DATABASE_KINDS)("old buttons after /forget on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, {}, (harness) => {
    h = harness;
  });

  /** The answers to the person's button presses, newest last. */
  const buttonAnswers = () => h.telegram.callsTo("answerCallbackQuery").map((call) => call.payload.text);

  /** Leaves prompts with buttons in the chat, two days before a /forget that can no longer delete them. */
  async function promptsThenForget(person: TestUser, locale: Locale): Promise<void> {
    await person.send("/privacy");
    await person.send("/language");
    await person.send("/start");
    await person.press(say(locale, "menu-talk"));
    expect(person.lastText()).toBe(say(locale, "consent-counselor-explain", { carried: "no" }));
    h.clock.advance(49 * HOUR);
    await person.send("/forget");
    await person.press(say(locale, "forget-yes"));
  }

  it.each(["kk", "ru", "en"] as const)(
    "%s: consent, /privacy and language buttons from before /forget are stale and change nothing",
    async (locale) => {
      const person = h.user({ language_code: locale });
      await promptsThenForget(person, locale);
      const other = locale === "en" ? "Русский" : "English";
      for (const label of [
        say(locale, "consent-allow"),
        say(locale, "privacy-allow", { purpose: say(locale, "privacy-purpose-statistics") }),
        other,
      ]) {
        await person.press(label, { late: true });
        expect(buttonAnswers().at(-1), label).toBe(say(locale, "stale-button"));
      }
      expect(await h.db.sql.query("SELECT * FROM consent")).toEqual([]);
      expect(await h.db.sql.query("SELECT * FROM counsel_case")).toEqual([]);
      // Still the person's Telegram language: the old language button chose nothing.
      await person.send("/menu");
      expect(person.buttons()).toContain(say(locale, "menu-language"));
      expect(await storedSession(h, person)).not.toHaveProperty("locale");
    },
  );
});
