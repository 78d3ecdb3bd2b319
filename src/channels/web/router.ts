// The channel router, at the bot's API client (`client.fetch`), so that it sees every call,
// including those made inside conversations (which build their own Api and skip transformers):
// - a call whose chat_id is a web chat is answered here, and becomes events for the page;
// - copyMessage/forwardMessage from a web chat to Telegram (the relay, to a counselor) becomes a
//   sendMessage of the remembered text, answered like a copy;
// - everything else goes to Telegram unchanged.
import { randomBytes } from "node:crypto";
import type { InlineKeyboardMarkup, Message, MessageEntity } from "grammy/types";
import { EntityParseError } from "../../dev/telegram/html.ts";
import { channelOf } from "../index.ts";
import { answer, CallError, type Fetch, type Payload, readCall, replayable, type Upload } from "./calls.ts";
import type { WebChannel } from "./channel.ts";
import type { WebChat, WebContent } from "./chats.ts";
import { escapeHtml, readFormatted, safeUrl, toSafeHtml } from "./html.ts";
import type { WebButton, WebEvent } from "./protocol.ts";

/** Telegram's own limit, kept so that a bot bug shows the same here as there. */
const MAX_TEXT_LENGTH = 4096;

export function routeCalls(channel: WebChannel, next: Fetch): Fetch {
  return async (input, init) => {
    const url = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
    const method = /\/([^/]+)$/.exec(url.pathname)?.[1] ?? "";
    const body = await replayable(init);
    const { payload, files } = readCall(body);
    const chatId = Number(payload.chat_id);
    const pressedIn =
      method === "answerCallbackQuery"
        ? channel.pressedIn(String(payload.callback_query_id), true)
        : undefined;
    const webChat = pressedIn ?? (channelOf(chatId) === "web" ? chatId : undefined);
    try {
      if (webChat !== undefined) {
        return answer(await answerWebCall(channel, channel.chats.open(webChat), method, payload, files));
      }
      const fromChat = Number(payload.from_chat_id);
      if ((method === "copyMessage" || method === "forwardMessage") && channelOf(fromChat) === "web") {
        return await copyFromWeb(channel, url, body, method, payload, next);
      }
    } catch (error) {
      if (error instanceof CallError) return answer(error.description, error.code);
      if (error instanceof EntityParseError)
        return answer(`Bad Request: can't parse entities: ${error.message}`, 400);
      throw error;
    }
    return next(input, body);
  };
}

/** The page's view of an inline keyboard: buttons the bot handles, and http(s) links. */
function buttonsOf(markup: unknown): WebButton[][] | undefined {
  if (!markup || typeof markup !== "object" || !("inline_keyboard" in markup)) return undefined;
  const rows = (markup as InlineKeyboardMarkup).inline_keyboard.map((row) =>
    row.flatMap((button): WebButton[] => {
      if ("callback_data" in button && button.callback_data)
        return [{ text: button.text, data: button.callback_data }];
      const href = "url" in button && button.url ? safeUrl(button.url) : undefined;
      return href ? [{ text: button.text, url: href }] : [];
    }),
  );
  return rows.filter((row) => row.length > 0);
}

/** A reply keyboard, or its removal, for a message event. */
function keyboardOf(
  markup: unknown,
): Pick<Extract<WebEvent, { type: "message" }>, "keyboard" | "removeKeyboard"> {
  if (!markup || typeof markup !== "object") return {};
  if ("remove_keyboard" in markup) return { removeKeyboard: true };
  if (!("keyboard" in markup)) return {};
  const rows = (
    markup as { keyboard: (string | { text: string; request_location?: boolean })[][] }
  ).keyboard.map((row) =>
    row.map((button) =>
      typeof button === "string"
        ? { text: button }
        : { text: button.text, ...(button.request_location ? { requestLocation: true as const } : {}) },
    ),
  );
  return { keyboard: { rows } };
}

function htmlOf(channel: WebChannel, chat: WebChat, content: WebContent): string {
  const body = toSafeHtml(content.text, content.entities);
  if (!content.kind) return body;
  const line = `<i>${escapeHtml(channel.kindLine(chat, content.kind))}</i>`;
  return body ? `${line}<br>${body}` : line;
}

function required(payload: Payload, name: string): string {
  const value = payload[name];
  if (typeof value !== "string" || value === "") throw new CallError(400, `Bad Request: ${name} is empty`);
  return value;
}

