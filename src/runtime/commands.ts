// The command lists Telegram shows in the "/" menu, per scope and language, through
// @grammyjs/commands: people's commands in private chats, the desk's commands in the
// counselors' group. The handlers live in the features; these groups only describe them.
import { CommandGroup } from "@grammyjs/commands";
import type { I18n } from "@grammyjs/i18n";
import type { Api } from "grammy";
import type { BaseContext } from "../bot/context.ts";
import { PERSON_COMMANDS } from "../bot/menu.ts";
import { LOCALES, type Locale } from "../config/index.ts";

const DESK_COMMANDS = [
  "help",
  "queue",
  "take",
  "case",
  "cases",
  "close",
  "transfer",
  "block",
  "pause",
  "resume",
  "alias",
  "speak",
  "lang",
  "t",
  "history",
  "audit",
  "stats",
] as const;

/** Each command described in the default language, and localized in every language we speak. */
function describe(
  names: readonly string[],
  key: (name: string) => string,
  i18n: I18n<BaseContext>,
  defaultLocale: Locale,
): CommandGroup<BaseContext> {
  const group = new CommandGroup<BaseContext>();
  for (const name of names) {
    const command = group.command(name, i18n.t(defaultLocale, key(name)));
    for (const locale of LOCALES) command.localize(locale, name, i18n.t(locale, key(name)));
  }
  return group;
}

export function commandMenus(
  i18n: I18n<BaseContext>,
  defaultLocale: Locale,
  counselorChatId?: number,
): CommandGroup<BaseContext>[] {
  const person = describe(PERSON_COMMANDS, (name) => `command-${name}`, i18n, defaultLocale);
  for (const command of person.commands) command.addToScope({ type: "all_private_chats" });
  if (counselorChatId === undefined) return [person];
  const desk = describe(DESK_COMMANDS, (name) => `command-desk-${name}`, i18n, defaultLocale);
  for (const command of desk.commands) command.addToScope({ type: "chat", chat_id: counselorChatId });
  return [person, desk];
}

export async function publishCommands(
  api: Api,
  i18n: I18n<BaseContext>,
  defaultLocale: Locale,
  counselorChatId?: number,
): Promise<void> {
  for (const menu of commandMenus(i18n, defaultLocale, counselorChatId)) {
    const { scopes, uncompliantCommands } = menu.toArgs();
    if (uncompliantCommands.length > 0) {
      throw new Error(`commands Telegram would refuse: ${JSON.stringify(uncompliantCommands)}`);
    }
    // The plugin's command objects carry its own fields (hasHandler, is_ephemeral): Telegram gets only its own two.
    for (const { scope, language_code, commands } of scopes) {
      await api.setMyCommands(
        commands.map(({ command, description }) => ({ command, description })),
        { scope, ...(language_code ? { language_code } : {}) },
      );
    }
  }
}
