// A person in a case never loses a message to a prompt (issue 10): a short word typed after /centers while a case is
// open goes to the counselor, not to "I don't know this place"; and the first message after a case ended without
// them is not taken as a question, but answered "that conversation has ended", with "Talk again", which carries it.
import { describe, expect, it } from "vitest";
import { PURGE_JOBS } from "../../src/bot/jobs.ts";
import type { Locale } from "../../src/config/index.ts";
import { purgeOnce } from "../../src/retention/index.ts";
import { DATABASE_KINDS, type Harness, type TestUser } from "../support/harness.ts";
import { askForHuman, counselor, deskHooks, openCaseOf, say, takenCase } from "./helpers.ts";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** A city the directory knows, as each language writes it: typed alone, it would answer "where?". */
const CITY: Record<Locale, string> = { kk: "Қарағанды", ru: "Караганда", en: "Karaganda" };

/** "Are you there?": a short line a waiting person types. */
const STILL_THERE: Record<Locale, string> = { kk: "сіз бармысыз?", ru: "вы здесь?", en: "are you there?" };

describe.each(DATABASE_KINDS)("no message lost to a prompt on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  /** The person's own newest message in their chat. */
  const lastWritten = (person: TestUser) =>
    h.telegram
      .messagesIn(person.id)
      .filter((message) => !message.from.is_bot)
      .at(-1)!;

  /** The person's messages in the case's message map (source "p"): what the relay took, by their ids. */
  const relayed = async (caseId: number) =>
    (
      await h.db.sql.query<{ id: number }>(
        "SELECT source_message_id AS id FROM case_message WHERE case_id = $1 AND source = 'p'",
        [caseId],
      )
    ).map((row) => Number(row.id));

  it.each(["kk", "ru", "en"] as const)(
    "%s: waiting for a counselor, /centers and then a city's name: relayed to the case, not a directory answer",
    async (locale) => {
      const person = h.user({ language_code: locale });
      await askForHuman(person, locale);
      const item = await openCaseOf(h, person);
      await person.send("/centers");
      expect(person.lastText()).toBe(say(locale, "centers-ask"));
      await person.send(CITY[locale]);
      // Waiting for the counselor who takes the case, like every message written while queued.
      expect(await relayed(item.id)).toContain(lastWritten(person).messageId);
      expect(person.lastText()).toBe(say(locale, "counselors-queued-ack"));
      expect(person.texts()).not.toContain(say(locale, "centers-unknown-place"));
      expect(person.texts().join("\n")).not.toContain(say(locale, "centers-distance-nearby", { km: 5 }));
    },
  );

  it("with a counselor: a word typed after /centers reaches the counselor", async () => {
    const dana = await counselor(h, { first_name: "Dana" }, "Дана");
    const person = h.user({ language_code: "ru" });
    const { item } = await takenCase(h, person, dana);
    await person.send("/centers");
    await person.send("Каркаралинск");
    expect(await relayed(item.id)).toContain(lastWritten(person).messageId);
    expect(dana.texts()).toContain("Каркаралинск");
    expect(person.texts()).not.toContain(say("ru", "centers-unknown-place"));
  });

  it("with no case open, the same word still answers 'where?'", async () => {
    const person = h.user({ language_code: "ru" });
    await person.send("/centers");
    await person.send("Каркаралинск");
    expect(person.lastText()).toBe(say("ru", "centers-unknown-place"));
  });

  it.each(["kk", "ru", "en"] as const)(
    "%s: typed after the request closed unanswered: told it ended, and 'Talk again' carries the message",
    async (locale) => {
      const person = h.user({ language_code: locale });
      await askForHuman(person, locale);
      const first = await openCaseOf(h, person);
      h.clock.advance(h.config.CASE_QUEUE_DAYS * DAY + MINUTE);
      await purgeOnce(h.app, PURGE_JOBS, h.clock.now(), h.bot.api);
      expect(person.lastText()).toBe(say(locale, "counselors-closed-expired"));

      const answersBefore = person.texts().length;
      await person.send(STILL_THERE[locale]);
      const typed = lastWritten(person);
      // One answer, not the knowledge base's: the conversation ended, and the way back.
      expect(person.texts().slice(answersBefore)).toEqual([say(locale, "counselors-ended-not-passed")]);
      expect(person.buttons()).toEqual([say(locale, "counselors-talk-again"), say(locale, "menu-button")]);

      await person.press(say(locale, "counselors-talk-again"));
      if (person.lastText() === say(locale, "consent-counselor-brief", { carried: "yes" }))
        await person.press(say(locale, "consent-allow"));
      const again = await openCaseOf(h, person);
      expect(again.id).not.toBe(first.id);
      expect(await relayed(again.id)).toContain(typed.messageId);
    },
  );

  it("a conversation the person ended themselves: what they type next is a question, as before", async () => {
    const person = h.user({ language_code: "ru" });
    await askForHuman(person);
    await person.send("/end");
    await person.press(say("ru", "counselors-end-yes"));
    await person.send("что делать если сын ушёл в секту");
    expect(person.texts()).not.toContain(say("ru", "counselors-ended-not-passed"));
  });
});
