// Take, transfer, close and block: the case changes every entry point shares (buttons in the topic, commands in the
// group or in a counselor's private chat, the person's own buttons, consent withdrawal, the idle job). Each starts
// with one conditional database change; only the caller that made it goes on to tell people: nothing is said twice.

import { InlineKeyboard } from "grammy";
import { awaitAnswerOf } from "../bot/awaiting.ts";
import { talkToPerson } from "../bot/links.ts";
import { openMenu } from "../bot/menu.ts";
import * as audit from "../db/audit.ts";
import * as caseMessages from "../db/case-messages.ts";
import * as caseTransitions from "../db/case-transitions.ts";
import * as cases from "../db/cases.ts";
import type { Database } from "../db/connect.ts";
import * as counselors from "../db/counselors.ts";
import * as moderation from "../db/moderation.ts";
import { untilDate } from "../i18n/dates.ts";
import { errorLog, type Logger } from "../logger.ts";
import { countClosedCase } from "../statistics/index.ts";
import { DAY_MS } from "../time/durations.ts";
import { ratingButtons } from "./buttons.ts";
import {
  asksForRating,
  closedUnanswered,
  closeNoticeKey,
  isOpen,
  needsSafetyLine,
  type Outcome,
} from "./case-rules.ts";
import { crisisWaitingNote, tellCrisisTaken } from "./crisis-first.ts";
import { type Desk, toCounselor, toPerson } from "./desk.ts";
import { handOver } from "./handover.ts";
import { caseLabels, counselorLocale, type Say, sayTo, summaryLines } from "./labels.ts";
import { caseHeader, deliverWaiting } from "./relay.ts";
import { counselorInGroup } from "./removal.ts";
import { outcomeLabel, postInTopic, refreshHead, replyParameters, retireTopic, showHead } from "./topic.ts";
import { endKeyboard, refreshQueue, sendWaitingMessage } from "./waiting.ts";

export type TakeResult =
  | { kind: "won"; case: cases.Case }
  | { kind: "taken"; holder: string | undefined }
  | { kind: "closed" };

/**
 * A counselor takes a queued case. The conversation continues in their private chat with the bot; if that chat
 * cannot be reached (they never pressed Start), in the case's topic, within the group's budget, and they are told so.
 */
export async function take(
  desk: Desk,
  caseId: number,
  counselor: counselors.Counselor,
  log: Logger,
): Promise<TakeResult> {
  const db = desk.app.db;
  const now = new Date(desk.app.now());
  // The claim also makes it the holder's current case, audits the take and reads the link.
  const claimed = await caseTransitions.claim(db, caseId, counselor, now);
  if (!claimed) return lostClaim(db, caseId);
  const { sealedChat } = claimed;
  const holder = { ...counselor, currentCaseId: claimed.case.id, headerCaseId: claimed.case.id };
  const taken = sayTo(desk, counselor)("counselors-private-taken", { ref: claimed.case.ref });
  const lead = [taken, ...(await crisisWaitingNote(desk, claimed.case, counselor, log))].join("\n\n");
  const item = await openFor(desk, holder, claimed.case, lead, log);
  // Back from a counselor: the conversation so far (as a transfer gives it), then what waited, paced (chat or topic).
  if (claimed.takenBefore) {
    desk.outbox.later(async () => {
      await handOver(desk, item, holder, log);
      await deliverWaiting(desk, item, log).catch((error) =>
        log.warn({ case: item.ref, err: errorLog(error) }, "could not deliver the waiting messages"),
      );
    });
  } else {
    await deliverWaiting(desk, item, log);
  }
  await tellPerson(desk, item, sealedChat, "counselors-joined", { alias: counselor.alias }, true);
  // The case as claimed, its holder and link are known here: the head is not read back.
  await showHead(desk, item, "main", { holder: counselor, sealedChat });
  await tellCrisisTaken(desk, item, counselor.alias, log);
  await refreshQueue(desk);
  log.info({ case: item.ref, inTopic: item.inTopic }, "case taken");
  return { kind: "won", case: item };
}

