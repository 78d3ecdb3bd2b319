// What the triage may say about a counselor at this moment, read as the crisis reply reads it
// (src/bot/safety.ts): off duty, "someone is in danger now" is never promised a counselor now.
import { InlineKeyboard } from "grammy";
import type { BaseContext, BotContext } from "../bot/context.ts";
import { talkToPerson } from "../bot/links.ts";
import type { CounselorDuty } from "../bot/safety.ts";
import { canTalk } from "../bot/talk.ts";
import { isLocale } from "../i18n/index.ts";
import type { FaqLocale } from "../knowledge/schema.ts";

/** The person's language, as the knowledge base and the regions name things in it. */
export async function localeOf(ctx: BaseContext): Promise<FaqLocale> {
  const locale = await ctx.i18n.getLocale();
  return isLocale(locale) ? locale : ctx.app.config.DEFAULT_LOCALE;
}

/**
 * What the triage may say about a counselor at this moment (README: off duty, never a counselor "now"): "on", one
 * may write here; "off" until the shift it names; "away", paused or not known (no promise of when); "none", no
 * counselors' group to reach, or this person is blocked: the emergency numbers and the hotline only.
 */
export type Reach = { kind: "on" } | { kind: "off"; when: string } | { kind: "away" } | { kind: "none" };

export async function counselorReach(outer: BotContext, duty: CounselorDuty): Promise<Reach> {
  if (!(await canTalk(outer))) return { kind: "none" };
  const availability = await duty.availability(outer.app);
  if (availability.kind === "on" || availability.kind === "none") return { kind: availability.kind };
  if (availability.kind === "off" && availability.opensAt !== undefined) {
    const when = duty.formatOpening(outer.app, await localeOf(outer), availability.opensAt);
    return { kind: "off", when };
  }
  return { kind: "away" };
}

/** The button to a counselor as it is true now: to talk on duty, to leave a message otherwise. */
export function counselorButton(ctx: BaseContext, reach: Reach): string | undefined {
  if (reach.kind === "none") return undefined;
  return ctx.t(reach.kind === "on" ? "menu-talk" : "crisis-leave-message-button");
}

/** Right after "someone is in danger now": 112 first, then what is true about a counselor. */
export async function tellUrgentFirst(ctx: BaseContext, reach: Reach): Promise<void> {
  const button = counselorButton(ctx, reach);
  const text =
    reach.kind === "none"
      ? ctx.t("emergency-line")
      : reach.kind === "off"
        ? ctx.t("triage-urgent-first-off", { when: reach.when })
        : ctx.t(`triage-urgent-first-${reach.kind}`);
  if (!button) return void (await ctx.reply(text));
  const keyboard = new InlineKeyboard().text(button, talkToPerson.encode("triage"));
  await ctx.reply(text, { reply_markup: keyboard });
}
