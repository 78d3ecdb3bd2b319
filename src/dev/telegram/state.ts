// What the fake Telegram remembers: chats, their members, forum topics and messages,
// and how a stored message looks when the Bot API hands it out.
import type { Chat, Message, User, UserFromGetMe } from "grammy/types";
import { ApiError, badRequest } from "./errors.ts";
import type { FakeMessage, FakeTelegramEvent, FakeTopic, FakeUser, MemberStatus } from "./types.ts";

export interface ChatRecord {
  chat: Chat;
  /** By id; ids only grow, so insertion order is message order. */
  messages: Map<number, FakeMessage>;
  lastMessageId: number;
  members: Map<number, { user: User; status: MemberStatus; rights?: MemberRights }>;
  topics: Map<number, FakeTopic>;
  botBlocked: boolean;
  /** The user deleted their account: every send fails with 403. */
  deactivated: boolean;
  pinned: Set<number>;
}

export interface GroupOptions {
  id: number;
  title: string;
  /** Default "supergroup". */
  type?: "group" | "supergroup";
  /** A supergroup with topics. */
  isForum?: boolean;
  members?: FakeUser[];
  admins?: FakeUser[];
}

/** An administrator's rights the fake tells apart (all others are as ADMIN_RIGHTS says). */
export interface MemberRights {
  /** Default true: the bot's place in the counselors' group as the set-up asks. */
  canManageTopics?: boolean;
}

/** Telegram's id of the General topic in forums. */
export const GENERAL_TOPIC_ID = 1;

export class TelegramState {
  readonly chats = new Map<number, ChatRecord>();
  /** Everyone the fake has met, for getChatMember. */
  readonly users = new Map<number, User>();
  /** setMyCommands, by scope and language. */
  readonly commands = new Map<string, unknown[]>();
  readonly callbackQueries = new Map<string, { chatId: number; user: User; answered: boolean }>();
  private readonly listeners = new Set<(event: FakeTelegramEvent) => void>();

  /**
   * The bot as Telegram names it in a message's `from` or a member list: four fields, not the
   * whole `getMe` record (whose extra fields would make every answer and replayed update larger).
   */
  readonly botUser: User;

  constructor(
    readonly bot: UserFromGetMe,
    readonly now: () => number,
  ) {
    this.botUser = { id: bot.id, is_bot: true, first_name: bot.first_name, username: bot.username };
  }

  /** Unix seconds on the fake's clock. */
  seconds(): number {
    return Math.floor(this.now() / 1000);
  }