/** Why a claim found no queued case: someone holds it now, or it is closed. */
async function lostClaim(db: Database, caseId: number): Promise<TakeResult> {
  const current = await cases.byId(db, caseId);
  if (!current || !isOpen(current)) return { kind: "closed" };
  const holder = current.counselorId === null ? undefined : await counselors.byId(db, current.counselorId);
  return { kind: "taken", holder: holder?.alias };
}

/**
 * Opens the case in the holder's private chat, or (unreachable) in its topic. The holder's current case is already
 * this one (the claim or the transfer switched it before the announcement, whose header their chat shows last).
 */
async function openFor(
  desk: Desk,
  holder: counselors.Counselor,
  item: cases.Case,
  lead: string,
  log: Logger,
) {
  let inTopic = false;
  try {
    await announce(desk, holder, item, lead);
  } catch (error) {
    log.info(
      { case: item.ref, err: errorLog(error) },
      "the counselor's private chat is unreachable: relaying in the topic",
    );
    inTopic = true;
  }
  // Written only when it changes: most Takes reach the private chat of a case that was never in its topic.
  if (item.inTopic !== inTopic) await cases.setInTopic(desk.app.db, item.id, inTopic);
  const opened = { ...item, inTopic };
  if (inTopic) await postInTopic(desk, opened, desk.group("counselors-topic-mode", { alias: holder.alias }));
  return opened;
}

/** "left": the counselor chosen has left the group since the list was shown; nothing moved. */
export type TransferResult = "done" | "stale" | "left";

/**
 * Hands a case to another counselor (`targetId`) or back to the queue (null). `onMoved` runs as
 * soon as the case has moved (a button's answer); then the person and the new holder are told,
 * and the hand-over's copies follow after the update, paced in the holder's chat.
 */
export async function transfer(
  desk: Desk,
  item: cases.Case,
  actor: counselors.Counselor,
  targetId: number | null,
  log: Logger,
  onMoved?: () => Promise<unknown>,
): Promise<TransferResult> {
  const db = desk.app.db;
  const now = new Date(desk.app.now());
  const previous = item.counselorId === null ? undefined : await counselors.byId(db, item.counselorId);
  const target = targetId === null ? undefined : await counselors.byId(db, targetId);
  if (targetId !== null && !target) return "stale";
  if (target && !(await counselorInGroup(desk, target))) return "left";
  const moved = await caseTransitions.reassign(db, item.id, item.counselorId, targetId, now);
  if (!moved) return "stale";
  await runFirst(onMoved, moved, log);
  if (target) {
    const holder = { ...target, currentCaseId: moved.id };
    const lead = sayTo(desk, target)("counselors-private-transferred", {
      ref: moved.ref,
      alias: actor.alias,
    });
    // Before the announcement: its header is the one the holder's chat shows last.
    await counselors.switchToCase(db, target.id, moved.id);
    const sealedChat = await cases.linkOf(db, moved.id);
    await tellPerson(desk, moved, sealedChat, "counselors-transferred", { alias: target.alias }, true);
    const opened = await openFor(desk, holder, moved, lead, log);
    desk.outbox.later(async () => {
      await handOver(desk, opened, holder, log);
      await deliverWaiting(desk, opened, log).catch((error) =>
        log.warn({ case: opened.ref, err: errorLog(error) }, "could not deliver the waiting messages"),
      );
    });
    await audit.record(db, {
      at: now,
      caseRef: opened.ref,
      action: "transferred",
      actor,
      detail: `→ ${target.alias}`,
    });
  } else {
    await cases.setInTopic(db, moved.id, false);
    const sealedChat = await cases.linkOf(db, moved.id);
    if (sealedChat) {
      const lead = desk.t(moved.locale, "counselors-back-in-queue");
      await sendWaitingMessage(desk, moved, sealedChat, lead).catch((error) =>
        log.warn({ case: moved.ref, err: errorLog(error) }, "could not tell the person about the queue"),
      );
    }
    await audit.record(db, { at: now, caseRef: moved.ref, action: "queued", actor });
  }
  if (previous && previous.id !== target?.id) {
    const notice = target
      ? sayTo(desk, previous)("counselors-notice-transferred", { ref: moved.ref, alias: target.alias })
      : sayTo(desk, previous)("counselors-notice-queued", { ref: moved.ref });
    await notifyCounselor(desk, previous, notice, log);
  }
  await refreshHead(desk, moved.id);
  await refreshQueue(desk);
  log.info({ case: moved.ref, to: target ? "counselor" : "queue" }, "case transferred");
  return "done";
}

