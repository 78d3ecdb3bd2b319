// /start and /menu: who we are, the emergency line, and the main menu.
// First-time visitors get the full introduction; returning ones a short greeting.
import { Composer } from "../bot/composer.ts";
import type { BotContext } from "../bot/context.ts";
import type { Feature } from "../bot/feature.ts";
import { openMenu, showMainMenu } from "../bot/menu.ts";

/** What the counselors' desk adds to /start (createBot passes it in: no feature imports another). */
export interface WelcomeDeps {
  /** A registered counselor's own /start, answered by the desk; false for anyone else. */
  staffStart?: (ctx: BotContext) => Promise<boolean>;
  /** The person's open case, in one line (their place in the queue): a return must not hide it. */
  openCaseReminder?: (ctx: BotContext) => Promise<string | undefined>;
}

export function welcomeFeature(deps: WelcomeDeps = {}): Feature {
  const composer = new Composer<BotContext>();
  const privateChats = composer.chatType("private");

  privateChats.command("start", async (ctx) => {
    if (await deps.staffStart?.(ctx)) return;
    const returning = ctx.session.welcomedAt !== undefined;
    ctx.session.welcomedAt = ctx.app.now();
    const greeting = returning ? ctx.t("welcome-back") : ctx.t("welcome-first");
    const reminder = await deps.openCaseReminder?.(ctx);
    const lines = [greeting, ...(reminder ? [reminder] : []), ctx.t("emergency-line")];
    await showMainMenu(ctx, lines.join("\n\n"));
  });

  privateChats.command("menu", (ctx) => showMainMenu(ctx));

  privateChats.callbackQuery(
    ...openMenu.handle(async (ctx) => {
      await ctx.answerCallbackQuery();
      await showMainMenu(ctx);
    }),
  );
  return { composer };
}
