// The person's rights over their data: /privacy (what is kept now, why and until when, with a
// button to allow or withdraw each purpose), /mydata (the same in plain words with how to erase
// it, and all of it as a JSON file on request) and /forget
// (erase everything at once, and delete this chat's recent messages: a quick exit for
// someone on a shared phone).

import { InlineKeyboard, InputFile, type MiddlewareFn } from "grammy";
import { z } from "zod";
import { awaitAnswer } from "../bot/awaiting.ts";
import { callbackCodec } from "../bot/callback-data.ts";
import { Composer } from "../bot/composer.ts";
import type { BaseContext, BotContext } from "../bot/context.ts";
import type { Feature } from "../bot/feature.ts";
import { menuEntry, showMainMenu } from "../bot/menu.ts";
import { emergencyNumberLines } from "../bot/safety.ts";
import { talkBlockedDate } from "../bot/talk.ts";
import { CONSENT_PURPOSES, type ConsentPurpose, consentsOf, giveConsent } from "../consent/index.ts";
import { CRISIS_WINDOW_MS, type CrisisCategory } from "../crisis/categories.ts";
import * as counselors from "../db/counselors.ts";
import * as personalData from "../db/personal-data.ts";
import { kazakhDateCase } from "../i18n/kazakh-dates.ts";
import { errorLog } from "../logger.ts";
import { DAY_MS } from "../time/durations.ts";
import { deletableBatches, noteMessage } from "./chat-trail.ts";
import { personalDataDocument } from "./personal-data.ts";

/** Tables /privacy can name in plain words; any other is shown by its table name. */
const NAMED_RECORDS = new Set(["counsel_case", "case_link", "case_history", "case_block", "counselor"]);

// "withdraw" asks first when it would end an open conversation with a counselor; "confirm" then withdraws, "keep" not.
const privacyChoice = callbackCodec(
  "privacy",
  z.tuple([z.enum(["allow", "withdraw", "confirm", "keep"]), z.enum(CONSENT_PURPOSES)]),
);
const forgetAnswer = callbackCodec("forget", z.tuple([z.enum(["yes", "no"])]));
const dataFile = callbackCodec("mydata", z.tuple([z.literal("json")]));

/**
 * Remembers where this chat's last 48 hours begin (see chat-trail.ts). Registered before the
 * conversations plugin, so that messages a conversation takes are counted too.
 */
export const rememberChatTrail: MiddlewareFn<BotContext> = (ctx, next) => {
  if (ctx.chat?.type === "private" && ctx.message && ctx.person) {
    ctx.session.chatTrail = noteMessage(ctx.session.chatTrail, ctx.message.message_id, ctx.app.now());
  }
  return next();
};

/**
 * A button pressed by someone the bot holds nothing about is from before /forget (or before their session
 * expired): it belongs to someone the bot no longer knows and must change nothing (an old consent question
 * would grant the consent and open a case, a language button choose a language). It is answered as stale,
 * with the menu. Every private message leaves a session (rememberChatTrail), so a button of the person's
 * present always finds one. A counselor's desk buttons, and what `exempt` names (the sealed rating of a
 * closed case: anonymous, and already done), go on.
 */
export function staleWithoutSession(options: {
  exempt: (data: string) => boolean;
}): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const data = ctx.callbackQuery?.data;
    if (
      data === undefined ||
      ctx.chat?.type !== "private" ||
      !ctx.person ||
      Object.keys(ctx.session).length > 0 ||
      options.exempt(data) ||
      (await counselors.byPseudonym(ctx.app.db, ctx.person.pseudonym))
    )
      return next();
    await ctx.answerCallbackQuery({ text: ctx.t("stale-button") });
    await showMainMenu(ctx);
  };
}

/** Kazakh dates carry their case ending: "{ $until } дейін" needs the dative, "{ $date } … берілді" the locative. */
async function formatDate(ctx: BaseContext, date: Date, kazakhCase: "dative" | "locative"): Promise<string> {
  const locale = await ctx.i18n.getLocale();
  const formatted = new Intl.DateTimeFormat(locale, {
    dateStyle: "long",
    timeZone: ctx.app.config.TIME_ZONE,
  }).format(date);
  return locale === "kk" ? kazakhDateCase(formatted, kazakhCase) : formatted;
}

function purposeName(ctx: BaseContext, purpose: ConsentPurpose): string {
  return ctx.t(`privacy-purpose-${purpose}`);
}

async function showPrivacy(ctx: BotContext): Promise<void> {
  const view = await storedView(ctx);
  if (!view) return;
  // The promise and its one limit, in the welcome's and the FAQ's very words: what is kept is only half the promise,
  // and the limit alone would not say what it limits.
  view.lines.push(ctx.t("privacy-confidential"), ctx.t("privacy-footer"));
  await ctx.reply(view.lines.join("\n\n"), { reply_markup: view.keyboard });
}