export interface CloseOptions {
  /** Who closed it; absent when the person or the system did. */
  actor?: counselors.Counselor;
  note?: string;
  /** Replaces the person's notice (a block). */
  personText?: string;
  /** Told to the holder when someone else closed the case, in the holder's language. */
  holderNotice?: (say: Say) => string;
  /** The person gets a button to talk again (a case that fell silent: they may come back). */
  comeBack?: boolean;
  /** Runs as soon as the case is closed, before anyone is told (a button's answer). */
  onClosed?: () => Promise<unknown>;
}

/** Closes a case once; returns undefined when it was closed already (another instance, another button). */
export async function close(
  desk: Desk,
  item: cases.Case,
  outcome: Outcome,
  options: CloseOptions,
  log: Logger,
): Promise<caseTransitions.ClosedCase | undefined> {
  const db = desk.app.db;
  const now = desk.app.now();
  // Nobody wrote to the person: they are not told a counselor ended anything, nor asked to rate, but offered to ask again.
  const unanswered = closedUnanswered(outcome, await caseMessages.counselorSpoke(db, item.id));
  const rating = !unanswered && asksForRating(item, outcome);
  const noticeKey = unanswered ? "counselors-closed-unanswered" : closeNoticeKey(outcome);
  const closed = await caseTransitions.markClosed(db, item.id, outcome, {
    now: new Date(now),
    note: options.note,
    ratingOpen: rating,
    historyUntil: new Date(now + desk.app.config.HISTORY_DAYS * DAY_MS),
  });
  if (!closed) return undefined;
  const done = closed.case;
  await runFirst(options.onClosed, done, log);
  await countClosedCase(desk.app, closed.pseudonym, {
    ...done,
    outcome,
    firstReplyAt: closed.firstReplyAt,
    closedAt: new Date(now),
  });
  // "Talk again" is not offered to someone blocked (a crisis case overrode the block): it would only refuse.
  const offersBack = options.comeBack === true || (unanswered && !options.personText);
  const blocked =
    offersBack && closed.pseudonym ? await blockedDateOf(desk, done, closed.pseudonym) : undefined;
  const comeBack = offersBack && blocked === undefined;
  const notice =
    options.personText ??
    (noticeKey
      ? desk.t(done.locale, blocked ? `${noticeKey}-blocked` : noticeKey, {
          minutes: desk.app.config.CASE_IDLE_MINUTES,
          date: blocked ?? "",
        })
      : undefined);
  // After a crisis signal nobody leaves without the numbers (a block's notice gives 112 itself).
  const safety = !options.personText && needsSafetyLine(cases.crisesOf(done.summary), outcome);
  const text = notice && safety ? `${notice}\n\n${desk.t(done.locale, "emergency-line")}` : notice;
  if (closed.sealedChat && text) {
    const asksRating = rating && !options.personText;
    const keyboard = closeKeyboard(desk, done, asksRating, comeBack, closed.pseudonym ?? "");
    const body = asksRating ? `${text}\n\n${desk.t(done.locale, "counselors-rate-question")}` : text;
    const sent = await toPerson(desk, closed.sealedChat, (chatId) =>
      desk.api.sendMessage(chatId, body, { reply_markup: keyboard }),
    ).catch((error) =>
      log.warn({ case: done.ref, err: errorLog(error) }, "could not tell the person the case closed"),
    );
    // The rating waits for its buttons: a sticker meanwhile is pointed back to it (src/bot/awaiting.ts).
    if (sent && asksRating && closed.pseudonym)
      await awaitAnswerOf(desk.app, closed.pseudonym, sent.message_id).catch((error) =>
        log.warn({ case: done.ref, err: errorLog(error) }, "could not record the rating as awaited"),
      );
  }
  const holder = done.counselorId === null ? undefined : await counselors.byId(db, done.counselorId);
  if (holder && holder.id !== options.actor?.id) {
    const say = sayTo(desk, holder);
    const holderNotice =
      options.holderNotice?.(say) ??
      say("counselors-notice-closed", {
        ref: done.ref,
        alias: options.actor?.alias ?? "—",
        outcome: outcomeLabel(say, outcome),
      });
    // Not awaited: the holder's chat may still be busy with a hand-over; the outbox sends it in turn.
    void notifyCounselor(desk, holder, holderNotice, log);
  }
  await audit.record(db, {
    at: new Date(now),
    caseRef: done.ref,
    action: "closed",
    actor: options.actor,
    detail: outcome,
  });
  await retireTopic(desk, done);
  if (item.status === "queued") await refreshQueue(desk);
  log.info({ case: done.ref, outcome }, "case closed");
  return closed;
}