function textOf(payload: Payload, field: "text" | "caption"): WebContent {
  const raw = field === "text" ? required(payload, "text") : String(payload.caption ?? "");
  const formatted = readFormatted(
    raw,
    payload.parse_mode,
    payload[field === "text" ? "entities" : "caption_entities"],
  );
  if (formatted.text.length > MAX_TEXT_LENGTH) throw new CallError(400, "Bad Request: message is too long");
  return formatted;
}

/** A message the bot sent to the web chat: remembered, streamed, answered like Telegram would. */
function sent(
  channel: WebChannel,
  chat: WebChat,
  content: WebContent,
  markup: unknown,
  event: (messageId: number) => WebEvent,
): Message {
  const messageId = chat.newMessageId();
  const inline = buttonsOf(markup) ? (markup as InlineKeyboardMarkup) : undefined;
  chat.remember(messageId, { ...content, ...(inline ? { markup: inline } : {}) }, true);
  chat.push(event(messageId));
  return {
    ...channel.envelope(chat, messageId, channel.botUser()),
    text: content.text,
    ...(content.entities.length ? { entities: content.entities as MessageEntity[] } : {}),
    ...(inline ? { reply_markup: inline } : {}),
  } as Message;
}

/** A message the page shows as it is (text, with a line for a kind it cannot show) and its buttons. */
function sentAsText(channel: WebChannel, chat: WebChat, content: WebContent, markup: unknown): Message {
  return sent(channel, chat, content, markup, messageEvent(htmlOf(channel, chat, content), markup));
}

function messageEvent(html: string, markup: unknown) {
  const buttons = buttonsOf(markup);
  return (messageId: number): WebEvent => ({
    type: "message",
    messageId,
    html,
    ...(buttons?.length ? { buttons } : {}),
    ...keyboardOf(markup),
  });
}

