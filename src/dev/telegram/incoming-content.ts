// What a played user sends, as the message the fake stores (and the bot may later copy or edit).
import type { IncomingContent, MessageContent } from "./types.ts";

/** A user's content as a stored message; sample media get made-up file ids. */
export function incomingContent(content: IncomingContent, serial: number): MessageContent {
  if (typeof content === "string") return { kind: "text", text: content, entities: commandEntities(content) };
  const sample = (kind: string) => `sample-${kind}-${serial}`;
  const details = <T extends object>(spec: true | T): Partial<T> => (spec === true ? {} : spec);
  const withCaption = "caption" in content && content.caption ? { caption: content.caption } : {};
  if ("sticker" in content) {
    const spec = details(content.sticker);
    return {
      kind: "sticker",
      file: { fileId: spec.file_id ?? sample("sticker"), emoji: spec.emoji ?? "🙂" },
    };
  }
  if ("photo" in content) {
    return {
      kind: "photo",
      file: { fileId: details(content.photo).file_id ?? sample("photo") },
      ...withCaption,
    };
  }
  if ("voice" in content) {
    const spec = details(content.voice);
    return {
      kind: "voice",
      file: { fileId: spec.file_id ?? sample("voice"), duration: spec.duration ?? 3 },
      ...withCaption,
    };
  }
  if ("video" in content) {
    const spec = details(content.video);
    return {
      kind: "video",
      file: { fileId: spec.file_id ?? sample("video"), duration: spec.duration ?? 5 },
      ...withCaption,
    };
  }
  if ("document" in content) {
    const spec = details(content.document);
    const file = { fileId: spec.file_id ?? sample("document"), fileName: spec.file_name ?? "document.pdf" };
    return { kind: "document", file, ...withCaption };
  }
  if ("location" in content) return { kind: "location", location: content.location };
  return { kind: "contact", contact: content.contact };
}

/** Telegram marks a leading "/command" (optionally "@bot") as a bot_command entity. */
export function commandEntities(text: string): MessageContent["entities"] {
  const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text)?.[0];
  return command ? [{ type: "bot_command", offset: 0, length: command.length }] : undefined;
}