/** What is kept now, in plain words: settings, each purpose (with its button), other records and until when. */
async function storedView(
  ctx: BotContext,
): Promise<{ lines: string[]; keyboard: InlineKeyboard } | undefined> {
  const pseudonym = ctx.person?.pseudonym;
  if (!pseudonym) return undefined;
  const { config, db } = ctx.app;
  const given = new Map((await consentsOf(db, pseudonym)).map((record) => [record.purpose, record]));
  // This very message keeps the session for another SESSION_IDLE_DAYS.
  const sessionUntil = new Date(ctx.app.now() + config.SESSION_IDLE_DAYS * DAY_MS);
  const lines = [
    ctx.t("privacy-title"),
    ctx.t("privacy-state", {
      until: await formatDate(ctx, sessionUntil, "dative"),
      days: config.SESSION_IDLE_DAYS,
    }),
  ];
  const keyboard = new InlineKeyboard();
  for (const purpose of CONSENT_PURPOSES) {
    const record = given.get(purpose);
    const explain = ctx.t(`privacy-explain-${purpose}`, { days: config.HISTORY_DAYS });
    const name = purposeName(ctx, purpose);
    if (record) {
      const date = await formatDate(ctx, record.grantedAt, "locative");
      lines.push(ctx.t("privacy-consent-on", { purpose: name, date, explain }));
      keyboard
        .text(ctx.t("privacy-withdraw", { purpose: name }), privacyChoice.encode("withdraw", purpose))
        .row();
    } else {
      lines.push(ctx.t("privacy-consent-off", { purpose: name, explain }));
      keyboard.text(ctx.t("privacy-allow", { purpose: name }), privacyChoice.encode("allow", purpose)).row();
    }
  }
  const records = await personalData.recordsOf(db, pseudonym, "consent");
  if (records.length > 0) {
    const described = await Promise.all(records.map((record) => describeRecord(ctx, record)));
    lines.push(ctx.t("privacy-records", { records: described.join(", ") }));
  }
  return { lines, keyboard };
}

/**
 * One kind of record in plain words, with its count and until when. Conversations say how many are open
 * and how many closed; kept messages say that each goes HISTORY_DAYS after it was written, the last when.
 */
async function describeRecord(
  ctx: BotContext,
  record: { table: string } & personalData.RecordSummary,
): Promise<string> {
  const table = NAMED_RECORDS.has(record.table) ? ctx.t(`privacy-table-${record.table}`) : record.table;
  const until = record.until ? await formatDate(ctx, record.until, "dative") : undefined;
  if (record.table === "counsel_case" && record.open !== undefined)
    return ctx.t("privacy-record-cases", { table, open: record.open, closed: record.rows - record.open });
  if (record.table === "case_history" && until)
    return ctx.t("privacy-record-history", {
      table,
      count: record.rows,
      days: ctx.app.config.HISTORY_DAYS,
      until,
    });
  return until
    ? ctx.t("privacy-record-until", { table, count: record.rows, until })
    : ctx.t("privacy-record", { table, count: record.rows });
}

/** Everything stored, as a JSON file: the extra that /mydata's summary offers with a button. */
async function sendDataFile(ctx: BotContext): Promise<void> {
  const pseudonym = ctx.person?.pseudonym;
  if (!pseudonym) return;
  const document = await personalDataDocument(ctx.app.db, pseudonym, ctx.app.now());
  const file = new InputFile(Buffer.from(`${JSON.stringify(document, null, 2)}\n`, "utf8"), "my-data.json");
  await ctx.replyWithDocument(file, { caption: ctx.t("mydata-caption") });
  ctx.log.info("personal data exported");
}

/** The person's open conversation with a counselor, as withdrawing would end it: where it stands, its crisis signals. */
export interface EndingCase {
  status: "queued" | "active";
  crises: readonly CrisisCategory[];
}

export interface PrivacyRightsDeps {
  /** Withdraws one purpose and runs what the features delete with it (src/consent, built by createBot). */
  revokeConsent(ctx: BaseContext, purpose: ConsentPurpose): Promise<boolean>;
  /** The open case withdrawing "counselor" would close (src/counselors), if any. */
  openCase(ctx: BotContext): Promise<EndingCase | undefined>;
}

