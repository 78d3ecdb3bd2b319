// The duty state cannot be read (whether a supervisor paused intake: its table refuses the read) while the rest
// of the database answers. Through the real bot on both databases, in kk, ru and en, inside the duty hours: a
// person in crisis, a person asking for a human and one struggling get an honest, kind reply (no counselor promised "now", 112
// and 114 where they fit), their requests are kept, and what they write reaches the counselor once it can.
import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "../../src/config/index.ts";
import {
  askForHuman,
  counselor,
  deskHooks,
  openCaseOf,
  SELF_HARM,
  say,
  topicOf,
} from "../counselors/helpers.ts";
import { DATABASE_KINDS, type Harness } from "../support/harness.ts";
import { promisesCounselorNow, seenSince } from "../support/words.ts";

/** Someone struggling, with no one to talk to: the support answer, which offers a counselor when one is there. */
const STRUGGLING: Record<Locale, string> = {
  kk: "маған ауыр, сөйлесетін ешкім жоқ",
  ru: "мне тяжело, не с кем поговорить",
  en: "it is hard, I have no one to talk to",
};

describe.each(DATABASE_KINDS)("the duty state unreadable on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  /** Runs `during` while the pause cannot be read (its table renamed away), then puts it back. */
  async function pauseUnreadable(during: () => Promise<void>): Promise<void> {
    await h.db.sql.exec("ALTER TABLE counselor_pause RENAME TO counselor_pause_unreadable");
    try {
      await during();
    } finally {
      await h.db.sql.exec("ALTER TABLE counselor_pause_unreadable RENAME TO counselor_pause");
    }
  }

  it.each(LOCALES)(
    "%s: crisis words and a request for a person: no 'now', 112/114, both kept and delivered later",
    async (locale) => {
      const inCrisis = h.user({ language_code: locale });
      const asking = h.user({ language_code: locale });
      await pauseUnreadable(async () => {
        await inCrisis.send("/start");
        await inCrisis.send(SELF_HARM[locale]);
        expect(inCrisis.lastText().split("\n\n")).toEqual([
          say(locale, "crisis-call-112"),
          say(locale, "crisis-call-103"),
          say(locale, "crisis-steps-self-harm"),
          say(locale, "crisis-duty-unknown"),
          say(locale, "crisis-leave-message"),
        ]);
        expect(inCrisis.buttons()).toEqual([say(locale, "crisis-leave-message-button")]);
        await inCrisis.press(say(locale, "crisis-leave-message-button"));
        await inCrisis.press(say(locale, "consent-allow"));
        await inCrisis.send("1");

        await askForHuman(asking, locale);
        await asking.send("2");

        for (const person of [inCrisis, asking]) {
          const seen = seenSince(person, 0);
          expect(promisesCounselorNow(locale, seen)).toEqual([]);
          const waiting = person.texts().find((text) => text.startsWith(say(locale, "counselors-opened")))!;
          expect(waiting).toContain(say(locale, "counselors-duty-unknown"));
          expect(waiting).toContain(say(locale, "counselors-leave-message"));
          expect(waiting).toMatch(/112[\s\S]*114|114[\s\S]*112/);
          expect(waiting).not.toContain(say(locale, "counselors-position", { position: 1 }));
          // A 🔴 case's own line: first in the queue, nobody known to answer at once, 112.
          const ack = person === inCrisis ? "counselors-crisis-ack-later" : "counselors-queued-ack-later";
          expect(person.lastText()).toBe(say(locale, ack));
        }
        // Someone struggling is told the same, and may leave a message.
        const struggling = h.user({ language_code: locale });
        await struggling.send(STRUGGLING[locale]);
        expect(struggling.texts().join("\n")).toContain(say(locale, "faq-support-duty-unknown"));
        expect(struggling.buttons()).toContain(say(locale, "crisis-leave-message-button"));
        expect(struggling.buttons()).not.toContain(say(locale, "menu-talk"));
        expect(promisesCounselorNow(locale, seenSince(struggling, 0))).toEqual([]);
        expect(h.logs()).toContain("duty state unreadable: no counselor promised now");
      });

      // Nothing lost: both requests wait, the crisis first, with what they wrote (the crisis words passed on too).
      const crisisCase = await openCaseOf(h, inCrisis);
      const askedCase = await openCaseOf(h, asking);
      expect(crisisCase).toMatchObject({ status: "queued", priority: 0, waiting: 2 });
      expect(askedCase).toMatchObject({ status: "queued", waiting: 1 });
      const dana = await counselor(h, { first_name: "Dana", language_code: locale }, "Дана");
      await dana.pressInGroup("✋ Взять", { threadId: topicOf(crisisCase) });
      expect(dana.texts()).toContain("1");
      expect(dana.texts()).toContain(SELF_HARM[locale]);
    },
  );
});
