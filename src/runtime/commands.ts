// The command list Telegram shows in the "/" menu, in each language we speak.
import type { I18n } from "@grammyjs/i18n";
import type { Api } from "grammy";
import type { BaseContext } from "../bot/context.ts";
import { LOCALES } from "../config/index.ts";

const COMMANDS = ["start", "menu", "centers", "privacy", "mydata", "forget", "language", "end"] as const;

export async function publishCommands(
  api: Api,
  i18n: I18n<BaseContext>,
  defaultLocale: (typeof LOCALES)[number],
): Promise<void> {
  const listIn = (locale: string) =>
    COMMANDS.map((command) => ({ command, description: i18n.t(locale, `command-${command}`) }));
  await api.setMyCommands(listIn(defaultLocale), { scope: { type: "all_private_chats" } });
  for (const locale of LOCALES) {
    await api.setMyCommands(listIn(locale), { scope: { type: "all_private_chats" }, language_code: locale });
  }
}
