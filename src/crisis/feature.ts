// Crisis safety, at any moment: every private text or caption is checked before anything else
// (this runs before the conversations plugin), and a match is answered at once, in the same
// update, with the emergency numbers first and a counselor offered with top priority. It never
// blocks, lectures or ends anything: the update then goes on to whatever would have handled it.
import { Composer, InlineKeyboard } from "grammy";
import type { Update } from "grammy/types";
import type { BotContext } from "../bot/context.ts";
import { talkToPerson } from "../bot/links.ts";
import { scenariosDir } from "../content/yaml.ts";
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

const NUMBER_LINES: Record<string, "crisis-call-112" | "crisis-call-102"> = {
  "112": "crisis-call-112",
  "102": "crisis-call-102",
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
      const numbers = emergencyNumbersFor(categories).flatMap((number) => {
        const key = NUMBER_LINES[number];
        return key ? [ctx.t(key)] : [];
      });
      const keyboard = new InlineKeyboard().text(ctx.t("crisis-talk"), talkToPerson.encode("crisis"));
      await ctx.reply([...numbers, ctx.t(`crisis-support-${first.category}`)].join("\n\n"), {
        reply_markup: keyboard,
      });
      // Read by src/counselors: a request for a person soon after this is served first.
      ctx.session.lastCrisis = { category: first.category, at: ctx.app.now() };
      ctx.log.warn({ crisis: categories }, "crisis signal answered");
      await countEvent(ctx, `crisis.${first.category}`);
      return next();
    },
  );
