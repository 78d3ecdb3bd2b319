// What a message was, in one word, for the kept history: a counselor reading a hand-over sees
// "[photo]" where the person sent one. The kind only: no file id, size or name is kept.
import type { Message } from "grammy/types";

export const MESSAGE_KINDS = [
  "text",
  "photo",
  "voice",
  "video",
  "sticker",
  "document",
  "location",
  "other",
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** Undefined for a message known by its id only (passed into a case from the person's session). */
export function messageKind(message: Partial<Message>): MessageKind | undefined {
  if (message.text !== undefined) return "text";
  if (message.photo !== undefined) return "photo";
  if (message.voice !== undefined) return "voice";
  // A GIF carries a document too: it is a short video to whoever sees it.
  if (message.video !== undefined || message.video_note !== undefined || message.animation !== undefined)
    return "video";
  if (message.sticker !== undefined) return "sticker";
  if (message.document !== undefined) return "document";
  if (message.location !== undefined || message.venue !== undefined) return "location";
  if (message.audio !== undefined || message.contact !== undefined || message.poll !== undefined)
    return "other";
  return undefined;
}