/** Until when the person of a closing case may not start another, as their texts say the day; undefined: they may. */
async function blockedDateOf(desk: Desk, item: cases.Case, pseudonym: string): Promise<string | undefined> {
  const until = await moderation.blockedUntil(desk.app.db, pseudonym, new Date(desk.app.now()));
  return until && untilDate(item.locale, until, desk.app.config.TIME_ZONE);
}

/**
 * Under the last notice: the rating, and a way back when the case closed on its own; else the menu,
 * so that no ending ("You ended the conversation", while still queued) leaves a person at a dead end.
 */
function closeKeyboard(desk: Desk, item: cases.Case, rating: boolean, comeBack: boolean, owner: string) {
  const keyboard = new InlineKeyboard();
  if (!rating && !comeBack) return keyboard.text(desk.t(item.locale, "menu-button"), openMenu.encode());
  if (rating) ratingButtons(keyboard, item.id, owner, desk.t(item.locale, "counselors-rate-skip"));
  if (comeBack) keyboard.text(desk.t(item.locale, "counselors-talk-again"), talkToPerson.encode("menu"));
  return keyboard;
}

/** The header and a notice that opens a case in a counselor's private chat (Take, transfer): triage and risk flags. */
async function announce(
  desk: Desk,
  counselor: counselors.Counselor,
  item: cases.Case,
  lead: string,
): Promise<void> {
  const labels = caseLabels(desk, counselorLocale(desk, counselor));
  const reason = labels.reason(item);
  const summary = [
    caseHeader(desk, item, counselor),
    lead,
    labels.say("counselors-head-title", { ref: item.ref, priority: labels.priority(item.priority) }),
    ...(reason ? [labels.say("counselors-head-priority-reason", { reason })] : []),
    ...summaryLines(labels, item),
    ...(item.blockedInCrisis ? [labels.say("counselors-head-blocked-in-crisis")] : []),
    labels.say("counselors-private-help"),
  ];

  await toCounselor(desk, counselor, (chatId) => desk.api.sendMessage(chatId, summary.join("\n")));
}

/** A notice to the person of an open case, with the button to end the conversation. */
async function tellPerson(
  desk: Desk,
  item: cases.Case,
  sealedChat: string | undefined,
  key: string,
  variables: Record<string, string | number>,
  withEnd: boolean,
): Promise<void> {
  if (!sealedChat) return;
  await toPerson(desk, sealedChat, (chatId) =>
    desk.api.sendMessage(
      chatId,
      desk.t(item.locale, key, variables),
      withEnd ? { reply_markup: endKeyboard(desk, item) } : {},
    ),
  ).catch((error) =>
    desk.app.logger.warn({ case: item.ref, err: errorLog(error) }, "could not reach the person"),
  );
}

/** The caller's first step once the change is made (a button's answer); its failure stops nothing. */
async function runFirst(first: (() => Promise<unknown>) | undefined, item: cases.Case, log: Logger) {
  await first?.().catch((error: unknown) =>
    log.warn({ case: item.ref, err: errorLog(error) }, "could not answer the button"),
  );
}

/** A line to a counselor's private chat; `replyTo`: the message there it is about (a copy with crisis words). */
export async function notifyCounselor(
  desk: Desk,
  counselor: counselors.Counselor,
  text: string,
  log: Logger,
  replyTo?: number,
) {
  const reply = replyTo === undefined ? {} : { reply_parameters: replyParameters(replyTo) };
  await toCounselor(desk, counselor, (chatId) => desk.api.sendMessage(chatId, text, reply)).catch((error) =>
    log.warn({ err: errorLog(error) }, "could not reach a counselor privately"),
  );
}
