// A crisis written by a worried relative about someone close ("у сестры забрали паспорт") gets what the writer can
// do for them, not the safety steps of the one in danger; someone who speaks of themselves keeps their own steps.

import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import type { CrisisCategory } from "../../src/crisis/categories.ts";
import { DATABASE_KINDS, DEFAULT_NOW, type Harness, harnessHooks } from "../support/harness.ts";
import { say } from "../support/words.ts";

const ABOUT_A_RELATIVE: { locale: Locale; text: string }[] = [
  { locale: "ru", text: "у сестры забрали паспорт, её не выпускают из дома" },
  { locale: "ru", text: "мужа держат в какой-то общине и не отпускают" },
  { locale: "ru", text: "мой сын уехал, он звонит и прощается, говорит что больше не увидимся" },
  { locale: "en", text: "my daughter is kept in a house by them, they took her phone" },
  { locale: "kk", text: "бауырым соғысқа кетемін деп жатыр, паспортын біреулер алып қойды" },
  // A relative named with "my" (the English possessive too), and the writer's "I" only worried.
  { locale: "ru", text: "новые друзья моего сына купили ему билет, он улетает завтра утром, я не знаю куда" },
  {
    locale: "en",
    text: "my son's new friends bought him a ticket, he flies out tomorrow morning, I don't know where",
  },
  {
    locale: "kk",
    text: "ұлымның жаңа достары оған билет алып берді, ол ертең таңертең ұшып кетеді, мен қайда екенін білмеймін",
  },
];

const ABOUT_ONESELF: { locale: Locale; text: string }[] = [
  { locale: "ru", text: "мне плохо, а сестра не помогает, хочу умереть" },
  { locale: "ru", text: "муж бьет меня каждый день" },
  { locale: "kk", text: "оны өлтіремін" },
  { locale: "en", text: "my husband beats me" },
  // "My brother" named, but the writer's "I" is the one who must go.
  { locale: "en", text: "my brother says I must go with him to Syria, he bought the ticket" },
  { locale: "ru", text: "мой брат говорит, что я должна уехать с ним в Сирию, билет уже куплен" },
];

// Someone close plans to hurt people: the police now, not how to protect the one planning it.
const ATTACK_PLANNED: { locale: Locale; text: string }[] = [
  { locale: "ru", text: "мой муж сказал что взорвёт себя в мечети, что делать" },
  { locale: "ru", text: "брат говорит, что устроит взрыв в торговом центре" },
  { locale: "kk", text: "күйеуім мешітте өзін жарып жіберемін деді, не істеймін" },
  { locale: "kk", text: "ағам адамдарды атып өлтіремін деп жүр" },
  { locale: "en", text: "my husband said he will blow himself up in the mosque" },
  { locale: "en", text: "my brother says he is going to attack people at the mall with a bomb" },
];

const CATEGORIES: CrisisCategory[] = ["self-harm", "danger", "violence", "travel-pressure"];
/** Tuesday 03:00 in Almaty: off duty. */
const NIGHT = DEFAULT_NOW + 16 * 60 * 60 * 1000;

describe.each(DATABASE_KINDS)("a crisis about someone close on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, {}, (harness) => {
    h = harness;
  });

  async function crisisReplyTo(locale: Locale, text: string): Promise<string> {
    const person = h.user({ language_code: locale });
    await person.send("/start");
    const before = h.telegram.calls.length;
    await person.send(text);
    return String(h.telegram.calls[before]?.payload.text);
  }

  const selfLines = (locale: Locale) =>
    CATEGORIES.flatMap((category) => [
      say(locale, `crisis-steps-${category}`),
      say(locale, `crisis-support-${category}`),
    ]);
  const relativeSteps = (locale: Locale) =>
    CATEGORIES.map((category) => say(locale, `crisis-steps-relative-${category}`));

  it.each(ABOUT_A_RELATIVE)(
    "$locale on duty: the numbers, then what the relative can do ($text)",
    async ({ locale, text }) => {
      const reply = await crisisReplyTo(locale, text);
      const paragraphs = reply.split("\n\n");
      expect(paragraphs[0]).toBe(say(locale, "crisis-call-112"));
      expect(paragraphs.filter((line) => relativeSteps(locale).includes(line))).toHaveLength(1);
      expect(paragraphs.at(-1)).toBe(say(locale, "crisis-support-relative"));
      for (const line of selfLines(locale)) expect(reply).not.toContain(line);
    },
  );

  it.each(ABOUT_A_RELATIVE)(
    "$locale off duty: the relative's steps and the offer to leave a message ($text)",
    async ({ locale, text }) => {
      h.clock.set(NIGHT);
      const reply = await crisisReplyTo(locale, text);
      const paragraphs = reply.split("\n\n");
      expect(paragraphs.filter((line) => relativeSteps(locale).includes(line))).toHaveLength(1);
      expect(paragraphs.at(-1)).toBe(say(locale, "crisis-leave-message"));
      for (const line of selfLines(locale)) expect(reply).not.toContain(line);
    },
  );

  it.each(ATTACK_PLANNED.flatMap((item) => [true, false].map((onDuty) => ({ ...item, onDuty }))))(
    "$locale, on duty $onDuty: someone close planning to hurt people gets 112 and 102 now ($text)",
    async ({ locale, text, onDuty }) => {
      if (!onDuty) h.clock.set(NIGHT);
      const reply = await crisisReplyTo(locale, text);
      const paragraphs = reply.split("\n\n");
      expect(paragraphs[0]).toBe(say(locale, "crisis-call-112"));
      expect(paragraphs).toContain(say(locale, "crisis-call-102"));
      expect(paragraphs).toContain(say(locale, "crisis-steps-attack"));
      for (const line of [...relativeSteps(locale), ...selfLines(locale)]) expect(reply).not.toContain(line);
      expect(paragraphs.at(-1)).toBe(
        say(locale, onDuty ? "crisis-support-relative" : "crisis-leave-message"),
      );
    },
  );

  it.each(ABOUT_ONESELF)(
    "$locale speaking of oneself keeps one's own steps ($text)",
    async ({ locale, text }) => {
      h.clock.set(NIGHT);
      const reply = await crisisReplyTo(locale, text);
      expect(reply.startsWith(say(locale, "crisis-call-112"))).toBe(true);
      for (const line of relativeSteps(locale)) expect(reply).not.toContain(line);
      expect(reply).not.toContain(say(locale, "crisis-support-relative"));
      expect(selfLines(locale).some((line) => reply.includes(line))).toBe(true);
    },
  );
});
