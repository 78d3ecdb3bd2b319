// The person blocked the bot during a case: whoever follows it learns that nothing more will reach them.
import type { BotContext } from "../bot/context.ts";
import * as cases from "../db/cases.ts";
import { deskOf } from "./desk.ts";
import { tellWhereFollowed } from "./person-language.ts";

/** The person blocked the bot: the holder of their open case (privately) or, nobody holding it, its topic is told. */
export async function tellPersonBlockedBot(ctx: BotContext): Promise<void> {
  const here = deskOf(ctx.app, ctx.api);
  const item = here && ctx.person ? await cases.openCaseOf(ctx.app.db, ctx.person.pseudonym) : undefined;
  if (!here || !item) return;
  ctx.log.info({ case: item.ref }, "the person blocked the bot during a case");
  await tellWhereFollowed(
    here,
    item,
    (say) => say("counselors-person-blocked-bot", { ref: item.ref }),
    ctx.log,
  );
}
