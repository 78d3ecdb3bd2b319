// What cannot be undone is asked once more: closing ("Close K7F3 as 'consulted'? Yes / No"),
// blocking (how long, then "Block the person of K7F3 for 7 days?") and a transfer to a named
// counselor. The question carries everything its answer needs: the callback data holds the
// case, the outcome, the days or the target; the question's own text holds a close note or
// a block reason. So any instance answers it, a restart loses nothing, and a stale question
// (the case closed or moved meanwhile) changes nothing and says so kindly; so does one pressed
// after 48 hours, whose text Telegram no longer shows: it asks for the command again. A question is in the
// language of where it stands (staff.ts `sayHere`); the tap's own alert in the presser's.
import { InlineKeyboard } from "grammy";
import { Composer } from "../bot/composer.ts";
import type { BotContext } from "../bot/context.ts";
import * as caseMessages from "../db/case-messages.ts";
import * as cases from "../db/cases.ts";
import * as counselors from "../db/counselors.ts";
import { block } from "./block.ts";
import { blockHeldText, blockQuestion } from "./block-crisis.ts";
import {
  caseBlockDays,
  caseOutcome,
  caseSeal,
  caseTransfer,
  confirmBlock,
  confirmClose,
  confirmTransfer,
  sealedFor,
  withBack,
} from "./buttons.ts";
import { COUNSELOR_OUTCOMES, type CounselorOutcome } from "./case-rules.ts";
import type { Desk } from "./desk.ts";
import {
  ask,
  type ButtonContext,
  expired,
  isHead,
  noteOf,
  readable,
  reask,
  settle,
  withNote,
  yesNo,
} from "./desk-questions.ts";
import type { Say } from "./labels.ts";
import { close, type TransferResult, transfer } from "./lifecycle.ts";
import { PRIORITY } from "./queue.ts";
import { counselorInGroup } from "./removal.ts";
import {
  answerForged,
  answerHint,
  answerNoCase,
  answerStaff,
  caseHere,
  counselorOf,
  deskFor,
  inCounselorGroup,
  isGroupMember,
  mayManage,
  notOnDesk,
  sayHere,
  withCounselor,
} from "./staff.ts";
import { outcomeLabel, refreshHead } from "./topic.ts";
import { transferKeyboard } from "./transfer-list.ts";

const NOTE_LENGTH = 500;
const REASON_LENGTH = 300;
const MAX_BLOCK_DAYS = 365;
const BLOCK_CHOICES = [1, 7, 30] as const;

export const confirmations = new Composer<BotContext>();
const staffOnly = confirmations.filter((ctx) => inCounselorGroup(ctx) || ctx.chat?.type === "private");

// ── Commands: each ends in a question ─────────────────────────────────────

staffOnly.command("close", (ctx, next) =>
  withCounselor(ctx, next, async (desk, counselor) => {
    const [outcomeText = "", ...noteWords] = ctx.match.trim().split(/\s+/);
    const item = await caseHere(ctx, counselor);
    if (!item || item.status === "closed") return answerNoCase(ctx, desk);
    if (!(await mayManage(ctx, desk, item, counselor)))
      return answerStaff(ctx, desk, desk.staff("counselors-not-allowed"));
    const outcome = COUNSELOR_OUTCOMES.find((candidate) => candidate === outcomeText.toLowerCase());
    if (!outcome) {
      if (inCounselorGroup(ctx)) return refreshHead(desk, item.id, "close");
      const keyboard = new InlineKeyboard();
      const seal = caseSeal(desk, item.id);
      for (const choice of COUNSELOR_OUTCOMES)
        keyboard.text(outcomeLabel(desk.staff, choice), caseOutcome.encode(item.id, choice, seal)).row();
      return ctx.reply(desk.staff("counselors-choose-outcome", { ref: item.ref }), {
        reply_markup: withBack(desk, item, keyboard),
      });
    }
    const note = noteWords.join(" ").slice(0, NOTE_LENGTH);
    const say = sayHere(ctx, desk);
    await ask(
      ctx,
      desk,
      withNote(await closeQuestion(desk, say, item, outcome), note),
      closeKeyboard(desk, say, item, outcome),
    );
  }),
);

