// Crisis safety, at any moment: every private text or caption is checked before anything else
// (this runs before the conversations plugin), and a match is answered at once, in the same
// update, with the emergency numbers first. It never blocks, lectures or ends anything: the
// update then goes on to whatever would have handled it (an FAQ answer after it: answerFollowsCrisisReply).
// The reply knows whether a counselor is there before it speaks. On duty: a counselor is offered
// with top priority. Off duty, paused, or with no counselors at all: it says so plainly (with the
// next shift), gives short concrete safety steps, and offers to leave a message that the next
// counselor sees first; it never promises a counselor "now" when nobody is there. Someone already talking
// with a counselor gets the numbers, the steps and that their counselor has the message marked 🆘 and answers it
// first (on duty; off duty, that it is passed on and when a counselor is back): src/counselors alerts them. Someone
// whose request already waits is told it is with the counselors and now first (src/counselors raises it and
// tells the group), with no button that would start another.
import type { InlineKeyboard } from "grammy";
import { Composer } from "../bot/composer.ts";
import type { BotContext, SessionData } from "../bot/context.ts";
import type { Feature } from "../bot/feature.ts";
import {
  type CounselorDuty,
  composeCrisisReply,
  composeInCaseCrisisReply,
  crisisAboutOf,
  crisisMatchesOf,
  markAnsweredAsCrisis,
} from "../bot/safety.ts";
import type { Locale } from "../config/index.ts";
import { CRISIS_WINDOW_MS, type CrisisCategory, mostUrgentFirst } from "../crisis/categories.ts";
import type { CrisisDetector } from "../crisis/detector.ts";
import { fearInCrisis } from "../crisis/fear-in-crisis.ts";
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
        const text = message.text ?? message.caption ?? "";
        const matches = crisisMatchesOf(ctx.update, text, detector);
        const ongoing = matches.length === 0 ? await fearInCrisisCase(ctx, text, duty) : undefined;
        const first = matches[0] ?? (ongoing && { category: ongoing[0]! });
        if (!first) return next();
        // One crisis reply per message: an edit of a message already answered (a typo fixed, a word added) is not
        // answered again; an edit that first brings crisis words is.
        const replied = ctx.session.crisisReplied ?? [];
        if (ctx.editedMessage && replied.includes(message.message_id)) return next();
        ctx.session.crisisReplied = [...replied, message.message_id].slice(-REPLIED_MESSAGES);
        const categories: CrisisCategory[] = ongoing ? [...ongoing] : matches.map((match) => match.category);
        markAnsweredAsCrisis(ctx.update, categories);
        const t = (key: string, variables?: Record<string, string | number>) => ctx.t(key, variables);
        const standing = await duty.openCase(ctx);
        const availability = await duty.availability(ctx.app);
        const locale = await localeOf(ctx);
        const about = crisisAboutOf(text, locale);
        // Pills or poison already taken, a deep cut: "call an ambulance now" comes before anything else.
        const actDone = matches.some((match) => match.done);
        const opening = (locale: Locale, at: number) => duty.formatOpening(ctx.app, locale, at);
        // Talking with a counselor already: no counselor offered; their counselor is alerted (src/counselors).
        const reply: { text: string; keyboard?: InlineKeyboard } =
          standing === "active"
            ? composeInCaseCrisisReply(t, categories, availability, (at) => opening(locale, at), {
                about,
                actDone,
              })
            : composeCrisisReply(t, locale, categories, availability, opening, {
                about,
                queued: standing === "queued",
                actDone,
              });
        await ctx.reply(reply.text, reply.keyboard ? { reply_markup: reply.keyboard } : {});
        // Read by src/counselors: a request for a person soon after this is served first, with every kind and
        // message (or edit) of this visit's signals, so that the counselor it leads to gets them all.
        ctx.session.lastCrisis = visitSignals(
          ctx.session.lastCrisis,
          first.category,
          categories,
          message.message_id,
          ctx.app.now(),
        );
        ctx.log.warn(
          {
            crisis: categories,
            duty: availability.kind,
            talking: standing === "active",
            queued: standing === "queued",
            ...(actDone && { actDone }),
          },
          "crisis signal answered",
        );
        await countEvent(ctx, { kind: "crisis", detail: first.category });
        return next();
      },
    );
  return { composer };
}

/**
 * Fear, a threat come back or a cry for help from someone whose case is 🔴 already ("я боюсь, он опять пришёл"):
 * their danger goes on, so it is answered as a crisis of the case's own kind (the case is read only on such words).
 */
async function fearInCrisisCase(
  ctx: BotContext,
  text: string,
  duty: CounselorDuty,
): Promise<readonly CrisisCategory[] | undefined> {
  if (!fearInCrisis(text)) return undefined;
  const kinds = await duty.crisisCase(ctx);
  return kinds && (kinds.length > 0 ? kinds : ["danger"]);
}

/** How many answered messages are remembered: edits come to the last few messages, not to old ones. */
const REPLIED_MESSAGES = 20;

/** The most a visit's signal remembers of its messages: the counselor needs these, not the whole chat. */
const SIGNAL_MESSAGES = 3;

/** This signal, joined to the earlier ones of the same visit (within CRISIS_WINDOW_MS). */
function visitSignals(
  earlier: SessionData["lastCrisis"],
  category: CrisisCategory,
  categories: readonly CrisisCategory[],
  messageId: number,
  now: number,
): NonNullable<SessionData["lastCrisis"]> {
  const same = earlier && now - earlier.at <= CRISIS_WINDOW_MS ? earlier : undefined;
  const visit = mostUrgentFirst([...(same?.categories ?? (same ? [same.category] : [])), ...categories]);
  const ids = [...(same?.messageIds ?? []).filter((id) => id !== messageId), messageId].slice(
    -SIGNAL_MESSAGES,
  );
  // `category`, `kinds`: this message's own (what the reply led with, and all it named).
  return { category, kinds: [...categories], at: now, messageId, categories: visit, messageIds: ids };
}

async function localeOf(ctx: BotContext): Promise<Locale> {
  const chosen = await ctx.i18n.getLocale();
  return isLocale(chosen) ? chosen : ctx.app.config.DEFAULT_LOCALE;
}
