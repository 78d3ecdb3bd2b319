// A case's forum topic in the counselors' group: named with the reference, language,
// category, region and priority; it opens with one head message (summary, status, a
// compact log and the buttons) that is edited as the case changes, so that the group's
// 20-messages-a-minute budget is spent on new cases, not on status lines.

import { InlineKeyboard } from "grammy";
import { channelOf } from "../channels/index.ts";
import * as audit from "../db/audit.ts";
import * as cases from "../db/cases.ts";
import type { Database } from "../db/connect.ts";
import * as counselors from "../db/counselors.ts";
import { errorLog } from "../logger.ts";
import { caseAction, caseOutcome, caseSeal, caseTransfer, withBack } from "./buttons.ts";
import { COUNSELOR_OUTCOMES } from "./case-rules.ts";
import { chatOf, type Desk, ignoreStaleEdit, toGroup } from "./desk.ts";
import { setupProblem } from "./desk-check.ts";
import { deskProblem, isRefusal, markUnreachable } from "./desk-reach.ts";
import { type CaseLabels, caseLabels, formatStaffTime, type Say, summaryLines, topicName } from "./labels.ts";
import { topicColor } from "./queue.ts";
import { speakersLine } from "./team-languages.ts";
import { transferTargets } from "./transfer-list.ts";

const LOG_LINES = 8;
/** An outcome's words, in the group's language or in one counselor's (`say`). */
export function outcomeLabel(say: Say, outcome: string): string {
  return say(`counselors-outcome-${outcome}`);
}

/** The pauses before a refused or failed topic is tried again: one bad answer does not leave a case without one. */
export const TOPIC_RETRY_MS = [1_000, 3_000];

/**
 * Creates the topic and its head message. A refusal marks the group out of reach only when the group's
 * check (desk-check.ts) says so too: a single refusal or lost call is tried again after a pause, then left
 * to the purge's next run (reach.ts). Failures are logged: /queue and /take still reach the case.
 * `known`: the person's link and the team when the caller has them at hand (saves reading them twice).
 */
export async function openTopic(desk: Desk, item: cases.Case, known: HeadKnown = {}): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    // Out of reach: the topic opens when the group is back (reach.ts), not in a call bound to fail.
    if (await deskProblem(desk.app)) return;
    const error = await tryOpenTopic(desk, item, known);
    if (error === undefined) return;
    // Every refusal, each attempt: a group that lost its forum or its right is found at the next case, whatever Telegram says.
    const problem = isRefusal(error) ? await confirmedProblem(desk) : undefined;
    if (problem !== undefined) return markUnreachable(desk.app, problem);
    const pause = TOPIC_RETRY_MS[attempt];
    if (pause === undefined) {
      desk.app.logger.error({ case: item.ref, err: errorLog(error) }, "could not open the case's topic");
      return;
    }
    desk.app.logger.warn(
      { case: item.ref, err: errorLog(error), retryInMs: pause },
      "could not open the case's topic: trying again",
    );
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}

/** One try; the error when the topic could not be created (a head that failed leaves the topic the case's). */
async function tryOpenTopic(desk: Desk, item: cases.Case, known: HeadKnown): Promise<unknown> {
  const { sealedChat } = known;
  let threadId: number | undefined;
  try {
    const topic = await desk.api.createForumTopic(desk.groupId, await markedName(desk, item, sealedChat), {
      icon_color: topicColor(item.priority),
    });
    threadId = topic.message_thread_id;
    // Read and rendered before the send is queued: the group's queue waits for Telegram only.
    const text = await headText(desk, { ...item, threadId }, known);
    const keyboard = await headKeyboard(desk, item, "main");
    const head = await toGroup(desk, (groupId) =>
      desk.api.sendMessage(groupId, text, { message_thread_id: threadId, reply_markup: keyboard }),
    );
    // Topic and head in one write: nothing reads the topic before its head exists (refreshHead needs both).
    await cases.setTopic(desk.app.db, item.id, threadId, head.message_id);
    return undefined;
  } catch (error) {
    if (threadId === undefined) return error;
    desk.app.logger.error(
      { case: item.ref, err: errorLog(error) },
      "could not post the head of the case's topic",
    );
    // A topic without its head is still the case's: closing retires it.
    await cases.setTopic(desk.app.db, item.id, threadId, null).catch(() => {});
    return undefined;
  }
}

/** What the group's check says after a refusal: the problem, or undefined when the group is right or cannot be asked. */
async function confirmedProblem(desk: Desk): Promise<string | undefined> {
  try {
    const me = await desk.api.getMe();
    return await setupProblem(desk.api, desk.groupId, me.id);
  } catch {
    return undefined;
  }
}

/** The head's buttons: the usual ones, a list to choose from, or a question to confirm (below the head's text). */
export type HeadMode = "main" | "transfer" | "close" | { question: string; keyboard: InlineKeyboard };

/** Re-renders the head message from the database: status, holder, log, buttons. */
export async function refreshHead(desk: Desk, caseId: number, mode: HeadMode = "main"): Promise<void> {
  const item = await cases.byId(desk.app.db, caseId);
  if (item) await showHead(desk, item, mode);
}