staffOnly.command("transfer", (ctx, next) =>
  withCounselor(ctx, next, async (desk, counselor) => {
    const item = await caseHere(ctx, counselor);
    if (!item || item.status === "closed") return answerNoCase(ctx, desk);
    if (inCounselorGroup(ctx)) return refreshHead(desk, item.id, "transfer");
    await ctx.reply(desk.staff("counselors-choose-transfer", { ref: item.ref }), {
      reply_markup: await transferKeyboard(desk, item, desk.staff),
    });
  }),
);

/** The chosen counselor left the group since the list was shown: said kindly, and the list again, as it is now. */
async function refuseLeft(ctx: ButtonContext, desk: Desk, item: cases.Case, targetId: number): Promise<void> {
  const alias = (await counselors.byId(ctx.app.db, targetId))?.alias ?? "—";
  const text = desk.staff("counselors-transfer-left", { ref: item.ref, alias });
  await ctx.answerCallbackQuery({ text, show_alert: true });
  if (isHead(ctx, item)) return refreshHead(desk, item.id, "transfer");
  const say = sayHere(ctx, desk);
  const list = say("counselors-choose-transfer", { ref: item.ref });
  await reask(ctx, desk, item, list, await transferKeyboard(desk, item, say));
}

/** `/block 7 reason` asks to confirm; `/block reason` asks how long first. */
staffOnly.command("block", (ctx, next) =>
  withCounselor(ctx, next, async (desk, counselor) => {
    const words = ctx.match.trim().split(/\s+/).filter(Boolean);
    const days = /^\d+$/.test(words[0] ?? "") ? Number(words.shift()) : undefined;
    const reason = words.join(" ").slice(0, REASON_LENGTH);
    if (!reason || (days !== undefined && (days < 1 || days > MAX_BLOCK_DAYS)))
      return answerHint(ctx, desk, "counselors-block-usage");
    const item = await caseHere(ctx, counselor);
    if (!item || item.status === "closed") return answerNoCase(ctx, desk);
    if (!(await mayManage(ctx, desk, item, counselor)))
      return answerStaff(ctx, desk, desk.staff("counselors-not-allowed"));
    const held = await blockHeldText(ctx, desk, item);
    if (held) return answerStaff(ctx, desk, held(desk.staff));
    const say = sayHere(ctx, desk);
    if (days === undefined) {
      const keyboard = new InlineKeyboard();
      for (const choice of BLOCK_CHOICES)
        keyboard.text(
          say("counselors-block-days", { days: choice }),
          caseBlockDays.encode(item.id, choice, caseSeal(desk, item.id)),
        );
      return ask(
        ctx,
        desk,
        withNote(say("counselors-block-how-long", { ref: item.ref }), reason),
        withBack(desk, item, keyboard, say),
      );
    }
    await ask(
      ctx,
      desk,
      withNote(blockQuestion(say, item, days), reason),
      blockKeyboard(desk, say, item, days),
    );
  }),
);

// ── Choices that lead to a question ─────────────────────────────────────────

confirmations.callbackQuery(
  ...caseOutcome.handle(async (ctx, caseId, outcome, seal) => {
    const managed = await managedCase(ctx, caseId, seal);
    if (!managed) return;
    const { desk, item } = managed;
    await ctx.answerCallbackQuery();
    const say = sayHere(ctx, desk);
    const question = await closeQuestion(desk, say, item, outcome);
    await reask(ctx, desk, item, question, closeKeyboard(desk, say, item, outcome));
  }),
);

confirmations.callbackQuery(
  ...caseBlockDays.handle(async (ctx, caseId, days, seal) => {
    const managed = await managedCase(ctx, caseId, seal);
    if (!managed) return;
    const { desk, item } = managed;
    const reason = noteOf(ctx);
    if (!reason) return expired(ctx, desk, "/block");
    if (await refusedHeld(ctx, desk, item)) return;
    await ctx.answerCallbackQuery();
    const say = sayHere(ctx, desk);
    const question = withNote(blockQuestion(say, item, days), reason);
    await reask(ctx, desk, item, question, blockKeyboard(desk, say, item, days));
  }),
);

