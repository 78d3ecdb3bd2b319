// Sending, copying, forwarding, editing and deleting messages.
import type { MessageEntity } from "grammy/types";
import { ApiError, badRequest } from "./errors.ts";
import { EntityParseError, parseHtml } from "./html.ts";
import { checkInlineMarkup, checkReplyMarkup, sameMarkup } from "./keyboards.ts";
import { type Method, optionalStrings, type Payload, requiredString, threadFor } from "./payload.ts";
import type { ChatRecord, TelegramState } from "./state.ts";
import type { FakeFile, FakeMessage, MediaKind, MessageContent, ReplyMarkup } from "./types.ts";

const MAX_TEXT_LENGTH = 4096;
const MAX_CAPTION_LENGTH = 1024;
const DELETE_WINDOW_SECONDS = 48 * 3600;
const NOT_MODIFIED =
  "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";

export const MESSAGE_METHODS: Record<string, Method> = {
  sendMessage: (p, s) => send(s, p, { kind: "text", ...messageText(p) }),
  sendPhoto: sendMedia("photo"),
  sendDocument: sendMedia("document"),
  sendVoice: sendMedia("voice"),
  sendVideo: sendMedia("video"),
  sendSticker: sendMedia("sticker"),
  sendAudio: sendMedia("audio"),
  sendAnimation: sendMedia("animation"),
  sendVideoNote: sendMedia("video_note"),
  sendLocation: (p, s) => send(s, p, { kind: "location", location: location(p) }),
  sendVenue: (p, s) =>
    send(s, p, {
      kind: "venue",
      location: location(p),
      venue: { title: requiredString(p, "title"), address: requiredString(p, "address") },
    }),
  sendContact: (p, s) => {
    const contact = {
      phone_number: requiredString(p, "phone_number"),
      first_name: requiredString(p, "first_name"),
    };
    return send(s, p, { kind: "contact", contact: { ...contact, ...optionalStrings(p, ["last_name"]) } });
  },

  copyMessage: (p, s) => {
    const source = sourceMessage(s, p, "copy");
    const content = contentOf(source);
    if (p.caption !== undefined && source.kind !== "text") Object.assign(content, caption(p));
    return { message_id: send(s, p, content).message_id };
  },
  forwardMessage: (p, s) => {
    const source = sourceMessage(s, p, "forward");
    return send(s, p, contentOf(source), {
      forwardOrigin: { type: "user", sender_user: source.from, date: source.date },
    });
  },

  editMessageText: (p, s) => {
    const { record, message } = editable(s, p);
    if (message.kind !== "text") throw badRequest("there is no text in the message to edit");
    return edit(s, record, message, { ...messageText(p), replyMarkup: checkInlineMarkup(p.reply_markup) });
  },
  editMessageCaption: (p, s) => {
    const { record, message } = editable(s, p);
    if (message.file === undefined || message.kind === "sticker" || message.kind === "video_note") {
      throw badRequest("there is no caption in the message to edit");
    }
    return edit(s, record, message, { ...caption(p), replyMarkup: checkInlineMarkup(p.reply_markup) });
  },
  editMessageReplyMarkup: (p, s) => {
    const { record, message } = editable(s, p);
    return edit(s, record, message, { replyMarkup: checkInlineMarkup(p.reply_markup) });
  },

  deleteMessage: (p, s) => {
    const record = s.chatFor(p.chat_id);
    if (!deleteOne(s, record, p.message_id)) throw badRequest("message to delete not found");
    return true;
  },
  deleteMessages: (p, s) => {
    const record = s.chatFor(p.chat_id);
    const ids = p.message_ids;
    if (!Array.isArray(ids) || ids.length === 0) throw badRequest("message_ids is empty");
    if (ids.length > 100) throw badRequest("too many message identifiers specified");
    // Unlike deleteMessage, this skips messages it cannot delete instead of failing.
    for (const id of ids) {
      try {
        deleteOne(s, record, id);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
      }
    }
    return true;
  },
};

function send(
  s: TelegramState,
  p: Payload,
  content: MessageContent,
  extra: Pick<FakeMessage, "forwardOrigin"> = {},
): ReturnType<TelegramState["toApiMessage"]> {
  const record = s.writableChatFor(p.chat_id);
  const message = s.addMessage(record, {
    ...content,
    ...extra,
    from: s.botUser,
    threadId: threadFor(record, p.message_thread_id),
    replyToMessageId: replyTarget(s, record, p),
    replyMarkup: checkReplyMarkup(p.reply_markup),
  });
  s.emit({ type: "sent", chat: record.chat, message });
  return s.toApiMessage(message);
}

function sendMedia(kind: MediaKind): Method {
  return (p, s) => {
    const fileId = p[kind];
    if (typeof fileId !== "string" || fileId === "") throw badRequest(`there is no ${kind} in the request`);
    const file: FakeFile = { fileId };
    if (fileId.startsWith("uploaded:")) file.fileName = fileId.slice("uploaded:".length);
    if (typeof p.duration === "number") file.duration = p.duration;
    if (typeof p.emoji === "string") file.emoji = p.emoji;
    const captioned = kind !== "sticker" && kind !== "video_note";
    return send(s, p, { kind, file, ...(captioned ? caption(p) : {}) });
  };
}

/** The text of sendMessage or editMessageText, formatted and within Telegram's limits. */
function messageText(p: Payload): { text: string; entities?: MessageEntity[] } {
  if (typeof p.text !== "string") throw badRequest("message text is empty");
  const { text, entities } = formatted(p.text, p.parse_mode, p.entities);
  if (text.trim() === "") throw badRequest("message text is empty");
  if (text.length > MAX_TEXT_LENGTH) throw badRequest("message is too long");
  return { text, entities };
}

