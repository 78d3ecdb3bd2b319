// A transfer hands the new holder everything the person agreed to keep. With consent 2
// (history) that is the whole conversation of the case, both sides, from the sealed
// history; without it only what the relay may show anyway (the person's latest messages,
// copied again), and the new holder is told what is missing and why. In both cases the
// internal notes come before those (copied from the topic); the triage summary and the risk flags
// are in the notice that opens the case (lifecycle.ts).

import * as caseMessages from "../db/case-messages.ts";
import * as cases from "../db/cases.ts";
import type * as counselors from "../db/counselors.ts";
import * as history from "../db/history.ts";
import { errorLog, type Logger } from "../logger.ts";
import { chatOf, type Desk, toCounselor, toGroup } from "./desk.ts";
import { type Say, sayTo } from "./labels.ts";
import { copyToCounselor, copyToTopic } from "./relay.ts";

/** Telegram takes 4096 characters a message; a transcript goes in parts below that. */
const CHUNK = 3500;
/** The person's latest messages copied again for the new holder, to reply to. */
const RECENT_MESSAGES = 10;

/** Lines grouped into messages of at most CHUNK characters (a longer line is cut). */
export function chunkLines(lines: readonly string[]): string[] {
  const chunks: string[][] = [[]];
  let length = 0;
  for (const line of lines.map((text) => text.slice(0, CHUNK))) {
    if (length + line.length > CHUNK) {
      chunks.push([]);
      length = 0;
    }
    chunks.at(-1)!.push(line);
    length += line.length + 1;
  }
  return chunks.filter((chunk) => chunk.length > 0).map((chunk) => chunk.join("\n"));
}

/**
 * Everything is read first, then queued at once: the holder's chat gets the hand-over in one piece,
 * ahead of whatever the person writes meanwhile (the outbox keeps each chat's order). Paced one
 * message a second after a short burst, it takes seconds: transfer() runs it after its answer.
 * A holder without a private chat (the case runs in its topic) gets it in the topic, in the group's
 * language: there the notes are already, and the person's messages copied before a requeue are not.
 */
export async function handOver(
  desk: Desk,
  item: cases.Case,
  holder: counselors.Counselor,
  log: Logger,
): Promise<void> {
  const db = desk.app.db;
  const topic = item.inTopic && item.threadId !== null ? item.threadId : undefined;
  // In the new holder's language, not the language of whoever pressed Transfer; in the topic, the group's.
  const text = topic === undefined ? sayTo(desk, holder) : desk.group;
  try {
    const [transcript, sealedPerson, relayed, notes] = await Promise.all([
      transcriptOf(desk, item, text),
      cases.linkOf(db, item.id),
      caseMessages.relayedFromPerson(db, item.id, RECENT_MESSAGES),
      topic === undefined ? caseMessages.notes(db, item.id) : [],
    ]);
    // A copy in the topic already (counselor_id null) is where the holder reads it: not copied twice.
    const recent = topic === undefined ? relayed : relayed.filter((row) => row.counselorId !== null);
    // A case that ran in its topic all along has its whole conversation there.
    if (topic !== undefined && recent.length === 0) return;
    const sends: Promise<unknown>[] = [];
    const say = (line: string) =>
      sends.push(
        topic === undefined
          ? toCounselor(desk, holder, (chatId) => desk.api.sendMessage(chatId, line))
          : toGroup(desk, (groupId) => desk.api.sendMessage(groupId, line, { message_thread_id: topic })),
      );
    if (transcript.length > 0) {
      say(text("counselors-handover-history", { count: transcript.length }));
      for (const chunk of chunkLines(transcript)) say(chunk);
    } else {
      say(text(item.keepHistory ? "counselors-handover-history-empty" : "counselors-handover-no-history"));
    }
    // The notes before the person's latest messages, and none when there are none: what the holder answers
    // comes last, and no line of the hand-over arrives after their first reply.
    if (notes.length > 0) say(text("counselors-handover-notes", { count: notes.length }));
    for (const note of notes) {
      sends.push(
        toCounselor(desk, holder, (chatId) =>
          desk.api.copyMessage(chatId, desk.groupId, note.sourceMessageId),
        ),
      );
    }
    say(text("counselors-handover-latest"));
    if (sealedPerson) {
      const personChat = chatOf(desk, sealedPerson);
      for (const row of recent)
        sends.push(
          topic === undefined
            ? copyToCounselor(desk, holder, personChat, row)
            : copyToTopic(desk, topic, personChat, row),
        );
    }
    const failed = (await Promise.allSettled(sends)).filter((sent) => sent.status === "rejected");
    if (failed.length > 0) {
      log.warn(
        { case: item.ref, failed: failed.length, err: errorLog((failed[0] as PromiseRejectedResult).reason) },
        "could not hand the case over in full",
      );
    }
  } catch (error) {
    log.warn({ case: item.ref, err: errorLog(error) }, "could not hand the case over in full");
  }
}

/** Both sides of this case's conversation, kept under consent 2; nothing without it. */
async function transcriptOf(desk: Desk, item: cases.Case, say: Say): Promise<string[]> {
  if (!item.keepHistory || !item.pseudonym) return [];
  const entries = await history.of(desk.app.db, item.pseudonym, new Date(desk.app.now()));
  return entries
    .filter((entry) => entry.caseRef === item.ref)
    .map((entry) => transcriptLine(desk, entry, say));
}

/**
 * One kept line in the reader's words (`say`): "Person: [photo] caption", "Dana: …", with "(edited)" after
 * a text its author corrected.
 */
export function transcriptLine(desk: Desk, entry: history.HistoryEntry, say: Say): string {
  const author = entry.author === "person" ? say("counselors-handover-person") : entry.author;
  const kind = entry.kind === "text" ? "" : say("counselors-history-kind", { kind: entry.kind });
  const edited = entry.edited ? say("counselors-history-edited") : "";
  const body = [kind, desk.app.cipher.open(entry.sealedBody), edited].filter((part) => part !== "").join(" ");
  return `${author}: ${body}`;
}