/** To a named counselor: asked first. Back to the queue undoes itself (anyone may take it again). */
confirmations.callbackQuery(
  ...caseTransfer.handle(async (ctx, caseId, targetId, seal) => {
    const managed = await managedCase(ctx, caseId, seal);
    if (!managed) return;
    const { desk, counselor, item } = managed;
    if (targetId === 0) {
      const key = (result: TransferResult) => (result === "done" ? "notice-queued" : "transfer-stale");
      const answer = (result: TransferResult) =>
        ctx.answerCallbackQuery({
          text: desk.staff(`counselors-${key(result)}`, { ref: item.ref }),
          show_alert: result !== "done",
        });
      const result = await transfer(desk, item, counselor, null, ctx.log, () => answer("done"));
      if (result !== "done") await answer(result);
      if (!isHead(ctx, item)) await ctx.editMessageReplyMarkup().catch(() => {});
      return;
    }
    const target = await counselors.byId(ctx.app.db, targetId);
    if (!target) return ctx.answerCallbackQuery({ text: desk.staff("counselors-confirm-stale") });
    if (!(await counselorInGroup(desk, target))) return refuseLeft(ctx, desk, item, target.id);
    await ctx.answerCallbackQuery();
    const say = sayHere(ctx, desk);
    const question = say("counselors-confirm-transfer", { ref: item.ref, alias: target.alias });
    const keyboard = yesNo(say, (answer) => confirmTransfer.encode(answer, item.id, target.id, seal));
    await reask(ctx, desk, item, question, keyboard);
  }),
);

// ── Answers ──────────────────────────────────────────────────────────────────

confirmations.callbackQuery(
  ...confirmClose.handle(async (ctx, answer, caseId, outcome, seal) => {
    const confirmed = await confirmedCase(ctx, answer, caseId, seal);
    if (!confirmed) return;
    const { desk, counselor, item } = confirmed;
    if (!isHead(ctx, item) && !readable(ctx)) return expired(ctx, desk, "/close");
    const note = isHead(ctx, item) ? undefined : noteOf(ctx);
    const done = (say: Say) =>
      say("counselors-closed-done", { ref: item.ref, outcome: outcomeLabel(say, outcome) });
    const onClosed = () => ctx.answerCallbackQuery({ text: done(desk.staff) });
    const closed = await close(desk, item, outcome, { actor: counselor, note, onClosed }, ctx.log);
    const text = closed ? done : (say: Say) => say("counselors-confirm-stale");
    if (!closed) await ctx.answerCallbackQuery({ text: text(desk.staff) });
    await settle(ctx, desk, item, text);
  }),
);

confirmations.callbackQuery(
  ...confirmBlock.handle(async (ctx, answer, caseId, days, seal) => {
    const confirmed = await confirmedCase(ctx, answer, caseId, seal);
    if (!confirmed) return;
    const { desk, counselor, item } = confirmed;
    // A block always has a reason, carried by the question: one that cannot be read blocks nobody.
    const reason = noteOf(ctx);
    if (!reason) return expired(ctx, desk, "/block");
    // Crisis words may have come while the question waited: checked again at Yes.
    if (await refusedHeld(ctx, desk, item)) return;
    const done = await block(desk, item, counselor, days, reason, ctx.log);
    const text = (say: Say) =>
      done ? say("counselors-blocked-done", { ref: item.ref, days }) : say("counselors-confirm-stale");
    await ctx.answerCallbackQuery({ text: text(desk.staff) });
    await settle(ctx, desk, item, text);
  }),
);

