// A counselor's edit of a message already relayed to the person reaches them as the person's edits reach the desk:
// their copy shows the new text, and a short note in their language replies to it (an edit makes no sound). When
// the copy is gone from their chat, the new version comes as a new copy, the note replying to it. An edit that
// changes nothing says nothing. Through the real bot on both databases: from the private chat and from the topic;
// the kept line follows; nothing names the person.
import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "../../src/config/index.ts";
import { DATABASE_KINDS, type Harness, type TestCounselor, type TestUser } from "../support/harness.ts";
import { askForHuman, counselor, deskHooks, identityLeaks, openCaseOf, say, topicOf } from "./helpers.ts";

const FIRST = "Когда вам удобно поговорить?";
const FIXED = "Когда вам удобно поговорить сегодня?";

describe.each(DATABASE_KINDS)("a counselor's edit, seen by the person, on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  /** The counselor's own message in a chat (their private chat, or the group), newest with this text. */
  const own = (chatId: number, member: TestCounselor, text: string) =>
    h.telegram
      .messagesIn(chatId)
      .filter((message) => message.from.id === member.id && message.text === text)
      .at(-1)!;

  /** A person (`locale`, keeping the conversation) whose case Dana took and answered from her private chat. */
  async function answered(locale: Locale): Promise<{ dana: TestCounselor; person: TestUser }> {
    const dana = await counselor(h, { first_name: "Dana", language_code: "ru" }, "Дана");
    const person = h.user({ first_name: "Anna", username: "anna_ed", language_code: locale });
    await askForHuman(person, locale);
    await person.press(say(locale, "consent-allow"));
    await dana.pressInGroup("✋ Взять", { threadId: topicOf(await openCaseOf(h, person)) });
    await person.send("Здравствуйте");
    await dana.send(FIRST);
    return { dana, person };
  }

  it.each(LOCALES)(
    "%s: the copy shows the new text, and a note in the person's language replies to it",
    async (locale) => {
      const { dana, person } = await answered(locale);
      const copy = person.messages().find((message) => message.text === FIRST)!;
      const before = person.messages().length;
      await dana.edit(own(dana.id, dana, FIRST).messageId, FIXED);
      expect(person.messages().find((message) => message.messageId === copy.messageId)?.text).toBe(FIXED);
      const news = person.messages().slice(before);
      expect(news.map((message) => message.text)).toEqual([say(locale, "counselors-counselor-edited")]);
      expect(news[0]?.replyToMessageId).toBe(copy.messageId);
      // Kept (the person allowed it): the corrected text, marked edited.
      const rows = await h.db.prisma.caseHistory.findMany({ where: { author: "Дана" } });
      expect(rows.map((row) => [row.edited, h.app.cipher.open(row.body)])).toEqual([[true, FIXED]]);

      // The same text again changes nothing, and says nothing.
      const after = person.messages().length;
      await dana.edit(own(dana.id, dana, FIXED).messageId, FIXED);
      expect(person.messages()).toHaveLength(after);
      expect(identityLeaks(h, person.user, [dana])).toEqual([]);
    },
  );

  it("the copy is gone from the person's chat: the new version comes as a new copy, with the note", async () => {
    const { dana, person } = await answered("ru");
    const copy = person.messages().find((message) => message.text === FIRST)!;
    await h.bot.api.deleteMessage(person.id, copy.messageId);
    const before = person.messages().length;
    await dana.edit(own(dana.id, dana, FIRST).messageId, FIXED);
    const news = person.messages().slice(before);
    expect(news.map((message) => message.text)).toEqual([FIXED, say("ru", "counselors-counselor-edited")]);
    expect(news[1]?.replyToMessageId).toBe(news[0]?.messageId);
    expect(h.telegram.callsTo("forwardMessage")).toEqual([]);
  });

  it("a reply from the topic, edited there: the person's copy follows, with the note", async () => {
    const person = h.user({ language_code: "kk" });
    await askForHuman(person, "kk");
    const item = await openCaseOf(h, person);
    const threadId = topicOf(item);
    // Karina never opened a private chat with the bot: the case runs in its topic.
    const karina = h.counselor({ first_name: "Karina" });
    await karina.inGroup("/alias Карина");
    await karina.pressInGroup("✋ Взять", { threadId });
    await person.send("Сәлеметсіз бе");
    const theirs = h.telegram
      .messagesIn(h.counselorChatId, { threadId })
      .filter((message) => message.from.is_bot && message.text === "Сәлеметсіз бе")
      .at(-1)!;
    await karina.inGroup(FIRST, { threadId, replyTo: theirs.messageId });
    const copy = person.messages().find((message) => message.text === FIRST)!;
    await karina.editInGroup(own(h.counselorChatId, karina, FIRST).messageId, FIXED);
    expect(person.messages().find((message) => message.messageId === copy.messageId)?.text).toBe(FIXED);
    expect(person.lastText()).toBe(say("kk", "counselors-counselor-edited"));
    expect(person.last()?.replyToMessageId).toBe(copy.messageId);
    expect(identityLeaks(h, person.user, [karina])).toEqual([]);
  });
});
