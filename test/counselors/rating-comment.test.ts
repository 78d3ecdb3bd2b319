// A rating's comment is what the person chose to write after "Write a comment", nothing else: crisis
// words get the crisis reply alone (no "thanks", nothing stored), a command is answered as usual and
// ends the wait; the text kept as the comment is consumed by it: thanked for and never also routed as a
// question (outsider 30, item 14: a thank-you drew an unrelated FAQ answer after "comment saved");
// a comment that is kept goes after HISTORY_DAYS, its rating stays.
import { describe, expect, it } from "vitest";
import { PURGE_JOBS } from "../../src/bot/jobs.ts";
import type { Locale } from "../../src/config/index.ts";
import { purgeOnce } from "../../src/retention/index.ts";
import { DAY_MS } from "../../src/time/durations.ts";
import { DATABASE_KINDS, type Harness, type TestCounselor, type TestUser } from "../support/harness.ts";
import { counselor, deskHooks, SELF_HARM, say, takenCase } from "./helpers.ts";

const LOCALES = ["kk", "ru", "en"] as const;

/**
 * Comments the knowledge base would answer or act on if they came alone: the report's thank-you (an FAQ
 * answer), and questions about centers with and without a question mark.
 */
const QUESTION_LIKE: Record<Locale, readonly string[]> = {
  kk: [
    "Кеңесші көп көмектесті, бірақ күту қорқынышты болды. Не жазарымды білмедім",
    "Алматыда орталык кайда?",
    "Алматыда орталық",
  ],
  ru: [
    "Дана очень помогла, но ждать было страшно. мой номер 87015554433 если что",
    "Где центр в Алматы?",
    "центры в Алматы",
  ],
  en: [
    "Dana helped a lot, but waiting was scary. I did not know what to write",
    "Where is a center in Almaty?",
    "centers in Almaty",
  ],
};

const COMMENTS: Record<Locale, string> = {
  kk: "Кеңесші жақсы тыңдады, рахмет",
  ru: "Консультант хорошо выслушала, спасибо",
  en: "The counselor listened well, thank you",
};

