// The Bot API methods the fake answers, each checked the way Telegram checks it.
import { CHAT_METHODS } from "./chat-methods.ts";
import { MESSAGE_METHODS } from "./message-methods.ts";
import type { Method } from "./payload.ts";
import { TOPIC_METHODS } from "./topic-methods.ts";

/** Methods that post a message, and so count against the rate limits. */
export const SENDING_METHODS = new Set([
  "sendMessage",
  "sendPhoto",
  "sendDocument",
  "sendVoice",
  "sendVideo",
  "sendSticker",
  "sendAudio",
  "sendAnimation",
  "sendVideoNote",
  "sendLocation",
  "sendVenue",
  "sendContact",
  "copyMessage",
  "forwardMessage",
]);
export const METHODS: Record<string, Method> = {
  getMe: (_p, s) => s.bot,
  getUpdates: () => [],
  deleteWebhook: () => true,
  setWebhook: () => true,
  setChatMenuButton: () => true,
  ...MESSAGE_METHODS,
  ...CHAT_METHODS,
  ...TOPIC_METHODS,
};
