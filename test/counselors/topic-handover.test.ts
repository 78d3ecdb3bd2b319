// A case taken in its topic after a requeue (outside tester, desk30 item 2), through the real bot on both
// databases: a counselor without a private chat with the bot takes it, and the topic shows what the person
// wrote before the requeue (to the first holder, privately) and while queued, each copy answerable by a
// reply; a case that ran in its topic all along is not copied twice.
import { describe, expect, it } from "vitest";
import { DATABASE_KINDS } from "../support/harness.ts";
import {
  askForHuman,
  caseByRef,
  type DeskCast,
  deskCastHooks,
  identityLeaks,
  openCaseOf,
  say,
  topicOf,
} from "./helpers.ts";

describe.each(DATABASE_KINDS)("a case taken in its topic after a requeue on %s", (kind) => {
  let cast: DeskCast;
  deskCastHooks(kind, { username: "anna_secret", last_name: "Serikova" }, (c) => {
    cast = c;
  });

  it("the topic shows the conversation so far, and a reply to an old message reaches the person", async () => {
    const { h, dana, anna } = cast;
    await askForHuman(anna);
    await anna.send("Первое, пока жду");
    const item = await openCaseOf(h, anna);
    const threadId = topicOf(item);
    await dana.pressInGroup("✋ Взять", { threadId });
    expect(dana.texts()).toContain("Первое, пока жду");
    await anna.send("Второе, для Даны");
    await dana.send("/transfer");
    await dana.press(say("ru", "counselors-button-to-queue"));
    expect((await caseByRef(h, item.ref)).status).toBe("queued");
    await anna.send("Третье, снова в очереди");
    const before = h.telegram.messagesIn(h.counselorChatId, { threadId }).length;

    // Karina never opened a private chat with the bot: the case runs in the topic.
    const karina = h.counselor({ first_name: "Karina" });
    await karina.inGroup("/alias Карина");
    await karina.pressInGroup("✋ Взять", { threadId });
    expect(await caseByRef(h, item.ref)).toMatchObject({ status: "active", inTopic: true });

    const shown = h.telegram
      .messagesIn(h.counselorChatId, { threadId })
      .slice(before)
      .map((message) => message.text);
    expect(shown).toContain(say("ru", "counselors-handover-no-history"));
    expect(shown).toContain(say("ru", "counselors-handover-latest"));
    for (const text of ["Первое, пока жду", "Второе, для Даны", "Третье, снова в очереди"])
      expect(shown.filter((line) => line === text)).toHaveLength(1);
    // The hand-over comes before what waited, and the person's words in the order they wrote them.
    const order = ["Первое, пока жду", "Второе, для Даны", "Третье, снова в очереди"].map((text) =>
      shown.indexOf(text),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(shown.indexOf(say("ru", "counselors-handover-latest"))).toBeLessThan(order[0]!);

    // An answer to the message written to Dana reaches Anna from the topic.
    const oldCopy = h.telegram
      .messagesIn(h.counselorChatId, { threadId })
      .slice(before)
      .find((message) => message.text === "Второе, для Даны")!;
    await karina.inGroup("Я прочитала, я здесь", { threadId, replyTo: oldCopy.messageId });
    expect(anna.lastText()).toBe("Я прочитала, я здесь");
    // Dana's private chat is not where it goes on.
    await anna.send("Спасибо");
    expect(dana.texts()).not.toContain("Спасибо");
    expect(h.telegram.lastMessageIn(h.counselorChatId, { threadId })?.text).toBe("Спасибо");
    expect(identityLeaks(h, anna.user, [dana, karina])).toEqual([]);
  });

  it("a case that ran in its topic all along is not copied into it again", async () => {
    const { h, anna } = cast;
    await askForHuman(anna);
    const item = await openCaseOf(h, anna);
    const threadId = topicOf(item);
    const karina = h.counselor({ first_name: "Karina" });
    await karina.inGroup("/alias Карина");
    await karina.pressInGroup("✋ Взять", { threadId });
    await anna.send("Только в теме");
    await karina.inGroup("/transfer", { threadId });
    await karina.pressInGroup(say("ru", "counselors-button-to-queue"), { threadId });
    expect((await caseByRef(h, item.ref)).status).toBe("queued");
    await karina.pressInGroup("✋ Взять", { threadId });
    const texts = h.telegram.messagesIn(h.counselorChatId, { threadId }).map((message) => message.text);
    expect(texts.filter((text) => text === "Только в теме")).toHaveLength(1);
    expect(texts).not.toContain(say("ru", "counselors-handover-latest"));
  });
});
