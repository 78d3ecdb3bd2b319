// One crisis reply per message: a person who fixes a typo in a message that was answered as a crisis (outside a
// case) does not get the emergency numbers again on every edit; an edit that first brings crisis words gets them once.
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import { DATABASE_KINDS, type Harness, harnessHooks, type TestUser } from "../support/harness.ts";
import { say, storedSession } from "../support/words.ts";

const CRISIS: Record<Locale, string[]> = {
  kk: ["өлгім келеді", "өлгім келеді, шынымен", "өлгім келеді, шынымен, бүгін"],
  ru: ["не хочу больше жить", "не хочу больше жить, правда", "не хочу больше жить, правда, сегодня"],
  en: ["i just want to die", "i just want to die, really", "i just want to die, really, today"],
};
const ORDINARY: Record<Locale, string> = {
  kk: "Сәлеметсіз бе, бұл анонимді ме?",
  ru: "Здравствуйте, это анонимно?",
  en: "Hello, is this anonymous?",
};

describe.each(DATABASE_KINDS)("edits and the crisis reply on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, {}, (harness) => {
    h = harness;
  });

  /** How many crisis replies this person has been sent (each leads with 112). */
  function crisisReplies(person: TestUser, locale: Locale): number {
    return person.texts().filter((text) => text.startsWith(say(locale, "crisis-call-112"))).length;
  }

  function lastWritten(person: TestUser): number {
    return h.telegram
      .messagesIn(person.id)
      .filter((message) => !message.from.is_bot)
      .at(-1)!.messageId;
  }

  it.each(["kk", "ru", "en"] as const)(
    "%s: a crisis message edited again and again is answered once",
    async (locale) => {
      const person = h.user({ language_code: locale });
      await person.send("/start");
      const [first, ...edits] = CRISIS[locale];
      await person.send(first!);
      const messageId = lastWritten(person);
      expect(crisisReplies(person, locale)).toBe(1);
      for (const text of edits) await person.edit(messageId, text);
      expect(crisisReplies(person, locale)).toBe(1);
      expect((await storedSession(h, person))?.crisisReplied).toEqual([messageId]);
    },
  );

  it.each(["kk", "ru", "en"] as const)(
    "%s: an edit that first adds crisis words is answered once, its re-edits are not",
    async (locale) => {
      const person = h.user({ language_code: locale });
      await person.send("/start");
      await person.send(ORDINARY[locale]);
      const messageId = lastWritten(person);
      expect(crisisReplies(person, locale)).toBe(0);
      const [first, ...again] = CRISIS[locale];
      await person.edit(messageId, first!);
      expect(crisisReplies(person, locale)).toBe(1);
      for (const text of again) await person.edit(messageId, text);
      expect(crisisReplies(person, locale)).toBe(1);
      // A new message with crisis words is a new message: it is answered.
      await person.send(first!);
      expect(crisisReplies(person, locale)).toBe(2);
      const stored = await storedSession(h, person);
      expect(stored?.crisisReplied).toEqual([messageId, lastWritten(person)]);
      expect(stored?.lastCrisis).toMatchObject({ messageIds: [messageId, lastWritten(person)] });
    },
  );
});
