// Forum topics: the counselors' group has one per case.
import { badRequest } from "./errors.ts";
import { type Method, optionalStrings, type Payload } from "./payload.ts";
import type { ChatRecord, TelegramState } from "./state.ts";
import type { FakeTopic } from "./types.ts";

const TOPIC_ICON_COLORS = [7322096, 16766590, 13338331, 9367192, 16749490, 16478047];

export const TOPIC_METHODS: Record<string, Method> = {
  createForumTopic: (p, s) => {
    const record = forum(s, p);
    if (!s.botManagesTopics(record)) throw badRequest("not enough rights to create a topic");
    const name = topicName(p.name);
    const iconColor = p.icon_color === undefined ? TOPIC_ICON_COLORS[0]! : Number(p.icon_color);
    if (!TOPIC_ICON_COLORS.includes(iconColor)) throw badRequest("TOPIC_ICON_COLOR_INVALID");
    // Telegram numbers a topic by the id of its "topic created" service message.
    const service = s.addMessage(record, {
      kind: "topic_created",
      from: s.botUser,
      topic: { name, iconColor },
    });
    service.threadId = service.messageId;
    const topic: FakeTopic = { threadId: service.messageId, name, iconColor, closed: false, deleted: false };
    if (typeof p.icon_custom_emoji_id === "string") topic.iconCustomEmojiId = p.icon_custom_emoji_id;
    record.topics.set(topic.threadId, topic);
    s.emit({ type: "topic", chat: record.chat, action: "created", topic });
    return {
      message_thread_id: topic.threadId,
      name,
      icon_color: iconColor,
      ...optionalStrings(p, ["icon_custom_emoji_id"]),
    };
  },
  editForumTopic: (p, s) => {
    const record = forum(s, p);
    const topic = topicOf(record, p);
    const name = p.name === undefined ? topic.name : topicName(p.name);
    const emoji =
      p.icon_custom_emoji_id === undefined ? topic.iconCustomEmojiId : String(p.icon_custom_emoji_id);
    if (name === topic.name && emoji === topic.iconCustomEmojiId) throw badRequest("TOPIC_NOT_MODIFIED");
    topic.name = name;
    if (emoji === undefined || emoji === "") delete topic.iconCustomEmojiId;
    else topic.iconCustomEmojiId = emoji;
    s.emit({ type: "topic", chat: record.chat, action: "edited", topic });
    return true;
  },
  closeForumTopic: (p, s) => setTopicClosed(s, p, true),
  reopenForumTopic: (p, s) => setTopicClosed(s, p, false),
  deleteForumTopic: (p, s) => {
    const record = forum(s, p);
    const topic = topicOf(record, p);
    topic.deleted = true;
    for (const message of record.messages.values()) {
      if (message.threadId === topic.threadId) message.deleted = true;
    }
    s.emit({ type: "topic", chat: record.chat, action: "deleted", topic });
    return true;
  },
};

function forum(s: TelegramState, p: Payload): ChatRecord {
  const record = s.writableChatFor(p.chat_id);
  if (record.chat.type !== "supergroup" || !record.chat.is_forum) throw badRequest("the chat is not a forum");
  return record;
}

function topicOf(record: ChatRecord, p: Payload): FakeTopic {
  const topic = record.topics.get(Number(p.message_thread_id));
  if (!topic || topic.deleted) throw badRequest("TOPIC_ID_INVALID");
  return topic;
}

function topicName(name: unknown): string {
  if (typeof name !== "string" || name.trim() === "") throw badRequest("TOPIC_TITLE_EMPTY");
  if (name.length > 128) throw badRequest("TOPIC_TITLE_TOO_LONG");
  return name;
}

function setTopicClosed(s: TelegramState, p: Payload, closed: boolean): true {
  const record = forum(s, p);
  const topic = topicOf(record, p);
  if (topic.closed === closed) throw badRequest("TOPIC_NOT_MODIFIED");
  topic.closed = closed;
  s.emit({ type: "topic", chat: record.chat, action: closed ? "closed" : "reopened", topic });
  return true;
}
