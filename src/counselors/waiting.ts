// What the person sees while waiting: their place in the queue and an honest estimate,
// kept up to date by editing one message (edits do not count against Telegram's limits),
// or, outside duty hours and during a "no capacity" pause, who to call meanwhile.

import { InlineKeyboard } from "grammy";
import type { AppServices, BotContext } from "../bot/context.ts";
import { answeredAsCrisis } from "../bot/safety.ts";
import type { Locale } from "../config/index.ts";
import * as caseQueue from "../db/case-queue.ts";
import type * as cases from "../db/cases.ts";
import * as counselors from "../db/counselors.ts";
import * as deskPace from "../db/desk-pace.ts";
import { LANGUAGE_TAGS } from "../i18n/dates.ts";
import { errorLog } from "../logger.ts";
import { MINUTE_MS } from "../time/durations.ts";
import { type Duty, dutyOf } from "./availability.ts";
import { caseEnd, ownerSeal } from "./buttons.ts";
import { chatOf, type Desk, ignoreStaleEdit } from "./desk.ts";
import { deskProblem } from "./desk-reach.ts";
import { type DeskPace, estimateWait, PACE_SAMPLES, PACE_WINDOW_MS, PRIORITY } from "./queue.ts";
import { languageNote, type TeamLanguages, teamLanguages } from "./team-languages.ts";

/** Positions beyond this are not refreshed on every change: they move slowly anyway. */
const REFRESHED_POSITIONS = 30;

export type { Duty } from "./availability.ts";

export function dutyNow(desk: Desk): Promise<Duty> {
  return dutyOf(desk.app);
}

export function formatOpening(locale: Locale, at: number, timeZone: string): string {
  return new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], {
    timeZone,
    weekday: "long",
    day: "numeric",
    month: "long",
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(at));
}

/** What a waiting person is told is made of: the desk's pace, and the languages of those at work. */
export interface DeskNow {
  pace: DeskPace;
  team: TeamLanguages;
}

/**
 * How fast the desk picked people up lately, who is at work and which languages they speak.
 * `members`: everyone (counselors.all), when the caller read them in this update already.
 */
export async function deskNow(desk: Desk, members?: readonly counselors.Counselor[]): Promise<DeskNow> {
  const since = new Date(desk.app.now() - PACE_WINDOW_MS);
  // Two independent reads side by side: a case opening waits for one round trip, not two.
  const [recent, everyone] = await Promise.all([
    deskPace.recentPace(desk.app.db, since, PACE_SAMPLES),
    members ?? counselors.all(desk.app.db),
  ]);
  const team = teamLanguages(everyone, recent.atWork);
  return { pace: { pickups: recent.pickups, atWork: recent.atWork.length }, team };
}

/** Off duty or paused: nobody at work, only the languages the team declared. */
async function deskAtRest(desk: Desk, members?: readonly counselors.Counselor[]): Promise<DeskNow> {
  return {
    pace: { pickups: [], atWork: 0 },
    team: teamLanguages(members ?? (await counselors.all(desk.app.db)), []),
  };
}

/**
 * The waiting message: the place and an estimate on duty, who to call meanwhile otherwise. `missingSaid`: the person
 * was told already that no counselor speaks their language (at the consent question), so it is not said again.
 */