export function privacyRightsFeature({ revokeConsent, openCase }: PrivacyRightsDeps): Feature {
  const composer = new Composer<BotContext>();
  const privateChats = composer.chatType("private");
  privateChats.command("privacy", showPrivacy);
  privateChats.callbackQuery(...menuEntry("privacy", showPrivacy));

  privateChats.callbackQuery(
    ...privacyChoice.handle(async (ctx, choice, purpose) => {
      await ctx.answerCallbackQuery();
      await ctx.editMessageReplyMarkup().catch(() => {});
      if (choice === "keep") return void (await ctx.reply(ctx.t("privacy-withdraw-kept")));
      // One tap must not end a conversation (perhaps a crisis) unasked: it is named first, as /forget does.
      const ending = purpose === "counselor" ? await openCase(ctx) : undefined;
      if (choice === "withdraw" && ending) {
        const keyboard = new InlineKeyboard()
          .text(ctx.t("privacy-withdraw-end-yes"), privacyChoice.encode("confirm", purpose))
          .row()
          .text(ctx.t("privacy-withdraw-end-no"), privacyChoice.encode("keep", purpose));
        const asked = await ctx.reply(ctx.t(`privacy-withdraw-end-${ending.status}`), {
          reply_markup: keyboard,
        });
        awaitAnswer(ctx, asked.message_id);
        return;
      }
      if (choice !== "allow") {
        await revokeConsent(ctx, purpose);
        ctx.log.info({ purpose }, "consent withdrawn");
        const t = (key: string) => ctx.t(key);
        // Someone blocked cannot start a conversation again: told what does reach a counselor, not the button.
        const again = (await talkBlockedDate(ctx)) ? "safety-blocked" : "privacy-withdrawn-safety";
        const safety =
          ending && ending.crises.length > 0 ? [...emergencyNumberLines(t, ending.crises), t(again)] : [];
        await ctx.reply(
          [t(ending ? "privacy-withdrawn-ended" : "privacy-withdrawn"), ...safety].join("\n\n"),
        );
      } else {
        await giveConsent(ctx, purpose);
        ctx.log.info({ purpose }, "consent given");
        await ctx.reply(ctx.t("privacy-allowed"));
      }
      await showPrivacy(ctx);
    }),
  );

  // A readable summary first (what, until when, how to erase it); the machine-readable file on request.
  privateChats.command("mydata", async (ctx) => {
    const view = await storedView(ctx);
    if (!view) return;
    view.lines.push(ctx.t("mydata-footer"));
    const keyboard = new InlineKeyboard().text(ctx.t("mydata-file"), dataFile.encode("json"));
    await ctx.reply(view.lines.join("\n\n"), { reply_markup: keyboard });
  });
  privateChats.callbackQuery(
    ...dataFile.handle(async (ctx) => {
      await ctx.answerCallbackQuery();
      await sendDataFile(ctx);
    }),
  );

  privateChats.command("forget", async (ctx) => {
    const keyboard = new InlineKeyboard()
      .text(ctx.t("forget-yes"), forgetAnswer.encode("yes"))
      .row()
      .text(ctx.t("forget-no"), forgetAnswer.encode("no"));
    // A counselor's block outlives /forget (src/db/personal-data.ts): a blocked person is told so before choosing.
    const blocked = await talkBlockedDate(ctx);
    const question = blocked ? ctx.t("forget-confirm-blocked", { date: blocked }) : ctx.t("forget-confirm");
    const asked = await ctx.reply(question, { reply_markup: keyboard });
    // Erasing everything is asked once, with its buttons: a sticker meanwhile is pointed back to it.
    awaitAnswer(ctx, asked.message_id);
  });

  privateChats.callbackQuery(
    ...forgetAnswer.handle(async (ctx, answer) => {
      await ctx.answerCallbackQuery();
      const pseudonym = ctx.person?.pseudonym;
      if (answer === "no" || !pseudonym) {
        await ctx.editMessageReplyMarkup().catch(() => {});
        await ctx.reply(ctx.t("forget-kept"));
        return;
      }
      // A crisis signal of this visit: the last message still carries the emergency numbers.
      const crisis = ctx.session.lastCrisis;
      const crises =
        crisis && ctx.app.now() - crisis.at <= CRISIS_WINDOW_MS
          ? (crisis.categories ?? [crisis.category])
          : [];
      const blocked = await talkBlockedDate(ctx);
      // An open conversation would otherwise be written back after this handler.
      await ctx.conversation.exitAll();
      // Revoking runs every withdrawal hook first (e.g. an open case is closed and its counselor told).
      for (const purpose of CONSENT_PURPOSES) await revokeConsent(ctx, purpose);
      const erased = await personalData.erase(ctx.app.db, pseudonym);
      let deleted = 0;
      for (const batch of deletableBatches(
        ctx.session.chatTrail,
        ctx.app.now(),
        ctx.callbackQuery.message?.message_id ?? 0,
      )) {
        try {
          await ctx.api.deleteMessages(ctx.chat!.id, batch);
          deleted += batch.length;
        } catch (error) {
          // Some messages are too old or already gone: the others are still worth deleting.
          ctx.log.warn({ err: errorLog(error) }, "delete messages failed");
        }
      }
      // No session may be written back for this person after the erasure.
      ctx.session = null;
      ctx.log.info({ erased, deletedMessageIds: deleted }, "person forgotten");
      // Nothing in the logs may link what they write next to what they wrote before.
      ctx.app.logTag.rotate(pseudonym);
      const t = (key: string) => ctx.t(key);
      const again = blocked ? "safety-blocked" : "forget-done-safety";
      const safety = crises.length > 0 ? [...emergencyNumberLines(t, crises), t(again)] : [];
      const done = blocked ? ctx.t("forget-done-blocked", { date: blocked }) : t("forget-done");
      await ctx.reply([done, ...safety].join("\n\n"));
    }),
  );
  return { composer };
}