/** What the caller of `showHead` read in this update already, so that the head does not read it again. */
export interface HeadKnown {
  holder?: counselors.Counselor;
  sealedChat?: string;
  /** Everyone on the team (counselors.all). */
  team?: readonly counselors.Counselor[];
}

/** Re-renders the head message of a case the caller has just read or changed (`refreshHead` reads it first). */
export async function showHead(
  desk: Desk,
  item: cases.Case,
  mode: HeadMode = "main",
  known: HeadKnown = {},
): Promise<void> {
  if (!item.threadId || !item.headMessageId) return;
  // Closed without history consent: the topic, head and all, was deleted at close.
  if (item.status === "closed" && !item.keepHistory) return;
  const asking = typeof mode === "object" && item.status !== "closed" ? mode : undefined;
  const body = await headText(desk, item, known);
  const text = asking ? `${body}\n\n${asking.question}` : body;
  const keyboard =
    item.status === "closed"
      ? undefined
      : typeof mode === "object"
        ? mode.keyboard
        : await headKeyboard(desk, item, mode);
  await desk.api
    .editMessageText(desk.groupId, item.headMessageId, text, keyboard ? { reply_markup: keyboard } : {})
    .catch(ignoreStaleEdit)
    .catch((error) =>
      desk.app.logger.warn({ case: item.ref, err: errorLog(error) }, "could not update the topic"),
    );
}

/**
 * When the priority rises (a crisis while waiting), the topic's name follows (its 🔴); Telegram
 * lets a bot choose a topic's colour only when creating it.
 */
export async function renameTopic(desk: Desk, item: cases.Case): Promise<void> {
  if (!item.threadId) return;
  await desk.api
    .editForumTopic(desk.groupId, item.threadId, { name: await markedName(desk, item) })
    .catch(ignoreStaleEdit)
    .catch((error) =>
      desk.app.logger.warn({ case: item.ref, err: errorLog(error) }, "could not rename the topic"),
    );
}

/**
 * A short line in the case's topic (an internal note copied from a private chat, a block, an alert);
 * `replyTo`: a message in the topic it is about (the person's copy that carried crisis words).
 */
export async function postInTopic(
  desk: Desk,
  item: cases.Case,
  text: string,
  replyTo?: number,
): Promise<void> {
  if (!item.threadId) return;
  const threadId = item.threadId;
  const reply = replyTo === undefined ? {} : { reply_parameters: replyParameters(replyTo) };
  await toGroup(desk, (groupId) =>
    desk.api.sendMessage(groupId, text, { message_thread_id: threadId, ...reply }),
  ).catch((error) =>
    desk.app.logger.warn({ case: item.ref, err: errorLog(error) }, "could not post in the topic"),
  );
}

/** A reply to `messageId` that is still sent should the message be gone. */
export function replyParameters(messageId: number) {
  return { message_id: messageId, allow_sending_without_reply: true };
}

/**
 * After closing: without consent "history" the topic is deleted, so that no transcript
 * lingers in Telegram; with it, the topic is closed and kept until the history expires.
 */
export async function retireTopic(desk: Desk, item: cases.Case): Promise<void> {
  if (!item.threadId) return;
  const threadId = item.threadId;
  try {
    if (item.keepHistory) {
      await refreshHead(desk, item.id);
      await desk.api.closeForumTopic(desk.groupId, threadId).catch(ignoreStaleEdit);
    } else {
      await deleteTopic(desk, threadId);
    }
  } catch (error) {
    desk.app.logger.warn({ case: item.ref, err: errorLog(error) }, "could not retire the topic");
  }
}

export async function deleteTopic(desk: Desk, threadId: number): Promise<void> {
  await desk.api.deleteForumTopic(desk.groupId, threadId).catch(ignoreStaleEdit);
}

/** "🌐 web" for a case whose person writes from the web chat; nothing for Telegram. */
async function webMark(desk: Desk, caseId: number, sealedChat?: string): Promise<string | undefined> {
  const sealed = sealedChat ?? (await cases.linkOf(desk.app.db, caseId));
  if (!sealed || channelOf(chatOf(desk, sealed)) !== "web") return undefined;
  return desk.group("counselors-web-mark");
}

async function markedName(desk: Desk, item: cases.Case, sealedChat?: string): Promise<string> {
  const mark = await webMark(desk, item.id, sealedChat);
  const name = topicName(desk, item);
  return (mark ? `${mark} · ${name}` : name).slice(0, 128);
}

