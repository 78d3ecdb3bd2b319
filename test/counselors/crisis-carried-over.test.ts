// A crisis signal carried from an earlier message: a case opened later in the same visit is
// still served first (over a block), but its head says the words came earlier and when, not that
// the request had them; a signal older than the visit (CRISIS_WINDOW_MS) makes nothing P0.
// Through the real bot, in kk, ru and en, on both databases; the group reads ru.
import { describe, expect, it } from "vitest";
import { talkToPerson } from "../../src/bot/links.ts";
import type { Locale } from "../../src/config/index.ts";
import { formatStaffTime } from "../../src/counselors/labels.ts";
import { CRISIS_WINDOW_MS } from "../../src/crisis/categories.ts";
import { DAY_MS, MINUTE_MS } from "../../src/time/durations.ts";
import { DATABASE_KINDS, type Harness, type TestUser } from "../support/harness.ts";
import { blockPerson, counselor, deskHooks, headOf, openCaseOf, SELF_HARM, say } from "./helpers.ts";

describe.each(DATABASE_KINDS)("a crisis signal from an earlier message on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  const reason = (key: string, time = "") =>
    say("ru", "counselors-head-priority-reason", { reason: say("ru", key, { time }) });

  async function askFromMenu(person: TestUser, locale: Locale): Promise<void> {
    await person.send("/start");
    await person.press(say(locale, "menu-talk"));
    await person.press(say(locale, "consent-allow"));
  }

  it.each(["kk", "ru", "en"] as const)(
    "%s: blocked, crisis words, then an old 'talk to a person' button 20 minutes later: P0, the head says the words came earlier and when",
    async (locale) => {
      await counselor(h, {}, "Дана");
      const person = h.user({ language_code: locale });
      await blockPerson(h, person, 7 * DAY_MS);
      await person.send("/start");
      const crisisAt = h.clock.now();
      await person.send(SELF_HARM[locale]);
      h.clock.advance(20 * MINUTE_MS);
      // A blocked person is shown no "Talk to a person"; an older message's button still works.
      await person.send("/start");
      expect(person.buttons()).not.toContain(say(locale, "menu-talk"));
      await person.pressForged(talkToPerson.encode("menu"));
      await person.press(say(locale, "consent-allow"));

      const item = await openCaseOf(h, person);
      expect(item.priority).toBe(0);
      expect(item.blockedInCrisis).toBe(true);
      expect(item.summary).toMatchObject({ crises: ["self-harm"], crisisEarlierAt: crisisAt });
      const head = await headOf(h, person);
      const time = formatStaffTime(new Date(crisisAt), h.app.config.TIME_ZONE);
      expect(head).toContain(reason("counselors-priority-crisis-words-earlier", time));
      expect(head).toContain(time);
      expect(head).not.toContain(reason("counselors-priority-crisis-words"));
    },
  );

  it.each(["kk", "ru", "en"] as const)(
    "%s: crisis words older than the visit make a later case neither P0 nor flagged",
    async (locale) => {
      await counselor(h, {}, "Дана");
      const person = h.user({ language_code: locale });
      await person.send("/start");
      await person.send(SELF_HARM[locale]);
      h.clock.advance(CRISIS_WINDOW_MS + MINUTE_MS);
      await askFromMenu(person, locale);

      const item = await openCaseOf(h, person);
      expect(item.priority).toBe(2);
      expect(item.summary.crisis).toBeUndefined();
      expect(item.summary.crisisEarlierAt).toBeUndefined();
      const head = await headOf(h, person);
      expect(head).not.toContain(say("ru", "counselors-head-priority-reason", { reason: "" }));
      expect(head).not.toContain(say("ru", "counselors-head-crisis", { category: "" }).trim());
    },
  );
});
