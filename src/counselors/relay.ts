// The anonymous relay. Messages are copied (copyMessage), never forwarded: a copy carries
// nothing that points at its sender. Each source message is recorded once in the message
// map before it is relayed (a unique row), so that an update handled twice, by one instance
// or by two, is relayed once; the map also lets edits and replies find their copies.

import type { Message } from "grammy/types";
import * as caseMessages from "../db/case-messages.ts";
import * as cases from "../db/cases.ts";
import * as counselors from "../db/counselors.ts";
import * as history from "../db/history.ts";
import { errorLog, type Logger } from "../logger.ts";
import { DAY_MS } from "../time/durations.ts";
import { chatOf, type Desk, toCounselor, toGroup, toPerson } from "./desk.ts";
import { caseLabels, caseTitle, counselorLocale, sayTo } from "./labels.ts";
import { messageKind } from "./message-kind.ts";
import { counselorInGroup, releaseCasesOf } from "./removal.ts";
import { refreshHead } from "./topic.ts";

/** Content the relay carries. Locations and contacts are not relayed: they could identify the person. */
export function isRelayable(message: Message): boolean {
  return (
    message.text !== undefined ||
    message.photo !== undefined ||
    message.voice !== undefined ||
    message.video !== undefined ||
    message.document !== undefined ||
    message.sticker !== undefined ||
    message.audio !== undefined ||
    message.animation !== undefined ||
    message.video_note !== undefined
  );
}

/** A bot command ("/close"), as opposed to text that merely starts with a slash ("// a note"). */
export function isCommand(message: Message): boolean {
  return message.entities?.some((entity) => entity.type === "bot_command" && entity.offset === 0) ?? false;
}

/** A message in the topic or a private chat that stays with the counselors. */
export function isInternalNote(message: Message): boolean {
  return (message.text ?? message.caption ?? "").trimStart().startsWith("//");
}

export function linkExpiry(desk: Desk, now: number): Date {
  return new Date(now + (desk.app.config.CASE_QUEUE_DAYS + 1) * DAY_MS);
}

/**
 * The person wrote while their case is open: to the counselor, or kept until one takes the case.
 * False when the message had been recorded already (the same update handled twice).
 */
export async function relayFromPerson(
  desk: Desk,
  item: cases.Case,
  message: Pick<Message, "message_id"> & Partial<Message>,
  log: Logger,
): Promise<boolean> {
  const db = desk.app.db;
  const now = desk.app.now();
  const sending = item.status === "active";
  const input = {
    caseId: item.id,
    source: "p",
    sourceMessageId: message.message_id,
    personMessageId: message.message_id,
    state: sending ? ("sending" as const) : ("waiting" as const),
    now: new Date(now),
    touch: { linkExpiresAt: linkExpiry(desk, now) },
  };
  // To a holder now: they and the person's chat are read in the recording statement.
  if (sending && item.counselorId !== null) {
    const recorded = await caseMessages.recordForHolder(db, input, item.counselorId);
    if (!recorded) return false;
    await keepHistory(desk, item, "person", message, recorded.row.id);
    await deliverPersonMessage(desk, item, recorded.row, log, recorded);
    return true;
  }
  const row = await caseMessages.record(db, input);
  if (!row) return false;
  await keepHistory(desk, item, "person", message, row.id);
  if (row.state === "sending") {
    await deliverPersonMessage(desk, item, row, log);
    return true;
  }
  await cases.recountWaiting(db, item.id);
  await refreshHead(desk, item.id);
  // Taken while this was being recorded: the counselor's delivery may have missed it.
  const fresh = await cases.byId(db, item.id);
  if (fresh?.status === "active" && (await caseMessages.startDelivery(db, row.id, "waiting"))) {
    await deliverPersonMessage(desk, fresh, row, log);
  }
  return true;
}

async function deliverPersonMessage(
  desk: Desk,
  item: cases.Case,
  row: caseMessages.MappedMessage,
  log: Logger,
  /** The holder and the person's sealed chat, when read with the message's record. */
  read?: { holder: counselors.Counselor | undefined; sealedPerson: string | undefined },
) {
  const db = desk.app.db;
  if (item.counselorId === null) return;
  const { holder: counselor, sealedPerson } =
    read ?? (await counselors.holderAndPerson(db, item.counselorId, item.id));
  if (!counselor || !sealedPerson) return;
  // Left the group (an update missed or not yet seen): nothing more goes to them; the message waits for the next.
  if (!(await counselorInGroup(desk, counselor))) {
    await caseMessages.backToWaiting(db, row.id);
    await releaseCasesOf(desk, counselor, log);
    await cases.recountWaiting(db, item.id);
    await refreshHead(desk, item.id);
    return;
  }
  try {
    const personChat = chatOf(desk, sealedPerson);
    if (item.inTopic && item.threadId !== null)
      return await copyToTopic(desk, item.threadId, personChat, row);
    await showCaseHeader(desk, counselor, item);
    await copyToCounselor(desk, counselor, personChat, row);
  } catch (error) {
    await caseMessages.failed(db, row.id);
    log.warn({ case: item.ref, err: errorLog(error) }, "could not relay a message to the counselor");
  }
}

