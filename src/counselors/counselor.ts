// The counselor's side, in the group and in their private chat with the bot: an alias,
// Take and the head's buttons, canned replies, switching between cases, and the relay of
// what they write privately to the person of the case. Close, block and transfer, which
// cannot be undone, are asked once more (confirmations.ts).
import { InlineKeyboard } from "grammy";
import { Composer } from "../bot/composer.ts";
import type { BotContext } from "../bot/context.ts";
import * as caseMessages from "../db/case-messages.ts";
import * as caseQueue from "../db/case-queue.ts";
import * as cases from "../db/cases.ts";
import * as counselors from "../db/counselors.ts";
import * as history from "../db/history.ts";
import { localeFromTelegram } from "../i18n/index.ts";
import { caseAction, caseSeal, sealedFor } from "./buttons.ts";
import { holds } from "./case-rules.ts";
import { confirmations } from "./confirmations.ts";
import { relayFromCounselor, sendTextToPerson } from "./delivery.ts";
import type { Desk } from "./desk.ts";
import { isHead } from "./desk-questions.ts";
import { chunkLines, transcriptLine } from "./handover.ts";
import { caseLabels, counselorLocale } from "./labels.ts";
import { take } from "./lifecycle.ts";
import { postPrivateNote } from "./notes.ts";
import { isCaseRef } from "./queue.ts";
import { deskReachUpdates } from "./reach.ts";
import { caseHeader, isCommand, isInternalNote, isRelayable, mirrorCounselorEdit } from "./relay.ts";
import {
  aliasNamesARole,
  answerForged,
  answerHint,
  answerNoCase,
  answerStaff,
  caseHere,
  counselorOf,
  currentCase,
  deskFor,
  inCounselorGroup,
  isGroupMember,
  mayManage,
  membershipUpdates,
  notOnDesk,
  sayHere,
  validAlias,
  withCounselor,
} from "./staff.ts";
import { findTemplate, renderTemplate, templateTitle } from "./templates.ts";
import { refreshHead } from "./topic.ts";

export const counselorSide = new Composer<BotContext>();
counselorSide.use(membershipUpdates, deskReachUpdates, confirmations);

/** Commands of the counselors' side run in their group, and in private for registered counselors. */
const staffOnly = counselorSide.filter((ctx) => inCounselorGroup(ctx) || ctx.chat?.type === "private");

staffOnly.command("alias", async (ctx, next) => {
  const desk = deskFor(ctx);
  if (!desk || !ctx.from || !ctx.person) return next();
  // Only a member of the group chooses an alias, asked of their own standing (never of where they write).
  if (!(await isGroupMember(ctx, desk))) return next();
  const alias = validAlias(ctx.match);
  if (!alias) {
    await answerHint(ctx, desk, "counselors-alias-usage");
    return;
  }
  // People know a counselor only by this name: a role word misleads them, a name another counselor has
  // makes two people one (in the journal, the transfer buttons, "the conversation continues with …").
  if (aliasNamesARole(alias)) return answerStaff(ctx, desk, desk.staff("counselors-alias-role", { alias }));
  if (await counselors.aliasHeldByAnother(ctx.app.db, alias, ctx.person.pseudonym))
    return answerStaff(ctx, desk, desk.staff("counselors-alias-taken", { alias }));
  // People in a conversation met the counselor by this name: it does not change under them.
  const current = await counselorOf(ctx);
  const held = current && current.alias !== alias ? await cases.heldBy(ctx.app.db, current.id) : [];
  if (current && held.length > 0) {
    const refs = held.map((item) => item.ref).join(", ");
    return answerStaff(
      ctx,
      desk,
      desk.staff("counselors-alias-while-holding", { refs, alias: current.alias }),
    );
  }
  // A private chat's id is the user's id: sealed, it is how the relay reaches the counselor.
  await counselors.save(ctx.app.db, {
    pseudonym: ctx.person.pseudonym,
    alias,
    sealedChat: ctx.app.cipher.seal(String(ctx.from.id)),
    // A new counselor reads the desk in their Telegram language until they choose with /lang.
    locale: localeFromTelegram(ctx.from),
    now: new Date(ctx.app.now()),
  });
  // Read back: the replies below speak the language the row now holds.
  const saved = await counselorOf(ctx);
  const lines = [
    desk.staff("counselors-alias-saved", {
      alias,
      shown: desk.t(counselorLocale(desk, saved, ctx.from), "counselors-alias-shown", { alias }),
    }),
  ];
  if (inCounselorGroup(ctx))
    lines.push(desk.staff("counselors-alias-open-private", { bot: ctx.me.username }));
  await answerStaff(ctx, desk, lines.join("\n"));
});

