// /start and /menu: who we are, the emergency line, and the main menu.
// First-time visitors get the full introduction; returning ones a short greeting; someone with a
// conversation open where it stands, how to go on or end it, then the menu.
import { Composer } from "../bot/composer.ts";
import type { BotContext } from "../bot/context.ts";
import type { Feature } from "../bot/feature.ts";
import { openMenu, showMainMenu } from "../bot/menu.ts";

/** What the counselors' desk adds to /start (createBot passes it in: no feature imports another). */
export interface WelcomeDeps {
  /** A registered counselor's own /start, answered by the desk; false for anyone else. */
  staffStart?: (ctx: BotContext) => Promise<boolean>;
  /** Tells the person where their open case stands, with its End button; false with none open. */
  openCase?: (ctx: BotContext) => Promise<boolean>;
}

export function welcomeFeature(deps: WelcomeDeps = {}): Feature {
  const composer = new Composer<BotContext>();
  const privateChats = composer.chatType("private");

  privateChats.command("start", async (ctx) => {
    if (await deps.staffStart?.(ctx)) return;
    const returning = ctx.session.welcomedAt !== undefined;
    ctx.session.welcomedAt = ctx.app.now();
    // An open conversation comes first: never a welcome as if nothing were open.
    if (await deps.openCase?.(ctx)) return showMainMenu(ctx, ctx.t("emergency-line"));
    const greeting = returning ? ctx.t("welcome-back") : ctx.t("welcome-first");
    await showMainMenu(ctx, [greeting, ctx.t("emergency-line")].join("\n\n"));
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