confirmations.callbackQuery(
  ...confirmTransfer.handle(async (ctx, answer, caseId, targetId, seal) => {
    const confirmed = await confirmedCase(ctx, answer, caseId, seal);
    if (!confirmed) return;
    const { desk, counselor, item } = confirmed;
    const textOf = (result: TransferResult) => (say: Say) =>
      say(result === "done" ? "counselors-transfer-done" : "counselors-confirm-stale", { ref: item.ref });
    const onMoved = () => ctx.answerCallbackQuery({ text: textOf("done")(desk.staff) });
    const result = await transfer(desk, item, counselor, targetId, ctx.log, onMoved);
    if (result === "left") return refuseLeft(ctx, desk, item, targetId);
    if (result !== "done")
      await ctx.answerCallbackQuery({ text: textOf(result)(desk.staff), show_alert: true });
    await settle(ctx, desk, item, textOf(result));
  }),
);

// ── Helpers ──────────────────────────────────────────────────────────────────

/** The open case a button acts on, if this counselor may manage it; otherwise says why. */
async function managedCase(ctx: ButtonContext, caseId: number, seal: string) {
  const desk = deskFor(ctx);
  if (!desk) return undefined;
  const counselor = await counselorOf(ctx);
  if (!sealedFor(ctx, caseId, seal)) return answerForged(ctx, desk);
  const item = await cases.byId(ctx.app.db, caseId);
  if (!counselor || !(await isGroupMember(ctx, desk))) {
    const text = counselor ? desk.staff("counselors-removed") : await notOnDesk(ctx, desk);
    await ctx.answerCallbackQuery({ text, show_alert: counselor !== undefined || inCounselorGroup(ctx) });
    return undefined;
  }
  if (!item || item.status === "closed") {
    await ctx.answerCallbackQuery({ text: desk.staff("counselors-confirm-stale") });
    if (!item || !isHead(ctx, item)) await ctx.editMessageReplyMarkup().catch(() => {});
    return undefined;
  }
  if (!(await mayManage(ctx, desk, item, counselor))) {
    await ctx.answerCallbackQuery({ text: desk.staff("counselors-not-allowed"), show_alert: true });
    return undefined;
  }
  return { desk, counselor, item };
}

/** A block's button while a crisis holds it (block-crisis.ts): refused on the button and in place of the question. */
async function refusedHeld(ctx: ButtonContext, desk: Desk, item: cases.Case): Promise<boolean> {
  const held = await blockHeldText(ctx, desk, item);
  if (!held) return false;
  await ctx.answerCallbackQuery({ text: held(desk.staff), show_alert: true });
  await settle(ctx, desk, item, held);
  return true;
}

/** A "Yes" on a question that still holds; a "No" puts things back as they were. */
async function confirmedCase(ctx: ButtonContext, answer: "yes" | "no", caseId: number, seal: string) {
  const managed = await managedCase(ctx, caseId, seal);
  if (!managed || answer === "yes") return managed;
  const { desk, item } = managed;
  const text = (say: Say) => say("counselors-confirm-cancelled");
  await ctx.answerCallbackQuery({ text: text(desk.staff) });
  await settle(ctx, desk, item, text);
  return undefined;
}

/** A 🔴 case nobody has written in yet is not closed like any other: the question says what closing it means. */
async function closeQuestion(
  desk: Desk,
  say: Say,
  item: cases.Case,
  outcome: CounselorOutcome,
): Promise<string> {
  const unanswered =
    item.priority === PRIORITY.crisis && !(await caseMessages.counselorSpoke(desk.app.db, item.id));
  return say(unanswered ? "counselors-confirm-close-unanswered" : "counselors-confirm-close", {
    ref: item.ref,
    outcome: outcomeLabel(say, outcome),
  });
}

function closeKeyboard(desk: Desk, say: Say, item: cases.Case, outcome: CounselorOutcome): InlineKeyboard {
  return yesNo(say, (answer) => confirmClose.encode(answer, item.id, outcome, caseSeal(desk, item.id)));
}

function blockKeyboard(desk: Desk, say: Say, item: cases.Case, days: number): InlineKeyboard {
  return yesNo(say, (answer) => confirmBlock.encode(answer, item.id, days, caseSeal(desk, item.id)));
}
