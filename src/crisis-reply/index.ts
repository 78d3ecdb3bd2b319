// Crisis safety, at any moment: every private text or caption is checked before anything else
// (this runs before the conversations plugin), and a match is answered at once, in the same
// update, with the emergency numbers first. It never blocks, lectures or ends anything: the
// update then goes on to whatever would have handled it.
// The reply knows whether a counselor is there before it speaks. On duty: a counselor is offered
// with top priority. Off duty, paused, or with no counselors at all: it says so plainly (with the
// next shift), gives short concrete safety steps, and offers to leave a message that the next
// counselor sees first; it never promises a counselor "now" when nobody is there.
import { Composer } from "../bot/composer.ts";
import type { BotContext } from "../bot/context.ts";
import type { Feature } from "../bot/feature.ts";
import {
  type CounselorDuty,
  composeCrisisReply,
  crisisMatchesOf,
  markAnsweredAsCrisis,
} from "../bot/safety.ts";
import type { Locale } from "../config/index.ts";
import type { CrisisCategory } from "../crisis/categories.ts";
import type { CrisisDetector } from "../crisis/detector.ts";
import { isLocale } from "../i18n/index.ts";
import { countEvent } from "../statistics/index.ts";

export interface CrisisReplyDeps {
  detector: CrisisDetector;
  /** The counselors' desk's answer to "is anyone there?", passed in by createBot. */
  duty: CounselorDuty;
}

export function crisisReplyFeature({ detector, duty }: CrisisReplyDeps): Feature {
  const composer = new Composer<BotContext>();
  composer
    .chatType("private")
    .on(
      ["message:text", "message:caption", "edited_message:text", "edited_message:caption"],
      async (ctx, next) => {
        const message = ctx.msg;
        const matches = crisisMatchesOf(ctx.update, message.text ?? message.caption ?? "", detector);
        const first = matches[0];
        if (!first) return next();
        const categories: CrisisCategory[] = matches.map((match) => match.category);
        markAnsweredAsCrisis(ctx.update);
        const availability = await duty.availability(ctx.app);
        const reply = composeCrisisReply(
          (key, variables) => ctx.t(key, variables),
          await localeOf(ctx),
          categories,
          availability,
          (locale, at) => duty.formatOpening(ctx.app, locale, at),
        );
        await ctx.reply(reply.text, reply.keyboard ? { reply_markup: reply.keyboard } : {});
        // Read by src/counselors: a request for a person soon after this is served first.
        // Its id too: the counselor it leads to gets the message itself, once the person allows it.
        ctx.session.lastCrisis = {
          category: first.category,
          at: ctx.app.now(),
          messageId: message.message_id,
        };
        ctx.log.warn({ crisis: categories, duty: availability.kind }, "crisis signal answered");
        await countEvent(ctx, { kind: "crisis", detail: first.category });
        return next();
      },
    );
  return { composer };
}

async function localeOf(ctx: BotContext): Promise<Locale> {
  const chosen = await ctx.i18n.getLocale();
  return isLocale(chosen) ? chosen : ctx.app.config.DEFAULT_LOCALE;
}
