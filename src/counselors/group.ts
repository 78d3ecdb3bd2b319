// The counselors' group: an overview (/queue, /cases), the supervisors' audit log and
// "no capacity" pause, and what is written in a case's topic: internal notes, except the
// holder's replies to the person's copied messages, which reach the person.

import { InputFile } from "grammy";
import { Composer } from "../bot/composer.ts";
import type { BotContext } from "../bot/context.ts";
import * as audit from "../db/audit.ts";
import * as caseMessages from "../db/case-messages.ts";
import * as caseQueue from "../db/case-queue.ts";
import * as cases from "../db/cases.ts";
import * as moderation from "../db/moderation.ts";
import * as ratings from "../db/ratings.ts";
import { isLocale } from "../i18n/index.ts";
import { DAY_MS } from "../time/durations.ts";
import { calendarDay } from "../time/zone.ts";
import { holds } from "./case-rules.ts";
import { relayFromCounselor } from "./delivery.ts";
import { type Desk, toGroup } from "./desk.ts";
import { caseLabels, counselorLocale } from "./labels.ts";
import { keepTopicNote } from "./notes.ts";
import { isCaseRef } from "./queue.ts";
import { queueText } from "./queue-view.ts";
import { isCommand, isInternalNote, isRelayable, mirrorCounselorEdit } from "./relay.ts";
import {
  answerHint,
  answerStaff,
  caseLines,
  counselorOf,
  deskFor,
  inCounselorGroup,
  isGroupMember,
  isSupervisor,
  withCounselor,
} from "./staff.ts";
import { auditLine } from "./topic.ts";

const AUDIT_LINES = 25;
const RATING_DAYS = 30;

export const groupSide = new Composer<BotContext>();
const group = groupSide.filter(inCounselorGroup);

group.command("help", async (ctx) => {
  const desk = deskFor(ctx);
  if (desk) await answerHint(ctx, desk, "counselors-help", { bot: ctx.me.username });
});

async function showQueue(ctx: BotContext, desk: Desk): Promise<void> {
  const queued = await caseQueue.inOrder(ctx.app.db);
  const viewer = await counselorOf(ctx);
  await answerStaff(
    ctx,
    desk,
    await queueText(desk, queued, viewer?.speaks, caseLabels(desk, counselorLocale(desk, viewer, ctx.from))),
  );
}

async function showCases(ctx: BotContext, desk: Desk): Promise<void> {
  const labels = caseLabels(desk, counselorLocale(desk, await counselorOf(ctx), ctx.from));
  const queued = await caseQueue.inOrder(ctx.app.db);
  const active = await cases.active(ctx.app.db);
  const lines = [
    labels.say("counselors-queue-title", { count: queued.length }),
    ...(await caseLines(desk, queued, undefined, labels)),
    desk.staff("counselors-active-title", { count: active.length }),
    ...(await caseLines(desk, active, undefined, labels)),
  ];
  await answerStaff(ctx, desk, lines.join("\n"));
}

for (const [name, show] of [
  ["queue", showQueue],
  ["cases", showCases],
] as const) {
  group.command(name, async (ctx) => {
    const desk = deskFor(ctx);
    if (desk) await show(ctx, desk);
  });
  // Also in a registered counselor's private chat, where taken cases run and where the desk's own
  // texts point to them ("Your cases: /cases"); anyone else's goes on to the people's features.
  groupSide
    .chatType("private")
    .command(name, (ctx, next) => withCounselor(ctx, next, (desk) => show(ctx, desk)));
}

/** The desk when a supervisor asks; anyone else on the desk is told the command is for supervisors. */
async function supervisorDesk(ctx: BotContext): Promise<Desk | undefined> {
  const desk = deskFor(ctx);
  if (!desk) return undefined;
  if (await isSupervisor(ctx, desk)) return desk;
  await answerStaff(ctx, desk, desk.staff("counselors-supervisors-only"));
  return undefined;
}

group.command("audit", async (ctx) => {
  const desk = await supervisorDesk(ctx);
  if (!desk) return;
  const ref = ctx.match.trim().toUpperCase();
  const labels = caseLabels(desk, counselorLocale(desk, await counselorOf(ctx), ctx.from));
  const entries = await audit.recent(ctx.app.db, AUDIT_LINES, isCaseRef(ref) ? ref : undefined);
  const rated = await ratings.summarySince(ctx.app.db, new Date(ctx.app.now() - RATING_DAYS * DAY_MS));
  const lines = [
    desk.staff("counselors-audit-title", { count: entries.length }),
    ...entries.map((entry) => auditLine(desk, labels, entry, true)),
    // Under the statistics' k, a count and an average would tell one person's rating (the desk knows whose
    // conversations closed this month), while the person was told the rating is anonymous.
    rated.count < ctx.app.config.STATISTICS_MIN_COUNT
      ? desk.staff("counselors-ratings-few", { days: RATING_DAYS, min: ctx.app.config.STATISTICS_MIN_COUNT })
      : desk.staff("counselors-ratings", {
          count: rated.count,
          average: rated.average === null ? "—" : rated.average.toFixed(1),
          days: RATING_DAYS,
        }),
  ];
  await answerStaff(ctx, desk, lines.join("\n"));
});

