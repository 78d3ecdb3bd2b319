// The main menu: one button per feature that exists. A feature adds its entry here and
// handles the callback "menu:<id>" itself (menuEntry). Shared by every feature that offers
// the way back to the menu, so none of them imports the welcome feature.
import { InlineKeyboard } from "grammy";
import { z } from "zod";
import { callbackCodec } from "./callback-data.ts";
import type { BaseContext } from "./context.ts";
import { talkBlockedDate, talkingDespiteBlock } from "./talk.ts";

export const MENU_ENTRIES = [
  { id: "triage", labelKey: "menu-triage" },
  { id: "questions", labelKey: "menu-questions" },
  { id: "centers", labelKey: "menu-centers" },
  { id: "talk", labelKey: "menu-talk" },
  { id: "language", labelKey: "menu-language" },
  { id: "privacy", labelKey: "menu-privacy" },
] as const;

export type MenuEntryId = (typeof MENU_ENTRIES)[number]["id"];

export const menuButton = callbackCodec("menu", z.tuple([z.enum(MENU_ENTRIES.map((entry) => entry.id))]));
/**
 * A feature's menu entry, for its own composer: `composer.callbackQuery(...menuEntry("centers", open))`.
 * The tap is answered (no spinner left behind), then `open` shows the entry.
 */
export function menuEntry<C extends BaseContext>(
  id: MenuEntryId,
  open: (ctx: C) => Promise<unknown>,
): [string, (ctx: C) => Promise<void>] {
  return [
    menuButton.encode(id),
    async (ctx) => {
      await ctx.answerCallbackQuery();
      await open(ctx);
    },
  ];
}

/** People's commands in private chats: the "/" menu (src/runtime/commands.ts) and /help list them, each `command-<name>`. */
export const PERSON_COMMANDS = [
  "start",
  "menu",
  "help",
  "centers",
  "privacy",
  "mydata",
  "forget",
  "language",
  "end",
] as const;

/** "Back to the menu" from anywhere. */
export const openMenu = callbackCodec("home", z.tuple([]));

/** The menu; `talk`: whether "Talk to a person" may be offered (not to someone blocked: talk.ts). */
export function mainMenuKeyboard(ctx: BaseContext, talk: boolean): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const entry of MENU_ENTRIES) {
    if (entry.id === "talk" && !talk) continue;
    keyboard.text(ctx.t(entry.labelKey), menuButton.encode(entry.id)).row();
  }
  return keyboard;
}

/**
 * The menu under `lead`. Someone blocked finds no "Talk to a person" in it and is told why, until when, and what
 * is there meanwhile (welcome, /help, /menu, every way back): the button is never offered only to refuse. Not while
 * a crisis opened their conversation anyway: /start has just said where it stands.
 */
export async function showMainMenu(ctx: BaseContext, lead?: string): Promise<void> {
  const blocked = await talkBlockedDate(ctx);
  const talking = blocked !== undefined && (await talkingDespiteBlock(ctx));
  const lines = [
    ...(lead ? [lead] : []),
    ...(blocked && !talking ? [ctx.t("menu-talk-blocked", { date: blocked })] : []),
    ctx.t("menu-prompt"),
  ];
  await ctx.reply(lines.join("\n\n"), { reply_markup: mainMenuKeyboard(ctx, blocked === undefined) });
}

/** One button back to the menu: the way forward under a reply that ends a path. */
export function menuButtonKeyboard(ctx: BaseContext): InlineKeyboard {
  return new InlineKeyboard().text(ctx.t("menu-button"), openMenu.encode());
}