/** /help in a counselor's private chat: writing to the person from here, switching cases, then the whole desk. */
counselorSide
  .chatType("private")
  .command("help", (ctx, next) =>
    withCounselor(ctx, next, (desk) => answerStaff(ctx, desk, privateHelp(ctx, desk))),
  );

/** The desk's help in a counselor's private chat: what happens here, then every desk command. */
function privateHelp(ctx: BotContext, desk: Desk): string {
  return [
    desk.staff("counselors-private-help"),
    `/case REF — ${desk.staff("command-desk-case")}`,
    `/history — ${desk.staff("command-desk-history")}`,
    "",
    desk.staff("counselors-help", { bot: ctx.me.username }),
  ].join("\n");
}

/**
 * A command no feature knows, from a counselor of the group in their private chat: the desk's help, not the
 * people's menu (false: not a counselor, the people's answer follows). In the counselors' group itself, from
 * anyone: that the command does not exist, and the commands that do, in the sender's desk language.
 */
export async function counselorUnknownCommand(ctx: BotContext, command: string): Promise<boolean> {
  const desk = deskFor(ctx);
  if (desk && inCounselorGroup(ctx)) {
    // Read first: the answer speaks their desk language.
    await counselorOf(ctx);
    const say = sayHere(ctx, desk);
    const help = say("counselors-help", { bot: ctx.me.username });
    await answerStaff(ctx, desk, `${say("unhandled-command", { command })}\n\n${help}`);
    return true;
  }
  const counselor = desk && ctx.chat?.type === "private" ? await counselorOf(ctx) : undefined;
  if (!desk || !counselor || !(await isGroupMember(ctx, desk))) return false;
  await ctx.reply(`${desk.staff("unhandled-command", { command })}\n\n${privateHelp(ctx, desk)}`);
  return true;
}

/**
 * /start (or Start) in a registered counselor's private chat, as /alias tells them to press: what
 * they are set up as and what happens here, not the people's welcome. Someone removed from the
 * group is a person again (false).
 */
export async function counselorStart(ctx: BotContext): Promise<boolean> {
  const desk = deskFor(ctx);
  const counselor = desk && ctx.chat?.type === "private" ? await counselorOf(ctx) : undefined;
  if (!desk || !counselor || !(await isGroupMember(ctx, desk))) return false;
  const shown = desk.t(counselorLocale(desk, counselor, ctx.from), "counselors-alias-shown", {
    alias: counselor.alias,
  });
  await ctx.reply(desk.staff("counselors-private-start", { alias: counselor.alias, shown }));
  return true;
}

staffOnly.command("take", (ctx, next) =>
  withCounselor(ctx, next, async (desk, counselor) => {
    const ref = ctx.match.trim().toUpperCase();
    // Without a reference: the case of the topic it is typed in, else how to use it.
    const item = isCaseRef(ref)
      ? await cases.byRef(ctx.app.db, ref)
      : ref === ""
        ? await caseHere(ctx, undefined)
        : undefined;
    if (!item && ref === "") return takeUsage(ctx, desk);
    if (!item) return answerStaff(ctx, desk, desk.staff("counselors-no-such-case"));
    const result = await take(desk, item.id, counselor, ctx.log);
    await answerStaff(ctx, desk, takeAnswer(desk, item.ref, result));
  }),
);

