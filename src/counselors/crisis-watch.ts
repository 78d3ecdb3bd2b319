// Safety in a case's log, in order: the bot's own safety messages to the person (the crisis
// reply with its emergency numbers, the off-duty text with 114 and 112), and crisis words in a
// message the person wrote while their case is open, which raise the case to P0 and alert its
// holder (privately, in their language) and the supervisors (in the topic), once per burst.

import { type CrisisCategory, emergencyNumbersFor, mostUrgentFirst } from "../crisis/categories.ts";
import * as audit from "../db/audit.ts";
import * as caseMessages from "../db/case-messages.ts";
import * as cases from "../db/cases.ts";
import * as counselors from "../db/counselors.ts";
import type { Logger } from "../logger.ts";
import { MINUTE_MS } from "../time/durations.ts";
import type { Desk } from "./desk.ts";
import { type CaseLabels, caseLabels, counselorLocale } from "./labels.ts";
import { notifyCounselor } from "./lifecycle.ts";
import { alertSupervisorsOffDuty } from "./off-duty-crisis.ts";
import { inCrisis, PRIORITY } from "./queue.ts";
import { postInTopic, refreshHead, renameTopic } from "./topic.ts";
import { refreshQueue } from "./waiting.ts";

/**
 * Crisis signals this close to the last alert of the same case belong to its burst: no new alert. Short, so
 * that new words in a case that is 🔴 already ("tonight", "I am standing on the stool") alert its holder again.
 */
export const CRISIS_BURST_MS = MINUTE_MS;
/** What the off-duty (and paused) waiting text gives: the hotline and the emergency number. */
const OFF_DUTY_NUMBERS = ["114", "112"];

export interface CrisisSignal {
  /** Every kind of the signal, most urgent first. */
  categories: readonly CrisisCategory[];
  at: number;
  /** The person's message that carried the words, when it is this update's: flagged for the counselor. */
  messageId?: number;
}

/** The crisis kinds as one line for staff: "self-harm, travel pressure". */
function kindsLine(labels: CaseLabels, kinds: readonly string[]): string {
  return kinds.map((kind) => labels.crisis(kind)).join(", ");
}

/**
 * Before a new case's topic opens: a crisis reply the person got within the crisis window (with every kind
 * of the visit), and the off-duty safety text they are about to get, go into the case's log at their own times.
 */
export async function logSafetyAtOpening(
  desk: Desk,
  item: cases.Case,
  signal: CrisisSignal | undefined,
  offDuty: boolean,
): Promise<void> {
  const db = desk.app.db;
  const now = item.openedAt.getTime();
  if (signal && signal.at <= now && inCrisis({ source: "", crisisAt: signal.at, now })) {
    const kinds = mostUrgentFirst(signal.categories);
    await audit.record(db, {
      at: new Date(signal.at),
      caseRef: item.ref,
      action: "safety-sent",
      detail: emergencyNumbersFor(kinds).join(", "),
    });
    await audit.record(db, {
      at: new Date(signal.at),
      caseRef: item.ref,
      action: "crisis-detected",
      detail: kinds.join(","),
    });
  }
  // The standard off-duty text (114, 112) is not a crisis: logged apart from 🆘 safety messages.
  if (offDuty) {
    await audit.record(db, {
      at: item.openedAt,
      caseRef: item.ref,
      action: "off-duty-numbers",
      detail: OFF_DUTY_NUMBERS.join(", "),
    });
  }
}

/**
 * The person's message (or edit) in an open case was answered as a crisis: log it, record its kinds, raise
 * the case to P0, alert the holder (privately, as a reply to their copy of the message) and the supervisors
 * (in the topic). A signal within CRISIS_BURST_MS of the case's last alert with no kind the case did not
 * carry changes nothing (ten frightened lines make one alert, not ten). Returns the case as it is now.
 */
export async function crisisInCase(
  desk: Desk,
  item: cases.Case,
  signal: CrisisSignal,
  log: Logger,
): Promise<cases.Case> {
  const db = desk.app.db;
  const known = cases.crisesOf(item.summary);
  const fresh = signal.categories.filter((kind) => !known.includes(kind));
  const last = await audit.lastAt(db, item.ref, "crisis-detected");
  if (fresh.length === 0 && last && signal.at - last.getTime() < CRISIS_BURST_MS) return item;
  const kinds = mostUrgentFirst([...known, ...signal.categories]);
  const at = new Date(signal.at);
  const numbers = emergencyNumbersFor(signal.categories).join(", ");
  await audit.record(db, { at, caseRef: item.ref, action: "safety-sent", detail: numbers });
  await audit.record(db, {
    at,
    caseRef: item.ref,
    action: "crisis-detected",
    detail: mostUrgentFirst(signal.categories).join(","),
  });
  const raised = await cases.raisePriority(db, item.id, PRIORITY.crisis, kinds);
  const current = raised ?? (fresh.length > 0 ? ((await cases.setCrises(db, item.id, kinds)) ?? item) : item);
  log.warn({ case: item.ref, raised: raised !== undefined }, "crisis signal in an open case");
  if (raised) await renameTopic(desk, raised);
  await refreshHead(desk, current.id);
  if (raised && raised.status === "queued") await refreshQueue(desk);
  // The message itself, flagged where the counselor reads it: its copy in the topic or in the holder's chat.
  const copy =
    signal.messageId === undefined
      ? undefined
      : await caseMessages.bySource(db, item.id, "p", signal.messageId);
  const copied = copy?.state === "sent" ? (copy.counselorMessageId ?? undefined) : undefined;
  const groupLabels = caseLabels(desk, desk.locale);
  await postInTopic(
    desk,
    current,
    groupLabels.say("counselors-alert-crisis-group", {
      ref: current.ref,
      category: kindsLine(groupLabels, signal.categories),
    }),
    copy?.counselorId === null ? copied : undefined,
  );
  const holder =
    current.status === "active" && current.counselorId !== null && !current.inTopic
      ? await counselors.byId(db, current.counselorId)
      : undefined;
  if (holder) {
    const labels = caseLabels(desk, counselorLocale(desk, holder));
    const text = labels.say("counselors-alert-crisis-holder", {
      ref: current.ref,
      category: kindsLine(labels, signal.categories),
      numbers,
    });
    await notifyCounselor(desk, holder, text, log, copy?.counselorId === holder.id ? copied : undefined);
  }
  await alertSupervisorsOffDuty(desk, current, "words", log);
  return current;
}
