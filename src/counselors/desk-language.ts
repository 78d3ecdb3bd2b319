// `/lang kk|ru|en`: the language a counselor reads the desk in (replies, notices, alerts, their
// private chat). What the bot writes in the shared group stays in the group's one language.
import { Composer } from "../bot/composer.ts";
import type { BotContext } from "../bot/context.ts";
import { LOCALES } from "../config/index.ts";
import * as counselors from "../db/counselors.ts";
import { isLocale } from "../i18n/index.ts";
import { caseLabels, counselorLocale } from "./labels.ts";
import { answerStaff, counselorOf, deskFor, inCounselorGroup, isGroupMember } from "./staff.ts";

export const deskLanguage = new Composer<BotContext>();

deskLanguage.command("lang", async (ctx, next) => {
  const desk = deskFor(ctx);
  if (!desk || !(inCounselorGroup(ctx) || ctx.chat?.type === "private")) return next();
  const counselor = await counselorOf(ctx);
  // In private, only a counselor of the group has a desk language; anyone else's /lang goes on.
  if (!counselor && !inCounselorGroup(ctx)) return next();
  if (!counselor || !(await isGroupMember(ctx, desk))) {
    const why = counselor ? "counselors-removed" : "counselors-alias-first";
    await answerStaff(ctx, desk, caseLabels(desk, counselorLocale(desk, undefined, ctx.from)).say(why));
    return;
  }
  const wanted = ctx.match.trim().toLowerCase();
  if (!isLocale(wanted)) {
    const labels = caseLabels(desk, counselorLocale(desk, counselor, ctx.from));
    await answerStaff(
      ctx,
      desk,
      labels.say("counselors-lang-usage", {
        current: labels.language(labels.locale),
        choices: LOCALES.join(" | "),
        group: labels.language(desk.locale),
      }),
    );
    return;
  }
  await counselors.setLocale(ctx.app.db, counselor.id, wanted);
  const labels = caseLabels(desk, wanted);
  await answerStaff(ctx, desk, labels.say("counselors-lang-saved", { language: labels.language(wanted) }));
});
