// A location the person shares while a case is open. An exact place can tell who someone is, so it never reaches
// the counselor and is never kept: the centers feature uses it for the nearest centers (that answer alone), and
// then the person is told plainly that the counselor did not get it, with what to do if it matters (name the city
// or region in words). The holder learns that a location was shared and held back, so they can ask in words.
import type { BotContext } from "../bot/context.ts";
import * as counselors from "../db/counselors.ts";
import { errorLog } from "../logger.ts";
import { toGroup } from "./desk.ts";
import { sayTo } from "./labels.ts";
import { notifyCounselor } from "./lifecycle.ts";
import { currentCase, desk } from "./person-case.ts";

/** After the centers' answer to a shared location: said to the person and the holder when a case is open. */
export async function locationKeptFromCounselor(ctx: BotContext): Promise<void> {
  const here = desk(ctx);
  const item = here ? await currentCase(ctx) : undefined;
  if (!here || !item) return;
  await ctx.reply(ctx.t("counselors-location-not-relayed"));
  if (item.status !== "active" || item.counselorId === null) return;
  const threadId = item.threadId;
  if (item.inTopic && threadId !== null) {
    const text = here.group("counselors-location-held-back", { ref: item.ref });
    await toGroup(here, (groupId) =>
      here.api.sendMessage(groupId, text, { message_thread_id: threadId }),
    ).catch((error) =>
      ctx.log.warn({ case: item.ref, err: errorLog(error) }, "could not tell the topic of a location"),
    );
    return;
  }
  const holder = await counselors.byId(ctx.app.db, item.counselorId);
  if (holder)
    await notifyCounselor(
      here,
      holder,
      sayTo(here, holder)("counselors-location-held-back", { ref: item.ref }),
      ctx.log,
    );
}
