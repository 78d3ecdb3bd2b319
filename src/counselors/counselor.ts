// The counselor's side, in the group and in their private chat with the bot: an alias,
// Take / Transfer / Close (buttons and commands), canned replies, blocks, switching between
// cases, and the relay of what they write privately to the person of the case.
import { Composer, type Filter, InlineKeyboard } from "grammy";
import type { BotContext } from "../bot/context.ts";
import * as caseMessages from "../db/case-messages.ts";
import * as cases from "../db/cases.ts";
import * as counselors from "../db/counselors.ts";
import * as history from "../db/history.ts";
import { caseAction, caseOutcome, caseTransfer } from "./buttons.ts";
import { COUNSELOR_OUTCOMES, holds, type Outcome } from "./case-rules.ts";
import type { Desk } from "./desk.ts";
import { block, close, take, transfer } from "./lifecycle.ts";
import { isCaseRef } from "./queue.ts";
import {
  caseHeader,
  isCommand,
  isInternalNote,
  isRelayable,
  mirrorCounselorEdit,
  relayFromCounselor,
  sendTextToPerson,
} from "./relay.ts";
import {
  answerStaff,
  caseHere,
  counselorOf,
  deskFor,
  inCounselorGroup,
  isGroupMember,
  mayManage,
  membershipUpdates,
  validAlias,
} from "./staff.ts";
import { findTemplate, renderTemplate } from "./templates.ts";
import { outcomeLabel, postInTopic, refreshHead } from "./topic.ts";

const MAX_BLOCK_DAYS = 365;
const HISTORY_CHUNK = 3500;

export const counselorSide = new Composer<BotContext>();
counselorSide.use(membershipUpdates);

/** Commands of the counselors' side run in their group, and in private for registered counselors. */
const staffOnly = counselorSide.filter((ctx) => inCounselorGroup(ctx) || ctx.chat?.type === "private");

staffOnly.command("alias", async (ctx, next) => {
  const desk = deskFor(ctx);
  if (!desk || !ctx.from || !ctx.person) return next();
  if (!inCounselorGroup(ctx) && !(await isGroupMember(ctx, desk))) return next();
  const alias = validAlias(ctx.match);
  if (!alias) {
    await answerStaff(ctx, desk, desk.staff("counselors-alias-usage"));
    return;
  }
  // A private chat's id is the user's id: sealed, it is how the relay reaches the counselor.
  await counselors.save(ctx.app.db, {
    pseudonym: ctx.person.pseudonym,
    alias,
    sealedChat: ctx.app.cipher.seal(String(ctx.from.id)),
    now: new Date(ctx.app.now()),
  });
  const lines = [
    desk.staff("counselors-alias-saved", {
      alias,
      shown: desk.t(ctx.app.config.DEFAULT_LOCALE, "counselors-alias-shown", { alias }),
    }),
  ];
  if (inCounselorGroup(ctx))
    lines.push(desk.staff("counselors-alias-open-private", { bot: ctx.me.username }));
  await answerStaff(ctx, desk, lines.join("\n"));
});

/** The rest needs a registered counselor; anyone else's command goes on to other features. */
/** A counselor removed from the group keeps their alias row but may no longer act. */
async function stillMember(ctx: BotContext, desk: Desk): Promise<boolean> {
  return inCounselorGroup(ctx) || (await isGroupMember(ctx, desk));
}

async function withCounselor(
  ctx: BotContext,
  next: () => Promise<void>,
  work: (desk: Desk, counselor: counselors.Counselor) => Promise<unknown>,
): Promise<void> {
  const desk = deskFor(ctx);
  const counselor = desk ? await counselorOf(ctx) : undefined;
  if (!desk || (!counselor && !inCounselorGroup(ctx))) return next();
  if (!counselor || !(await stillMember(ctx, desk))) {
    await answerStaff(ctx, desk, desk.staff("counselors-alias-first"));
    return;
  }
  await work(desk, counselor);
}

staffOnly.command("take", (ctx, next) =>
  withCounselor(ctx, next, async (desk, counselor) => {
    const ref = ctx.match.trim().toUpperCase();
    const item = isCaseRef(ref) ? await cases.byRef(ctx.app.db, ref) : await caseHere(ctx, counselor);
    if (!item) return answerStaff(ctx, desk, desk.staff("counselors-no-such-case"));
    const result = await take(desk, item.id, counselor, ctx.log);
    await answerStaff(ctx, desk, takeAnswer(desk, item.ref, result));
  }),
);

