// Support for someone struggling ("it is hard, I have no one to talk to"), through the real bot on
// both databases, in kk, ru and en: it offers a counselor "now" only while one is on duty; off
// duty, paused or without a counselors' group it says so, as the crisis reply does, and offers a
// message the next counselor sees first (or the hotline).
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import { formatOpening } from "../../src/counselors/waiting.ts";
import * as moderation from "../../src/db/moderation.ts";
import { textToMatch } from "../../src/knowledge/browse.ts";
import { testContent } from "../support/content.ts";
import {
  createHarness,
  DATABASE_KINDS,
  DEFAULT_NOW,
  type Harness,
  harnessHooks,
  type TestUser,
} from "../support/harness.ts";
import { FRIDAY_MIDNIGHT, FRIDAY_SHIFT, promisesCounselorNow, say, seenSince } from "../support/words.ts";

const STRUGGLING: Record<Locale, string> = {
  kk: "маған ауыр, сөйлесетін ешкім жоқ",
  ru: "мне тяжело, не с кем поговорить",
  en: "it is hard, I have no one to talk to",
};

describe("the struggling messages of these tests", () => {
  it.each(["kk", "ru", "en"] as const)("%s: are routed to support", (locale) => {
    const { route } = testContent().knowledge.router.route(textToMatch(STRUGGLING[locale]), { locale });
    expect(route.kind).toBe("support");
  });
});

describe.each(DATABASE_KINDS)("support and the counselors' duty on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, {}, (harness) => {
    h = harness;
  });

  async function struggling(locale: Locale): Promise<{ person: TestUser; from: number }> {
    const person = h.user({ language_code: locale });
    await person.send("/start");
    const from = person.messages().length;
    await person.send(STRUGGLING[locale]);
    return { person, from };
  }

  it.each(["kk", "ru", "en"] as const)("%s, on duty: a counselor now, one tap away", async (locale) => {
    const { person } = await struggling(locale);
    expect(person.lastText()).toContain(say(locale, "faq-support"));
    expect(person.buttons()).toEqual([
      say(locale, "menu-talk"),
      say(locale, "faq-support-more"),
      say(locale, "menu-button"),
    ]);
    await person.press(say(locale, "menu-talk"));
    expect(person.lastText()).toContain(say(locale, "consent-counselor-explain", { carried: "yes" }));
  });

  it.each(["kk", "ru", "en"] as const)(
    "%s, off duty: the next shift and a message left for it, no counselor now",
    async (locale) => {
      h.clock.set(FRIDAY_MIDNIGHT);
      const { person, from } = await struggling(locale);
      const when = formatOpening(locale, FRIDAY_SHIFT, "Asia/Almaty");
      expect(person.lastText()).toContain(say(locale, "faq-support-off-duty", { when }));
      // The start as a label's value: it read "смена начнётся пятница, 27 ноября в 09:00".
      if (locale !== "en") expect(person.lastText()).toContain(`: ${when} (`);
      expect(person.lastText()).not.toContain(say(locale, "faq-support"));
      expect(person.buttons()).toEqual([
        say(locale, "crisis-leave-message-button"),
        say(locale, "faq-support-more"),
        say(locale, "menu-button"),
      ]);
      // The message left waits for that shift: consent, then an acknowledgement that does not say "now".
      await person.press(say(locale, "crisis-leave-message-button"));
      expect(person.lastText()).toContain(say(locale, "consent-counselor-explain", { carried: "yes" }));
      await person.press(say(locale, "consent-allow"));
      await person.send("hello");
      expect(person.lastText()).not.toBe(say(locale, "counselors-queued-ack"));
      expect(promisesCounselorNow(locale, seenSince(person, from))).toEqual([]);
    },
  );

  it.each(["kk", "ru", "en"] as const)("%s, paused by a supervisor: says so", async (locale) => {
    await moderation.pause(h.app.db, { reason: "busy", since: new Date(DEFAULT_NOW), by: "supervisor" });
    const { person, from } = await struggling(locale);
    expect(person.lastText()).toContain(say(locale, "faq-support-paused"));
    expect(person.buttons()[0]).toBe(say(locale, "crisis-leave-message-button"));
    expect(promisesCounselorNow(locale, seenSince(person, from))).toEqual([]);
  });
});

describe.each(DATABASE_KINDS)("support without a counselors' group on %s", (kind) => {
  it.each(["kk", "ru", "en"] as const)("%s: the hotline, and no counselor offered", async (locale) => {
    const h = await createHarness(kind, { config: { COUNSELOR_CHAT_ID: undefined } });
    try {
      const person = h.user({ language_code: locale });
      await person.send("/start");
      const from = person.messages().length;
      await person.send(STRUGGLING[locale]);
      expect(person.lastText()).toBe(say(locale, "faq-support-no-counselors"));
      expect(person.buttons()).toEqual([say(locale, "faq-support-more"), say(locale, "menu-button")]);
      expect(promisesCounselorNow(locale, seenSince(person, from))).toEqual([]);
    } finally {
      await h.close();
    }
  });
});