// Anonymous statistics of the last 7 and 30 days, with one chart (src/statistics).
group.command("stats", async (ctx) => {
  const desk = await supervisorDesk(ctx);
  if (!desk) return;
  const locale = await ctx.i18n.getLocale();
  // Loaded on first use: the charting library takes seconds to load, and the bot's start must not wait for it.
  const { supervisorSummary } = await import("../statistics/summary.ts");
  const summary = await supervisorSummary(ctx.app.db, {
    today: calendarDay(ctx.app.now(), ctx.app.config.TIME_ZONE),
    minCount: ctx.app.config.STATISTICS_MIN_COUNT,
    locale: isLocale(locale) ? locale : ctx.app.config.DEFAULT_LOCALE,
    texts: ctx.app,
  });
  const threadId = ctx.msg.is_topic_message ? ctx.msg.message_thread_id : undefined;
  await toGroup(desk, (groupId) =>
    desk.api.sendPhoto(groupId, new InputFile(summary.png, "statistics.png"), {
      caption: summary.text,
      ...(threadId === undefined ? {} : { message_thread_id: threadId }),
    }),
  );
});

group.command("pause", async (ctx) => {
  const desk = await supervisorDesk(ctx);
  if (!desk) return;
  const counselor = await counselorOf(ctx);
  const reason = ctx.match.trim().slice(0, 200) || "—";
  const by = counselor?.alias ?? desk.staff("counselors-supervisor");
  const now = new Date(ctx.app.now());
  await moderation.pause(ctx.app.db, { reason, since: now, by });
  await audit.record(ctx.app.db, { at: now, action: "paused", actor: counselor, detail: reason });
  await answerStaff(ctx, desk, desk.staff("counselors-paused-done", { reason }));
});

group.command("resume", async (ctx) => {
  const desk = await supervisorDesk(ctx);
  if (!desk) return;
  const counselor = await counselorOf(ctx);
  if (await moderation.resume(ctx.app.db)) {
    await audit.record(ctx.app.db, { at: new Date(ctx.app.now()), action: "resumed", actor: counselor });
  }
  await answerStaff(ctx, desk, desk.staff("counselors-resumed"));
});

/**
 * In a case's topic only the holder's *reply* to the person's copied message reaches the
 * person (a holder without a private chat); everything else is an internal note. A closed
 * case's topic takes notes only, and says so to its former holder.
 */
group.on("message", async (ctx, next) => {
  const message = ctx.message;
  if (isCommand(message)) return next();
  if (!message.is_topic_message || message.message_thread_id === undefined) return;
  const desk = deskFor(ctx);
  const item = desk ? await cases.byThread(ctx.app.db, message.message_thread_id) : undefined;
  if (!desk || !item) return;
  const counselor = await counselorOf(ctx);
  if (item.status === "closed") {
    if (counselor && item.counselorId === counselor.id)
      await answerStaff(ctx, desk, desk.staff("counselors-closed-note-only", { ref: item.ref }));
    return;
  }
  if (
    counselor &&
    holds(item, counselor.id) &&
    !isInternalNote(message) &&
    (await repliesToPerson(ctx, item)) &&
    // Someone who left can still write in a public group: only a member's reply reaches the person.
    (await isGroupMember(ctx, desk))
  ) {
    if (!isRelayable(message)) return answerStaff(ctx, desk, desk.staff("counselors-not-relayable"));
    await relayFromCounselor(desk, item, counselor, message, "g", ctx.log);
    return;
  }
  await keepTopicNote(desk, item, counselor, message);
});

/** A Telegram reply to a copy of the person's message in the topic (not to the topic itself). */
async function repliesToPerson(ctx: BotContext, item: cases.Case): Promise<boolean> {
  const replied = ctx.msg?.reply_to_message;
  if (!replied || replied.message_id === item.threadId) return false;
  return (await caseMessages.personCopyInTopic(ctx.app.db, item.id, replied.message_id)) !== undefined;
}

group.on("edited_message", async (ctx) => {
  const edited = ctx.editedMessage;
  if (!edited.is_topic_message || edited.message_thread_id === undefined) return;
  const desk = deskFor(ctx);
  const item = desk ? await cases.byThread(ctx.app.db, edited.message_thread_id) : undefined;
  if (!desk || item?.status !== "active") return;
  await mirrorCounselorEdit(desk, item, "g", edited);
});