describe.each(DATABASE_KINDS)("a rating's comment on %s", (kind) => {
  let h: Harness;
  let dana: TestCounselor;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  /** A talk Dana took, ended by the person and rated 4: the bot then offers a comment. */
  async function rated(locale: Locale): Promise<TestUser> {
    dana = await counselor(h, { first_name: "Dana" }, "Дана");
    const person = h.user({ language_code: locale });
    await takenCase(h, person, dana, locale);
    await person.press(say(locale, "consent-decline")); // no history
    await person.send("/end");
    await person.press(say(locale, "counselors-end-yes"));
    await person.press("4");
    expect(person.lastText()).toBe(say(locale, "counselors-rate-thanks"));
    expect(person.buttons()).toEqual([
      say(locale, "counselors-rate-write-comment"),
      say(locale, "counselors-rate-no-comment"),
    ]);
    return person;
  }

  async function storedComments(): Promise<(string | null)[]> {
    const rows = await h.db.sql.query<{ comment: string | null }>("SELECT comment FROM case_rating");
    return rows.map((row) => row.comment);
  }

  const thanked = (person: TestUser, locale: Locale) =>
    person.texts().includes(say(locale, "counselors-comment-thanks"));

  it.each(LOCALES)("%s: a text without pressing 'Write a comment' is not a comment", async (locale) => {
    const person = await rated(locale);
    await person.send(COMMENTS[locale]);
    expect(thanked(person, locale)).toBe(false);
    expect(await storedComments()).toEqual([null]);
  });

  it.each(LOCALES)(
    "%s: the chosen comment is kept anonymously, then erased after its period",
    async (locale) => {
      const person = await rated(locale);
      await person.press(say(locale, "counselors-rate-write-comment"));
      expect(person.lastText()).toBe(say(locale, "counselors-comment-ask", { days: 30 }));
      await person.send(COMMENTS[locale]);
      expect(person.lastText()).toBe(say(locale, "counselors-comment-thanks"));
      expect(dana.texts()).not.toContain(COMMENTS[locale]);
      const [row] = await h.db.prisma.caseRating.findMany();
      expect(row).toMatchObject({ rating: 4, comment: COMMENTS[locale] });
      expect(row?.commentExpiresAt?.getTime()).toBe(h.clock.now() + 30 * DAY_MS);
      // One message only: the next text is a question again, not a second comment.
      await person.send("Ещё одно");
      expect(await storedComments()).toEqual([COMMENTS[locale]]);

      h.clock.advance(30 * DAY_MS - 1);
      expect((await purgeOnce(h.app, PURGE_JOBS)).counts["counselors.rating-comments"]).toBe(0);
      h.clock.advance(1);
      expect((await purgeOnce(h.app, PURGE_JOBS)).counts["counselors.rating-comments"]).toBe(1);
      expect(await h.db.prisma.caseRating.findMany()).toEqual([
        expect.objectContaining({ rating: 4, comment: null, commentExpiresAt: null }),
      ]);
    },
  );

  /** Comments with contact details typed in, and what is kept of them. */
  const WITH_CONTACTS: Record<Locale, { typed: string; kept: string }> = {
    ru: {
      typed: "Консультант хороший, но долго ждал. Я Иван, +7 701 999-88-77, ivan.p@mail.kz",
      kept: "Консультант хороший, но долго ждал. Я Иван, ***, ***",
    },
    kk: {
      typed: "Рахмет! Маған 87019998877 нөміріне хабарласыңыз, telegram @aidana_k, сайт https://t.me/x",
      kept: "Рахмет! Маған *** нөміріне хабарласыңыз, telegram ***, сайт ***",
    },
    en: {
      typed: "Good talk in 2 days, 10 minutes wait. Call me on (701) 999 8877",
      kept: "Good talk in 2 days, 10 minutes wait. Call me on ***",
    },
  };

  it.each(LOCALES)(
    "%s: a phone number, e-mail, @name or link in a comment is never stored",
    async (locale) => {
      const person = await rated(locale);
      await person.press(say(locale, "counselors-rate-write-comment"));
      await person.send(WITH_CONTACTS[locale].typed);
      expect(person.lastText()).toBe(say(locale, "counselors-comment-thanks-contacts-removed"));
      expect(await storedComments()).toEqual([WITH_CONTACTS[locale].kept]);
      expect(await h.db.dump()).not.toMatch(/9998877|999 8877|aidana_k|ivan\.p@|t\.me/);
    },
  );

  it.each(LOCALES)("%s: crisis words get the crisis reply alone, never kept as a comment", async (locale) => {
    const person = await rated(locale);
    await person.press(say(locale, "counselors-rate-write-comment"));
    const before = person.texts().length;
    await person.send(SELF_HARM[locale]);
    const replies = person.texts().slice(before);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toContain("112");
    expect(thanked(person, locale)).toBe(false);
    expect(await storedComments()).toEqual([null]);
    // The wait is over: the next text is not taken either.
    await person.send(COMMENTS[locale]);
    expect(thanked(person, locale)).toBe(false);
    expect(await storedComments()).toEqual([null]);
  });

  it.each(LOCALES)(
    "%s: a comment is consumed by the wait: thanked for with the menu button, never answered as a question",
    async (locale) => {
      for (const comment of QUESTION_LIKE[locale]) {
        await h.db.reset();
        const person = await rated(locale);
        await person.press(say(locale, "counselors-rate-write-comment"));
        const before = person.texts().length;
        await person.send(comment);
        const replies = person.texts().slice(before);
        expect(replies, comment).toHaveLength(1);
        expect([
          say(locale, "counselors-comment-thanks"),
          say(locale, "counselors-comment-thanks-contacts-removed"),
        ]).toContain(replies[0]);
        expect(person.buttons(), comment).toEqual([say(locale, "menu-button")]);
        expect(await storedComments()).toHaveLength(1);
        expect((await storedComments())[0]).not.toMatch(/87015554433/);
        // One comment: the next text is routed as usual again (and not kept).
        await person.send(QUESTION_LIKE[locale][1] ?? "");
        expect(person.texts().length).toBeGreaterThan(before + 1);
        expect(await storedComments()).toHaveLength(1);
      }
    },
  );

  it.each(LOCALES)("%s: a command is answered as usual, not kept, and ends the wait", async (locale) => {
    const person = await rated(locale);
    await person.press(say(locale, "counselors-rate-write-comment"));
    await person.send("/menu");
    expect(person.buttons()).toContain(say(locale, "menu-talk"));
    expect(thanked(person, locale)).toBe(false);
    await person.send(COMMENTS[locale]);
    expect(thanked(person, locale)).toBe(false);
    expect(await storedComments()).toEqual([null]);
  });

  it("'No comment' after 'Write a comment' keeps nothing; a late press finds the window closed", async () => {
    const person = await rated("ru");
    await person.press(say("ru", "counselors-rate-write-comment"));
    await person.press(say("ru", "counselors-rate-no-comment"));
    expect(person.lastText()).toBe(say("ru", "counselors-rate-skipped"));
    await person.send(COMMENTS.ru);
    expect(await storedComments()).toEqual([null]);

    await h.db.reset();
    const late = await rated("en");
    h.clock.advance(16 * 60_000);
    await late.press(say("en", "counselors-rate-write-comment"));
    expect(late.lastText()).toBe(say("en", "counselors-rate-done"));
    await late.send(COMMENTS.en);
    expect(thanked(late, "en")).toBe(false);
    expect(await storedComments()).toEqual([null]);
  });
});
