// A 🔴 case its holder took (or was handed) and has not answered for CASE_IDLE_MINUTES is never closed as
// "quiet": the silence is the desk's, not the person's. The idle job puts it back in the queue, first in line,
// alerts its topic for the supervisors, tells the holder privately, and tells the person the truth (nobody
// has answered yet, the others are alerted) with the emergency numbers.
import * as audit from "../db/audit.ts";
import * as caseMessages from "../db/case-messages.ts";
import * as caseTransitions from "../db/case-transitions.ts";
import * as cases from "../db/cases.ts";
import * as closedCases from "../db/closed-cases.ts";
import * as counselors from "../db/counselors.ts";
import { errorLog, type Logger } from "../logger.ts";
import { MINUTE_MS } from "../time/durations.ts";
import type { Desk } from "./desk.ts";
import { sayTo } from "./labels.ts";
import { notifyCounselor } from "./lifecycle.ts";
import { PRIORITY } from "./queue.ts";
import { postInTopic, refreshHead } from "./topic.ts";
import { refreshQueue, sendWaitingMessage } from "./waiting.ts";

/** Every 🔴 case held unanswered for `idleMs` goes back to the queue; returns how many did. */
export async function requeueUnansweredCrises(desk: Desk, idleMs: number, log: Logger): Promise<number> {
  const db = desk.app.db;
  const now = desk.app.now();
  const held = await closedCases.heldSince(db, PRIORITY.crisis, new Date(now - idleMs));
  let requeued = 0;
  for (const item of held) {
    // Held since claimedAt (a Take or a transfer): a word from any counselor since then is an answer.
    if (!item.claimedAt || (await caseMessages.counselorSpokeSince(db, item.id, item.claimedAt))) continue;
    if (await requeue(desk, item, Math.round((now - item.claimedAt.getTime()) / MINUTE_MS), log)) requeued++;
  }
  if (requeued > 0) await refreshQueue(desk);
  return requeued;
}

async function requeue(desk: Desk, item: cases.Case, minutes: number, log: Logger): Promise<boolean> {
  const db = desk.app.db;
  const now = new Date(desk.app.now());
  // Conditional on the holder: a case answered, transferred or closed meanwhile is left as it is.
  const moved = await caseTransitions.reassign(db, item.id, item.counselorId, null, now);
  if (!moved) return false;
  if (moved.inTopic) await cases.setInTopic(db, moved.id, false);
  const queued = { ...moved, inTopic: false };
  const holder = item.counselorId === null ? undefined : await counselors.byId(db, item.counselorId);
  const alias = holder?.alias ?? "—";
  await audit.record(db, {
    at: now,
    caseRef: moved.ref,
    action: "crisis-unanswered",
    ...(holder ? { actor: holder } : {}),
    detail: `${minutes} min`,
  });
  await postInTopic(
    desk,
    queued,
    desk.group("counselors-crisis-unanswered-topic", { ref: moved.ref, alias, minutes }),
  );
  if (holder)
    await notifyCounselor(
      desk,
      holder,
      sayTo(desk, holder)("counselors-crisis-unanswered-holder", { ref: moved.ref, minutes }),
      log,
    );
  const sealedChat = await cases.linkOf(db, moved.id);
  if (sealedChat) {
    const lead = [
      desk.t(moved.locale, "counselors-crisis-unanswered-person"),
      desk.t(moved.locale, "emergency-line"),
    ].join("\n\n");
    await sendWaitingMessage(desk, queued, sealedChat, lead).catch((error) =>
      log.warn({ case: moved.ref, err: errorLog(error) }, "could not tell the person about the queue"),
    );
  }
  await refreshHead(desk, moved.id);
  log.warn({ case: moved.ref, minutes }, "a 🔴 case was not answered by its holder: back in the queue");
  return true;
}
