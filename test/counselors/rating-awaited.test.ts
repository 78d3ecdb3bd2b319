// The rating asked after a conversation with a counselor is a question the bot waits on (defects26, 3): a
// sticker, photo or voice message meanwhile gets the kind "answer with the buttons" reply, as a reply to the
// rating, which stays answerable; so do the comment asked after it, the choice of language and /forget's
// confirmation. The rating is usually asked from someone else's update (a counselor closing the case), so it
// is kept in a stored-state row of its own until the person's next update takes it (src/bot/awaiting.ts).
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/config/index.ts";
import { expectPointedBack } from "../support/awaiting.ts";
import { DATABASE_KINDS, type Harness } from "../support/harness.ts";
import { counselor, deskHooks, say, takenCase } from "./helpers.ts";

describe.each(DATABASE_KINDS)("questions the bot waits on, after a conversation, on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  const ratings = async () =>
    (await h.db.sql.query<{ rating: number }>("SELECT rating FROM case_rating")).map((row) => row.rating);
  const askedElsewhere = async () =>
    (await h.db.sql.query<{ key: string }>("SELECT key FROM stored_state WHERE key LIKE 'q:%'")).length;

  it.each(LOCALES)(
    "%s: closed by the counselor, the rating and then its comment stay answerable after a sticker, a photo and a voice message",
    async (locale) => {
      const dana = await counselor(h, { first_name: "Dana" }, "Дана");
      const person = h.user({ language_code: locale });
      const { threadId } = await takenCase(h, person, dana, locale);
      // A conversation took place: a case nobody answered asks for no rating.
      await dana.send("Здравствуйте");
      await dana.inGroup("/close consulted", { threadId });
      await dana.pressInGroup(say("ru", "counselors-confirm-yes"), { threadId });
      const rating = person.last()!;
      expect(rating.text).toContain(say(locale, "counselors-rate-question"));
      // Asked from Dana's update: kept for the person's next one.
      expect(await askedElsewhere()).toBe(1);

      await expectPointedBack(person, locale, rating.messageId);
      expect(await askedElsewhere()).toBe(0);
      await person.press("4");
      expect(await ratings()).toEqual([4]);
      const comment = person.last()!;
      expect(comment.text).toBe(say(locale, "counselors-rate-thanks"));

      await expectPointedBack(person, locale, comment.messageId);
      await person.press(say(locale, "counselors-rate-no-comment"));
      expect(person.lastText()).toBe(say(locale, "counselors-rate-skipped"));
      // Nothing waits now: a sticker gets the menu, as anywhere else.
      await person.send({ sticker: true });
      expect(person.lastText()).toContain(say(locale, "unhandled-media"));
      expect(await ratings()).toEqual([4]);
    },
  );

  it.each(LOCALES)("%s: ended by the person, the rating stays answerable after a photo", async (locale) => {
    const dana = await counselor(h, { first_name: "Dana" }, "Дана");
    const person = h.user({ language_code: locale });
    await takenCase(h, person, dana, locale);
    await person.press(say(locale, "counselors-end-button"));
    await person.press(say(locale, "counselors-end-yes"));
    const rating = person.last()!;
    expect(rating.text).toContain(say(locale, "counselors-rate-question"));
    await expectPointedBack(person, locale, rating.messageId);
    await person.press(say(locale, "counselors-rate-skip"));
    expect(person.lastText()).toBe(say(locale, "counselors-rate-skipped"));
    expect(await ratings()).toEqual([]);
  });

  it.each(LOCALES)(
    "%s: the choice of language and /forget's confirmation stay answerable",
    async (locale) => {
      const person = h.user({ language_code: locale });
      await person.send("/start");
      await person.send("/language");
      const choice = person.last()!;
      expect(choice.text).toBe(say(locale, "language-choose"));
      await expectPointedBack(person, locale, choice.messageId);
      await person.press("English");
      expect(person.texts().join("\n")).toContain(say("en", "language-changed"));

      await person.send("/forget");
      const forget = person.last()!;
      expect(forget.text).toBe(say("en", "forget-confirm"));
      await expectPointedBack(person, "en", forget.messageId);
      await person.press(say("en", "forget-no"));
      expect(person.texts().join("\n")).toContain(say("en", "forget-kept"));
    },
  );
});