staffOnly.command("case", (ctx, next) =>
  withCounselor(ctx, next, async (desk, counselor) => {
    const ref = ctx.match.trim().toUpperCase();
    const held = await cases.heldBy(ctx.app.db, counselor.id);
    const item = held.find((candidate) => candidate.ref === ref);
    if (!item) return answerStaff(ctx, desk, desk.staff("counselors-not-yours", { ref: ref || "—" }));
    await counselors.setCurrentCase(ctx.app.db, counselor.id, item.id);
    await counselors.switchHeader(ctx.app.db, counselor.id, item.id);
    await answerStaff(ctx, desk, caseHeader(desk, item, { ...counselor, currentCaseId: item.id }));
  }),
);

staffOnly.command("t", (ctx, next) =>
  withCounselor(ctx, next, async (desk, counselor) => {
    const id = ctx.match.trim();
    if (!id) {
      const list = ctx.app.content.templates.map((template) => `/t ${template.id} — ${template.title}`);
      return answerStaff(ctx, desk, [desk.staff("counselors-templates"), ...list].join("\n"));
    }
    const template = findTemplate(ctx.app.content.templates, id);
    if (!template) return answerStaff(ctx, desk, desk.staff("counselors-no-template", { id }));
    const item = await caseHere(ctx, counselor);
    if (!item || !holds(item, counselor.id)) {
      return answerStaff(ctx, desk, desk.staff("counselors-take-first"));
    }
    const text = renderTemplate(template, item.locale, counselor.alias);
    const sent = await sendTextToPerson(desk, item, counselor, text);
    await answerStaff(
      ctx,
      desk,
      sent
        ? desk.staff("counselors-template-sent", { ref: item.ref, text })
        : desk.staff("counselors-no-such-case"),
    );
  }),
);

staffOnly.command("close", (ctx, next) =>
  withCounselor(ctx, next, async (desk, counselor) => {
    const [outcomeText = "", ...noteWords] = ctx.match.trim().split(/\s+/);
    const item = await caseHere(ctx, counselor);
    if (!item || item.status === "closed")
      return answerStaff(ctx, desk, desk.staff("counselors-no-such-case"));
    if (!(await mayManage(ctx, desk, item, counselor)))
      return answerStaff(ctx, desk, desk.staff("counselors-not-allowed"));
    const outcome = COUNSELOR_OUTCOMES.find((candidate) => candidate === outcomeText.toLowerCase());
    if (!outcome) {
      if (inCounselorGroup(ctx)) return refreshHead(desk, item.id, "close");
      const keyboard = new InlineKeyboard();
      for (const choice of COUNSELOR_OUTCOMES)
        keyboard.text(outcomeLabel(desk, choice), caseOutcome.encode(item.id, choice)).row();
      return ctx.reply(desk.staff("counselors-choose-outcome", { ref: item.ref }), {
        reply_markup: keyboard,
      });
    }
    const note = noteWords.join(" ").slice(0, 500) || undefined;
    const closed = await close(desk, item, outcome, { actor: counselor, note }, ctx.log);
    await answerStaff(ctx, desk, closedAnswer(desk, item.ref, closed !== undefined, outcome));
  }),
);

staffOnly.command("transfer", (ctx, next) =>
  withCounselor(ctx, next, async (desk, counselor) => {
    const item = await caseHere(ctx, counselor);
    if (!item || item.status === "closed")
      return answerStaff(ctx, desk, desk.staff("counselors-no-such-case"));
    if (inCounselorGroup(ctx)) return refreshHead(desk, item.id, "transfer");
    const keyboard = new InlineKeyboard();
    for (const other of (await counselors.all(ctx.app.db))
      .filter((c) => c.id !== counselor.id && c.chat)
      .slice(0, 12)) {
      keyboard.text(other.alias, caseTransfer.encode(item.id, other.id)).row();
    }
    keyboard.text(desk.staff("counselors-button-to-queue"), caseTransfer.encode(item.id, 0));
    await ctx.reply(desk.staff("counselors-choose-transfer", { ref: item.ref }), { reply_markup: keyboard });
  }),
);

