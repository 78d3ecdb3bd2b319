// Reply or note, never ambiguous: what reaches the person (the holder's private chat, or a
// reply to the person's message), what stays a note (everything else in the topic, `//`),
// the marks on delivered messages and notes, and a delivery that fails.
import { describe, expect, it } from "vitest";
import type { TestCounselor, TestUser } from "../support/harness.ts";
import { DATABASE_KINDS, type Harness } from "../support/harness.ts";
import { askForHuman, deskCastHooks, identityLeaks, openCaseOf, say, takenCase, topicOf } from "./helpers.ts";

describe.each(DATABASE_KINDS)("replies and notes on %s", (kind) => {
  let h: Harness;
  let dana: TestCounselor;
  let erlan: TestCounselor;
  let anna: TestUser;
  deskCastHooks(kind, { id: 5_550_007_001, username: "anna_k" }, (cast) => {
    ({ h, dana, erlan, anna } = cast);
  });

  /** Dana's own newest message in her private chat with the bot. */
  const ownLast = (member: TestUser) =>
    h.telegram
      .messagesIn(member.id)
      .filter((m) => !m.from.is_bot)
      .at(-1)!;

  it("sends the private chat to the person, keeps the topic as notes, and marks each", async () => {
    await askForHuman(anna);
    const item = await openCaseOf(h, anna);
    const threadId = topicOf(item);
    // The rule is on the head message, where everyone in the topic sees it.
    const head = h.telegram.messagesIn(h.counselorChatId, { threadId })[0]!;
    expect(head.text).toContain(say("ru", "counselors-head-rule"));
    await dana.pressInGroup("✋ Взять", { threadId });
    expect(dana.texts().join("\n")).toContain(say("ru", "counselors-private-help"));

    await dana.send("Здравствуйте, я на связи");
    expect(anna.lastText()).toBe("Здравствуйте, я на связи");
    expect(h.telegram.reactionsOf(dana.id, ownLast(dana).messageId)).toEqual(["👍"]);

    // In the topic, the holder's message is a note: marked ✍, and the first one says how to answer.
    const annaCount = anna.texts().length;
    await dana.inGroup("Похоже, давление со стороны семьи", { threadId });
    const note = h.telegram.messagesIn(h.counselorChatId, { threadId }).at(-2)!;
    expect(note.text).toBe("Похоже, давление со стороны семьи");
    expect(h.telegram.reactionsOf(h.counselorChatId, note.messageId)).toEqual(["✍"]);
    expect(h.telegram.lastMessageIn(h.counselorChatId, { threadId })?.text).toBe(
      say("ru", "counselors-note-hint"),
    );
    // A second note and a colleague's note: marked, no second hint.
    await dana.inGroup("Уточнить регион", { threadId });
    await erlan.inGroup("Могу подключиться вечером", { threadId });
    const hints = dana.groupTexts({ threadId }).filter((text) => text === say("ru", "counselors-note-hint"));
    expect(hints).toHaveLength(1);
    const last = h.telegram.lastMessageIn(h.counselorChatId, { threadId })!;
    expect(h.telegram.reactionsOf(h.counselorChatId, last.messageId)).toEqual(["✍"]);

    // `//` in the private chat is a note too: copied into the topic, marked ✍ where it was written.
    await dana.send("// проверить центры в регионе");
    expect(h.telegram.reactionsOf(dana.id, ownLast(dana).messageId)).toEqual(["✍"]);
    expect(dana.groupTexts({ threadId })).toContain("📝 Дана: проверить центры в регионе");
    expect(anna.texts()).toHaveLength(annaCount);
    // Notes are in the message map (ids only), and never count as the first reply.
    const rows = await h.db.prisma.caseMessage.findMany({ where: { source: "n" } });
    expect(rows).toHaveLength(4);
    expect(identityLeaks(h, anna.user, [dana, erlan])).toEqual([]);
  });

  it("reports at once when the person blocked the bot: one clear line, one log line, nothing kept as sent", async () => {
    const { item, threadId } = await takenCase(h, anna, dana);
    h.telegram.setBotBlocked(anna.user, true);

    await dana.send("Вы здесь?");
    const attempt = ownLast(dana);
    expect(dana.lastText()).toBe(say("ru", "counselors-undelivered-unreachable", { ref: item.ref }));
    expect(dana.last()?.replyToMessageId).toBe(attempt.messageId);
    expect(h.telegram.reactionsOf(dana.id, attempt.messageId)).toEqual([]);
    await dana.send("/t greeting");
    expect(dana.lastText()).toBe(say("ru", "counselors-undelivered-unreachable", { ref: item.ref }));
    expect(dana.texts().join("\n")).not.toContain(
      say("ru", "counselors-template-sent", {
        ref: item.ref,
        language: say("ru", "counselors-language-name", { code: "ru" }),
        text: "",
      }),
    );

    const map = await h.db.prisma.caseMessage.findMany({ where: { source: { startsWith: "c" } } });
    expect(map.map((row) => row.state)).toEqual(["failed"]);
    // The case's log says so once, on the head message.
    const audit = await h.db.prisma.caseAudit.findMany({ where: { action: "undelivered" } });
    expect(audit).toHaveLength(1);
    const head = h.telegram.messagesIn(h.counselorChatId, { threadId })[0]!;
    expect(head.text).toContain(say("ru", "counselors-audit-undelivered"));
    expect(h.logs()).not.toMatch(/Вы здесь/);
  });

  it("reports a deactivated account in the topic, where the holder replied", async () => {
    const john = h.user({ first_name: "John", language_code: "en" });
    await askForHuman(john, "en");
    const item = await openCaseOf(h, john);
    const threadId = topicOf(item);
    const shy = h.counselor({ first_name: "Shy" });
    await shy.inGroup("/alias Karina");
    await shy.pressInGroup("✋ Взять", { threadId });
    await john.send("Hello?");
    const copy = h.telegram.lastMessageIn(h.counselorChatId, { threadId })!;
    expect(copy.text).toBe("Hello?");

    await shy.inGroup("Hello, I am here", { threadId, replyTo: copy.messageId });
    expect(john.lastText()).toBe("Hello, I am here");
    const reply = h.telegram
      .messagesIn(h.counselorChatId, { threadId })
      .find((m) => m.text === "Hello, I am here")!;
    expect(h.telegram.reactionsOf(h.counselorChatId, reply.messageId)).toEqual(["👍"]);

    h.telegram.setUserDeactivated(john.user);
    await shy.inGroup("Are you still there?", { threadId, replyTo: copy.messageId });
    expect(h.telegram.lastMessageIn(h.counselorChatId, { threadId })?.text).toBe(
      say("ru", "counselors-undelivered-unreachable", { ref: item.ref }),
    );
  });

  it("never sends a note written after the case closed, and never treats it as the person's", async () => {
    await askForHuman(anna);
    await anna.press(say("ru", "consent-allow")); // history: the topic is kept after closing
    const item = await openCaseOf(h, anna);
    const threadId = topicOf(item);
    await dana.pressInGroup("✋ Взять", { threadId });
    await anna.send("Мне уже лучше");
    const copy = dana.messages().find((m) => m.text === "Мне уже лучше")!;
    await dana.inGroup("/close consulted", { threadId });
    await dana.pressInGroup(say("ru", "counselors-confirm-yes"), { threadId });
    const annaCount = anna.texts().length;

    // In the kept (closed) topic, where only administrators can still write: stays there, with one line saying so.
    h.telegram.setMember(h.counselorChatId, dana.user, "administrator");
    await dana.inGroup("Итог: человеку стало лучше", { threadId });
    expect(h.telegram.lastMessageIn(h.counselorChatId, { threadId })?.text).toBe(
      say("ru", "counselors-closed-note-only", { ref: item.ref }),
    );
    // In the private chat: a reply to the closed case's message is refused, not taken as a question.
    await dana.send("Ещё одно слово ей", { replyTo: copy.messageId });
    expect(dana.lastText()).toBe(say("ru", "counselors-reply-not-open"));
    expect(anna.texts()).toHaveLength(annaCount);
    expect(await h.db.prisma.counselCase.count()).toBe(1);
  });
});
