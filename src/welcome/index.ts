// /start and /menu: who we are, the emergency line, and the main menu.
// First-time visitors get the full introduction; returning ones a short greeting.
import { Composer } from "../bot/composer.ts";
import type { BotContext } from "../bot/context.ts";
import type { Feature } from "../bot/feature.ts";
import { openMenu, showMainMenu } from "../bot/menu.ts";

export function welcomeFeature(): Feature {
  const composer = new Composer<BotContext>();
  const privateChats = composer.chatType("private");

  privateChats.command("start", async (ctx) => {
    const returning = ctx.session.welcomedAt !== undefined;
    ctx.session.welcomedAt = ctx.app.now();
    const greeting = returning ? ctx.t("welcome-back") : ctx.t("welcome-first");
    await showMainMenu(ctx, `${greeting}\n\n${ctx.t("emergency-line")}`);
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
