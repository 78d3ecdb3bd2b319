// What a person gets when their update could not be handled: never silence. Everything here
// comes from memory (texts, crisis patterns), so it works with the database down:
// - a crisis message gets the crisis reply, unless src/crisis-reply already answered it before the
//   failure: with the database down, the numbers, the 114 hotline and the safety steps, no counselor
//   and no button (neither could work); otherwise the full reply (a counselor by the duty hours);
// - with the database unreachable, everyone gets the emergency numbers, the 114 hotline and
//   "please try again in a few minutes", in their Telegram language;
// - any other failure gets the generic apology (which also names 112);
// - a counselor acting in the counselors' group while the database is down is told in the desk's
//   words (nothing was done, nothing reached the person, try again), never the people's text.

import type { I18n } from "@grammyjs/i18n";
import type { BotError } from "grammy";
import type { AppServices, BaseContext } from "../bot/context.ts";
import {
  answeredAsCrisis,
  type CounselorDuty,
  type CrisisReplyOptions,
  composeCrisisReply,
  composeOutageCrisisReply,
  crisisAboutOf,
  crisisMatchesOf,
} from "../bot/safety.ts";
import type { Locale } from "../config/index.ts";
import type { CrisisCategory } from "../crisis/categories.ts";
import type { CrisisDetector, CrisisMatch } from "../crisis/detector.ts";
import type { Database } from "../db/connect.ts";
import { ping } from "../db/health.ts";
import { localeFromTelegram } from "../i18n/index.ts";
import { errorLog } from "../logger.ts";
import type { Metrics } from "../observability/metrics.ts";

/** The crisis categories in a private text or caption, most severe first; empty for none. */
export function crisisIn(ctx: BaseContext, detector: CrisisDetector): CrisisCategory[] {
  return crisisMatchesIn(ctx, detector).map((match) => match.category);
}

function crisisMatchesIn(ctx: BaseContext, detector: CrisisDetector): CrisisMatch[] {
  if (ctx.chat?.type !== "private") return [];
  const message = ctx.message ?? ctx.editedMessage;
  const text = message?.text ?? message?.caption;
  return text ? crisisMatchesOf(ctx.update, text, detector) : [];
}

const PROBE_MS = 2_000;

/** True when the database does not answer a trivial query within two seconds. */
export async function databaseDown(db: Database): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(true), PROBE_MS);
  });
  const probe = ping(db).then(
    () => false,
    () => true,
  );
  const down = await Promise.race([probe, timeout]);
  clearTimeout(timer);
  return down;
}

/** The crisis reply of src/crisis-reply, from memory: the duty state comes from the hours alone. */
function crisisReply(
  i18n: I18n<BaseContext>,
  duty: CounselorDuty,
  app: AppServices,
  locale: Locale,
  categories: CrisisCategory[],
  options: CrisisReplyOptions,
) {
  return composeCrisisReply(
    (key, variables) => i18n.t(locale, key, variables),
    locale,
    categories,
    duty.scheduled(app),
    (locale, at) => duty.formatOpening(app, locale, at),
    options,
  );
}

export type FailureKind = "database" | "telegram" | "handler";

function failureKind(error: unknown, dbDown: boolean): FailureKind {
  if (dbDown) return "database";
  const name = (error as Error | undefined)?.name ?? "";
  return name === "GrammyError" || name === "HttpError" ? "telegram" : "handler";
}

export interface SafetyNetDeps {
  detector: CrisisDetector;
  duty: CounselorDuty;
  metrics?: Metrics;
  /** Called once the person was answered, when the embedded database failed for good (the runtime then restarts). */
  databaseLost?: () => void;
}

export function replyKindlyOnError(i18n: I18n<BaseContext>, deps: SafetyNetDeps) {
  const answer = answerFailure(i18n, deps);
  return async (error: BotError<BaseContext>): Promise<void> => {
    const lost = error.ctx.app.db.failedForGood?.(error.error) ?? false;
    await answer(error, lost);
    if (lost) deps.databaseLost?.();
  };
}

