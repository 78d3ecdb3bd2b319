// A small real grammY bot wired to the fake Telegram, standing in for the product bot.
import { Bot, InlineKeyboard, Keyboard } from "grammy";
import type { FakeTelegram } from "../../../src/dev/telegram/fake-telegram.ts";

export function tinyBot(telegram: FakeTelegram): Bot {
  const bot = new Bot("123456:TEST-TOKEN", {
    botInfo: telegram.botInfo,
    client: { fetch: telegram.fetch, apiRoot: telegram.apiRoot },
  });
  bot.command("start", (ctx) =>
    ctx.reply("Are you safe right now?", {
      reply_markup: new InlineKeyboard()
        .text("Yes", "safe:yes")
        .text("No", "safe:no")
        .row()
        .url("Site", "https://example.org"),
    }),
  );
  bot.callbackQuery(/^safe:(yes|no)$/, async (ctx) => {
    await ctx.answerCallbackQuery({ text: "Noted" });
    await ctx.editMessageText(`You answered ${ctx.match[1]}.`);
  });
  bot.command("where", (ctx) =>
    ctx.reply("Share your location or go back.", {
      reply_markup: new Keyboard().requestLocation("Send location").text("Back").resized(),
    }),
  );
  bot.on("message:location", (ctx) =>
    ctx.reply(`Got ${ctx.message.location.latitude}, ${ctx.message.location.longitude}`, {
      reply_markup: { remove_keyboard: true },
    }),
  );
  bot.command("fail", () => {
    throw new Error("boom");
  });
  bot.on("message:text", (ctx) => ctx.reply(`<b>You said:</b> ${ctx.message.text}`, { parse_mode: "HTML" }));
  return bot;
}
