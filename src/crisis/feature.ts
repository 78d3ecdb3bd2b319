// Crisis safety, at any moment: every private text or caption is checked before anything else
// (this runs before the conversations plugin), and a match is answered at once, in the same
// update, with the emergency numbers first. It never blocks, lectures or ends anything: the
// update then goes on to whatever would have handled it.
// The reply knows whether a counselor is there before it speaks. On duty: a counselor is offered
// with top priority. Off duty, paused, or with no counselors at all: it says so plainly (with the
// next shift), gives short concrete safety steps, and offers to leave a message that the next
// counselor sees first; it never promises a counselor "now" when nobody is there.
import { Composer, InlineKeyboard } from "grammy";
import type { Update } from "grammy/types";
import type { BotContext } from "../bot/context.ts";
import { talkToPerson } from "../bot/links.ts";
import type { Locale } from "../config/index.ts";
import { scenariosDir } from "../content/yaml.ts";
// The one place the crisis reply looks into another feature: whether a counselor is there.
import { type Availability, counselorAvailability } from "../counselors/availability.ts";
import { formatOpening } from "../counselors/waiting.ts";
import { isLocale } from "../i18n/index.ts";
import { countEvent } from "../statistics/index.ts";
import { type CrisisCategory, emergencyNumbersFor } from "./categories.ts";
import { type CrisisDetector, createCrisisDetector } from "./detector.ts";
import { loadCrisisPhrases } from "./phrases.ts";

const detectors = new Map<string, CrisisDetector>();

function detector(): CrisisDetector {
  const dir = scenariosDir();
  let found = detectors.get(dir);
  if (!found) {
    found = createCrisisDetector(loadCrisisPhrases(dir));
    detectors.set(dir, found);
  }
  return found;
}

const NUMBER_LINES: Record<string, string> = {
  "112": "crisis-call-112",
  "102": "crisis-call-102",
  "103": "crisis-call-103",
};

const answered = new WeakSet<Update>();

/** True when this update was answered as a crisis; later handlers then add nothing of their own. */
export function answeredAsCrisis(update: Update): boolean {
  return answered.has(update);
}

export const crisisFeature = new Composer<BotContext>();

crisisFeature
  .chatType("private")
  .on(
    ["message:text", "message:caption", "edited_message:text", "edited_message:caption"],
    async (ctx, next) => {
      const message = ctx.msg;
      const matches = detector().detect(message.text ?? message.caption ?? "");
      const first = matches[0];
      if (!first) return next();
      const categories: CrisisCategory[] = matches.map((match) => match.category);
      answered.add(ctx.update);
      const availability = await counselorAvailability(ctx.app);
      const reply = composeCrisisReply(
        (key, variables) => ctx.t(key, variables),
        await localeOf(ctx),
        categories,
        availability,
      );
      await ctx.reply(reply.text, reply.keyboard ? { reply_markup: reply.keyboard } : {});
      // Read by src/counselors: a request for a person soon after this is served first.
      ctx.session.lastCrisis = { category: first.category, at: ctx.app.now() };
      ctx.log.warn({ crisis: categories, duty: availability.kind }, "crisis signal answered");
      await countEvent(ctx, { kind: "crisis", detail: first.category });
      return next();
    },
  );

async function localeOf(ctx: BotContext): Promise<Locale> {
  const chosen = await ctx.i18n.getLocale();
  return isLocale(chosen) ? chosen : ctx.app.config.DEFAULT_LOCALE;
}

/**
 * The crisis reply, from memory only (src/resilience sends the same when the database is down):
 * the numbers, most urgent first, then what is true about a counselor at this moment, and its button.
 */
export function composeCrisisReply(
  t: (key: string, variables?: Record<string, string | number>) => string,
  locale: Locale,
  categories: readonly CrisisCategory[],
  availability: Availability,
): { text: string; keyboard?: InlineKeyboard } {
  const numbers = emergencyNumbersFor(categories).flatMap((number) => {
    const key = NUMBER_LINES[number];
    return key ? [t(key)] : [];
  });
  const { lines, button } = counselorPart(t, categories[0] ?? "danger", availability, locale);
  return {
    text: [...numbers, ...lines].join("\n\n"),
    ...(button ? { keyboard: new InlineKeyboard().text(button, talkToPerson.encode("crisis")) } : {}),
  };
}

/** What the reply says about a counselor, and its button: only what is true at this moment. */
function counselorPart(
  t: (key: string, variables?: Record<string, string | number>) => string,
  category: CrisisCategory,
  availability: Availability,
  locale: Locale,
): { lines: string[]; button?: string } {
  if (availability.kind === "on") {
    return { lines: [t(`crisis-support-${category}`)], button: t("crisis-talk") };
  }
  const steps = t(`crisis-steps-${category}`);
  if (availability.kind === "none") return { lines: [steps, t("crisis-no-counselors")] };
  const absent =
    availability.kind === "paused"
      ? t("crisis-counselors-paused")
      : availability.opensAt === undefined
        ? t("crisis-off-duty-unknown")
        : t("crisis-off-duty", { when: formatOpening(locale, availability.opensAt) });
  return { lines: [steps, absent, t("crisis-leave-message")], button: t("crisis-leave-message-button") };
}
