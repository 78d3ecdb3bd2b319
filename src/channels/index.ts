// Which channel a chat is on. The bot's features never ask: only the channel layer (the web
// channel answering its own chats' API calls) and the counselors' topic mark need to know.
// Web chats have ids in [2^52, 2^53): safe integers above every Telegram user id (Telegram
// promises at most 52 significant bits) and never negative like groups.

export type Channel = "telegram" | "web";

export const WEB_CHAT_IDS = { first: 2 ** 52, end: 2 ** 53 } as const;

export function channelOf(chatId: number): Channel {
  return chatId >= WEB_CHAT_IDS.first && chatId < WEB_CHAT_IDS.end ? "web" : "telegram";
}
