// A counselor who leaves the counselors' group, or is removed from it (outsider 26, defects 1 and 12): the
// cases they hold go back to the queue at once, first in line, with a note in the topic; the person is told
// kindly that another counselor will continue; nothing more is copied to the removed account, whether
// Telegram said so (chat_member) or the relay found out (getChatMember "left"); and the removed counselor
// writing to the bot is told they are no longer in the group, not to choose an alias. A former counselor keeps
// their alias row, so their presses on the desk's buttons in the group itself act on nothing either (issue 14):
// who may act is decided by their own standing, never by the group the press comes from.
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/config/index.ts";
import { STAFF_ROLE_TTL_MS } from "../../src/counselors/staff-directory.ts";
import { DATABASE_KINDS, type Harness, type TestCounselor } from "../support/harness.ts";
import {
  askForHuman,
  caseByRef,
  counselor,
  deskHooks,
  identityLeaks,
  memberChange,
  openCaseOf,
  say,
  takenCase,
  topicOf,
} from "./helpers.ts";

const WORDS = {
  kk: ["сіз қайдасыз?", "маған қорқынышты"],
  ru: ["вы где?", "мне страшно"],
  en: ["where are you?", "I am scared"],
} as const;

describe.each(DATABASE_KINDS)("a holder who leaves the counselors' group on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  /** Every call that would put something in front of the removed counselor. */
  const toAccount = (id: number, from: number) =>
    h.telegram.calls
      .slice(from)
      .filter((call) => Number(call.payload.chat_id) === id)
      .map((call) => call.method);

  it.each(LOCALES)(
    "%s: removed (chat_member): the case is back first in line, the person told, nothing more copied to her",
    async (locale) => {
      const asel = await counselor(h, { first_name: "Asel", language_code: locale }, "Асель");
      const marat = await counselor(h, { first_name: "Marat", language_code: locale }, "Марат");
      const teen = h.user({ first_name: "Aigerim", username: "aigerim_15", language_code: locale });
      const { item, threadId } = await takenCase(h, teen, asel, locale);
      // Another person waits already: the returned case goes before her (she was already talking).
      const other = h.user({ language_code: locale });
      await askForHuman(other, locale);
      await teen.send("сәлем");
      expect(asel.lastText()).toBe("сәлем");

      const from = h.telegram.calls.length;
      const seenBefore = teen.messages().length;
      await memberChange(h, asel.user, "kicked");

      // Stored: queued, nobody holding it, first in the queue; the log says why.
      const back = await caseByRef(h, item.ref);
      expect(back).toMatchObject({ status: "queued", counselorId: null });
      const queue = await h.db.prisma.counselCase.findMany({ where: { status: "queued" } });
      expect(queue).toHaveLength(2);
      const order = await import("../../src/db/case-queue.ts").then((caseQueue) =>
        caseQueue.inOrder(h.app.db),
      );
      expect(order.map((queued) => queued.ref)[0]).toBe(item.ref);
      const audit = await h.db.prisma.caseAudit.findMany({ where: { caseRef: item.ref } });
      expect(audit.map((entry) => entry.action)).toContain("holder-left");

      // The person: told kindly that another counselor will continue, with her place (first).
      const told = teen.texts().slice(seenBefore);
      expect(told).toHaveLength(1);
      expect(told[0]).toContain(say(locale, "counselors-holder-left"));
      expect(told[0]).toContain(say(locale, "counselors-position", { position: 1 }));
      // The topic: a note that the case is back and why (the group speaks ru).
      expect(h.telegram.messagesIn(h.counselorChatId, { threadId }).map((m) => m.text)).toContain(
        say("ru", "counselors-topic-holder-left", { ref: item.ref, alias: "Асель" }),
      );

      // She writes on: nothing reaches Asel; it waits for the next counselor.
      for (const line of WORDS[locale]) await teen.send(line);
      expect(toAccount(asel.id, from)).toEqual([]);
      expect((await caseByRef(h, item.ref)).waiting).toBe(2);

      // Asel, removed, writes to the bot: told why, not "choose an alias"; nothing goes to the person.
      const teenSeen = teen.messages().length;
      await asel.send("Я здесь, напишите мне");
      expect(asel.lastText()).toBe(say(locale, "counselors-removed"));
      await asel.send("/cases");
      expect(asel.lastText()).toBe(say(locale, "counselors-removed"));
      expect(teen.messages().length).toBe(teenSeen);

      // Marat takes it: the conversation so far (as a transfer hands it over), then what she wrote meanwhile.
      await marat.pressInGroup("✋ Взять", { threadId: topicOf(back) });
      expect(marat.texts()).toContain("сәлем");
      expect(marat.texts().slice(-2)).toEqual([...WORDS[locale]]);
      expect(await openCaseOf(h, teen)).toMatchObject({ status: "active", waiting: 0 });
      expect(identityLeaks(h, teen.user, [asel, marat])).toEqual([]);
    },
  );

  it("removal never told: the relay asks Telegram, finds 'left', and copies nothing to her", async () => {
    const asel = await counselor(h, { first_name: "Asel" }, "Асель");
    const teen = h.user({ language_code: "ru" });
    const { item } = await takenCase(h, teen, asel);
    await teen.send("первое");
    expect(asel.lastText()).toBe("первое");
    // Left while the bot was not told (another instance got the update); the remembered answer grows old.
    h.telegram.setMember(h.counselorChatId, asel.user, "left");
    h.clock.advance(STAFF_ROLE_TTL_MS);
    const from = h.telegram.calls.length;
    await teen.send("вы где?");
    await teen.send("мне страшно");
    const calls = h.telegram.calls.slice(from);
    expect(calls.filter((call) => call.method === "getChatMember")).toHaveLength(1);
    expect(calls.filter((call) => Number(call.payload.chat_id) === asel.id)).toEqual([]);
    expect(await openCaseOf(h, teen)).toMatchObject({ id: item.id, status: "queued", waiting: 2 });
    expect(teen.texts().join("\n")).toContain(say("ru", "counselors-holder-left"));
  });

  it("a holder still in the group: the relay asks Telegram at most once per period, and keeps relaying", async () => {
    const asel = await counselor(h, { first_name: "Asel" }, "Асель");
    const teen = h.user({ language_code: "ru" });
    await takenCase(h, teen, asel);
    h.clock.advance(STAFF_ROLE_TTL_MS);
    const from = h.telegram.calls.length;
    for (const line of ["раз", "два", "три"]) await teen.send(line);
    expect(h.telegram.calls.slice(from).filter((call) => call.method === "getChatMember")).toHaveLength(1);
    expect(asel.texts().slice(-3)).toEqual(["раз", "два", "три"]);
    expect((await openCaseOf(h, teen)).status).toBe("active");
  });
  /**
   * A press of the group button labelled `label` by someone no longer in the group: built as if they could
   * still see it (a public group lets anyone; an old client may send it), their standing left as it is.
   */
  const pressAfterLeaving = async (
    member: TestCounselor,
    status: "left" | "kicked",
    label: string,
    threadId: number,
  ) => {
    h.telegram.setMember(h.counselorChatId, member.user, "member");
    const message = h.telegram.lastMessageWithButtons(h.counselorChatId, { threadId })!;
    const data = h.telegram.buttonsOf(message).find((button) => button.text === label)!.data!;
    const press = h.telegram.callbackPress(member.user, h.counselorChatId, message.messageId, data);
    h.telegram.setMember(h.counselorChatId, member.user, status);
    await h.handle(press);
  };

  it.each(LOCALES)(
    "%s: a former counselor's presses in the group act on nothing: Take, Close and a colleague's Yes",
    async (locale) => {
      const asel = await counselor(h, { first_name: "Asel", language_code: locale }, "Асель");
      const marat = await counselor(h, { first_name: "Marat" }, "Марат");
      const teen = h.user({ language_code: locale });
      await askForHuman(teen, locale);
      const item = await openCaseOf(h, teen);
      const threadId = topicOf(item);
      const head = () => h.telegram.messagesIn(h.counselorChatId, { threadId })[0]!;
      await memberChange(h, asel.user, "kicked");
      const seen = teen.messages().length;
      const headBefore = head().text;
      const answers = (from: number) =>
        h.telegram
          .callsTo("answerCallbackQuery")
          .slice(from)
          .map((call) => [call.payload.text, call.payload.show_alert]);
      const removed = [say(locale, "counselors-removed"), true];

      let from = h.telegram.callsTo("answerCallbackQuery").length;
      await pressAfterLeaving(asel, "kicked", say("ru", "counselors-button-take"), threadId);
      await pressAfterLeaving(asel, "kicked", say("ru", "counselors-button-close"), threadId);
      expect(answers(from)).toEqual([removed, removed]);
      // The head is as it was: no outcomes opened for her.
      expect(head().text).toBe(headBefore);
      expect(h.telegram.buttonsOf(head()).map((button) => button.text)).toContain(
        say("ru", "counselors-button-take"),
      );

      // Marat asks to close the queued case; Asel's Yes on his question closes nothing.
      await marat.pressInGroup(say("ru", "counselors-button-close"), { threadId });
      await marat.pressInGroup(say("ru", "counselors-outcome-consulted"), { threadId });
      from = h.telegram.callsTo("answerCallbackQuery").length;
      await pressAfterLeaving(asel, "kicked", say("ru", "counselors-confirm-yes"), threadId);
      expect(answers(from)).toEqual([removed]);

      // Stored: still queued, nobody holds it, nothing of hers in the log; the person was told nothing.
      expect(await caseByRef(h, item.ref)).toMatchObject({ status: "queued", counselorId: null });
      const audit = await h.db.prisma.caseAudit.findMany({ where: { caseRef: item.ref } });
      expect(audit.map((entry) => entry.actorAlias)).not.toContain("Асель");
      expect(teen.messages().length).toBe(seen);
      // Marat, still a member, may: his No puts the head back, his Take holds.
      await marat.pressInGroup(say("ru", "counselors-confirm-no"), { threadId });
      await marat.pressInGroup(say("ru", "counselors-button-take"), { threadId });
      expect((await caseByRef(h, item.ref)).status).toBe("active");
    },
  );

  it("a former counselor who left unseen: her press asks Telegram once, then acts on nothing", async () => {
    const asel = await counselor(h, { first_name: "Asel" }, "Асель");
    const marat = await counselor(h, { first_name: "Marat" }, "Марат");
    const teen = h.user({ language_code: "ru" });
    await askForHuman(teen);
    const item = await openCaseOf(h, teen);
    const threadId = topicOf(item);
    // She left while the bot was not told; what it remembered of her grows old.
    h.telegram.setMember(h.counselorChatId, asel.user, "left");
    h.clock.advance(STAFF_ROLE_TTL_MS);
    const from = h.telegram.calls.length;
    await pressAfterLeaving(asel, "left", say("ru", "counselors-button-take"), threadId);
    await pressAfterLeaving(asel, "left", say("ru", "counselors-button-close"), threadId);
    const calls = h.telegram.calls.slice(from);
    expect(calls.filter((call) => call.method === "getChatMember")).toHaveLength(1);
    expect(
      calls.filter((call) => call.method === "answerCallbackQuery").map((call) => call.payload.text),
    ).toEqual([say("ru", "counselors-removed"), say("ru", "counselors-removed")]);
    expect(await caseByRef(h, item.ref)).toMatchObject({ status: "queued", counselorId: null });

    // A member pressing on a busy desk: Telegram is asked once per period, not at every button.
    const marked = h.telegram.calls.length;
    await marat.pressInGroup(say("ru", "counselors-button-close"), { threadId });
    await marat.pressInGroup(say("ru", "counselors-button-back"), { threadId });
    await marat.pressInGroup(say("ru", "counselors-button-take"), { threadId });
    expect(h.telegram.calls.slice(marked).filter((call) => call.method === "getChatMember")).toHaveLength(1);
    expect(await caseByRef(h, item.ref)).toMatchObject({ status: "active" });
  });
});