staffOnly.command("case", (ctx, next) =>
  withCounselor(ctx, next, async (desk, counselor) => {
    const ref = ctx.match.trim().toUpperCase();
    const held = await cases.heldBy(ctx.app.db, counselor.id);
    // Alone: which case is current now, and how to switch ("— is not yours" read as an error at night).
    if (ref === "") {
      const current = await currentCase(ctx.app.db, counselor, held);
      const refs = held.map((candidate) => candidate.ref).join(", ") || "—";
      const usage = sayHere(ctx, desk)("counselors-case-usage", { refs });
      const shown = current ? `${caseHeader(desk, current, counselor)}\n` : "";
      return answerStaff(ctx, desk, `${shown}${usage}`);
    }
    const item = held.find((candidate) => candidate.ref === ref);
    if (!item) return answerStaff(ctx, desk, desk.staff("counselors-not-yours", { ref }));
    await counselors.switchToCase(ctx.app.db, counselor.id, item.id);
    await answerStaff(ctx, desk, caseHeader(desk, item, { ...counselor, currentCaseId: item.id }));
  }),
);

staffOnly.command("t", (ctx, next) =>
  withCounselor(ctx, next, async (desk, counselor) => {
    const id = ctx.match.trim();
    if (!id) {
      const locale = counselorLocale(desk, counselor, ctx.from);
      const list = ctx.app.content.templates.map(
        (template) => `/t ${template.id} — ${templateTitle(template, locale)}`,
      );
      return answerStaff(ctx, desk, [desk.staff("counselors-templates"), ...list].join("\n"));
    }
    const template = findTemplate(ctx.app.content.templates, id);
    if (!template) return answerStaff(ctx, desk, desk.staff("counselors-no-template", { id }));
    const item = await caseHere(ctx, counselor);
    if (!item && inCounselorGroup(ctx)) return answerNoCase(ctx, desk);
    if (!item || !holds(item, counselor.id)) {
      return answerHint(ctx, desk, "counselors-take-first");
    }
    const text = renderTemplate(template, item.locale, counselor.alias);
    const source = inCounselorGroup(ctx) ? "g" : `c${counselor.id}`;
    const origin = { source, messageId: ctx.msg?.message_id ?? 0 };
    const result = await sendTextToPerson(desk, item, counselor, text, origin, ctx.log);
    // Undelivered: the line saying so was given already.
    if (result === "sent")
      await answerStaff(
        ctx,
        desk,
        desk.staff("counselors-template-sent", {
          ref: item.ref,
          language: caseLabels(desk, counselorLocale(desk, counselor, ctx.from)).language(item.locale),
          text,
        }),
      );
    if (result === "no-case") await answerStaff(ctx, desk, desk.staff("counselors-no-such-case"));
  }),
);

/** The transcript kept under consent "history" for the person of the counselor's current case. */
staffOnly.command("history", (ctx, next) =>
  withCounselor(ctx, next, async (desk, counselor) => {
    // Never in the group: every member reads it there.
    if (inCounselorGroup(ctx)) return answerHint(ctx, desk, "counselors-history-in-group");
    const item = await caseHere(ctx, counselor);
    if (!item || item.counselorId !== counselor.id || !item.pseudonym) {
      return answerHint(ctx, desk, "counselors-take-first");
    }
    const lines = (await history.of(ctx.app.db, item.pseudonym, new Date(ctx.app.now()))).map(
      (entry) => `[${entry.caseRef}] ${transcriptLine(desk, entry, desk.staff)}`,
    );
    if (lines.length === 0) return ctx.reply(desk.staff("counselors-history-none"));
    for (const chunk of chunkLines(lines)) await ctx.reply(chunk);
  }),
);

// ── Buttons ────────────────────────────────────────────────────────────────

