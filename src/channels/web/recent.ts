// The content of recent incoming Telegram messages, in memory for a few minutes: copyMessage
// from a Telegram chat (a counselor's reply) to a web chat needs what the message said, and the
// Bot API cannot be asked for it. Bounded in count and age; never stored or logged.
import type { Context, MiddlewareFn } from "grammy";
import type { Message } from "grammy/types";
import { MINUTE_MS } from "../../time/durations.ts";
import type { WebContent } from "./chats.ts";

const KEEP_MS = 10 * MINUTE_MS;
const MAX_ENTRIES = 2_000;

const MEDIA_KINDS = [
  "photo",
  "document",
  "voice",
  "video",
  "sticker",
  "audio",
  "animation",
  "video_note",
  "location",
  "venue",
  "contact",
] as const;

/** What the page can show of a message: its text or caption, and the kind of anything else. */
export function contentOf(message: Message): WebContent {
  if (message.text !== undefined) return { text: message.text, entities: message.entities ?? [] };
  const kind = MEDIA_KINDS.find((name) => message[name] !== undefined) ?? "other";
  return { text: message.caption ?? "", entities: message.caption_entities ?? [], kind };
}

export class RecentMessages {
  private readonly entries = new Map<string, { content: WebContent; at: number }>();

  constructor(private readonly now: () => number) {}

  remember(chatId: number, messageId: number, content: WebContent): void {
    const key = `${chatId}:${messageId}`;
    this.entries.delete(key);
    this.entries.set(key, { content, at: this.now() });
    // Oldest first: drop the expired, and the oldest beyond the bound.
    for (const [oldKey, entry] of this.entries) {
      if (this.entries.size <= MAX_ENTRIES && this.now() - entry.at < KEEP_MS) break;
      this.entries.delete(oldKey);
    }
  }

  find(chatId: number, messageId: number): WebContent | undefined {
    const entry = this.entries.get(`${chatId}:${messageId}`);
    return entry && this.now() - entry.at < KEEP_MS ? entry.content : undefined;
  }

  /** First in the bot: every incoming message (and its edits) is remembered. */
  readonly middleware: MiddlewareFn<Context> = (ctx, next) => {
    const message = ctx.message ?? ctx.editedMessage;
    if (message) this.remember(message.chat.id, message.message_id, contentOf(message));
    return next();
  };
}