/** Copies one of the person's messages into the counselor's private chat; the map records the copy. */
export async function copyToCounselor(
  desk: Desk,
  counselor: counselors.Counselor,
  personChat: number,
  row: caseMessages.MappedMessage,
): Promise<void> {
  const copy = await toCounselor(desk, counselor, (chatId) =>
    desk.api.copyMessage(chatId, personChat, row.sourceMessageId),
  );
  await caseMessages.delivered(desk.app.db, row.id, {
    counselorId: counselor.id,
    counselorMessageId: copy.message_id,
  });
}

/** Copies one of the person's messages into the case's topic (a holder without a private chat); the map records it. */
export async function copyToTopic(
  desk: Desk,
  threadId: number,
  personChat: number,
  row: caseMessages.MappedMessage,
): Promise<void> {
  const copy = await toGroup(desk, (groupId) =>
    desk.api.copyMessage(groupId, personChat, row.sourceMessageId, { message_thread_id: threadId }),
  );
  await caseMessages.deliveredInTopic(desk.app.db, row.id, copy.message_id);
}

/** Delivers what the person wrote while waiting, oldest first (at Take, or after a transfer). */
export async function deliverWaiting(desk: Desk, item: cases.Case, log: Logger): Promise<number> {
  let count = 0;
  let seen = 0;
  // Bounded: a person writing during delivery adds rows that the next round picks up.
  for (let round = 0; round < 5; round++) {
    const waiting = await caseMessages.waiting(desk.app.db, item.id);
    if (waiting.length === 0) break;
    seen += waiting.length;
    for (const row of waiting) {
      if (!(await caseMessages.startDelivery(desk.app.db, row.id, "waiting"))) continue;
      await deliverPersonMessage(desk, item, row, log);
      count++;
    }
  }
  // Nothing waited and the counter says so: recounting would write the same 0.
  if (seen > 0 || item.waiting !== 0) await cases.recountWaiting(desk.app.db, item.id);
  return count;
}

/**
 * The person edited a message: the kept line holds the new text, the counselor's copy follows, and a note
 * replying to it says so (an edit makes no sound: a correction far up the chat would go unseen).
 */
export async function mirrorPersonEdit(desk: Desk, item: cases.Case, message: Message): Promise<void> {
  const row = await caseMessages.bySource(desk.app.db, item.id, "p", message.message_id);
  if (!row) return;
  await reviseHistory(desk, item, row.id, message);
  if (row.state !== "sent" || row.counselorMessageId === null) return;
  const copyId = row.counselorMessageId;
  const noteTo = { reply_parameters: { message_id: copyId, allow_sending_without_reply: true } };
  // A copy without a counselor is in the topic (a holder without a private chat).
  if (row.counselorId === null) {
    await editCopy(desk, desk.groupId, copyId, message);
    if (item.threadId === null) return;
    const thread = item.threadId;
    await toGroup(desk, (groupId) =>
      desk.api.sendMessage(groupId, desk.group("counselors-person-edited"), {
        message_thread_id: thread,
        ...noteTo,
      }),
    );
    return;
  }
  const counselor = await counselors.byId(desk.app.db, row.counselorId);
  if (!counselor?.chat) return;
  await editCopy(desk, chatOf(desk, counselor.chat), copyId, message);
  await toCounselor(desk, counselor, (chatId) =>
    desk.api.sendMessage(chatId, sayTo(desk, counselor)("counselors-person-edited"), noteTo),
  );
}

/**
 * The counselor edited a message (in private or in the topic): the kept line follows, and so does the person's copy,
 * with a short note replying to it, as the desk gets for the person's edits (an edit makes no sound, and a
 * correction far up the chat would go unseen). A copy that can no longer be edited (gone from the person's chat)
 * gets the new version as a new copy, the note replying to that.
 */
