// The shapes the fake Telegram keeps and hands to tests and to the simulator.
import type {
  Chat,
  Contact,
  ForceReply,
  InlineKeyboardMarkup,
  Location,
  MessageEntity,
  MessageOrigin,
  ReplyKeyboardMarkup,
  ReplyKeyboardRemove,
  User,
} from "grammy/types";

/** A Telegram user as tests describe one; `is_bot` is always false. */
export interface FakeUser {
  id: number;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

export type MediaKind =
  | "photo"
  | "document"
  | "voice"
  | "video"
  | "sticker"
  | "audio"
  | "animation"
  | "video_note";

export type MessageKind = "text" | MediaKind | "location" | "venue" | "contact" | "topic_created";

export type ReplyMarkup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | ForceReply;

/** A file attached to a media message. */
export interface FakeFile {
  fileId: string;
  fileName?: string;
  /** Stickers only. */
  emoji?: string;
  /** Seconds, for voice, video, audio, animation and video notes. */
  duration?: number;
}

/** One message as the fake stores it: the content Telegram would show, plus bookkeeping. */
export interface FakeMessage {
  chatId: number;
  /** Increases per chat, like Telegram's ids in a group. */
  messageId: number;
  /** The forum topic; undefined outside topics and in a forum's General topic. */
  threadId?: number;
  /** Who sent it: the bot (`is_bot: true`) or a user. */
  from: User;
  /** Unix seconds. */
  date: number;
  editDate?: number;
  kind: MessageKind;
  /** Text messages: the text as Telegram stores it (HTML tags already turned into entities). */
  text?: string;
  caption?: string;
  /** Entities of the text or of the caption. */
  entities?: MessageEntity[];
  file?: FakeFile;
  location?: Location;
  venue?: { title: string; address: string };
  contact?: Contact;
  /** topic_created service messages: the topic's name and colour. */
  topic?: { name: string; iconColor: number };
  /** The markup as the bot sent it, reply keyboards included (the Bot API only echoes inline ones). */
  replyMarkup?: ReplyMarkup;
  replyToMessageId?: number;
  /** Set on forwarded messages only; copies carry nothing that points at the original sender. */
  forwardOrigin?: MessageOrigin;
  /** The bot's reaction (setMessageReaction): emoji, at most one. */
  reactions?: string[];
  deleted: boolean;
}

/** The content fields of a message, what a copy carries over. */
export type MessageContent = Pick<FakeMessage, "kind"> &
  Partial<Pick<FakeMessage, "text" | "caption" | "entities" | "file" | "location" | "venue" | "contact">>;

export interface FakeTopic {
  threadId: number;
  name: string;
  iconColor: number;
  iconCustomEmojiId?: string;
  closed: boolean;
  deleted: boolean;
}

export type MemberStatus = "creator" | "administrator" | "member" | "left" | "kicked";

/** What the bot did, announced to subscribers (the simulator prints these). */
export type FakeTelegramEvent =
  | { type: "sent"; chat: Chat; message: FakeMessage }
  | { type: "edited"; chat: Chat; message: FakeMessage }
  | { type: "deleted"; chat: Chat; message: FakeMessage }
  | {
      type: "topic";
      chat: Chat;
      action: "created" | "edited" | "closed" | "reopened" | "deleted";
      topic: FakeTopic;
    }
  /** A notification or alert answering a button press, shown to the user who pressed only. */
  | { type: "callback_answer"; chat: Chat; user: User; text: string; showAlert: boolean };

/** A keyboard button, flattened: `data` for callback buttons, `url` for link buttons. */
export interface FakeButton {
  text: string;
  data?: string;
  url?: string;
  requestLocation?: boolean;
  requestContact?: boolean;
  keyboard: "inline" | "reply";
  /** Row in the keyboard, from 0. */
  row: number;
}

/** What a user can send: a text, or one of these contents. Media fields are optional details. */
export type IncomingContent =
  | string
  | { sticker: true | { emoji?: string; file_id?: string } }
  | { photo: true | { file_id?: string }; caption?: string }
  | { voice: true | { duration?: number; file_id?: string }; caption?: string }
  | { video: true | { duration?: number; file_id?: string }; caption?: string }
  | { document: true | { file_name?: string; file_id?: string }; caption?: string }
  | { location: { latitude: number; longitude: number; live_period?: number } }
  | { contact: { phone_number: string; first_name: string; last_name?: string; user_id?: number } };

export interface RecordedCall {
  method: string;
  payload: Record<string, unknown>;
  /** The answer the fake gave: `{ ok: true, result }` or `{ ok: false, error_code, description }`. */
  response: ApiResponse;
}

export type ApiResponse =
  | { ok: true; result: unknown }
  | { ok: false; error_code: number; description: string; parameters?: { retry_after?: number } };