function mapUrl(latitude: number, longitude: number): string {
  return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=16/${latitude}/${longitude}`;
}

async function answerWebCall(
  channel: WebChannel,
  chat: WebChat,
  method: string,
  p: Payload,
  files: Map<string, Upload>,
): Promise<unknown> {
  switch (method) {
    case "sendMessage": {
      const content = textOf(p, "text");
      return sentAsText(channel, chat, content, p.reply_markup);
    }
    case "copyMessage":
    case "forwardMessage": {
      const fromChat = Number(p.from_chat_id);
      const source =
        channelOf(fromChat) === "web"
          ? channel.chats.get(fromChat)?.messages.get(Number(p.message_id))
          : channel.recent.find(fromChat, Number(p.message_id));
      if (!source) throw new CallError(400, "Bad Request: message to copy not found");
      const content = {
        text: source.text,
        entities: source.entities,
        ...(source.kind ? { kind: source.kind } : {}),
      };
      const message = sentAsText(channel, chat, content, p.reply_markup);
      return method === "copyMessage" ? { message_id: message.message_id } : message;
    }
    case "editMessageText":
    case "editMessageCaption": {
      const messageId = Number(p.message_id);
      const shown = chat.messages.get(messageId);
      if (!shown?.fromBot) throw new CallError(400, "Bad Request: message to edit not found");
      const content = {
        ...textOf(p, method === "editMessageText" ? "text" : "caption"),
        ...(shown.kind ? { kind: shown.kind } : {}),
      };
      return edited(channel, chat, messageId, shown, content, p.reply_markup);
    }
    case "editMessageReplyMarkup": {
      const messageId = Number(p.message_id);
      const shown = chat.messages.get(messageId);
      if (!shown?.fromBot) throw new CallError(400, "Bad Request: message to edit not found");
      return edited(channel, chat, messageId, shown, undefined, p.reply_markup);
    }
    case "deleteMessage": {
      const messageId = Number(p.message_id);
      if (!chat.messages.delete(messageId))
        throw new CallError(400, "Bad Request: message to delete not found");
      chat.push({ type: "delete", messageId });
      return true;
    }
    case "deleteMessages": {
      const ids = Array.isArray(p.message_ids) ? (p.message_ids as unknown[]).map(Number) : [];
      for (const messageId of ids)
        if (chat.messages.delete(messageId)) chat.push({ type: "delete", messageId });
      return true;
    }
    case "sendVenue":
    case "sendLocation": {
      const latitude = Number(p.latitude);
      const longitude = Number(p.longitude);
      const title = method === "sendVenue" ? required(p, "title") : "";
      const address = method === "sendVenue" ? required(p, "address") : "";
      const removeKeyboard = keyboardOf(p.reply_markup).removeKeyboard;
      const content = { text: [title, address].filter(Boolean).join("\n"), entities: [], kind: "venue" };
      const message = sent(channel, chat, content, undefined, (messageId) => ({
        type: "venue",
        messageId,
        title,
        address,
        latitude,
        longitude,
        mapUrl: mapUrl(latitude, longitude),
        ...(removeKeyboard ? { removeKeyboard } : {}),
      }));
      return { ...message, venue: { title, address, location: { latitude, longitude } } };
    }
    case "sendDocument": {
      const file = files.get("document");
      if (!file) throw new CallError(400, "Bad Request: there is no document in the request");
      const fileId = randomBytes(12).toString("base64url");
      const fileName = file.name || "document";
      chat.addFile(fileId, { name: fileName, type: file.type, bytes: file.bytes });
      const caption = textOf(p, "caption");
      return sent(channel, chat, { ...caption, kind: "document" }, undefined, (messageId) => ({
        type: "document",
        messageId,
        fileName,
        url: `/chat/api/files/${fileId}`,
        ...(caption.text ? { html: toSafeHtml(caption.text, caption.entities) } : {}),
      }));
    }
    case "sendChatAction":
      chat.push({ type: "typing" });
      return true;
    case "answerCallbackQuery":
      if (typeof p.text === "string" && p.text)
        chat.push({ type: "toast", text: p.text, alert: p.show_alert === true });
      return true;
    case "getChat":
      return channel.chatObject(chat.id);
    default:
      if (method.startsWith("send")) {
        // Media the page cannot show (a photo, a voice message…): a kind line, with the caption.
        const kind = method.slice("send".length).replace(/^./, (c) => c.toLowerCase());
        const content = { ...textOf(p, "caption"), kind };
        return sentAsText(channel, chat, content, p.reply_markup);
      }
      return true;
  }
}

function edited(
  channel: WebChannel,
  chat: WebChat,
  messageId: number,
  shown: WebContent,
  content: WebContent | undefined,
  markup: unknown,
): Message {
  const inline = buttonsOf(markup) ? (markup as InlineKeyboardMarkup) : undefined;
  const next = { ...(content ?? shown), ...(inline ? { markup: inline } : { markup: undefined }) };
  const same =
    next.text === shown.text &&
    JSON.stringify(next.entities) === JSON.stringify(shown.entities) &&
    JSON.stringify(next.markup ?? null) === JSON.stringify(shown.markup ?? null);
  if (same) {
    throw new CallError(
      400,
      "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
    );
  }
  const { markup: _old, ...rest } = next;
  chat.remember(messageId, { ...rest, ...(inline ? { markup: inline } : {}) }, true);
  chat.push({
    type: "edit",
    messageId,
    ...(content ? { html: htmlOf(channel, chat, next) } : {}),
    buttons: buttonsOf(markup) ?? [],
  });
  return {
    ...channel.envelope(chat, messageId, channel.botUser()),
    text: next.text,
    ...(inline ? { reply_markup: inline } : {}),
  } as Message;
}

/** The relay copies a web person's message to a counselor: Telegram gets its text as a new message. */
async function copyFromWeb(
  channel: WebChannel,
  url: URL,
  init: RequestInit | undefined,
  method: string,
  p: Payload,
  next: Fetch,
): Promise<Response> {
  const source = channel.chats.get(Number(p.from_chat_id))?.messages.get(Number(p.message_id));
  if (!source) throw new CallError(400, "Bad Request: message to copy not found");
  const chat = channel.chats.open(Number(p.from_chat_id));
  const kind = source.kind ? channel.kindLine(chat, source.kind) : "";
  const text = [kind, source.text].filter(Boolean).join("\n");
  const offset = kind ? kind.length + 1 : 0;
  const entities = source.entities.map((entity) => ({ ...entity, offset: entity.offset + offset }));
  const { from_chat_id: _from, message_id: _id, caption: _caption, parse_mode: _mode, ...rest } = p;
  const sendUrl = new URL(url.href.replace(/\/[^/]+$/, "/sendMessage"));
  const response = await next(sendUrl.href, {
    ...init,
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ...rest, text, ...(entities.length ? { entities } : {}) }),
  });
  if (method === "forwardMessage") return response;
  const reply = (await response.json()) as { ok: boolean; result?: Message };
  if (!reply.ok || !reply.result)
    return new Response(JSON.stringify(reply), { status: response.status, headers: response.headers });
  return answer({ message_id: reply.result.message_id });
}