  subscribe(listener: (event: FakeTelegramEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: FakeTelegramEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  /** The chat a call names in `chat_id`, or the error Telegram gives. */
  chatFor(chatId: unknown): ChatRecord {
    if (chatId === undefined || chatId === "") throw badRequest("chat_id is empty");
    const record = this.chats.get(Number(chatId));
    if (!record) throw badRequest("chat not found");
    return record;
  }

  /** A chat the bot may post in. */
  writableChatFor(chatId: unknown): ChatRecord {
    const record = this.chatFor(chatId);
    if (record.deactivated) throw new ApiError(403, "Forbidden: user is deactivated");
    if (record.botBlocked) throw new ApiError(403, "Forbidden: bot was blocked by the user");
    if (record.chat.type !== "private" && !isPresent(record.members.get(this.bot.id)?.status)) {
      throw new ApiError(403, `Forbidden: bot is not a member of the ${record.chat.type} chat`);
    }
    return record;
  }

  isGroup(record: ChatRecord): boolean {
    return record.chat.type === "group" || record.chat.type === "supergroup";
  }

  /** The user's private chat with the bot, opened when the user first writes. */
  privateChat(user: FakeUser): ChatRecord {
    this.users.set(user.id, asUser(user));
    const existing = this.chats.get(user.id);
    const chat: Chat.PrivateChat = { id: user.id, type: "private", first_name: user.first_name };
    if (user.last_name) chat.last_name = user.last_name;
    if (user.username) chat.username = user.username;
    if (existing) {
      existing.chat = chat;
      return existing;
    }
    const record = emptyRecord(chat);
    this.chats.set(user.id, record);
    return record;
  }

  createGroup(options: GroupOptions): ChatRecord {
    if (this.chats.has(options.id)) throw new Error(`chat ${options.id} exists already`);
    const type = options.type ?? "supergroup";
    if (options.isForum && type !== "supergroup") throw new Error("only a supergroup can be a forum");
    const chat: Chat =
      type === "group"
        ? { id: options.id, type, title: options.title }
        : {
            id: options.id,
            type,
            title: options.title,
            ...(options.isForum ? { is_forum: true as const } : {}),
          };
    const record = emptyRecord(chat);
    // Message 1 of a group is Telegram's "group created" notice; forum topics never get id 1 (General's).
    record.lastMessageId = 1;
    record.members.set(this.bot.id, { user: this.botUser, status: "administrator" });
    this.chats.set(options.id, record);
    for (const user of options.members ?? []) this.setMember(record, user, "member");
    for (const user of options.admins ?? []) this.setMember(record, user, "administrator");
    return record;
  }

  setMember(record: ChatRecord, user: FakeUser, status: MemberStatus, rights?: MemberRights): void {
    this.users.set(user.id, asUser(user));
    record.members.set(user.id, { user: asUser(user), status, ...(rights ? { rights } : {}) });
  }

  /** Whether the bot may create topics here: the creator, or an administrator with can_manage_topics. */
  botManagesTopics(record: ChatRecord): boolean {
    const member = record.members.get(this.bot.id);
    if (member?.status === "creator") return true;
    return member?.status === "administrator" && member.rights?.canManageTopics !== false;
  }

  addMessage(
    record: ChatRecord,
    fields: Omit<FakeMessage, "chatId" | "messageId" | "date" | "deleted">,
  ): FakeMessage {
    record.lastMessageId++;
    const message: FakeMessage = {
      chatId: record.chat.id,
      messageId: record.lastMessageId,
      date: this.seconds(),
      deleted: false,
      ...withoutUndefined(fields),
    };
    record.messages.set(message.messageId, message);
    return message;
  }

  /** A message that exists and is not deleted. */
  visibleMessage(record: ChatRecord, messageId: unknown): FakeMessage | undefined {
    const message = record.messages.get(Number(messageId));
    return message && !message.deleted ? message : undefined;
  }

  /** The message as the Bot API returns it. */
  toApiMessage(message: FakeMessage, withReply = true): Message {
    const record = this.chats.get(message.chatId);
    if (!record) throw new Error(`chat ${message.chatId} is unknown`);
    const api: Record<string, unknown> = {
      message_id: message.messageId,
      from: message.from,
      date: message.date,
      chat: record.chat,
    };
    if (message.threadId !== undefined) {
      api.message_thread_id = message.threadId;
      api.is_topic_message = true;
    }
    if (message.editDate !== undefined) api.edit_date = message.editDate;
    if (message.forwardOrigin) api.forward_origin = message.forwardOrigin;
    Object.assign(api, apiContent(message));
    if (message.caption !== undefined) api.caption = message.caption;
    if (message.entities?.length)
      api[message.kind === "text" ? "entities" : "caption_entities"] = message.entities;
    if (message.replyMarkup && "inline_keyboard" in message.replyMarkup)
      api.reply_markup = message.replyMarkup;
    // A message in a topic replies, for Telegram, to the topic's first message unless it replies to another.
    const repliedTo = message.replyToMessageId ?? message.threadId;
    const replied =
      repliedTo === undefined || repliedTo === message.messageId ? undefined : record.messages.get(repliedTo);
    if (withReply && replied) api.reply_to_message = this.toApiMessage(replied, false);
    return api as unknown as Message;
  }
}

export function isPresent(status: MemberStatus | undefined): boolean {
  return status === "creator" || status === "administrator" || status === "member";
}

export function asUser(user: FakeUser): User {
  return { ...user, is_bot: false };
}

function emptyRecord(chat: Chat): ChatRecord {
  return {
    chat,
    messages: new Map(),
    lastMessageId: 0,
    members: new Map(),
    topics: new Map(),
    botBlocked: false,
    deactivated: false,
    pinned: new Set(),
  };
}

function withoutUndefined<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;
}

/** The kind-specific fields of a Bot API message. */
function apiContent(message: FakeMessage): Record<string, unknown> {
  const file = message.file;
  const ids = file ? { file_id: file.fileId, file_unique_id: `u-${file.fileId}` } : {};
  const duration = file?.duration ?? 1;
  switch (message.kind) {
    case "text":
      return { text: message.text };
    case "photo":
      return { photo: [{ ...ids, width: 800, height: 600 }] };
    case "document":
      return { document: { ...ids, ...(file?.fileName ? { file_name: file.fileName } : {}) } };
    case "voice":
      return { voice: { ...ids, duration } };
    case "audio":
      return { audio: { ...ids, duration } };
    case "video":
      return { video: { ...ids, width: 640, height: 480, duration } };
    case "animation":
      return { animation: { ...ids, width: 320, height: 240, duration } };
    case "video_note":
      return { video_note: { ...ids, length: 240, duration } };
    case "sticker":
      return {
        sticker: {
          ...ids,
          type: "regular",
          width: 512,
          height: 512,
          is_animated: false,
          is_video: false,
          ...(file?.emoji ? { emoji: file.emoji } : {}),
        },
      };
    case "location":
      return { location: message.location };
    case "venue":
      return { location: message.location, venue: { location: message.location, ...message.venue } };
    case "contact":
      return { contact: message.contact };
    case "topic_created":
      return { forum_topic_created: { name: message.topic?.name, icon_color: message.topic?.iconColor } };
  }
}
