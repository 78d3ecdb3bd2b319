// Registered last: whatever no feature took gets a clear, kind answer and the menu,
// never silence. Stale or forged buttons land here too.
import { InlineKeyboard } from "grammy";
import { awaitedQuestion } from "../bot/awaiting.ts";
import { Composer } from "../bot/composer.ts";
import type { BotContext } from "../bot/context.ts";
import type { Feature } from "../bot/feature.ts";
import { talkToPerson } from "../bot/links.ts";
import { menuButtonKeyboard, openMenu, PERSON_COMMANDS, showMainMenu } from "../bot/menu.ts";
import { talkBlockedDate } from "../bot/talk.ts";
import { wordlessOf } from "../text/wordless.ts";

export function unhandledFeature(options: {
  /** A counselor's unknown command (or any in the counselors' group) gets the desk's help (true), not the people's menu. */
  staffCommand: (ctx: BotContext, command: string) => Promise<boolean>;
}): Feature {
  const composer = new Composer<BotContext>();

  // The menu follows only in a private chat: elsewhere the answer promises none.
  composer.on("callback_query", async (ctx) => {
    const inPrivate = ctx.chat?.type === "private";
    await ctx.answerCallbackQuery({ text: ctx.t(inPrivate ? "stale-button" : "stale-button-only") });
    if (inPrivate) await showMainMenu(ctx);
  });

  // In a group (the counselors' one: the bot leaves any other) a command no feature took is a counselor's slip,
  // answered by the desk; one addressed to another bot ("/foo@other_bot") is not ours to answer.
  composer.chatType(["group", "supergroup"]).on("message::bot_command", async (ctx) => {
    const [command = "", addressee] = (ctx.msg.text?.split(/\s/, 1)[0] ?? "").slice(0, 64).split("@");
    if (addressee !== undefined && addressee.toLowerCase() !== ctx.me.username.toLowerCase()) return;
    await options.staffCommand(ctx, command);
  });

  const privateChats = composer.chatType("private");

  // /help, the command people try first: what this is and every command, then the menu. Here, after
  // the counselors' feature, which answers a registered counselor's /help with the desk's.
  privateChats.command("help", (ctx) => {
    const commands = PERSON_COMMANDS.filter((name) => name !== "help").map(
      (name) => `/${name} — ${ctx.t(`command-${name}`)}`,
    );
    return showMainMenu(ctx, [ctx.t("help-intro"), ...commands, "", ctx.t("emergency-line")].join("\n"));
  });

  privateChats.on("message::bot_command", async (ctx) => {
    const command = (ctx.msg.text?.split(/\s/, 1)[0] ?? "").slice(0, 64);
    if (await options.staffCommand(ctx, command)) return;
    await showMainMenu(ctx, ctx.t("unhandled-command", { command }));
  });
  privateChats.on("message:text", (ctx) => showMainMenu(ctx, ctx.t("unhandled-text")));
  // Not text, while a question waits (a consent, "who is it about?", where to look): pointed back to it, which
  // stays answerable; the menu would push it away.
  privateChats.on("message", async (ctx) => {
    const question = awaitedQuestion(ctx);
    if (question === undefined) return mediaReply(ctx);
    await ctx.reply(ctx.t("unhandled-media-question"), {
      reply_parameters: { message_id: question, allow_sending_without_reply: true },
    });
  });
  return { composer };
}

/**
 * A sticker, GIF, photo or voice message with no words: one short line and two buttons, never the whole menu
 * (sent again for every sticker it flooded the chat). A sticker whose emoji tells of pain (😭, 💔, 🔪) is answered as
 * the same emoji typed is: a person offered first. Someone blocked is told what is there meanwhile instead.
 */
async function mediaReply(ctx: BotContext): Promise<void> {
  const blocked = await talkBlockedDate(ctx);
  if (blocked) {
    const text = `${ctx.t("unhandled-media-blocked")}\n\n${ctx.t("menu-talk-blocked", { date: blocked })}`;
    await ctx.reply(text, { reply_markup: menuButtonKeyboard(ctx) });
    return;
  }
  const emoji = ctx.msg?.sticker?.emoji;
  const distress = emoji !== undefined && wordlessOf(emoji) === "distress";
  const keyboard = new InlineKeyboard()
    .text(ctx.t("menu-talk"), talkToPerson.encode("nomatch"))
    .row()
    .text(ctx.t("menu-button"), openMenu.encode());
  await ctx.reply(ctx.t(distress ? "faq-wordless-distress" : "unhandled-media"), { reply_markup: keyboard });
}