staffOnly.command("block", (ctx, next) =>
  withCounselor(ctx, next, async (desk, counselor) => {
    const [daysText = "", ...reasonWords] = ctx.match.trim().split(/\s+/);
    const days = Number(daysText);
    const reason = reasonWords.join(" ").trim().slice(0, 300);
    if (!Number.isInteger(days) || days < 1 || days > MAX_BLOCK_DAYS || !reason) {
      return answerStaff(ctx, desk, desk.staff("counselors-block-usage"));
    }
    const item = await caseHere(ctx, counselor);
    if (!item || item.status === "closed")
      return answerStaff(ctx, desk, desk.staff("counselors-no-such-case"));
    if (!(await mayManage(ctx, desk, item, counselor)))
      return answerStaff(ctx, desk, desk.staff("counselors-not-allowed"));
    const done = await block(desk, item, counselor, days, reason, ctx.log);
    await answerStaff(
      ctx,
      desk,
      done
        ? desk.staff("counselors-blocked-done", { ref: item.ref, days })
        : desk.staff("counselors-no-such-case"),
    );
  }),
);

/** The transcript kept under consent "history" for the person of the counselor's current case. */
staffOnly.command("history", (ctx, next) =>
  withCounselor(ctx, next, async (desk, counselor) => {
    const item = await caseHere(ctx, counselor);
    if (inCounselorGroup(ctx) || !item || item.counselorId !== counselor.id || !item.pseudonym) {
      return answerStaff(ctx, desk, desk.staff("counselors-take-first"));
    }
    const lines = (await history.of(ctx.app.db, item.pseudonym, new Date(ctx.app.now()))).map(
      (entry) => `[${entry.caseRef}] ${entry.author}: ${ctx.app.cipher.open(entry.sealedBody)}`,
    );
    if (lines.length === 0) return ctx.reply(desk.staff("counselors-history-none"));
    // Telegram takes 4096 characters a message: several messages for a long history.
    const chunks: string[][] = [[]];
    let length = 0;
    for (const line of lines.map((text) => text.slice(0, HISTORY_CHUNK))) {
      if (length + line.length > HISTORY_CHUNK) {
        chunks.push([]);
        length = 0;
      }
      chunks.at(-1)!.push(line);
      length += line.length + 1;
    }
    for (const chunk of chunks) await ctx.reply(chunk.join("\n"));
  }),
);

// ── Buttons ────────────────────────────────────────────────────────────────

counselorSide.callbackQuery(
  ...caseAction.handle(async (ctx, action, caseId) => {
    const desk = deskFor(ctx);
    const counselor = await counselorOf(ctx);
    const item = await cases.byId(ctx.app.db, caseId);
    if (!desk || !item || item.status === "closed") {
      await ctx.answerCallbackQuery({ text: desk?.staff("counselors-no-such-case") });
      return;
    }
    if (!counselor || !(await stillMember(ctx, desk))) {
      await ctx.answerCallbackQuery({ text: desk.staff("counselors-alias-first"), show_alert: true });
      return;
    }
    if (action === "take") {
      const result = await take(desk, item.id, counselor, ctx.log);
      await ctx.answerCallbackQuery({
        text: takeAnswer(desk, item.ref, result),
        show_alert: result.kind !== "won" || result.case.inTopic,
      });
      return;
    }
    if (action !== "back" && !(await mayManage(ctx, desk, item, counselor))) {
      await ctx.answerCallbackQuery({ text: desk.staff("counselors-not-allowed"), show_alert: true });
      return;
    }
    await ctx.answerCallbackQuery();
    await refreshHead(desk, item.id, action === "back" ? "main" : action);
  }),
);

/** The open case a button acts on, if this counselor may manage it; otherwise says why. */
async function managedCase(ctx: Filter<BotContext, "callback_query:data">, caseId: number) {
  const desk = deskFor(ctx);
  const counselor = await counselorOf(ctx);
  const item = await cases.byId(ctx.app.db, caseId);
  if (!desk || !counselor || !item || item.status === "closed") {
    await ctx.answerCallbackQuery({
      text: desk?.staff(counselor ? "counselors-no-such-case" : "counselors-alias-first"),
    });
    return undefined;
  }
  if (!(await mayManage(ctx, desk, item, counselor))) {
    await ctx.answerCallbackQuery({ text: desk.staff("counselors-not-allowed"), show_alert: true });
    return undefined;
  }
  return { desk, counselor, item };
}

