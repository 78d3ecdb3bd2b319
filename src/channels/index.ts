// Which channel a chat is on. The bot's features never ask: only the channel layer (the web
// channel answering its own chats' API calls), the counselors' topic mark and the relay's
// delivery report (what a channel cannot show) need to know.
// Web chats have ids in [2^52, 2^53): safe integers above every Telegram user id (Telegram
// promises at most 52 significant bits) and never negative like groups.
import type { Message } from "grammy/types";
import { contentOf } from "./web/recent.ts";

export type Channel = "telegram" | "web";

export const WEB_CHAT_IDS = { first: 2 ** 52, end: 2 ** 53 } as const;

export function channelOf(chatId: number): Channel {
  return chatId >= WEB_CHAT_IDS.first && chatId < WEB_CHAT_IDS.end ? "web" : "telegram";
}

/**
 * The kind of media ("photo") a person on this chat gets only as a note naming it, or undefined
 * when they get the message itself: Telegram shows everything, the web page only text (and the
 * bot's own venues and documents), so a counselor is never told a photo was delivered there.
 */
export function notedOnlyAs(chatId: number, message: Message): string | undefined {
  return channelOf(chatId) === "web" ? contentOf(message).kind : undefined;
}
