// A transfer hands the new holder everything the person agreed to keep. With consent 2
// (history) that is the whole conversation of the case, both sides, from the sealed
// history; without it only what the relay may show anyway (the person's latest messages,
// copied again), and the new holder is told what is missing and why. In both cases the
// internal notes follow (copied from the topic); the triage summary and the risk flags
// are in the notice that opens the case (lifecycle.ts).

import * as caseMessages from "../db/case-messages.ts";
import type * as cases from "../db/cases.ts";
import type * as counselors from "../db/counselors.ts";
import * as history from "../db/history.ts";
import { errorLog, type Logger } from "../logger.ts";
import { type Desk, toCounselor } from "./desk.ts";
import { sayTo } from "./labels.ts";
import { handOverNotes } from "./notes.ts";
import { replayRecent } from "./relay.ts";

/** Telegram takes 4096 characters a message; a transcript goes in parts below that. */
const CHUNK = 3500;

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

export async function handOver(
  desk: Desk,
  item: cases.Case,
  holder: counselors.Counselor,
  log: Logger,
): Promise<void> {
  const say = (text: string) => toCounselor(desk, holder, (chatId) => desk.api.sendMessage(chatId, text));
  // In the new holder's language, not the language of whoever pressed Transfer.
  const text = sayTo(desk, holder);
  try {
    const transcript = await transcriptOf(desk, item, text("counselors-handover-person"));
    if (transcript.length > 0) {
      await say(text("counselors-handover-history", { count: transcript.length }));
      for (const chunk of chunkLines(transcript)) await say(chunk);
    } else {
      await say(
        text(item.keepHistory ? "counselors-handover-history-empty" : "counselors-handover-no-history"),
      );
    }
    await say(text("counselors-handover-latest"));
    await replayRecent(desk, item, holder, log);
    const notes = await caseMessages.notes(desk.app.db, item.id);
    await say(text("counselors-handover-notes", { count: notes.length }));
    await handOverNotes(desk, item, holder, log);
  } catch (error) {
    log.warn({ case: item.ref, err: errorLog(error) }, "could not hand the case over in full");
  }
}

/** Both sides of this case's conversation, kept under consent 2; nothing without it. */
async function transcriptOf(desk: Desk, item: cases.Case, person: string): Promise<string[]> {
  if (!item.keepHistory || !item.pseudonym) return [];
  const entries = await history.of(desk.app.db, item.pseudonym, new Date(desk.app.now()));
  return entries
    .filter((entry) => entry.caseRef === item.ref)
    .map(
      (entry) =>
        `${entry.author === "person" ? person : entry.author}: ${desk.app.cipher.open(entry.sealedBody)}`,
    );
}
