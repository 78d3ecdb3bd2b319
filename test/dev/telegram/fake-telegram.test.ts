import { GrammyError, InputFile } from "grammy";
import { beforeEach, describe, expect, it } from "vitest";
import { FakeTelegram } from "../../../src/dev/telegram/fake-telegram.ts";
import type { FakeUser } from "../../../src/dev/telegram/types.ts";
import { tinyBot } from "./tiny-bot.ts";

const aigerim: FakeUser = { id: 501, first_name: "Aigerim", language_code: "kk" };
const counselor: FakeUser = { id: 900, first_name: "Dana" };
const GROUP = -100777;

function apiError(promise: Promise<unknown>): Promise<GrammyError> {
  return promise.then(
    () => {
      throw new Error("the call succeeded");
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(GrammyError);
      return error as GrammyError;
    },
  );
}

describe("FakeTelegram with a grammY bot", () => {
  let telegram: FakeTelegram;
  let bot: ReturnType<typeof tinyBot>;

  beforeEach(() => {
    telegram = new FakeTelegram();
    bot = tinyBot(telegram);
  });

  it("records sendMessage and stores both sides of the chat", async () => {
    const update = telegram.userMessage(aigerim, "/start");
    expect(update.message?.entities).toEqual([{ type: "bot_command", offset: 0, length: 6 }]);
    await bot.handleUpdate(update);

    const [call] = telegram.callsTo("sendMessage");
    expect(call?.payload).toMatchObject({ chat_id: aigerim.id, text: "Are you safe right now?" });
    expect(call?.response.ok).toBe(true);
    const messages = telegram.messagesIn(aigerim.id);
    expect(messages.map((m) => [m.messageId, m.from.id, m.text])).toEqual([
      [1, aigerim.id, "/start"],
      [2, telegram.botInfo.id, "Are you safe right now?"],
    ]);
    expect(telegram.buttonsOf(messages[1]!)).toEqual([
      { text: "Yes", data: "safe:yes", keyboard: "inline", row: 0 },
      { text: "No", data: "safe:no", keyboard: "inline", row: 0 },
      { text: "Site", url: "https://example.org", keyboard: "inline", row: 1 },
    ]);
  });

  it("names the bot in a message's from as Telegram does, and records each answer as it was", async () => {
    await bot.handleUpdate(telegram.userMessage(aigerim, "/start"));
    const [call] = telegram.callsTo("sendMessage");
    const sent = call?.response.ok
      ? (call.response.result as { message_id: number; from: unknown })
      : undefined;
    // Four fields, not the whole getMe record (the benchmark's answers and replayed updates would be larger).
    expect(sent?.from).toEqual({
      id: telegram.botInfo.id,
      is_bot: true,
      first_name: telegram.botInfo.first_name,
      username: telegram.botInfo.username,
    });
    expect(await bot.api.getMe()).toEqual(telegram.botInfo);
    telegram.createGroup({ id: GROUP, title: "Counselors", members: [counselor] });
    expect((await bot.api.getChatMember(GROUP, telegram.botInfo.id)).user).toEqual(sent?.from);
    // A later edit does not rewrite what the first call was answered.
    await bot.api.editMessageText(aigerim.id, sent!.message_id, "Changed");
    expect(telegram.callsTo("sendMessage")[0]?.response).toMatchObject({
      ok: true,
      result: { text: "Are you safe right now?" },
    });
  });

  it("stores HTML as text plus entities, the way Telegram does", async () => {
    await bot.handleUpdate(telegram.userMessage(aigerim, "hello"));
    const reply = telegram.lastMessageIn(aigerim.id);
    expect(reply?.text).toBe("You said: hello");
    expect(reply?.entities).toEqual([{ type: "bold", offset: 0, length: 9 }]);
  });

  it("rejects texts Telegram rejects", async () => {
    await bot.handleUpdate(telegram.userMessage(aigerim, "hi"));
    const tooLong = await apiError(bot.api.sendMessage(aigerim.id, "x".repeat(4097)));
    expect(tooLong.error_code).toBe(400);
    expect(tooLong.description).toBe("Bad Request: message is too long");
    await expect(bot.api.sendMessage(aigerim.id, "x".repeat(4096))).resolves.toMatchObject({ message_id: 3 });
    expect((await apiError(bot.api.sendMessage(aigerim.id, "  "))).description).toBe(
      "Bad Request: message text is empty",
    );
    const unknownTag = await apiError(
      bot.api.sendMessage(aigerim.id, "line<br>line", { parse_mode: "HTML" }),
    );
    expect(unknownTag.description).toMatch(/^Bad Request: can't parse entities: Unsupported start tag "br"/);
    const unbalanced = await apiError(
      bot.api.sendMessage(aigerim.id, "<b>bold<i>both</b>", { parse_mode: "HTML" }),
    );
    expect(unbalanced.description).toContain("can't parse entities");
    const link = await bot.api.sendMessage(
      aigerim.id,
      '<a href="https://example.org">site</a> &amp; <tg-spoiler>x</tg-spoiler>',
      {
        parse_mode: "HTML",
      },
    );
    expect(link.text).toBe("site & x");
    expect(await apiError(bot.api.sendMessage(999, "to nobody"))).toMatchObject({
      description: "Bad Request: chat not found",
    });
  });

  it("counts callback data in bytes and refuses more than 64", async () => {
    await bot.handleUpdate(telegram.userMessage(aigerim, "hi"));
    const keyboard = (data: string) => ({ inline_keyboard: [[{ text: "Go", callback_data: data }]] });
    await expect(
      bot.api.sendMessage(aigerim.id, "ok", { reply_markup: keyboard("a".repeat(64)) }),
    ).resolves.toMatchObject({ reply_markup: keyboard("a".repeat(64)) });
    // 33 Cyrillic letters are 66 bytes in UTF-8.
    const error = await apiError(
      bot.api.sendMessage(aigerim.id, "too long", { reply_markup: keyboard("д".repeat(33)) }),
    );
    expect(error.description).toBe("Bad Request: BUTTON_DATA_INVALID");
  });

  it("checks edits and deletions", async () => {
    let now = Date.UTC(2026, 0, 1);
    telegram = new FakeTelegram({ now: () => now });
    bot = tinyBot(telegram);
    await bot.handleUpdate(telegram.userMessage(aigerim, "/start"));
    const sent = telegram.lastMessageIn(aigerim.id)!;

    const same = await apiError(
      bot.api.editMessageReplyMarkup(aigerim.id, sent.messageId, { reply_markup: sent.replyMarkup as never }),
    );
    expect(same.description).toMatch(/^Bad Request: message is not modified/);
    // Editing the text without reply_markup takes the inline keyboard away, as on Telegram.
    await bot.api.editMessageText(aigerim.id, sent.messageId, "Changed");
    expect(telegram.lastMessageIn(aigerim.id)?.text).toBe("Changed");
    expect(telegram.lastMessageIn(aigerim.id)?.replyMarkup).toBeUndefined();
    expect((await apiError(bot.api.editMessageText(aigerim.id, 99, "x"))).description).toBe(
      "Bad Request: message to edit not found",
    );
    expect((await apiError(bot.api.editMessageText(aigerim.id, 1, "x"))).description).toBe(
      "Bad Request: message can't be edited",
    );

    now += 49 * 3600 * 1000;
    expect((await apiError(bot.api.deleteMessage(aigerim.id, sent.messageId))).description).toBe(
      "Bad Request: message can't be deleted",
    );
    const fresh = await bot.api.sendMessage(aigerim.id, "fresh");
    await bot.api.deleteMessage(aigerim.id, fresh.message_id);
    expect(telegram.messagesIn(aigerim.id).map((m) => m.messageId)).toEqual([1, 2]);
    expect((await apiError(bot.api.deleteMessage(aigerim.id, fresh.message_id))).description).toBe(
      "Bad Request: message to delete not found",
    );
  });

  it("answers unknown methods with 404 and records every call", async () => {
    const error = await apiError(bot.api.raw.getStarTransactions({}));
    expect(error).toMatchObject({ error_code: 404, description: "Not Found: method not found" });
    expect(telegram.calls.map((c) => c.method)).toEqual(["getStarTransactions"]);
    telegram.clearCalls();
    expect(telegram.calls).toEqual([]);
  });

  it("records multipart uploads as documents with their file name", async () => {
    await bot.handleUpdate(telegram.userMessage(aigerim, "hi"));
    await bot.api.sendDocument(aigerim.id, new InputFile(Buffer.from("notes"), "notes.txt"), {
      caption: "Your notes",
      reply_markup: { inline_keyboard: [[{ text: "Thanks", callback_data: "thanks" }]] },
    });
    const [call] = telegram.callsTo("sendDocument");
    expect(call?.payload).toMatchObject({
      chat_id: aigerim.id,
      caption: "Your notes",
      document: "uploaded:notes.txt",
    });
    expect(telegram.lastMessageIn(aigerim.id)).toMatchObject({
      kind: "document",
      caption: "Your notes",
      file: { fileName: "notes.txt" },
    });
    expect(telegram.buttonsOf(telegram.lastMessageIn(aigerim.id)!)[0]?.data).toBe("thanks");
  });
});

describe("groups, topics, copies", () => {
  let telegram: FakeTelegram;
  let bot: ReturnType<typeof tinyBot>;

  beforeEach(() => {
    telegram = new FakeTelegram();
    bot = tinyBot(telegram);
    telegram.createGroup({ id: GROUP, title: "Counselors", isForum: true, members: [counselor] });
  });

  it("copies a person's message into a forum topic without any link to the sender", async () => {
    const photo = telegram.userMessage(aigerim, { photo: true, caption: "my son's flyer" });
    const topic = await bot.api.createForumTopic(GROUP, "Case 7");
    const { message_id } = await bot.api.copyMessage(GROUP, aigerim.id, photo.message!.message_id, {
      message_thread_id: topic.message_thread_id,
    });

    const [copy] = telegram.messagesIn(GROUP, { threadId: topic.message_thread_id });
    expect(copy).toMatchObject({
      messageId: message_id,
      kind: "photo",
      caption: "my son's flyer",
      from: { is_bot: true },
    });
    expect(copy?.forwardOrigin).toBeUndefined();
    expect(telegram.messagesIn(GROUP, { threadId: 1 })).toEqual([]);

    const forwarded = await bot.api.forwardMessage(GROUP, aigerim.id, photo.message!.message_id, {
      message_thread_id: topic.message_thread_id,
    });
    expect(forwarded.forward_origin).toMatchObject({ type: "user", sender_user: { id: aigerim.id } });
    expect(telegram.callsTo("forwardMessage")).toHaveLength(1);

    const reply = telegram.groupMessage(GROUP, counselor, "We are here for you", {
      threadId: topic.message_thread_id,
    });
    expect(reply.message).toMatchObject({
      is_topic_message: true,
      message_thread_id: topic.message_thread_id,
    });
    await bot.api.copyMessage(aigerim.id, GROUP, reply.message!.message_id);
    expect(telegram.lastMessageIn(aigerim.id)).toMatchObject({
      text: "We are here for you",
      from: { is_bot: true },
    });
  });

  it("runs a forum topic through its lifecycle", async () => {
    const topic = await bot.api.createForumTopic(GROUP, "Case 8");
    expect(topic).toEqual({ message_thread_id: 2, name: "Case 8", icon_color: 7322096 });
    await bot.api.sendMessage(GROUP, "new case", { message_thread_id: topic.message_thread_id });
    await bot.api.editForumTopic(GROUP, topic.message_thread_id, { name: "Case 8 (claimed)" });
    expect(telegram.topicsOf(GROUP)).toMatchObject([{ name: "Case 8 (claimed)", closed: false }]);
    await bot.api.closeForumTopic(GROUP, topic.message_thread_id);
    expect((await apiError(bot.api.closeForumTopic(GROUP, topic.message_thread_id))).description).toBe(
      "Bad Request: TOPIC_NOT_MODIFIED",
    );
    expect(() =>
      telegram.groupMessage(GROUP, counselor, "late", { threadId: topic.message_thread_id }),
    ).toThrow(/closed/);
    await bot.api.reopenForumTopic(GROUP, topic.message_thread_id);
    telegram.groupMessage(GROUP, counselor, "back", { threadId: topic.message_thread_id });
    expect(telegram.messagesIn(GROUP, { threadId: topic.message_thread_id }).map((m) => m.text)).toEqual([
      "new case",
      "back",
    ]);

    await bot.api.deleteForumTopic(GROUP, topic.message_thread_id);
    expect(telegram.messagesIn(GROUP)).toEqual([]);
    expect(telegram.topicsOf(GROUP)).toEqual([]);
    const gone = await apiError(
      bot.api.sendMessage(GROUP, "?", { message_thread_id: topic.message_thread_id }),
    );
    expect(gone.description).toBe("Bad Request: message thread not found");
    telegram.createGroup({ id: -100888, title: "Plain group" });
    expect((await apiError(bot.api.createForumTopic(-100888, "x"))).description).toBe(
      "Bad Request: the chat is not a forum",
    );
  });

  it("knows group members and admins", async () => {
    expect(await bot.api.getChatMember(GROUP, counselor.id)).toMatchObject({ status: "member" });
    expect(await bot.api.getChatMember(GROUP, telegram.botInfo.id)).toMatchObject({
      status: "administrator",
      can_manage_topics: true,
    });
    telegram.setMember(GROUP, counselor, "left");
    expect(await bot.api.getChatMember(GROUP, counselor.id)).toMatchObject({ status: "left" });
    expect(() => telegram.groupMessage(GROUP, counselor, "hi")).toThrow(/not a member/);
  });

  it("answers 403 once the user has blocked the bot", async () => {
    telegram.userMessage(aigerim, "hi");
    telegram.setBotBlocked(aigerim, true);
    const error = await apiError(bot.api.sendMessage(aigerim.id, "are you there?"));
    expect(error).toMatchObject({ error_code: 403, description: "Forbidden: bot was blocked by the user" });
    telegram.setUserDeactivated(aigerim);
    const gone = await apiError(bot.api.copyMessage(aigerim.id, aigerim.id, 1));
    expect(gone).toMatchObject({ error_code: 403, description: "Forbidden: user is deactivated" });
  });

  it("keeps the bot's reaction, and refuses emoji Telegram does not allow as reactions", async () => {
    const { message } = telegram.userMessage(aigerim, "hi");
    const id = message!.message_id;
    await bot.api.setMessageReaction(aigerim.id, id, [{ type: "emoji", emoji: "👍" }]);
    expect(telegram.reactionsOf(aigerim.id, id)).toEqual(["👍"]);
    await bot.api.setMessageReaction(aigerim.id, id, [{ type: "emoji", emoji: "✍" }]);
    expect(telegram.reactionsOf(aigerim.id, id)).toEqual(["✍"]);
    // biome-ignore lint/suspicious/noExplicitAny: an emoji outside the Bot API's list, as a buggy caller would send
    const notAllowed = [{ type: "emoji", emoji: "✅" }] as any;
    const error = await apiError(bot.api.setMessageReaction(aigerim.id, id, notAllowed));
    expect(error.description).toBe("Bad Request: REACTION_INVALID");
    expect(telegram.reactionsOf(aigerim.id, id)).toEqual(["✍"]);
  });
});

describe("pressing buttons", () => {
  let telegram: FakeTelegram;
  let bot: ReturnType<typeof tinyBot>;

  beforeEach(async () => {
    telegram = new FakeTelegram();
    bot = tinyBot(telegram);
    await bot.handleUpdate(telegram.userMessage(aigerim, "/start"));
  });

  it("builds the callback query Telegram would send, and the bot's answer is checked", async () => {
    const update = telegram.pressButton(aigerim, aigerim.id, "last", "No");
    expect(update.callback_query).toMatchObject({
      from: { id: aigerim.id, is_bot: false },
      data: "safe:no",
      message: { message_id: 2, chat: { id: aigerim.id, type: "private" } },
    });
    await bot.handleUpdate(update);
    expect(telegram.callsTo("answerCallbackQuery")[0]?.payload).toMatchObject({
      callback_query_id: update.callback_query!.id,
      text: "Noted",
    });
    expect(telegram.lastMessageIn(aigerim.id)?.text).toBe("You answered no.");
    // The keyboard went with the edit, so there is nothing left to press.
    expect(() => telegram.pressButton(aigerim, aigerim.id, "last", 0)).toThrow(/no message with buttons/);
    const again = await apiError(bot.api.answerCallbackQuery(update.callback_query!.id));
    expect(again.description).toMatch(/query is too old/);
  });

  it("refuses data that is not on the message unless forged", () => {
    expect(() => telegram.callbackPress(aigerim, aigerim.id, 2, "admin:drop")).toThrow(/no button/);
    expect(
      telegram.callbackPress(aigerim, aigerim.id, 2, "admin:drop", { forged: true }).callback_query?.data,
    ).toBe("admin:drop");
    expect(() => telegram.pressButton(aigerim, aigerim.id, 2, "Maybe")).toThrow(/no button "Maybe"/);
    expect(() => telegram.pressButton(aigerim, aigerim.id, 2, "Site")).toThrow(/opens https:\/\/example.org/);
  });

  it("turns reply keyboard buttons into the message they send", async () => {
    await bot.handleUpdate(telegram.userMessage(aigerim, "/where"));
    const back = telegram.pressButton(aigerim, aigerim.id, "last", "Back");
    expect(back.message?.text).toBe("Back");
    const location = telegram.pressButton(aigerim, aigerim.id, "last", 0, {
      location: { latitude: 51.1, longitude: 71.4 },
    });
    expect(location.message?.location).toEqual({ latitude: 51.1, longitude: 71.4 });
    await bot.handleUpdate(location);
    expect(telegram.lastMessageIn(aigerim.id)?.text).toBe("Got 51.1, 71.4");
    // remove_keyboard hid the reply keyboard; the inline keyboard of /start is the newest on screen.
    expect(telegram.lastMessageWithButtons(aigerim.id)?.messageId).toBe(2);
  });

  it("edits of the user's own messages arrive as edited_message", () => {
    const update = telegram.userEditsMessage(aigerim, 1, "/start again");
    expect(update.edited_message).toMatchObject({ message_id: 1, text: "/start again" });
    expect(update.edited_message?.edit_date).toBeTypeOf("number");
    expect(update.update_id).toBeGreaterThan(1);
  });
});
