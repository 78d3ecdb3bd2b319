// Pills or poison already taken, a deep cut already made: the crisis reply's first words are "call an ambulance
// now, even if you feel fine; tell someone near you; unlock the door", before any offer of a counselor. Someone who
// only means to ("выпью все таблетки") keeps the steps that put the means out of reach.

import { describe, expect, it } from "vitest";
import type { SessionData } from "../../src/bot/context.ts";
import type { Locale } from "../../src/config/index.ts";
import { closeAsConsulted, counselor, deskHooks, takenCase } from "../counselors/helpers.ts";
import { DATABASE_KINDS, DEFAULT_NOW, type Harness } from "../support/harness.ts";
import { say, storedSession } from "../support/words.ts";

const TAKEN: { locale: Locale; text: string }[] = [
  { locale: "ru", text: "я выпила много таблеток час назад" },
  { locale: "ru", text: "наглоталась снотворного, теперь страшно" },
  { locale: "ru", text: "я порезала вены" },
  { locale: "en", text: "I already took the pills" },
  { locale: "en", text: "I took a lot of pills an hour ago" },
  { locale: "en", text: "I drank bleach" },
  { locale: "kk", text: "kop dari iship qoidym" },
  { locale: "kk", text: "мен у іштім" },
  { locale: "kk", text: "тамырымды кестім" },
];

const MEANT: { locale: Locale; text: string }[] = [
  { locale: "ru", text: "не хочу больше жить, выпью все таблетки" },
  { locale: "ru", text: "я ещё не выпила таблетки, но хочу" },
  { locale: "en", text: "I'm going to swallow all my pills tonight" },
  { locale: "kk", text: "барлық дәріні ішемін" },
];

const ABOUT_A_RELATIVE: { locale: Locale; text: string }[] = [
  { locale: "ru", text: "моя сестра выпила много таблеток, что делать" },
  { locale: "en", text: "my sister swallowed all her sleeping pills" },
  { locale: "kk", text: "інім көп дәрі ішіп қойды, не істеймін" },
];

/** Tuesday 03:00 in Almaty: off duty. */
const NIGHT = DEFAULT_NOW + 16 * 60 * 60 * 1000;

describe.each(DATABASE_KINDS)("a self-harm act already done on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  async function crisisReplyTo(locale: Locale, text: string) {
    const person = h.user({ language_code: locale });
    await person.send("/start");
    const before = h.telegram.calls.length;
    await person.send(text);
    const first = h.telegram.calls[before];
    expect(first?.method).toBe("sendMessage");
    return { person, paragraphs: String(first?.payload.text).split("\n\n"), payload: first!.payload };
  }

  it.each(TAKEN)(
    "$locale on duty: the ambulance first, then the counselor ($text)",
    async ({ locale, text }) => {
      const { person, paragraphs, payload } = await crisisReplyTo(locale, text);
      expect(paragraphs[0]).toBe(say(locale, "crisis-act-done"));
      // The "if pills were taken, 103" line would say the same again, later and weaker.
      expect(paragraphs).not.toContain(say(locale, "crisis-call-103"));
      expect(paragraphs).not.toContain(say(locale, "crisis-call-112"));
      expect(paragraphs.at(-1)).toBe(say(locale, "crisis-support-self-harm"));
      const markup = payload.reply_markup as { inline_keyboard: { text: string }[][] };
      expect(markup.inline_keyboard[0]?.[0]?.text).toBe(say(locale, "crisis-talk"));
      // Stored and logged as before: the category, never the words.
      const stored = (await storedSession(h, person))?.lastCrisis as SessionData["lastCrisis"];
      expect(stored?.category).toBe("self-harm");
      expect(h.logs()).toContain('"actDone":true');
      expect(h.logs()).not.toContain(text);
    },
  );

  it.each(TAKEN)(
    "$locale off duty: the ambulance first, then who can be reached ($text)",
    async ({ locale, text }) => {
      h.clock.set(NIGHT);
      const { paragraphs } = await crisisReplyTo(locale, text);
      expect(paragraphs[0]).toBe(say(locale, "crisis-act-done"));
      // "Put the pills out of reach" is for someone who has not taken them.
      expect(paragraphs).not.toContain(say(locale, "crisis-steps-self-harm"));
      expect(paragraphs.at(-1)).toBe(say(locale, "crisis-leave-message"));
    },
  );

  it.each(MEANT)("$locale an intent keeps the usual reply ($text)", async ({ locale, text }) => {
    const { paragraphs } = await crisisReplyTo(locale, text);
    expect(paragraphs.slice(0, 2)).toEqual([say(locale, "crisis-call-112"), say(locale, "crisis-call-103")]);
    expect(paragraphs).not.toContain(say(locale, "crisis-act-done"));
  });

  it.each(ABOUT_A_RELATIVE)(
    "$locale a relative who took them: what to do for them ($text)",
    async ({ locale, text }) => {
      const { paragraphs } = await crisisReplyTo(locale, text);
      expect(paragraphs[0]).toBe(say(locale, "crisis-act-done-relative"));
      expect(paragraphs).not.toContain(say(locale, "crisis-act-done"));
      expect(paragraphs).not.toContain(say(locale, "crisis-steps-relative-self-harm"));
      expect(paragraphs.at(-1)).toBe(say(locale, "crisis-support-relative"));
    },
  );

  it("someone already talking with a counselor gets the ambulance line; the counselor is alerted", async () => {
    const dana = await counselor(h, { first_name: "Dana" }, "Дана");
    const anna = h.user({ language_code: "ru" });
    const { threadId } = await takenCase(h, anna, dana);
    const before = h.telegram.calls.length;
    await anna.send("я выпила много таблеток час назад");
    const toAnna = h.telegram.calls.slice(before).find((call) => call.payload.chat_id === anna.id);
    // The ambulance first; no steps (the act is done), and that her counselor has it and answers first.
    expect(String(toAnna?.payload.text).split("\n\n")).toEqual([
      say("ru", "crisis-act-done"),
      say("ru", "crisis-in-case-seen"),
    ]);
    await closeAsConsulted(dana, threadId);
  });
});
