// The person's consents as the counselors' desk answers them: "talk to a person" granted opens a case (or says
// where an open one stands), history kept or not; withdrawing consent (or /forget) closes the open case at once.
import type { BotContext } from "../bot/context.ts";
import { TALK_SOURCES, type TalkSource } from "../bot/links.ts";
import { menuButtonKeyboard, showMainMenu } from "../bot/menu.ts";
import type { ConsentContinuation, ConsentContribution } from "../consent/index.ts";
import { type CrisisCategory, mostUrgentFirst } from "../crisis/categories.ts";
import { setKeepHistory } from "../db/case-language.ts";
import * as cases from "../db/cases.ts";
import * as closedCases from "../db/closed-cases.ts";
import * as history from "../db/history.ts";
import type { Desk } from "./desk.ts";
import { closeTellingCrisis } from "./ended-by-person.ts";
import { openCase } from "./escalation.ts";
import { forgetMessages } from "./led-here.ts";
import { desk, tellStanding } from "./person-case.ts";
import { deleteTopic } from "./topic.ts";

/** The person's open case, when an answer to an old consent question comes while one is open already. */
async function openAlready(ctx: BotContext): Promise<{ here: Desk; open: cases.Case } | undefined> {
  const here = desk(ctx);
  const open = here && ctx.person ? await cases.openCaseOf(ctx.app.db, ctx.person.pseudonym) : undefined;
  return here && open ? { here, open } : undefined;
}

/** The open case withdrawing consent 1 would close, for /privacy to name before it does, with its crisis signals. */
export async function caseEndedByWithdrawal(
  ctx: BotContext,
): Promise<{ status: "queued" | "active"; crises: CrisisCategory[] } | undefined> {
  const already = await openAlready(ctx);
  const status = already?.open.status;
  if (!already || (status !== "queued" && status !== "active")) return undefined;
  return { status, crises: mostUrgentFirst(cases.crisesOf(already.open.summary)) };
}

/** "This question is no longer open", then the open case's standing with its end button; else the menu under it. */
async function standingAfterStale(ctx: BotContext, said: string): Promise<void> {
  const already = await openAlready(ctx);
  if (!already) return showMainMenu(ctx, said);
  await ctx.reply(said);
  await tellStanding(ctx, already.here, already.open);
}

function talkAnswer(source: TalkSource): ConsentContinuation {
  return {
    stale: standingAfterStale,
    granted: async (ctx) => {
      const here = desk(ctx);
      if (here) await openCase(ctx, here, source);
    },
    declined: async (ctx) => {
      // An old question answered "not now" while a conversation runs: it stays, and the person hears where they are.
      const already = await openAlready(ctx);
      if (already) return tellStanding(ctx, already.here, already.open);
      forgetMessages(ctx);
      await ctx.reply(ctx.t("counselors-consent-declined"), { reply_markup: menuButtonKeyboard(ctx) });
    },
  };
}

export const personConsent: ConsentContribution = {
  answers: {
    ...Object.fromEntries(TALK_SOURCES.map((source) => [`talk.${source}`, talkAnswer(source)])),
    "talk.history": {
      // Asked for the case just opened: once it has ended, there is nothing to keep.
      stands: async (ctx) => (await openAlready(ctx)) !== undefined,
      stale: standingAfterStale,
      granted: async (ctx) => {
        if (ctx.person) await setKeepHistory(ctx.app.db, ctx.person.pseudonym, true);
        await ctx.reply(ctx.t("counselors-history-kept", { days: ctx.app.config.HISTORY_DAYS }));
      },
      declined: (ctx) => ctx.reply(ctx.t("counselors-history-not-kept")),
    },
  },
  withdrawn: {
    // Withdrawing consent 1 (or /forget) closes the open case at once and deletes the link.
    counselor: async (ctx, pseudonym) => {
      const here = desk(ctx);
      const item = await cases.openCaseOf(ctx.app.db, pseudonym);
      if (!here || !item) return;
      // A case with a crisis signal: whoever was on it is told so, to judge the risk before the topic (with the
      // person's words) is erased as promised; a case nobody held is told to the group.
      await closeTellingCrisis(here, item, "withdrawn", "counselors-notice-withdrawn", ctx.log);
    },
    // Withdrawing history deletes kept texts and kept topics, and stops keeping new ones.
    history: async (ctx, pseudonym) => {
      const here = desk(ctx);
      await setKeepHistory(ctx.app.db, pseudonym, false);
      await history.deleteOf(ctx.app.db, pseudonym);
      for (const kept of await closedCases.keptCasesOf(ctx.app.db, pseudonym)) {
        if (here && kept.threadId) await deleteTopic(here, kept.threadId).catch(() => {});
        await closedCases.forgetClosed(ctx.app.db, kept.id);
      }
    },
  },
};