counselorSide.callbackQuery(
  ...caseAction.handle(async (ctx, action, caseId, seal) => {
    const desk = deskFor(ctx);
    if (!desk) return ctx.answerCallbackQuery();
    // Read first: a forged press is answered in the counselor's desk language too.
    const counselor = await counselorOf(ctx);
    if (!sealedFor(ctx, caseId, seal)) return answerForged(ctx, desk);
    // Someone without an alias first: a person's forged button learns nothing of the desk (not even a case).
    if (!counselor)
      return ctx.answerCallbackQuery({ text: await notOnDesk(ctx, desk), show_alert: inCounselorGroup(ctx) });
    const item = await cases.byId(ctx.app.db, caseId);
    if (!item || item.status === "closed") {
      await ctx.answerCallbackQuery({ text: desk.staff("counselors-no-such-case") });
      return;
    }
    if (!(await isGroupMember(ctx, desk))) {
      await ctx.answerCallbackQuery({ text: desk.staff("counselors-removed"), show_alert: true });
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
    const onHead = isHead(ctx, item);
    // Back on the head only turns its buttons back; elsewhere it withdraws someone's question.
    if ((action !== "back" || !onHead) && !(await mayManage(ctx, desk, item, counselor))) {
      await ctx.answerCallbackQuery({ text: desk.staff("counselors-not-allowed"), show_alert: true });
      return;
    }
    await ctx.answerCallbackQuery();
    if (action === "back" && !onHead) {
      await ctx.editMessageText(sayHere(ctx, desk)("counselors-confirm-cancelled")).catch(() => {});
      return;
    }
    await refreshHead(desk, item.id, action === "back" ? "main" : action);
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
  const replied = message.reply_to_message;
  const { held, repliedCaseId } = await caseMessages.heldWithReplied(
    ctx.app.db,
    counselor.id,
    replied?.message_id,
  );
  // Removed from the group, a counselor no longer reaches anyone (their cases went back to the queue). One who
  // had cases in this chat, or replies to a copy, is writing to a person: told why nothing goes; anyone else
  // asks as any person does.
  if (!(await isGroupMember(ctx, desk))) {
    if (held.length === 0 && !replied && counselor.headerCaseId === null) return next();
    await ctx.reply(desk.staff("counselors-removed"));
    return;
  }
  // No case open: what a counselor writes here is work, not a person's question; the desk's short help.
  if (held.length === 0 && !replied) return ctx.reply(desk.staff("counselors-private-idle"));
  const targetId = replied ? repliedCaseId : (await currentCase(ctx.app.db, counselor, held))?.id;
  const item = held.find((candidate) => candidate.id === targetId);
  if (!item) {
    // A reply to a closed case (its message map is gone) or to someone else's: sent nowhere.
    if (replied || held.length === 0) return ctx.reply(desk.staff("counselors-reply-not-open"));
    await ctx.reply(desk.staff("counselors-which-case", { refs: held.map((c) => c.ref).join(", ") }));
    return;
  }
  if (isInternalNote(message)) return postPrivateNote(desk, item, counselor, message, ctx.log);
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
  if (!item || item.status === "closed" || !(await isGroupMember(ctx, desk))) return next();
  await mirrorCounselorEdit(desk, item, `c${counselor.id}`, ctx.editedMessage);
});

/** `/take` alone: how to use it, and when exactly one case waits, a button that takes it. */
async function takeUsage(ctx: BotContext, desk: Desk): Promise<void> {
  // In the group, one language for all of it, the button too: anyone there may read and press it.
  const say = sayHere(ctx, desk);
  const usage = say("counselors-take-usage");
  const queued = await caseQueue.inOrder(ctx.app.db);
  const only = queued.length === 1 ? queued[0] : undefined;
  if (!only) return answerStaff(ctx, desk, usage);
  const keyboard = new InlineKeyboard().text(
    `${say("counselors-button-take")} ${only.ref}`,
    caseAction.encode("take", only.id, caseSeal(desk, only.id)),
  );
  await answerStaff(
    ctx,
    desk,
    `${usage}\n${say("counselors-take-one-waiting", { ref: only.ref })}`,
    keyboard,
  );
}

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
