// The triage feature: the conversation, its menu entry, and what happens when the person
// allows the statistics it asks about at the end. Registered right after the conversations
// plugin, so that an open triage sees an update before any other feature does.
import { createConversation } from "@grammyjs/conversations";
import { Composer } from "../bot/composer.ts";
import type { BotContext, ConversationContext } from "../bot/context.ts";
import type { Feature } from "../bot/feature.ts";
import { menuEntry } from "../bot/menu.ts";
import type { CounselorDuty } from "../bot/safety.ts";
import { countEvent } from "../statistics/index.ts";
import { TRIAGE_CONVERSATION, TRIAGE_STATISTICS, triageConversation } from "./conversation.ts";

export type { TriageAnswers } from "./plan.ts";

/** `duty`: whether a counselor is there, so that "someone is in danger now" is never promised one off duty. */
export function triageFeature(duty: CounselorDuty): Feature {
  const composer = new Composer<BotContext>();
  composer.use(
    createConversation<BotContext, ConversationContext>(
      (conversation, ctx) => triageConversation(conversation, ctx, duty),
      TRIAGE_CONVERSATION,
    ),
  );
  composer
    .chatType("private")
    .callbackQuery(...menuEntry("triage", (ctx: BotContext) => ctx.conversation.enter(TRIAGE_CONVERSATION)));
  const consent = {
    answers: {
      // Allowed after the result: the triage just finished is the first thing counted.
      [TRIAGE_STATISTICS]: {
        async granted(ctx: BotContext) {
          const triage = ctx.session.triage;
          if (triage)
            await countEvent(ctx, {
              kind: "triage.category",
              category: triage.concern,
              region: triage.region,
            });
        },
      },
    },
  };
  return { composer, consent };
}
