import type { Chat } from "grammy/types";
import { describe, expect, it } from "vitest";
import { chatLabel, renderEvent, renderKeyboard, renderMessage } from "../../../src/dev/simulator/render.ts";
import type { FakeMessage } from "../../../src/dev/telegram/types.ts";

const bot = { id: 1, is_bot: true, first_name: "Local bot" };
const guestChat: Chat = { id: 100001, type: "private", first_name: "Guest" };
const otherChat: Chat = { id: 100002, type: "private", first_name: "Aigerim" };
const group: Chat = { id: -1001, type: "supergroup", title: "Counselors", is_forum: true };
const view = { ownChatId: 100001 };

function message(fields: Partial<FakeMessage>): FakeMessage {
  return { chatId: 100001, messageId: 7, from: bot, date: 0, kind: "text", deleted: false, ...fields };
}

describe("render", () => {
  it("labels by chat: your chat, someone else's, a group topic", () => {
    expect(chatLabel(guestChat, undefined, view)).toBe("bot");
    expect(chatLabel(otherChat, undefined, view)).toBe("bot → Aigerim");
    expect(chatLabel(group, 12, view)).toBe("group #12");
    expect(chatLabel(group, undefined, view)).toBe("group");
  });

  it("numbers inline buttons across rows and marks reply keyboards", () => {
    const inline = message({
      replyMarkup: {
        inline_keyboard: [
          [
            { text: "Yes", callback_data: "y" },
            { text: "No", callback_data: "n" },
          ],
          [{ text: "Read more", url: "https://example.org" }],
        ],
      },
    });
    expect(renderKeyboard(inline)).toEqual(["[1] Yes  [2] No", "[3] Read more ↗ https://example.org"]);
    const reply = message({
      replyMarkup: {
        keyboard: [[{ text: "Where is help?", request_location: true }], ["Back"]],
        resize_keyboard: true,
      },
    });
    expect(renderKeyboard(reply)).toEqual(["⌨ [1] Where is help? (shares your location)", "⌨ [2] Back"]);
    expect(renderKeyboard(message({ replyMarkup: { remove_keyboard: true } }))).toEqual([]);
  });

  it("prints sent, edited and deleted messages with aligned continuation lines", () => {
    const sent = message({
      text: "Hello\nHow can I help?",
      replyMarkup: { inline_keyboard: [[{ text: "Talk", callback_data: "t" }]] },
    });
    expect(renderEvent({ type: "sent", chat: guestChat, message: sent }, view)).toEqual([
      "bot › Hello",
      "      How can I help?",
      "      [1] Talk",
    ]);
    const inTopic = message({ chatId: -1001, threadId: 12, text: "New case" });
    expect(renderEvent({ type: "edited", chat: group, message: inTopic }, view)).toEqual([
      "group #12 (edited) › New case",
    ]);
    expect(renderEvent({ type: "deleted", chat: guestChat, message: sent }, view)).toEqual([
      "bot deleted message 7 (“Hello”)",
    ]);
    expect(renderEvent({ type: "deleted", chat: group, message: inTopic }, view)).toEqual([
      "group #12 › bot deleted message 7 (“New case”)",
    ]);
  });

  it("describes media, places and forwards in words", () => {
    expect(renderMessage(message({ kind: "photo", file: { fileId: "p" }, caption: "flyer" }))).toEqual([
      "[photo]",
      "flyer",
    ]);
    expect(renderMessage(message({ kind: "voice", file: { fileId: "v", duration: 3 } }))).toEqual([
      "[voice message, 3 s]",
    ]);
    expect(
      renderMessage(
        message({
          kind: "venue",
          location: { latitude: 43.25, longitude: 76.91 },
          venue: { title: "Centre", address: "Street 1" },
        }),
      ),
    ).toEqual(["[place: Centre, Street 1 (43.25, 76.91)]"]);
    const forwarded = message({
      text: "hi",
      forwardOrigin: { type: "user", sender_user: { id: 5, is_bot: false, first_name: "Aigerim" }, date: 0 },
    });
    expect(renderMessage(forwarded)).toEqual(["[forwarded from Aigerim]", "hi"]);
  });

  it("shows topic changes and button answers", () => {
    const topic = { threadId: 12, name: "Case 7", iconColor: 7322096, closed: false, deleted: false };
    expect(renderEvent({ type: "topic", chat: group, action: "created", topic }, view)).toEqual([
      "group › topic #12 “Case 7” created",
    ]);
    expect(renderEvent({ type: "topic", chat: group, action: "edited", topic }, view)).toEqual([
      "group › topic #12 renamed to “Case 7”",
    ]);
    const guest = { id: 100001, is_bot: false, first_name: "Guest" };
    expect(
      renderEvent(
        { type: "callback_answer", chat: group, user: guest, text: "Claimed", showAlert: true },
        view,
      ),
    ).toEqual(["bot (alert) › Claimed"]);
  });
});