function caption(p: Payload): { caption?: string; entities?: MessageEntity[] } {
  if (p.caption === undefined || p.caption === "") return { caption: undefined, entities: undefined };
  const { text, entities } = formatted(String(p.caption), p.parse_mode, p.caption_entities);
  if (text.length > MAX_CAPTION_LENGTH) throw badRequest("message caption is too long");
  return { caption: text, entities };
}

function formatted(
  raw: string,
  parseMode: unknown,
  entities: unknown,
): { text: string; entities: MessageEntity[] | undefined } {
  if (parseMode === "HTML") {
    try {
      const parsed = parseHtml(raw);
      return { text: parsed.text, entities: parsed.entities.length ? parsed.entities : undefined };
    } catch (error) {
      if (error instanceof EntityParseError) throw badRequest(`can't parse entities: ${error.message}`);
      throw error;
    }
  }
  // Markdown modes are passed through unchecked: the fake does not parse them.
  if (parseMode === "MarkdownV2" || parseMode === "Markdown") return { text: raw, entities: undefined };
  if (parseMode !== undefined && parseMode !== "") throw badRequest(`unsupported parse_mode "${parseMode}"`);
  return { text: raw, entities: Array.isArray(entities) && entities.length ? entities : undefined };
}

function location(p: Payload): { latitude: number; longitude: number; live_period?: number } {
  const latitude = Number(p.latitude);
  const longitude = Number(p.longitude);
  if (p.latitude === undefined || !(Math.abs(latitude) <= 90)) throw badRequest("wrong latitude specified");
  if (p.longitude === undefined || !(Math.abs(longitude) <= 180))
    throw badRequest("wrong longitude specified");
  return typeof p.live_period === "number"
    ? { latitude, longitude, live_period: p.live_period }
    : { latitude, longitude };
}

function replyTarget(s: TelegramState, record: ChatRecord, p: Payload): number | undefined {
  const parameters = p.reply_parameters as
    | { message_id?: unknown; allow_sending_without_reply?: unknown }
    | undefined;
  const id = parameters?.message_id ?? p.reply_to_message_id;
  if (id === undefined) return undefined;
  if (s.visibleMessage(record, id)) return Number(id);
  if (parameters?.allow_sending_without_reply === true || p.allow_sending_without_reply === true)
    return undefined;
  throw badRequest("message to be replied not found");
}

function sourceMessage(s: TelegramState, p: Payload, verb: "copy" | "forward"): FakeMessage {
  const source = s.visibleMessage(s.chatFor(p.from_chat_id), p.message_id);
  if (!source || source.kind === "topic_created") throw badRequest(`message to ${verb} not found`);
  return source;
}

function contentOf(message: FakeMessage): MessageContent {
  const { kind, text, caption, entities, file, location, venue, contact } = message;
  return { kind, text, caption, entities, file, location, venue, contact };
}

function editable(s: TelegramState, p: Payload): { record: ChatRecord; message: FakeMessage } {
  if (p.inline_message_id !== undefined)
    throw badRequest("inline messages are not supported by the fake Telegram");
  const record = s.chatFor(p.chat_id);
  if (p.message_id === undefined) throw badRequest("message identifier is not specified");
  const message = s.visibleMessage(record, p.message_id);
  if (!message) throw badRequest("message to edit not found");
  if (message.from.id !== s.bot.id) throw badRequest("message can't be edited");
  return { record, message };
}

function edit(
  s: TelegramState,
  record: ChatRecord,
  message: FakeMessage,
  changes: Partial<Pick<FakeMessage, "text" | "caption" | "entities" | "replyMarkup">>,
): ReturnType<TelegramState["toApiMessage"]> {
  const unchanged =
    (!("text" in changes) || changes.text === message.text) &&
    (!("caption" in changes) || changes.caption === message.caption) &&
    (!("entities" in changes) || JSON.stringify(changes.entities) === JSON.stringify(message.entities)) &&
    sameMarkup(changes.replyMarkup, inlineMarkupOf(message));
  if (unchanged) throw badRequest(NOT_MODIFIED);
  // A reply keyboard is not part of the message: edits leave it on screen.
  const keepsReplyKeyboard = message.replyMarkup !== undefined && !("inline_keyboard" in message.replyMarkup);
  if (keepsReplyKeyboard && changes.replyMarkup === undefined) delete changes.replyMarkup;
  for (const [key, value] of Object.entries(changes) as [keyof typeof changes, never][]) {
    if (value === undefined) delete message[key];
    else message[key] = value;
  }
  message.editDate = s.seconds();
  s.emit({ type: "edited", chat: record.chat, message });
  return s.toApiMessage(message);
}

function inlineMarkupOf(message: FakeMessage): ReplyMarkup | undefined {
  return message.replyMarkup && "inline_keyboard" in message.replyMarkup ? message.replyMarkup : undefined;
}

/** False when there is no such message; throws when Telegram would refuse to delete it. */
function deleteOne(s: TelegramState, record: ChatRecord, messageId: unknown): boolean {
  const message = s.visibleMessage(record, messageId);
  if (!message) return false;
  if (message.kind === "topic_created" || s.seconds() - message.date > DELETE_WINDOW_SECONDS) {
    throw badRequest("message can't be deleted");
  }
  message.deleted = true;
  record.pinned.delete(message.messageId);
  s.emit({ type: "deleted", chat: record.chat, message });
  return true;
}
