// Registered last: whatever no feature took gets a clear, kind answer and the menu,
// never silence. Stale or forged buttons land here too.
import { Composer } from "grammy";
import type { BotContext } from "../bot/context.ts";
import { showMainMenu } from "../bot/menu.ts";

export const unhandledFeature = new Composer<BotContext>();

unhandledFeature.on("callback_query", async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t("stale-button") });
  if (ctx.chat?.type === "private") await showMainMenu(ctx);
});

const privateChats = unhandledFeature.chatType("private");

privateChats.on("message::bot_command", async (ctx) => {
  const command = ctx.msg.text?.split(/\s/, 1)[0] ?? "";
  await showMainMenu(ctx, ctx.t("unhandled-command", { command: command.slice(0, 64) }));
});
privateChats.on("message:text", (ctx) => showMainMenu(ctx, ctx.t("unhandled-text")));
privateChats.on("message", (ctx) => showMainMenu(ctx, ctx.t("unhandled-media")));
