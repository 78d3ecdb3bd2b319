// Close, block and transfer to a named counselor cannot be undone: each asks once more, and
// only its own "Yes" acts. "No" changes nothing; stale and forged answers change nothing either.
import { beforeEach, describe, expect, it } from "vitest";
import { LOCALES } from "../../src/config/index.ts";
import { caseSeal } from "../../src/counselors/buttons.ts";
import type { TestCounselor, TestUser } from "../support/harness.ts";
import { DATABASE_KINDS, type Harness } from "../support/harness.ts";
import { askForHuman, caseByRef, deskCastHooks, openCaseOf, say, takenCase, topicOf } from "./helpers.ts";

describe.each(DATABASE_KINDS)("confirmations on %s", (kind) => {
  let h: Harness;
  let dana: TestCounselor;
  let erlan: TestCounselor;
  let anna: TestUser;
  let ref: string;
  let threadId: number;
  deskCastHooks(kind, { id: 5_550_007_201 }, (cast) => {
    ({ h, dana, erlan, anna } = cast);
  });
  beforeEach(async () => {
    const taken = await takenCase(h, anna, dana);
    // Dana has written: a close then ends a conversation (one nobody answered is told apart, crisis-case-care).
    await dana.send("Здравствуйте, я Дана");
    ref = taken.item.ref;
    threadId = taken.threadId;
  });

  const lastAnswer = () => h.telegram.callsTo("answerCallbackQuery").at(-1)?.payload.text;
  const head = () => h.telegram.messagesIn(h.counselorChatId, { threadId })[0]!;
  const outcome = (key: string) => say("ru", `counselors-outcome-${key}`);

  it("closes from the head's buttons only after Yes; No puts the head back", async () => {
    await dana.pressInGroup("✖️ Закрыть", { threadId });
    await dana.pressInGroup(outcome("consulted"), { threadId });
    const question = say("ru", "counselors-confirm-close", { ref, outcome: outcome("consulted") });
    expect(head().text?.endsWith(question)).toBe(true);
    expect(h.telegram.buttonsOf(head()).map((b) => b.text)).toEqual([
      say("ru", "counselors-confirm-yes"),
      say("ru", "counselors-confirm-no"),
    ]);
    expect((await caseByRef(h, ref)).status).toBe("active");
    await dana.pressInGroup(say("ru", "counselors-confirm-no"), { threadId });
    expect(lastAnswer()).toBe(say("ru", "counselors-confirm-cancelled"));
    expect(head().text).not.toContain(question);
    expect(h.telegram.buttonsOf(head()).map((b) => b.text)).toEqual(["↪️ Передать", "✖️ Закрыть"]);
    expect((await caseByRef(h, ref)).status).toBe("active");

    await dana.pressInGroup("✖️ Закрыть", { threadId });
    await dana.pressInGroup(outcome("referred"), { threadId });
    const callsBefore = h.telegram.calls.length;
    await dana.pressInGroup(say("ru", "counselors-confirm-yes"), { threadId });
    expect(await caseByRef(h, ref)).toMatchObject({ status: "closed", outcome: "referred" });
    // No history consent: the topic went at close, head and all; nothing tries to edit the head after it.
    expect(h.telegram.calls.slice(callsBefore).filter((call) => !call.response.ok)).toEqual([]);
    expect(anna.lastText()).toContain(say("ru", "counselors-closed-by-counselor"));
  });

  it("closes from the private chat with /close and a note, kept after Yes; a second Yes is stale", async () => {
    await dana.send("/close consulted дала адрес центра");
    expect(dana.lastText()).toBe(
      `${say("ru", "counselors-confirm-close", { ref, outcome: outcome("consulted") })}\n📝 дала адрес центра`,
    );
    const question = dana.last()!;
    const callsBefore = h.telegram.calls.length;
    await dana.press(say("ru", "counselors-confirm-yes"));
    // Her button is answered as soon as the case is closed, before Anna is told or the topic goes.
    const after = h.telegram.calls.slice(callsBefore).map((call) => call.method);
    expect(after.indexOf("answerCallbackQuery")).toBeLessThan(after.indexOf("sendMessage"));
    expect(after.indexOf("answerCallbackQuery")).toBeLessThan(after.indexOf("deleteForumTopic"));
    expect(anna.lastText()).toContain(say("ru", "counselors-closed-by-counselor"));
    const closed = await h.db.prisma.counselCase.findFirst({ select: { status: true, closeNote: true } });
    expect(closed).toEqual({ status: "closed", closeNote: "дала адрес центра" });
    expect(h.telegram.messagesIn(dana.id).find((m) => m.messageId === question.messageId)?.text).toBe(
      say("ru", "counselors-closed-done", { ref, outcome: outcome("consulted") }),
    );
    // The same answer again (a double tap, another device): kind, and nothing happens.
    const id = (await caseByRef(h, ref)).id;
    const data = `case-ok-close:yes:${id}:consulted:${caseSeal(h, id)}`;
    await dana.pressForged(data);
    expect(lastAnswer()).toBe(say("ru", "counselors-confirm-stale"));
    expect(await h.db.prisma.caseAudit.count({ where: { action: "closed" } })).toBe(1);
  });

  it("asks how long to block, then confirms; the reason survives the questions", async () => {
    await dana.inGroup("/block оскорбления", { threadId });
    const topicTexts = () => dana.groupTexts({ threadId });
    expect(topicTexts().at(-1)).toBe(`${say("ru", "counselors-block-how-long", { ref })}\n📝 оскорбления`);
    await dana.pressInGroup(say("ru", "counselors-block-days", { days: 7 }), { threadId });
    expect(topicTexts().at(-1)).toBe(
      `${say("ru", "counselors-confirm-block", { ref, days: 7 })}\n📝 оскорбления`,
    );
    expect(await h.db.prisma.caseBlock.count()).toBe(0);
    await dana.pressInGroup(say("ru", "counselors-confirm-yes"), { threadId });
    const [block] = await h.db.prisma.caseBlock.findMany();
    expect(block?.reason).toBe("оскорбления");
    expect((await caseByRef(h, ref)).outcome).toBe("abusive");
    expect(say("ru", "counselors-confirm-block", { ref, days: 7 })).toContain("7 дней");
    expect(say("ru", "counselors-block-days", { days: 1 })).toBe("1 день");
  });

  it("cancels a block with No; nothing is blocked", async () => {
    await dana.send("/block 30 спам");
    expect(dana.lastText()).toBe(`${say("ru", "counselors-confirm-block", { ref, days: 30 })}\n📝 спам`);
    await dana.press(say("ru", "counselors-confirm-no"));
    expect(dana.lastText()).toBe(say("ru", "counselors-confirm-cancelled"));
    expect(await h.db.prisma.caseBlock.count()).toBe(0);
    expect((await caseByRef(h, ref)).status).toBe("active");
  });

  it("confirms a transfer to a named counselor; the queue needs no question", async () => {
    await dana.pressInGroup("↪️ Передать", { threadId });
    await dana.pressInGroup("Ерлан", { threadId });
    expect(head().text?.endsWith(say("ru", "counselors-confirm-transfer", { ref, alias: "Ерлан" }))).toBe(
      true,
    );
    const dana_ = await h.db.prisma.counselor.findUnique({
      where: { pseudonym: h.app.pseudonymize(dana.id) },
    });
    expect((await caseByRef(h, ref)).counselorId).toBe(dana_?.id);
    await dana.pressInGroup(say("ru", "counselors-confirm-yes"), { threadId });
    expect(anna.lastText()).toContain("консультант Ерлан");

    await erlan.send("/transfer");
    await erlan.press(say("ru", "counselors-button-to-queue"));
    expect((await caseByRef(h, ref)).status).toBe("queued");
  });

  it("answers forged and stale confirmations kindly and changes nothing", async () => {
    const id = (await caseByRef(h, ref)).id;
    const seal = caseSeal(h, id);
    // Malformed data falls through to the kind "this button no longer works" answer.
    for (const data of [
      `case-ok-close:yes:${id}:ended:${seal}`,
      `case-ok-block:yes:${id}:0:${seal}`,
      `case-ok-to:maybe:${id}:1:${seal}`,
    ]) {
      await dana.pressForged(data);
      expect(lastAnswer()).toBe(say("ru", "stale-button"));
    }
    // Well-formed, but from someone who may not manage the case.
    await erlan.pressForged(`case-ok-close:yes:${id}:consulted:${seal}`);
    expect(lastAnswer()).toBe(say("ru", "counselors-not-allowed"));
    // A person pressing a counselor's confirmation in their own chat: nothing that tells of a desk (outsider 27, 31).
    // No menu follows, so none is promised.
    await anna.pressForged(`case-ok-block:yes:${id}:7:${seal}`);
    expect(lastAnswer()).toBe(say("ru", "stale-button-only"));
    await anna.pressForged(`case:take:${id}:${seal}`);
    expect(lastAnswer()).toBe(say("ru", "stale-button-only"));
    // A case that no longer exists.
    await dana.pressForged(`case-ok-to:yes:999999:1:${caseSeal(h, 999999)}`);
    expect(lastAnswer()).toBe(say("ru", "counselors-confirm-stale"));
    expect(await caseByRef(h, ref)).toMatchObject({ status: "active" });
    expect(await h.db.prisma.caseBlock.count()).toBe(0);
  });

  it("closes with /close in the topic: after Yes the topic is gone and nothing tries to edit it", async () => {
    await dana.inGroup("/close consulted", { threadId });
    const question = h.telegram.messagesIn(h.counselorChatId, { threadId }).at(-1)!;
    expect(question.text).toBe(say("ru", "counselors-confirm-close", { ref, outcome: outcome("consulted") }));
    const callsBefore = h.telegram.calls.length;
    await dana.pressInGroup(say("ru", "counselors-confirm-yes"), { threadId });
    expect(await caseByRef(h, ref)).toMatchObject({ status: "closed", outcome: "consulted" });
    // Without history consent the topic, question and all, was deleted; the tap's answer said what happened.
    expect(h.telegram.topicsOf(h.counselorChatId).map((topic) => topic.threadId)).not.toContain(threadId);
    expect(h.telegram.calls.slice(callsBefore).filter((call) => !call.response.ok)).toEqual([]);
    expect(lastAnswer()).toBe(say("ru", "counselors-closed-done", { ref, outcome: outcome("consulted") }));
  });

  it("asks anew when a tap lands on a message without text (a relayed photo): nothing is refused", async () => {
    await anna.sendMedia({ photo: true });
    const photo = dana.last()!;
    expect(photo.text).toBeUndefined();
    const erlanId = (await h.db.prisma.counselor.findUnique({
      where: { pseudonym: h.app.pseudonymize(erlan.id) },
    }))!.id;
    const callsBefore = h.telegram.calls.length;
    const id = (await caseByRef(h, ref)).id;
    await dana.pressForged(`case-to:${id}:${erlanId}:${caseSeal(h, id)}`);
    expect(h.telegram.calls.slice(callsBefore).filter((call) => !call.response.ok)).toEqual([]);
    expect(dana.last()!.messageId).not.toBe(photo.messageId);
    expect(dana.lastText()).toBe(say("ru", "counselors-confirm-transfer", { ref, alias: "Ерлан" }));
    await dana.press(say("ru", "counselors-confirm-yes"));
    expect(anna.lastText()).toContain("консультант Ерлан");
  });

  // Telegram shows the bot a message over 48 hours old only as its id: the reason or note in a
  // question is gone, so the question asks for the command again and nothing is stored.
  it.each([
    ["ru", "Этому вопросу больше двух дней"],
    ["kk", "Бұл сұраққа екі күннен асты"],
    ["en", "This question is over two days old"],
  ] as const)(
    "a question pressed after 48 hours asks again in %s and stores nothing wrong",
    async (lang, start) => {
      if (lang !== "ru") await dana.send(`/lang ${lang}`);
      const expired = (command: string) => say(lang, "counselors-confirm-expired", { commandName: command });
      expect(expired("/block")).toContain(start);
      // Her alerts are in her own language; a question in the topic is in the group's, read by every counselor.
      const sevenDays = say("ru", "counselors-block-days", { days: 7 });
      await dana.inGroup("/block оскорбления", { threadId });
      await dana.pressInGroup(sevenDays, { threadId, late: true });
      expect(lastAnswer()).toBe(expired("/block"));
      // Its buttons are gone: nobody presses it again expecting it to act.
      expect(() => dana.pressInGroup(sevenDays, { threadId })).toThrow(/no group button/);
      await dana.inGroup("/block оскорбления", { threadId });
      await dana.pressInGroup(sevenDays, { threadId });
      await dana.pressInGroup(say("ru", "counselors-confirm-yes"), { threadId, late: true });
      expect(lastAnswer()).toBe(expired("/block"));
      expect(await h.db.prisma.caseBlock.count()).toBe(0);
      expect((await caseByRef(h, ref)).status).toBe("active");

      await dana.send("/close consulted дала адрес центра");
      await dana.press(say(lang, "counselors-confirm-yes"), { late: true });
      expect(lastAnswer()).toBe(expired("/close"));
      expect((await caseByRef(h, ref)).status).toBe("active");
      // In time, the same question acts with the note it carries.
      await dana.send("/close consulted дала адрес центра");
      await dana.press(say(lang, "counselors-confirm-yes"));
      const closed = await h.db.prisma.counselCase.findFirst({ select: { status: true, closeNote: true } });
      expect(closed).toEqual({ status: "closed", closeNote: "дала адрес центра" });
    },
  );

  it("blocks with the reason its question carried when pressed in time; never a placeholder", async () => {
    await dana.send("/block 7 спам");
    await dana.press(say("ru", "counselors-confirm-yes"));
    expect((await h.db.prisma.caseBlock.findMany()).map((block) => block.reason)).toEqual(["спам"]);
  });
  it.each(LOCALES)(
    "%s: the private /close, /transfer and /block choices end with Back, which withdraws them and changes nothing",
    async (locale) => {
      if (locale !== "ru") await dana.send(`/lang ${locale}`);
      const back = say(locale, "counselors-button-back");
      const cancelled = say(locale, "counselors-confirm-cancelled");
      for (const command of ["/close", "/transfer", "/block спам"]) {
        await dana.send(command);
        const list = dana.last()!;
        expect(h.telegram.buttonsOf(list).at(-1)?.text).toBe(back);
        await dana.press(back);
        // The list became "Cancelled", without buttons: nothing left to press by mistake.
        const now = h.telegram.messagesIn(dana.id).find((message) => message.messageId === list.messageId)!;
        expect(now.text).toBe(cancelled);
        expect(h.telegram.buttonsOf(now)).toEqual([]);
      }
      // Nothing happened to the case or to Anna.
      expect(await caseByRef(h, ref)).toMatchObject({ status: "active" });
      expect(await h.db.prisma.caseBlock.count()).toBe(0);
      expect(
        await h.db.prisma.caseAudit.count({ where: { action: { in: ["closed", "transferred"] } } }),
      ).toBe(0);
      expect(anna.texts().at(-1)).toBe("Здравствуйте, я Дана");
      // In the topic too, the "how long?" question of /block has its Back (in the group's language, as the question);
      // Erlan, who may not manage the case, can't.
      await dana.inGroup("/block спам", { threadId });
      await erlan.pressInGroup(say("ru", "counselors-button-back"), { threadId });
      expect(lastAnswer()).toBe(say("ru", "counselors-not-allowed"));
      await dana.pressInGroup(say("ru", "counselors-button-back"), { threadId });
      expect(dana.groupTexts({ threadId }).at(-1)).toBe(say("ru", "counselors-confirm-cancelled"));
    },
  );

  // Case ids are small sequential numbers: every desk button that names a case is sealed for that case (issue 14).
  it.each(LOCALES)(
    "%s: a crafted button naming another case, or without its seal, acts on nothing",
    async (locale) => {
      if (locale !== "ru") await dana.send(`/lang ${locale}`);
      const held = await caseByRef(h, ref);
      const aigerim = h.user({ language_code: "kk" });
      await askForHuman(aigerim, "kk");
      const other = await openCaseOf(h, aigerim);
      const heard = aigerim.messages().length;
      const erlanId = (await h.db.prisma.counselor.findUnique({
        where: { pseudonym: h.app.pseudonymize(erlan.id) },
      }))!.id;
      // Her own case's seal on the other case's id, then no seal, then a made-up one.
      const wrong = caseSeal(h, held.id);
      const crafted = [
        `case:take:${other.id}:${wrong}`,
        `case:close:${other.id}:${wrong}`,
        `case-out:${other.id}:consulted:${wrong}`,
        `case-block:${other.id}:7:${wrong}`,
        `case-to:${other.id}:${erlanId}:${wrong}`,
        `case-ok-close:yes:${other.id}:consulted:${wrong}`,
        `case-ok-block:yes:${other.id}:7:${wrong}`,
        `case-ok-to:yes:${other.id}:${erlanId}:${wrong}`,
        `case:take:${other.id}:AAAAAAAAAA`,
      ];
      // Without a seal the data is malformed: the bot's usual answer to any stale button (her Telegram language).
      const unsealed = [`case:take:${other.id}`, `case-ok-close:yes:${other.id}:consulted`];
      const from = h.telegram.callsTo("answerCallbackQuery").length;
      for (const data of [...crafted, ...unsealed]) await dana.pressForged(data);
      // In the group, on the other case's own head, the same.
      const otherHead = h.telegram.messagesIn(h.counselorChatId, { threadId: topicOf(other) })[0]!;
      for (const data of crafted.slice(0, 3))
        await h.handle(
          h.telegram.callbackPress(dana.user, h.counselorChatId, otherHead.messageId, data, { forged: true }),
        );
      const answers = h.telegram
        .callsTo("answerCallbackQuery")
        .slice(from)
        .map((call) => call.payload.text);
      expect(answers).toEqual([
        // A crafted seal: the desk's words, pointing to /queue (no menu follows); malformed data: the people's
        // answer with the menu.
        ...crafted.map(() => say(locale, "counselors-stale-button")),
        ...unsealed.map(() => say("ru", "stale-button")),
        ...crafted.slice(0, 3).map(() => say(locale, "counselors-stale-button")),
      ]);
      // Nothing changed: the other case waits, its head and its person untouched; nothing blocked or logged.
      expect(await caseByRef(h, other.ref)).toMatchObject({ status: "queued", counselorId: null });
      expect(h.telegram.messagesIn(h.counselorChatId, { threadId: topicOf(other) })[0]!.text).toBe(
        otherHead.text,
      );
      expect(aigerim.messages().length).toBe(heard);
      expect(await h.db.prisma.caseBlock.count()).toBe(0);
      expect(
        await h.db.prisma.caseAudit.count({ where: { caseRef: other.ref, NOT: { action: "opened" } } }),
      ).toBe(0);
      // Its own sealed button still works.
      await dana.pressInGroup(say("ru", "counselors-button-take"), { threadId: topicOf(other) });
      expect(await caseByRef(h, other.ref)).toMatchObject({ status: "active" });
    },
  );
});
