// How the simulator prints what the bot does: pure functions from the fake Telegram's
// events and messages to transcript lines.
import type { Chat } from "grammy/types";
import { buttonsOf } from "../telegram/keyboards.ts";
import type { FakeMessage, FakeTelegramEvent } from "../telegram/types.ts";

export interface RenderView {
  /** The private chat of whoever types now: the bot's messages there print as "bot ›". */
  ownChatId: number;
}

export const SIM_PREFIX = "sim › ";

const PREVIEW_LENGTH = 40;

export function renderEvent(event: FakeTelegramEvent, view: RenderView): string[] {
  switch (event.type) {
    case "sent":
      return labelled(chatLabel(event.chat, event.message.threadId, view), renderMessage(event.message));
    case "edited":
      return labelled(
        `${chatLabel(event.chat, event.message.threadId, view)} (edited)`,
        renderMessage(event.message),
      );
    case "deleted": {
      const label = chatLabel(event.chat, event.message.threadId, view);
      const what = `bot deleted message ${event.message.messageId} (“${preview(event.message)}”)`;
      return [label === "bot" ? what : `${label} › ${what}`];
    }
    case "topic": {
      const { topic } = event;
      const change = event.action === "edited" ? `renamed to “${topic.name}”` : event.action;
      const name = event.action === "edited" ? "" : ` “${topic.name}”`;
      return [`${chatLabel(event.chat, undefined, view)} › topic #${topic.threadId}${name} ${change}`];
    }
    case "callback_answer": {
      const to = event.user.id === view.ownChatId ? "" : ` → ${event.user.first_name}`;
      return labelled(`bot${to} (${event.showAlert ? "alert" : "popup"})`, [event.text]);
    }
  }
}

/** Who a line is from: "bot" in your own chat, "bot → Name" in someone else's, "group #12" in a topic. */
export function chatLabel(chat: Chat, threadId: number | undefined, view: RenderView): string {
  if (chat.type === "private") return chat.id === view.ownChatId ? "bot" : `bot → ${chat.first_name}`;
  return threadId === undefined ? "group" : `group #${threadId}`;
}

/** A message's content, then its keyboard as numbered buttons (numbering runs across rows). */
export function renderMessage(message: FakeMessage): string[] {
  return [...renderContent(message), ...renderKeyboard(message)];
}

export function renderContent(message: FakeMessage): string[] {
  const lines: string[] = [];
  const origin = message.forwardOrigin;
  if (origin)
    lines.push(`[forwarded from ${origin.type === "user" ? origin.sender_user.first_name : origin.type}]`);
  const file = message.file;
  const seconds = file?.duration === undefined ? "" : `, ${file.duration} s`;
  const location = message.location ? `${message.location.latitude}, ${message.location.longitude}` : "";
  switch (message.kind) {
    case "text":
      return [...lines, ...(message.text ?? "").split("\n")];
    case "photo":
    case "video":
    case "animation":
    case "audio":
      lines.push(`[${message.kind}${seconds}]`);
      break;
    case "document":
      lines.push(`[document${file?.fileName ? ` ${file.fileName}` : ""}]`);
      break;
    case "voice":
      lines.push(`[voice message${seconds}]`);
      break;
    case "video_note":
      lines.push(`[round video${seconds}]`);
      break;
    case "sticker":
      lines.push(`[sticker${file?.emoji ? ` ${file.emoji}` : ""}]`);
      break;
    case "location":
      lines.push(`[${message.location?.live_period ? "live location" : "location"} ${location}]`);
      break;
    case "venue":
      lines.push(`[place: ${message.venue?.title}, ${message.venue?.address} (${location})]`);
      break;
    case "contact": {
      const contact = message.contact;
      const name = [contact?.first_name, contact?.last_name].filter(Boolean).join(" ");
      lines.push(`[contact: ${name}, ${contact?.phone_number}]`);
      break;
    }
    case "topic_created":
      lines.push(`[topic “${message.topic?.name}” created]`);
      break;
  }
  if (message.caption) lines.push(...message.caption.split("\n"));
  return lines;
}

/** "[1] Yes  [2] No", one line per keyboard row; reply keyboards are marked with ⌨. */
export function renderKeyboard(message: FakeMessage): string[] {
  const rows: string[][] = [];
  buttonsOf(message).forEach((button, index) => {
    let label = `[${index + 1}] ${button.text}`;
    if (button.url) label += ` ↗ ${button.url}`;
    if (button.requestLocation) label += " (shares your location)";
    if (button.requestContact) label += " (shares your phone number)";
    const row = rows[button.row] ?? [];
    rows[button.row] = row;
    row.push(button.keyboard === "reply" && row.length === 0 ? `⌨ ${label}` : label);
  });
  return rows.filter((row) => row.length > 0).map((row) => row.join("  "));
}

/** "label › first line", following lines indented under the first. */
export function labelled(label: string, lines: string[]): string[] {
  const prefix = `${label} › `;
  const indent = " ".repeat(prefix.length);
  return lines.map((line, index) => (index === 0 ? prefix : indent) + line);
}

function preview(message: FakeMessage): string {
  const first = renderContent(message)[0] ?? "";
  return first.length > PREVIEW_LENGTH ? `${first.slice(0, PREVIEW_LENGTH - 1)}…` : first;
}
