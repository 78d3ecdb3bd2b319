// "Talk to a person" is offered only where pressing it will not refuse: a person a counselor blocked (/block)
// is offered no such button until the block ends, and is told instead what they can do meanwhile. A crisis
// reply still offers one (src/bot/safety.ts): a crisis overrides a block. src/counselors refuses a stale button.
import * as cases from "../db/cases.ts";
import * as moderation from "../db/moderation.ts";
import { untilDate } from "../i18n/dates.ts";
import { isLocale } from "../i18n/index.ts";
import type { BaseContext } from "./context.ts";

// Read once per update: a message may offer the button in several places.
const blocks = new WeakMap<BaseContext, Promise<Date | undefined>>();

/** Until when this person may not start a conversation with a counselor; undefined: they may. */
export function talkBlockedUntil(ctx: BaseContext): Promise<Date | undefined> {
  const person = ctx.person;
  if (!person) return Promise.resolve(undefined);
  let until = blocks.get(ctx);
  if (!until) {
    // Unknown (the database cannot say) is no reason to hide the way to a person: the button checks again.
    until = moderation
      .blockedUntil(ctx.app.db, person.pseudonym, new Date(ctx.app.now()))
      .catch(() => undefined);
    blocks.set(ctx, until);
  }
  return until;
}

/** Whether "Talk to a person" may be offered to this person now. */
export async function canTalk(ctx: BaseContext): Promise<boolean> {
  return (await talkBlockedUntil(ctx)) === undefined;
}

/** Until when this person may not start a conversation with a counselor, as the texts say the day; undefined: they may. */
export async function talkBlockedDate(ctx: BaseContext): Promise<string | undefined> {
  const until = await talkBlockedUntil(ctx);
  if (!until) return undefined;
  const chosen = await ctx.i18n.getLocale();
  return untilDate(
    isLocale(chosen) ? chosen : ctx.app.config.DEFAULT_LOCALE,
    until,
    ctx.app.config.TIME_ZONE,
  );
}

/**
 * Whether a blocked person is in a conversation all the same (a crisis overrides a block): then "you cannot start
 * one until …" would contradict "you are first in the queue". Unknown (the database cannot say) reads as no.
 */
export async function talkingDespiteBlock(ctx: BaseContext): Promise<boolean> {
  const person = ctx.person;
  if (!person || (await talkBlockedUntil(ctx)) === undefined) return false;
  const open = await cases.openCaseOf(ctx.app.db, person.pseudonym).catch(() => undefined);
  return open !== undefined;
}