export function waitingText(
  desk: Desk,
  locale: Locale,
  position: number,
  duty: Duty,
  now: DeskNow,
  missingSaid = false,
): string {
  const t = (key: string, variables?: Record<string, string | number>) => desk.t(locale, key, variables);
  if (duty.kind !== "on") {
    const back =
      duty.kind === "paused"
        ? t("counselors-paused")
        : duty.kind === "unknown"
          ? t("counselors-duty-unknown")
          : duty.opensAt === undefined
            ? t("counselors-off-duty-unknown")
            : t("counselors-off-duty", {
                when: formatOpening(locale, duty.opensAt, desk.app.config.TIME_ZONE),
              });
    // Nobody is at the desk: only a language nobody on the team speaks is worth a line before the night.
    const language = now.team.declared.has(locale)
      ? undefined
      : languageNote(desk, locale, now.team, missingSaid);
    return [back, ...(language ? [language] : []), t("counselors-leave-message")].join("\n\n");
  }
  const estimate = estimateWait(position, now.pace);
  const estimateLine =
    estimate.kind === "minutes"
      ? t("counselors-estimate-minutes", { low: estimate.low, high: estimate.high })
      : t(estimate.kind === "long" ? "counselors-estimate-long" : "counselors-estimate-unknown");
  const language = languageNote(desk, locale, now.team, missingSaid);
  return [
    t("counselors-position", { position }),
    estimateLine,
    ...(language ? [language] : []),
    t("counselors-waiting-hint"),
  ].join("\n\n");
}

/** "End the conversation", sealed for the case's person: a crafted or another person's press ends nothing. */
export function endKeyboard(
  desk: Desk,
  item: Pick<cases.Case, "id" | "locale" | "pseudonym">,
): InlineKeyboard {
  return new InlineKeyboard().text(
    desk.t(item.locale, "counselors-end-button"),
    // A closed case keeps no pseudonym: its button then matches nobody, and ends nothing.
    caseEnd.encode(item.id, ownerSeal(item.id, item.pseudonym ?? "")),
  );
}

/**
 * Sends the person a new waiting message (first escalation, or back in the queue after a
 * transfer). `duty`, `team`: when the caller read them in this update already. Returns the
 * place shown and how many cases are queued.
 */
export async function sendWaitingMessage(
  desk: Desk,
  item: cases.Case,
  sealedChat: string,
  lead?: string,
  duty?: Duty,
  team?: readonly counselors.Counselor[],
) {
  duty ??= await dutyNow(desk);
  // The queue and the desk's state are independent reads: side by side.
  const [order, now] = await Promise.all([
    caseQueue.inOrder(desk.app.db),
    duty.kind === "on" ? deskNow(desk, team) : deskAtRest(desk, team),
  ]);
  const position = Math.max(1, order.findIndex((queued) => queued.id === item.id) + 1);
  // The group out of reach: nothing was passed to anyone, and no place or estimate means anything.
  const gone = (await deskProblem(desk.app)) !== undefined;
  const body = gone
    ? desk.t(item.locale, "counselors-desk-unreachable")
    : waitingText(desk, item.locale, position, duty, now, item.languageTold);
  const chatId = chatOf(desk, sealedChat);
  const sent = await desk.outbox.send(chatId, false, () =>
    desk.api.sendMessage(chatId, lead && !gone ? `${lead}\n\n${body}` : body, {
      reply_markup: endKeyboard(desk, item),
    }),
  );
  // No place shown while out of reach (0): the group's return shows it (refreshQueue).
  await caseQueue.setWaitMessage(desk.app.db, item.id, sent.message_id, gone ? 0 : position);
  return { position, queued: order.length };
}

/** The refresh running in this process, and the one that will run after it (shared). */
const refreshes = new WeakMap<AppServices, { running: Promise<void>; next?: Promise<void> }>();

/**
 * After any change to the queue: people whose place changed see the new place and estimate.
 * One refresh at a time in this process: at c = 64 several updates changed the queue at once and
 * each refresh read the places shown before the others had stored theirs, so they edited the same
 * waiting messages to the same text (Telegram's "message is not modified": 29% of the `counselor`
 * journey's calls, docs/BENCHMARKS.md, eighth pass). A change made while one runs waits for the
 * next, shared by every change until it starts: it reads the queue after all of them.
 * `duty`: when the caller read it in this update already.
 */
export function refreshQueue(desk: Desk, duty?: Duty): Promise<void> {
  const state = refreshes.get(desk.app);
  if (!state) return startRefresh(desk, duty);
  state.next ??= state.running.then(
    () => startRefresh(desk, duty),
    () => startRefresh(desk, duty),
  );
  return state.next;
}

