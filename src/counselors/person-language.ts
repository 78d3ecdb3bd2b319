// The person changes language (/language) while a case is open: the bot's texts about the case (the end, the
// rating) follow the new language, the topic's name and head say it, and whoever holds the case is told once.
import type { BotContext } from "../bot/context.ts";
import type { Locale } from "../config/index.ts";
import { setCaseLocale } from "../db/case-language.ts";
import * as cases from "../db/cases.ts";
import * as counselors from "../db/counselors.ts";
import type { Logger } from "../logger.ts";
import { type Desk, deskOf } from "./desk.ts";
import { type Say, sayTo } from "./labels.ts";
import { notifyCounselor } from "./lifecycle.ts";
import { postInTopic, refreshHead, renameTopic } from "./topic.ts";

/**
 * Tells a case's news where it is followed: its holder privately (an active case answered from the private chat),
 * else its topic, each in the language they read.
 */
export async function tellWhereFollowed(
  here: Desk,
  item: cases.Case,
  text: (say: Say) => string,
  log: Logger,
): Promise<void> {
  const holder =
    item.status === "active" && item.counselorId !== null && !item.inTopic
      ? await counselors.byId(here.app.db, item.counselorId)
      : undefined;
  if (holder) return notifyCounselor(here, holder, text(sayTo(here, holder)), log);
  await postInTopic(here, item, text(here.group));
}

/**
 * The person chose `locale`: their open case (if any) now speaks it, and its counselor hears so once. Returns
 * whether a case is open (the language's confirmation is then brief: no menu in the middle of a conversation).
 */
export async function caseLanguageChosen(ctx: BotContext, locale: Locale): Promise<boolean> {
  const here = deskOf(ctx.app, ctx.api);
  const item = here && ctx.person ? await cases.openCaseOf(ctx.app.db, ctx.person.pseudonym) : undefined;
  if (!here || !item) return false;
  if (item.locale === locale) return true;
  await setCaseLocale(ctx.app.db, item.id, locale);
  ctx.log.info({ case: item.ref, locale }, "the person changed language during a case");
  // The topic's name and its head state the person's language: both follow, not only the notice below.
  await renameTopic(here, { ...item, locale });
  await refreshHead(here, item.id);
  await tellWhereFollowed(
    here,
    item,
    (say) =>
      say("counselors-person-language", {
        ref: item.ref,
        language: say("counselors-language-name", { code: locale }),
      }),
    ctx.log,
  );
  return true;
}
