// "End the conversation" asks once before it ends a case; a stale or mis-aimed tap (an old
// waiting message's button, an earlier "are you sure?", a consent prompt above) never ends one.
// A whole talk, consent to rating, sends no statement through Prisma's client (its CPU per
// statement: src/db/cases.ts).
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import { DATABASE_KINDS, type Harness, type TestUser } from "../support/harness.ts";
import { recordStatements } from "../support/statements.ts";
import { askForHuman, counselor, deskHooks, openCaseOf, SELF_HARM, say, topicOf } from "./helpers.ts";

describe.each(DATABASE_KINDS)("ending a conversation on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  /** Presses a button of one given message (not the newest one that has such a button). */
  function pressOn(person: TestUser, messageId: number, label: string): Promise<void> {
    return h.handle(h.telegram.pressButton(person.user, person.id, messageId, label));
  }

  async function status(caseId: number): Promise<string | undefined> {
    const row = await h.db.prisma.counselCase.findUnique({ where: { id: caseId } });
    return row?.status;
  }

  it.each(["kk", "ru", "en"] as const)(
    "%s: asks once; 'no' keeps it, 'yes' ends it",
    async (locale: Locale) => {
      const dana = await counselor(h, { first_name: "Dana" }, "Дана");
      const person = h.user({ language_code: locale });
      await askForHuman(person, locale);
      const item = await openCaseOf(h, person);
      await person.press(say(locale, "counselors-end-button"));
      expect(person.lastText()).toBe(say(locale, "counselors-end-confirm"));
      expect(person.buttons()).toEqual([say(locale, "counselors-end-yes"), say(locale, "counselors-end-no")]);
      expect(await status(item.id)).toBe("queued");
      await person.press(say(locale, "counselors-end-no"));
      expect(person.lastText()).toBe(say(locale, "counselors-end-kept"));
      expect(await status(item.id)).toBe("queued");

      await dana.pressInGroup("✋ Взять", { threadId: topicOf(item) });
      await person.send("/end");
      expect(person.lastText()).toBe(say(locale, "counselors-end-confirm"));
      await person.press(say(locale, "counselors-end-yes"));
      expect(person.texts()).toContainEqual(expect.stringContaining(say(locale, "counselors-closed-ended")));
      expect((await h.db.prisma.counselCase.findFirst())?.outcome).toBe("ended");
      expect(dana.lastText()).toBe(say("ru", "counselors-notice-ended", { ref: item.ref }));
    },
  );

  it("a tap on the consent prompt above the waiting message, or on an earlier question, ends nothing", async () => {
    const person = h.user({ language_code: "ru" });
    await askForHuman(person);
    const item = await openCaseOf(h, person);
    // The history question came after the waiting message; answering it leaves the case alone.
    await person.press(say("ru", "consent-decline"));
    expect(await status(item.id)).toBe("queued");

    await person.press(say("ru", "counselors-end-button"));
    const firstQuestion = person.last()!.messageId;
    await person.send("/end");
    // "Yes" on the earlier question: stale, nothing ends, and the person is told how to end it.
    await pressOn(person, firstQuestion, say("ru", "counselors-end-yes"));
    expect(person.lastText()).toBe(say("ru", "counselors-end-stale"));
    expect(await status(item.id)).toBe("queued");
    // The same "yes", forged again on a message that has no buttons left: still nothing ends.
    await person.pressForged(`case-end-ok:yes:${item.id}`);
    expect(await status(item.id)).toBe("queued");
    // The newest question's own "yes" ends it.
    await person.press(say("ru", "counselors-end-yes"));
    expect(await status(item.id)).toBe("closed");
  });

  it("a whole talk, from the consent to the rating, goes through the driver, not Prisma's client", async () => {
    const dana = await counselor(h, { first_name: "Dana" }, "Дана");
    const person = h.user({ language_code: "ru" });
    const statements = await recordStatements(async () => {
      await askForHuman(person);
      await person.press(say("ru", "consent-decline")); // no history
      const item = await openCaseOf(h, person);
      await dana.pressInGroup("✋ Взять", { threadId: topicOf(item) });
      await person.send("/end");
      await person.press(say("ru", "counselors-end-yes"));
      await person.press("5");
    });
    expect(person.lastText()).toBe(say("ru", "counselors-rate-thanks"));
    expect(await h.db.sql.query("SELECT rating FROM case_rating")).toEqual([{ rating: 5 }]);
    expect(
      await h.db.sql.query("SELECT purpose FROM consent WHERE pseudonym = $1", [
        h.app.pseudonymize(person.id),
      ]),
    ).toEqual([{ purpose: "counselor" }]);
    // Prisma's client names every table with its schema, in quotes: "schema"."table".
    expect(statements.filter((text) => /"\w+"\."\w+"/.test(text))).toEqual([]);
  });

  it("the end button of an old, closed case's waiting message leaves the new case open", async () => {
    const person = h.user({ language_code: "en" });
    await askForHuman(person, "en");
    const old = await openCaseOf(h, person);
    const oldWaiting = old.waitMessageId!;
    await person.send("/end");
    await person.press(say("en", "counselors-end-yes"));
    await person.send("/menu");
    await person.press(say("en", "menu-talk"));
    const fresh = await openCaseOf(h, person);
    expect(fresh.id).not.toBe(old.id);
    await pressOn(person, oldWaiting, say("en", "counselors-end-button"));
    // Not "nothing to end": she is in the queue, and is told so (test/counselors/person-paths.test.ts).
    expect(person.lastText()).toBe(
      `${say("en", "counselors-case-over")}\n\n${say("en", "counselors-still-queued", { position: 1 })}`,
    );
    expect((await openCaseOf(h, person)).id).toBe(fresh.id);
  });

  it.each(["kk", "ru", "en"] as const)(
    "%s: ended before anyone took it, the last notice leads back to the menu, not a dead end",
    async (locale: Locale) => {
      const person = h.user({ language_code: locale });
      await askForHuman(person, locale);
      await person.send("/end");
      await person.press(say(locale, "counselors-end-yes"));
      // Was the bare "You ended the conversation. Thank you for writing." with nothing under it.
      expect(person.lastText()).toBe(say(locale, "counselors-closed-ended"));
      await person.press(say(locale, "menu-button"));
      expect(person.lastText()).toBe(say(locale, "menu-prompt"));
      await person.send("/end");
      expect(person.lastText()).toContain(say(locale, "counselors-nothing-to-end"));
      expect(person.buttons()).toContain(say(locale, "menu-talk"));
    },
  );

  // Outsider 29, item 8: a queued crisis case ended by the person vanished from the group without a word.
  it.each(["kk", "ru", "en"] as const)(
    "%s: a queued crisis case the person ends is told to the group, as a withdrawal would be",
    async (locale: Locale) => {
      const person = h.user({ language_code: locale });
      await askForHuman(person, locale);
      await person.send(SELF_HARM[locale]);
      const item = await openCaseOf(h, person);
      expect(item.status).toBe("queued");
      await person.send("/end");
      await person.press(say(locale, "counselors-end-yes"));
      expect(await status(item.id)).toBe("closed");
      expect(person.lastText()).toContain(say(locale, "emergency-line"));
      // The topic (no history kept) is gone; the group still hears of it, in its own language.
      expect(h.telegram.callsTo("deleteForumTopic").map((call) => call.payload.message_thread_id)).toContain(
        topicOf(item),
      );
      expect(h.telegram.lastMessageIn(h.counselorChatId)?.text).toBe(
        say("ru", "counselors-notice-ended-crisis", {
          ref: item.ref,
          category: say("ru", "counselors-crisis-self-harm"),
        }),
      );
    },
  );

  it("a taken crisis case the person ends tells its holder of the crisis, not the group", async () => {
    const dana = await counselor(h, { first_name: "Dana", language_code: "en" }, "Dana");
    const person = h.user({ language_code: "ru" });
    await askForHuman(person);
    const item = await openCaseOf(h, person);
    await dana.pressInGroup("✋ Взять", { threadId: topicOf(item) });
    await person.send(SELF_HARM.ru);
    const groupBefore = h.telegram.messagesIn(h.counselorChatId).length;
    await person.press(say("ru", "counselors-end-button"));
    await person.press(say("ru", "counselors-end-yes"));
    expect(dana.lastText()).toBe(
      say("en", "counselors-notice-ended-crisis", {
        ref: item.ref,
        category: say("en", "counselors-crisis-self-harm"),
      }),
    );
    const general = h.telegram.messagesIn(h.counselorChatId).slice(groupBefore);
    expect(general.map((message) => message.text)).not.toContain(
      say("ru", "counselors-notice-ended-crisis", {
        ref: item.ref,
        category: say("ru", "counselors-crisis-self-harm"),
      }),
    );
  });
});
