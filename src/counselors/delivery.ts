// What the case's holder sends reaches the person, and the holder can see that it did: a
// delivered message gets a reaction on the holder's own message; a refused one (the person
// blocked the bot, deleted the chat or the account) is reported at once, where it was
// written, and logged on the case's head message, so no case looks answered when it is not.
// Media a person's channel cannot show (a photo on the web chat) reaches them as a line naming
// it: the holder is told so, never shown it as delivered.

import type { Message, ReactionTypeEmoji } from "grammy/types";
import { isChannelOff } from "../channels/guard.ts";
import { notedOnlyAs } from "../channels/index.ts";
import * as audit from "../db/audit.ts";
import * as caseMessages from "../db/case-messages.ts";
import * as cases from "../db/cases.ts";
import type * as counselors from "../db/counselors.ts";
import { errorLog, type Logger } from "../logger.ts";
import { chatOf, type Desk, toCounselor, toGroup, toPerson } from "./desk.ts";
import { keepHistory, linkExpiry } from "./relay.ts";
import { refreshHead } from "./topic.ts";

/** The mark on a counselor's message once the person's copy is sent. */
const DELIVERED: ReactionTypeEmoji["emoji"] = "👍";
/** The mark on a message kept as an internal note. */
export const NOTE_MARK: ReactionTypeEmoji["emoji"] = "✍";

/** Where the holder wrote: the topic ("g") or their private chat ("c<id>"), and the message there. */
export interface Origin {
  source: string;
  messageId: number;
}

export type DeliveryResult = "sent" | "undelivered" | "no-case";

/** Telegram's answers that mean the person can no longer be reached at all. */
export function isUnreachable(error: unknown): boolean {
  const { error_code: code, description = "" } = error as { error_code?: number; description?: string };
  return code === 403 || /chat not found|user not found|deactivated|blocked/i.test(description);
}

/**
 * The case's holder wrote to the person: in their private chat with the bot (`source` "c<id>")
 * or as a reply to the person's message in the case's topic ("g").
 */
export async function relayFromCounselor(
  desk: Desk,
  item: cases.Case,
  counselor: counselors.Counselor,
  message: Message,
  source: string,
  log: Logger,
): Promise<DeliveryResult> {
  const db = desk.app.db;
  const now = desk.app.now();
  const inPrivate = source !== "g";
  const recorded = await caseMessages.recordToPerson(db, {
    caseId: item.id,
    source,
    sourceMessageId: message.message_id,
    ...(inPrivate ? { counselorId: counselor.id, counselorMessageId: message.message_id } : {}),
    state: "sending",
    now: new Date(now),
  });
  // Recorded already: the same update handled twice, delivered by whoever recorded it.
  if (!recorded) return "sent";
  const { row, sealedPerson } = recorded;
  if (!sealedPerson) return "no-case";
  const origin = { source, messageId: message.message_id };
  let noted: string | undefined;
  try {
    const copy = await toPerson(desk, sealedPerson, (chatId) => {
      noted = notedOnlyAs(chatId, message);
      return desk.api.copyMessage(chatId, message.chat.id, message.message_id);
    });
    await caseMessages.delivered(
      db,
      row.id,
      { personMessageId: copy.message_id },
      { now: new Date(now), linkExpiresAt: linkExpiry(desk, now) },
    );
  } catch (error) {
    await caseMessages.failed(db, row.id);
    await reportUndelivered(desk, item, counselor, origin, error, log);
    return "undelivered";
  }
  // A photo on the web chat reaches the person as a line naming it: no 👍, and the holder is told.
  if (noted) {
    const note = desk.staff("web-media", { kind: noted });
    await tellWhereWritten(
      desk,
      item,
      counselor,
      origin,
      desk.staff("counselors-only-noted", { ref: item.ref, note }),
      log,
    );
  } else await markMessage(desk, counselor, origin, DELIVERED);
  await keepHistory(desk, item, counselor.alias, message, row.id);
  return "sent";
}

