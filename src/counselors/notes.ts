// Internal notes: what stays among staff and never reaches the person. In a case's topic,
// everything except the holder's reply to the person's message; in the private chat, a
// message starting with `//`, copied into the topic. Each note is a row of the message map
// (source "n": the note's message in the topic, no content), marked ✍ where it was written,
// and handed to the next holder at a transfer.

import type { Message } from "grammy/types";
import * as caseMessages from "../db/case-messages.ts";
import type * as cases from "../db/cases.ts";
import type * as counselors from "../db/counselors.ts";
import { errorLog, type Logger } from "../logger.ts";
import { markMessage, NOTE_MARK } from "./delivery.ts";
import { type Desk, toGroup } from "./desk.ts";

const NOTE_SOURCE = "n";

async function recordNote(desk: Desk, item: cases.Case, topicMessageId: number) {
  return caseMessages.record(desk.app.db, {
    caseId: item.id,
    source: NOTE_SOURCE,
    sourceMessageId: topicMessageId,
    state: "sent",
    now: new Date(desk.app.now()),
  });
}

/**
 * A message written in an open case's topic that is not a reply to the person: kept as a
 * note and marked; the first note of a topic also says, once, how to reach the person.
 */
export async function keepTopicNote(
  desk: Desk,
  item: cases.Case,
  writer: counselors.Counselor | undefined,
  message: Message,
): Promise<void> {
  if (item.threadId === null || !(await recordNote(desk, item, message.message_id))) return;
  await desk.api
    .setMessageReaction(desk.groupId, message.message_id, [{ type: "emoji", emoji: NOTE_MARK }])
    .catch(() => {});
  const kept = await caseMessages.notes(desk.app.db, item.id);
  if (kept.length !== 1) return;
  const threadId = item.threadId;
  // Read by everyone in the topic: the group's language, like the head above it.
  const hint = desk.group("counselors-note-hint", { alias: writer?.alias ?? "—" });
  await toGroup(desk, (groupId) =>
    desk.api.sendMessage(groupId, hint, {
      message_thread_id: threadId,
      reply_parameters: { message_id: message.message_id, allow_sending_without_reply: true },
    }),
  ).catch((error) =>
    desk.app.logger.warn({ case: item.ref, err: errorLog(error) }, "could not post the hint"),
  );
}

/** `// note` in the holder's private chat: copied into the topic as "📝 Dana: …", and marked. */
export async function postPrivateNote(
  desk: Desk,
  item: cases.Case,
  counselor: counselors.Counselor,
  message: Message,
  log: Logger,
): Promise<void> {
  // The `//` only told the bot it is a note; the topic shows what was meant.
  const note = (message.text ?? message.caption ?? "").trim().replace(/^\/\/\s*/, "");
  const threadId = item.threadId;
  if (threadId !== null) {
    const text = desk.group("counselors-note", { alias: counselor.alias, note });
    try {
      const posted = await toGroup(desk, (groupId) =>
        desk.api.sendMessage(groupId, text, { message_thread_id: threadId }),
      );
      await recordNote(desk, item, posted.message_id);
    } catch (error) {
      log.warn({ case: item.ref, err: errorLog(error) }, "could not post a note in the topic");
    }
  }
  await markMessage(
    desk,
    counselor,
    { source: `c${counselor.id}`, messageId: message.message_id },
    NOTE_MARK,
  );
}