function startRefresh(desk: Desk, duty: Duty | undefined): Promise<void> {
  const running = refreshNow(desk, duty).finally(() => {
    if (refreshes.get(desk.app)?.running === running && !refreshes.get(desk.app)?.next)
      refreshes.delete(desk.app);
  });
  refreshes.set(desk.app, { running });
  return running;
}

/**
 * A fixed number of statements however many places change: the queue with its links, the
 * desk's pace, and one update of the places shown.
 */
async function refreshNow(desk: Desk, duty?: Duty): Promise<void> {
  duty ??= await dutyNow(desk);
  // Out of reach, the waiting messages say so; the group's return refreshes them (reach.ts).
  if (duty.kind !== "on" || (await deskProblem(desk.app))) return;
  const moved = (await caseQueue.firstWithLinks(desk.app.db, REFRESHED_POSITIONS)).flatMap((item, index) =>
    item.waitMessageId !== null && item.sealedChat !== null && item.waitPosition !== index + 1
      ? [{ item, sealedChat: item.sealedChat, waitMessageId: item.waitMessageId, position: index + 1 }]
      : [],
  );
  if (moved.length === 0) return;
  const now = await deskNow(desk);
  const shown: { caseId: number; position: number }[] = [];
  for (const { item, sealedChat, waitMessageId, position } of moved) {
    const text = waitingText(desk, item.locale, position, duty, now, item.languageTold);
    try {
      await desk.api
        .editMessageText(chatOf(desk, sealedChat), waitMessageId, text, {
          reply_markup: endKeyboard(desk, item),
        })
        .catch(ignoreStaleEdit);
      shown.push({ caseId: item.id, position });
    } catch (error) {
      desk.app.logger.warn({ case: item.ref, err: errorLog(error) }, "could not update the waiting message");
    }
  }
  await caseQueue.setWaitPositions(desk.app.db, shown);
}

/**
 * While queued, the first message after this much quiet gets a "received"; the rest of a burst
 * does not (ten lines written at once get one answer, not ten).
 */
export const QUEUED_ACK_QUIET_MS = 10 * MINUTE_MS;

/**
 * "Received": what a person writes while waiting is never silently absorbed (one answer per burst). Crisis words
 * were answered already ("your request is with the counselors, now first"): that is this burst's answer. In a
 * talk only a 🔴 case off duty is answered: its counselor may be gone until the shift, and the person must know.
 */
export async function acknowledgeWhileQueued(ctx: BotContext, item: cases.Case): Promise<void> {
  const crisis = item.priority === PRIORITY.crisis;
  if (item.status !== "queued" && !crisis) return;
  const now = ctx.app.now();
  const last = ctx.session.queuedAck;
  if (last?.caseId === item.id && now - last.at < QUEUED_ACK_QUIET_MS) return;
  // The group out of reach since they queued: "a counselor will see it" would be untrue; said plainly, with 114 and 112.
  const gone = await deskProblem(ctx.app);
  const duty = gone ? undefined : await dutyOf(ctx.app);
  if (item.status === "active" && (gone || duty?.kind === "on")) return;
  ctx.session.queuedAck = { caseId: item.id, at: now };
  if (answeredAsCrisis(ctx.update)) return;
  if (!duty) return void (await ctx.reply(ctx.t("counselors-desk-unreachable")));
  if (duty.kind === "off" && duty.opensAt !== undefined) {
    const when = formatOpening(item.locale, duty.opensAt, ctx.app.config.TIME_ZONE);
    await ctx.reply(
      ctx.t(crisis ? "counselors-crisis-ack-off-duty" : "counselors-queued-ack-off-duty", { when }),
    );
    return;
  }
  if (duty.kind === "on") return void (await ctx.reply(ctx.t("counselors-queued-ack")));
  await ctx.reply(ctx.t(crisis ? "counselors-crisis-ack-later" : "counselors-queued-ack-later"));
}