/** A canned reply or any text the bot sends to the person on the counselor's behalf. */
export async function sendTextToPerson(
  desk: Desk,
  item: cases.Case,
  counselor: counselors.Counselor,
  text: string,
  origin: Origin,
  log: Logger,
): Promise<DeliveryResult> {
  const sealedPerson = await cases.linkOf(desk.app.db, item.id);
  if (!sealedPerson) return "no-case";
  let sent: Message.TextMessage;
  try {
    sent = await toPerson(desk, sealedPerson, (chatId) => desk.api.sendMessage(chatId, text));
  } catch (error) {
    await reportUndelivered(desk, item, counselor, origin, error, log);
    return "undelivered";
  }
  const now = desk.app.now();
  // In the message map like a relayed reply, so that the case counts as answered (its first reply, no
  // "nobody answered" at close); its own source ("t…"), so that an edit of the command mirrors nothing.
  await caseMessages.record(desk.app.db, {
    caseId: item.id,
    source: `t${origin.source}`,
    sourceMessageId: origin.messageId,
    personMessageId: sent.message_id,
    counselorId: counselor.id,
    state: "sent",
    now: new Date(now),
    touch: { linkExpiresAt: linkExpiry(desk, now) },
  });
  await keepHistory(desk, item, counselor.alias, { text } as Message);
  return "sent";
}

/**
 * A reaction on the counselor's message (delivered, or kept as a note). Reactions are a
 * courtesy: if Telegram refuses one, nothing else changes and nobody is told.
 */
export async function markMessage(
  desk: Desk,
  counselor: counselors.Counselor,
  origin: Origin,
  emoji: ReactionTypeEmoji["emoji"],
): Promise<void> {
  const chatId = origin.source === "g" ? desk.groupId : counselor.chat ? chatOf(desk, counselor.chat) : null;
  if (chatId === null) return;
  await desk.api
    .setMessageReaction(chatId, origin.messageId, [{ type: "emoji", emoji }])
    .catch((error) => desk.app.logger.debug({ err: errorLog(error) }, "could not set a reaction"));
}

/** One clear line where the holder wrote, and (when the person is gone) a line in the case's log. */
async function reportUndelivered(
  desk: Desk,
  item: cases.Case,
  counselor: counselors.Counselor,
  origin: Origin,
  error: unknown,
  log: Logger,
): Promise<void> {
  const unreachable = isUnreachable(error);
  log.warn({ case: item.ref, err: errorLog(error) }, "could not relay a message to the person");
  const key = isChannelOff(error)
    ? "counselors-undelivered-channel-off"
    : unreachable
      ? "counselors-undelivered-unreachable"
      : "counselors-undelivered-retry";
  const text = desk.staff(key, { ref: item.ref });
  await tellWhereWritten(desk, item, counselor, origin, text, log);
  if (!unreachable) return;
  // One log line per run of failures: the head message's log stays readable.
  const [latest] = await audit.recent(desk.app.db, 1, item.ref);
  if (latest?.action === "undelivered") return;
  await audit.record(desk.app.db, {
    at: new Date(desk.app.now()),
    caseRef: item.ref,
    action: "undelivered",
    actor: counselor,
  });
  await refreshHead(desk, item.id);
}

/** One line for the holder, as a reply to what they wrote: in the case's topic, or in their private chat. */
async function tellWhereWritten(
  desk: Desk,
  item: cases.Case,
  counselor: counselors.Counselor,
  origin: Origin,
  text: string,
  log: Logger,
): Promise<void> {
  const reply = { reply_parameters: { message_id: origin.messageId, allow_sending_without_reply: true } };
  const threadId = item.threadId;
  const told =
    origin.source === "g" && threadId !== null
      ? toGroup(desk, (groupId) =>
          desk.api.sendMessage(groupId, text, { message_thread_id: threadId, ...reply }),
        )
      : toCounselor(desk, counselor, (chatId) => desk.api.sendMessage(chatId, text, reply));
  await told.catch((tellError) =>
    log.warn({ case: item.ref, err: errorLog(tellError) }, "could not tell the counselor"),
  );
}
