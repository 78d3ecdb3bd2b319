// The command list Telegram shows in the "/" menu, in each language we speak.
import type { Api } from "grammy";
import { LOCALES } from "../config/index.ts";
import { createI18n } from "../i18n/index.ts";

const COMMANDS = ["start", "menu", "centers", "privacy", "mydata", "forget", "language", "end"] as const;

export async function publishCommands(api: Api, defaultLocale: (typeof LOCALES)[number]): Promise<void> {
  const i18n = createI18n(defaultLocale);
  const listIn = (locale: string) =>
    COMMANDS.map((command) => ({ command, description: i18n.t(locale, `command-${command}`) }));
  await api.setMyCommands(listIn(defaultLocale), { scope: { type: "all_private_chats" } });
  for (const locale of LOCALES) {
    await api.setMyCommands(listIn(locale), { scope: { type: "all_private_chats" }, language_code: locale });
  }
}