async function headText(desk: Desk, item: cases.Case, known: HeadKnown = {}): Promise<string> {
  const db = desk.app.db;
  const labels = caseLabels(desk, desk.locale);
  const say = labels.say;
  const reason = labels.reason(item);
  const title = say("counselors-head-title", { ref: item.ref, priority: labels.priority(item.priority) });
  // What the head shows from other rows, read side by side (each a round trip, none depends on another).
  const [mark, speakers, holder, recent] = await Promise.all([
    webMark(desk, item.id, known.sealedChat),
    item.status === "queued" ? speakersLine(desk, item.locale, known.team) : undefined,
    item.status === "active" && item.counselorId !== null ? holderOf(db, item.counselorId, known) : undefined,
    audit.recent(db, LOG_LINES, item.ref),
  ]);
  const lines = [
    mark ? `${title} · ${mark}` : title,
    ...(reason ? [say("counselors-head-priority-reason", { reason })] : []),
    say("counselors-head-details", {
      locale: labels.language(item.locale),
      region: labels.region(item.region),
      source: labels.source(item.source),
    }),
    ...summaryLines(labels, item),
  ];
  if (item.blockedInCrisis) lines.push(say("counselors-head-blocked-in-crisis"));
  lines.push(
    say(item.afterHours ? "counselors-head-opened-after-hours" : "counselors-head-opened", {
      time: formatStaffTime(item.openedAt, desk.app.config.TIME_ZONE),
    }),
  );
  if (item.status === "queued") {
    lines.push(say("counselors-status-queued", { count: item.waiting }));
    if (speakers) lines.push(speakers);
  }
  if (item.status === "active") {
    lines.push(
      say("counselors-status-active", {
        alias: holder?.alias ?? "—",
        time: formatStaffTime(item.claimedAt ?? item.openedAt, desk.app.config.TIME_ZONE),
      }),
    );
  }
  if (item.status === "closed") {
    lines.push(say("counselors-status-closed", { outcome: labels.outcome(item.outcome ?? "ended") }));
  }
  if (item.status !== "closed") lines.push(desk.group("counselors-head-rule"));
  const log = recent.reverse();
  if (log.length > 0) {
    lines.push("", say("counselors-head-log"));
    for (const entry of log) {
      lines.push(auditLine(desk, labels, entry));
    }
  }
  return lines.join("\n");
}

/** The case's holder: the one the caller knows, when it is them, or read. */
function holderOf(db: Database, id: number, known: HeadKnown) {
  return known.holder?.id === id ? known.holder : counselors.byId(db, id);
}

async function headKeyboard(
  desk: Desk,
  item: cases.Case,
  mode: "main" | "transfer" | "close",
): Promise<InlineKeyboard> {
  const keyboard = new InlineKeyboard();
  const seal = caseSeal(desk, item.id);
  if (mode === "transfer") {
    for (const counselor of await transferTargets(desk, item.counselorId)) {
      keyboard.text(counselor.alias, caseTransfer.encode(item.id, counselor.id, seal)).row();
    }
    if (item.status === "active")
      keyboard.text(desk.group("counselors-button-to-queue"), caseTransfer.encode(item.id, 0, seal)).row();
    return withBack(desk, item, keyboard, desk.group);
  }
  if (mode === "close") {
    for (const outcome of COUNSELOR_OUTCOMES) {
      keyboard.text(outcomeLabel(desk.group, outcome), caseOutcome.encode(item.id, outcome, seal)).row();
    }
    return withBack(desk, item, keyboard, desk.group);
  }
  if (item.status === "queued")
    keyboard.text(desk.group("counselors-button-take"), caseAction.encode("take", item.id, seal));
  return keyboard
    .text(desk.group("counselors-button-transfer"), caseAction.encode("transfer", item.id, seal))
    .text(desk.group("counselors-button-close"), caseAction.encode("close", item.id, seal));
}

/** "23.11 11:05 K7F3 Dana — taken · detail": one audit entry for staff, in the reader's language. */
export function auditLine(desk: Desk, labels: CaseLabels, entry: audit.AuditEntry, withRef = false): string {
  const action = labels.say(`counselors-audit-${entry.action}`);
  // The alias before the action, set apart: after it, it read as part of the action ("…в очередь Дана").
  const parts = [
    formatStaffTime(entry.at, desk.app.config.TIME_ZONE),
    withRef ? entry.caseRef : null,
    entry.actorAlias ? `${entry.actorAlias} — ${action}` : action,
  ];
  const line = parts.filter(Boolean).join(" ");
  const detail = auditDetail(labels, entry);
  return detail ? `${line} · ${detail}` : line;
}

/** An entry's detail in words: outcomes, sources and crisis kinds are codes in the log. */
function auditDetail(labels: CaseLabels, entry: audit.AuditEntry): string {
  switch (entry.action) {
    case "closed":
      return labels.outcome(entry.detail);
    case "opened":
      return labels.source(entry.detail);
    case "crisis-detected":
      // One kind, or several most urgent first ("self-harm,travel-pressure").
      return entry.detail
        .split(",")
        .map((kind) => labels.crisis(kind))
        .join(", ");
    case "blocked": {
      // Stored as "7d: reason" (block.ts): the days in the reader's words, as the block's own question said them.
      const stored = /^(\d+)d: ([\s\S]*)$/.exec(entry.detail);
      return stored
        ? `${labels.say("counselors-block-days", { days: Number(stored[1]) })}: ${stored[2]}`
        : entry.detail;
    }
    default:
      return entry.detail;
  }
}