export async function mirrorCounselorEdit(desk: Desk, item: cases.Case, source: string, message: Message) {
  const row = await caseMessages.bySource(desk.app.db, item.id, source, message.message_id);
  if (row?.state !== "sent" || row.personMessageId === null) return;
  const sealedPerson = await cases.linkOf(desk.app.db, item.id);
  if (!sealedPerson) return;
  await reviseHistory(desk, item, row.id, message);
  const chatId = chatOf(desk, sealedPerson);
  const outcome = await editCopy(desk, chatId, row.personMessageId, message);
  if (outcome === "unchanged") return;
  try {
    const shown =
      outcome === "edited"
        ? row.personMessageId
        : (
            await toPerson(desk, sealedPerson, (id) =>
              desk.api.copyMessage(id, message.chat.id, message.message_id, {
                reply_parameters: { message_id: row.personMessageId ?? 0, allow_sending_without_reply: true },
              }),
            )
          ).message_id;
    await toPerson(desk, sealedPerson, (id) =>
      desk.api.sendMessage(id, desk.t(item.locale, "counselors-counselor-edited"), {
        reply_parameters: { message_id: shown, allow_sending_without_reply: true },
      }),
    );
  } catch (error) {
    desk.app.logger.warn({ case: item.ref, err: errorLog(error) }, "could not show the person an edit");
  }
}

/** What became of a copy asked to follow its source's edit. */
type CopyEdit = "edited" | "unchanged" | "refused";

async function editCopy(desk: Desk, chatId: number, messageId: number, edited: Message): Promise<CopyEdit> {
  // An edit that removed a caption carries none: the copy's goes too.
  const captioned = [
    edited.photo,
    edited.video,
    edited.document,
    edited.audio,
    edited.animation,
    edited.voice,
  ].some((part) => part !== undefined);
  try {
    if (edited.text !== undefined)
      await desk.api.editMessageText(
        chatId,
        messageId,
        edited.text,
        edited.entities ? { entities: edited.entities } : {},
      );
    else if (captioned)
      await desk.api.editMessageCaption(chatId, messageId, {
        caption: edited.caption ?? "",
        ...(edited.caption_entities ? { caption_entities: edited.caption_entities } : {}),
      });
    else return "unchanged";
    return "edited";
  } catch (error) {
    const description = (error as { description?: string }).description ?? "";
    if (/not modified/i.test(description)) return "unchanged";
    if (/not found|can't be edited|there is no/i.test(description)) return "refused";
    throw error;
  }
}

/**
 * Before a copy lands in a counselor's private chat, a one-line header names the case,
 * but only when the case differs from the one shown last there.
 */
export async function showCaseHeader(
  desk: Desk,
  counselor: counselors.Counselor,
  item: cases.Case,
  force = false,
) {
  // `counselor` was read in this update: when it shows this case's header already, the write would change nothing.
  const changed =
    counselor.headerCaseId !== item.id && (await counselors.switchHeader(desk.app.db, counselor.id, item.id));
  if (!changed && !force) return;
  await toCounselor(desk, counselor, (chatId) =>
    desk.api.sendMessage(chatId, caseHeader(desk, item, counselor)),
  );
}

/** The one-line header of a case in a counselor's private chat, in their language. */
export function caseHeader(desk: Desk, item: cases.Case, counselor: counselors.Counselor): string {
  const labels = caseLabels(desk, counselorLocale(desk, counselor));
  const line = labels.say("counselors-private-header", { title: caseTitle(labels, item) });
  return counselor.currentCaseId === item.id
    ? line
    : `${line}\n${labels.say("counselors-private-header-other", { ref: item.ref })}`;
}

/**
 * Under consent "history" only: what was sent, for HISTORY_DAYS: the text or caption sealed, and its kind
 * (a photo, a voice message: never the file). `caseMessageId`: its row in the message map, for an edit to find it.
 */
export async function keepHistory(
  desk: Desk,
  item: cases.Case,
  author: string,
  message: Partial<Message>,
  caseMessageId?: number,
) {
  const text = message.text ?? message.caption ?? "";
  const kind = messageKind(message);
  if (!item.keepHistory || !item.pseudonym || !kind || (kind === "text" && !text)) return;
  const now = desk.app.now();
  await history.add(desk.app.db, {
    pseudonym: item.pseudonym,
    caseRef: item.ref,
    at: new Date(now),
    author,
    sealedBody: desk.app.cipher.seal(text),
    kind,
    ...(caseMessageId === undefined ? {} : { caseMessageId }),
    expiresAt: new Date(now + desk.app.config.HISTORY_DAYS * DAY_MS),
  });
}

/** An edit within the consent: the kept line (if any: none without it) takes the new text, marked edited. */
async function reviseHistory(desk: Desk, item: cases.Case, caseMessageId: number, edited: Message) {
  const text = edited.text ?? edited.caption;
  if (!item.keepHistory || !item.pseudonym || text === undefined) return;
  await history.revise(desk.app.db, {
    pseudonym: item.pseudonym,
    caseMessageId,
    sealedBody: desk.app.cipher.seal(text),
  });
}
