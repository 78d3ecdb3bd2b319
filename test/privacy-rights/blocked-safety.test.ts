// /forget (and withdrawing consent 1) by someone a counselor blocked, after a crisis this visit (outsider 30, item 22):
// the closing safety line no longer promises "send /start and press Talk to a person", which a blocked person cannot
// do; it says what is true: 114, and in danger they can still write here and a counselor answers, 112 (ambulance
// 103). Through the real bot on both databases, in kk, ru and en.
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/config/index.ts";
import { untilDate } from "../../src/i18n/dates.ts";
import { blockPerson, deskHooks, SELF_HARM, say } from "../counselors/helpers.ts";
import { DATABASE_KINDS, type Harness } from "../support/harness.ts";

const WEEK = 7 * 24 * 3600_000;

describe.each(DATABASE_KINDS)("a blocked person's safety line on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  it.each(LOCALES)(
    "%s: /forget after a crisis says what reaches a counselor, no button promised",
    async (locale) => {
      const person = h.user({ language_code: locale });
      await person.send("/start");
      const until = await blockPerson(h, person, WEEK);
      await person.send(SELF_HARM[locale]);
      await person.send("/forget");
      await person.press(say(locale, "forget-yes"));
      const done = person.lastText();
      const date = untilDate(locale, until, h.app.config.TIME_ZONE);
      expect(done.startsWith(say(locale, "forget-done-blocked", { date }))).toBe(true);
      expect(done).toContain("112");
      expect(done.endsWith(say(locale, "safety-blocked"))).toBe(true);
      expect(done).not.toContain(say(locale, "forget-done-safety"));
      expect(done).not.toContain(say(locale, "menu-talk"));
      expect(say(locale, "safety-blocked")).toContain("103");
      // The block outlived it, as said.
      expect(await h.db.prisma.caseBlock.count()).toBe(1);
    },
  );

  it("someone not blocked is still told how to talk to a counselor again", async () => {
    const person = h.user({ language_code: "en" });
    await person.send(SELF_HARM.en);
    await person.send("/forget");
    await person.press(say("en", "forget-yes"));
    expect(person.lastText()).toContain(say("en", "forget-done-safety"));
  });
});