function answerFailure(i18n: I18n<BaseContext>, { detector, duty, metrics }: SafetyNetDeps) {
  return async (error: BotError<BaseContext>, lost: boolean): Promise<void> => {
    const ctx = error.ctx;
    const cause = error.error instanceof Error ? error.error : new Error(String(error.error));
    // Lost files still answer a trivial query from memory: the failure itself says the database is down.
    const dbDown = lost || (await databaseDown(ctx.app.db));
    const kind = failureKind(cause, dbDown);
    metrics?.errors.inc({ kind });
    (ctx.log ?? ctx.app.logger).error({ kind, err: errorLog(cause) }, "update failed");
    if (dbDown && inCounselorGroup(ctx)) return tellDesk(i18n, ctx);
    if (ctx.chat?.type !== "private") return;
    const staff = dbDown ? await duty.counselorDuringOutage(ctx) : undefined;
    if (staff !== undefined) return tellCounselor(i18n, ctx, staff);
    const locale = localeFromTelegram(ctx.from) ?? ctx.app.config.DEFAULT_LOCALE;
    const matches = answeredAsCrisis(ctx.update) ? [] : crisisMatchesIn(ctx, detector);
    const crisis = matches.map((match) => match.category);
    try {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => {});
      if (crisis.length > 0) {
        // The database down: a counselor cannot be connected, so none is offered; the reply says so itself.
        const message = ctx.message ?? ctx.editedMessage;
        const about = crisisAboutOf(message?.text ?? message?.caption ?? "", locale);
        const actDone = matches.some((match) => match.done);
        const reply = dbDown
          ? composeOutageCrisisReply(
              (key, variables) => i18n.t(locale, key, variables),
              crisis,
              about,
              actDone,
            )
          : crisisReply(i18n, duty, ctx.app, locale, crisis, { about, actDone });
        await ctx.reply(reply.text, reply.keyboard ? { reply_markup: reply.keyboard } : {});
        ctx.log.warn({ crisis }, "crisis signal answered from memory");
        return;
      }
      await ctx.reply(i18n.t(locale, dbDown ? "service-unavailable" : "error-generic"));
    } catch {
      // Telegram itself is unreachable: nothing more can be said to the person.
    }
  };
}

function inCounselorGroup(ctx: BaseContext): boolean {
  const groupId = ctx.app.config.COUNSELOR_CHAT_ID;
  return groupId !== undefined && ctx.chat?.id === groupId;
}

/**
 * A button, a command or a message in a case's topic (a reply to the person, a note) that the
 * database could not take: said where it was done, in the counselor's language (their /lang is
 * in the database: their Telegram language, else the group's). Chatter in the General topic is
 * left alone, so an outage does not fill the group.
 */
async function tellDesk(i18n: I18n<BaseContext>, ctx: BaseContext): Promise<void> {
  const config = ctx.app.config;
  const locale = localeFromTelegram(ctx.from) ?? config.COUNSELOR_LOCALE ?? config.DEFAULT_LOCALE;
  const text = i18n.t(locale, "counselors-outage");
  const message = ctx.message;
  try {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text, show_alert: true });
    else if (message && (message.is_topic_message || message.text?.startsWith("/")))
      await ctx.reply(text, {
        ...(message.is_topic_message ? { message_thread_id: message.message_thread_id } : {}),
        reply_parameters: { message_id: message.message_id, allow_sending_without_reply: true },
      });
  } catch {
    // Telegram itself is unreachable: nothing more can be said.
  }
}

/**
 * A counselor in their private chat while the database is down: their own words (what happened, that nothing
 * already there is lost, what to do), in their desk language, not the people's "try again later".
 */
async function tellCounselor(
  i18n: I18n<BaseContext>,
  ctx: BaseContext,
  chosen: Locale | null,
): Promise<void> {
  const config = ctx.app.config;
  const locale = chosen ?? localeFromTelegram(ctx.from) ?? config.COUNSELOR_LOCALE ?? config.DEFAULT_LOCALE;
  const text = i18n.t(locale, "counselors-outage-private");
  try {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text, show_alert: true });
    else await ctx.reply(text);
  } catch {
    // Telegram itself is unreachable: nothing more can be said.
  }
}