counselorSide.callbackQuery(
  ...caseTransfer.handle(async (ctx, caseId, targetId) => {
    const managed = await managedCase(ctx, caseId);
    if (!managed) return;
    const { desk, counselor, item } = managed;
    const result = await transfer(desk, item, counselor, targetId === 0 ? null : targetId, ctx.log);
    await ctx.answerCallbackQuery({
      text: desk.staff(`counselors-transfer-${result}`, { ref: item.ref }),
      show_alert: result !== "done",
    });
    if (ctx.chat?.type === "private") await ctx.editMessageReplyMarkup().catch(() => {});
  }),
);

counselorSide.callbackQuery(
  ...caseOutcome.handle(async (ctx, caseId, outcome) => {
    const managed = await managedCase(ctx, caseId);
    if (!managed) return;
    const { desk, counselor, item } = managed;
    const closed = await close(desk, item, outcome, { actor: counselor }, ctx.log);
    await ctx.answerCallbackQuery({ text: closedAnswer(desk, item.ref, closed !== undefined, outcome) });
    if (ctx.chat?.type === "private") await ctx.editMessageReplyMarkup().catch(() => {});
  }),
);

// ── The private chat: what a counselor writes goes to the person of a case ──

const privateChat = counselorSide.chatType("private");

privateChat.on("message", async (ctx, next) => {
  const message = ctx.message;
  if (isCommand(message)) return next();
  const desk = deskFor(ctx);
  const counselor = desk ? await counselorOf(ctx) : undefined;
  if (!desk || !counselor) return next();
  const held = await cases.heldBy(ctx.app.db, counselor.id);
  if (held.length === 0) return next();
  // Removed from the group, a counselor no longer reaches the people of their cases.
  if (!(await stillMember(ctx, desk))) {
    await ctx.reply(desk.staff("counselors-alias-first"));
    return;
  }
  const replied = message.reply_to_message;
  const targetId = replied
    ? await caseMessages.caseOfCounselorMessage(ctx.app.db, counselor.id, replied.message_id)
    : counselor.currentCaseId;
  const item = held.find((candidate) => candidate.id === targetId);
  if (!item) {
    await ctx.reply(desk.staff("counselors-which-case", { refs: held.map((c) => c.ref).join(", ") }));
    return;
  }
  if (isInternalNote(message)) {
    const note = (message.text ?? message.caption ?? "").trim();
    await postInTopic(desk, item, desk.staff("counselors-note", { alias: counselor.alias, note }));
    return;
  }
  if (!isRelayable(message)) {
    await ctx.reply(desk.staff("counselors-not-relayable"));
    return;
  }
  await relayFromCounselor(desk, item, counselor, message, `c${counselor.id}`, ctx.log);
});

privateChat.on("edited_message", async (ctx, next) => {
  const desk = deskFor(ctx);
  const counselor = desk ? await counselorOf(ctx) : undefined;
  if (!desk || !counselor) return next();
  const caseId = await caseMessages.caseOfCounselorMessage(
    ctx.app.db,
    counselor.id,
    ctx.editedMessage.message_id,
  );
  const item = caseId === undefined ? undefined : await cases.byId(ctx.app.db, caseId);
  if (!item || item.status === "closed" || !(await stillMember(ctx, desk))) return next();
  await mirrorCounselorEdit(desk, item, `c${counselor.id}`, ctx.editedMessage);
});

function takeAnswer(desk: Desk, ref: string, result: Awaited<ReturnType<typeof take>>): string {
  switch (result.kind) {
    case "won":
      return desk.staff(result.case.inTopic ? "counselors-take-won-topic" : "counselors-take-won", { ref });
    case "taken":
      return desk.staff("counselors-take-taken", { ref, alias: result.holder ?? "—" });
    case "closed":
      return desk.staff("counselors-no-such-case");
  }
}

function closedAnswer(desk: Desk, ref: string, done: boolean, outcome: Outcome): string {
  return done
    ? desk.staff("counselors-closed-done", { ref, outcome: outcomeLabel(desk, outcome) })
    : desk.staff("counselors-no-such-case");
}
