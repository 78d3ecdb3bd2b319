// A 🔴 case first, in what the desk sees around a Take: a counselor who takes a non-urgent case while a 🔴 one waits
// untaken is reminded (privately, with their Take) and the 🔴 case is announced again in the group's general topic,
// at most once every REANNOUNCE_MS; and when a 🔴 case is taken, its topic and the general topic say by whom, so
// that nobody else rushes to it.
import * as audit from "../db/audit.ts";
import * as caseQueue from "../db/case-queue.ts";
import type * as cases from "../db/cases.ts";
import type * as counselors from "../db/counselors.ts";
import { errorLog, type Logger } from "../logger.ts";
import { MINUTE_MS } from "../time/durations.ts";
import { type Desk, toGroup } from "./desk.ts";
import { sayTo } from "./labels.ts";
import { PRIORITY } from "./queue.ts";
import { postInTopic } from "./topic.ts";

/** A waiting 🔴 case is announced again in the general topic at most this often. */
export const REANNOUNCE_MS = 5 * MINUTE_MS;

/**
 * Taking `taken` (not 🔴) while a 🔴 case waits untaken: the line for the taker's own reply ("🔴 K7F3 waits
 * untaken"), and the 🔴 case announced again in the general topic unless it was within REANNOUNCE_MS.
 */
export async function crisisWaitingNote(
  desk: Desk,
  taken: cases.Case,
  counselor: counselors.Counselor,
  log: Logger,
): Promise<string[]> {
  if (taken.priority === PRIORITY.crisis) return [];
  const waiting = (await caseQueue.inOrder(desk.app.db)).find((item) => item.priority === PRIORITY.crisis);
  if (!waiting) return [];
  const now = desk.app.now();
  const last = await audit.lastAt(desk.app.db, waiting.ref, "crisis-reannounced");
  if (!last || now - last.getTime() >= REANNOUNCE_MS) {
    await audit.record(desk.app.db, {
      at: new Date(now),
      caseRef: waiting.ref,
      action: "crisis-reannounced",
    });
    const text = desk.group("counselors-crisis-waiting-group", { ref: waiting.ref });
    await toGroup(desk, (groupId) => desk.api.sendMessage(groupId, text)).catch((error) =>
      log.warn({ case: waiting.ref, err: errorLog(error) }, "could not announce the waiting 🔴 case again"),
    );
  }
  return [sayTo(desk, counselor)("counselors-crisis-waiting-taker", { ref: waiting.ref })];
}

/** A 🔴 case was taken: its topic and the general topic say by whom (no one else needs to rush to it). */
export async function tellCrisisTaken(
  desk: Desk,
  item: cases.Case,
  alias: string,
  log: Logger,
): Promise<void> {
  if (item.priority !== PRIORITY.crisis) return;
  const text = desk.group("counselors-crisis-taken", { ref: item.ref, alias });
  await postInTopic(desk, item, text);
  await toGroup(desk, (groupId) => desk.api.sendMessage(groupId, text)).catch((error) =>
    log.warn({ case: item.ref, err: errorLog(error) }, "could not say the 🔴 case was taken"),
  );
}
