// The "/" menus, as Telegram receives them: people's commands in private chats and the desk's
// commands in the counselors' group, each in the default language and in kk, ru and en.
import { Bot } from "grammy";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/config/index.ts";
import { loadContent } from "../../src/content/load.ts";
import { FakeTelegram } from "../../src/dev/telegram/fake-telegram.ts";
import { createI18n } from "../../src/i18n/index.ts";
import { publishCommands } from "../../src/runtime/commands.ts";

const GROUP = -1001234567890;
const i18n = createI18n(loadContent().locales, "ru");

async function published(counselorChatId?: number) {
  const telegram = new FakeTelegram();
  const bot = new Bot("123456:TEST-TOKEN", {
    botInfo: telegram.botInfo,
    client: { fetch: telegram.fetch, apiRoot: telegram.apiRoot },
  });
  await publishCommands(bot.api, i18n, "ru", counselorChatId);
  return telegram.callsTo("setMyCommands").map((call) => call.payload as Record<string, unknown>);
}

const commandsOf = (call: Record<string, unknown>) =>
  (call.commands as { command: string; description: string }[]).map((item) => item.command);

describe("command menus", () => {
  it("shows people their commands in private chats, described in their language", async () => {
    const calls = await published();
    expect(calls.every((call) => (call.scope as { type: string }).type === "all_private_chats")).toBe(true);
    const byLanguage = new Map(calls.map((call) => [call.language_code ?? "default", call]));
    expect([...byLanguage.keys()].sort()).toEqual(["default", ...LOCALES].sort());
    for (const locale of LOCALES) {
      const call = byLanguage.get(locale)!;
      expect(commandsOf(call)).toContain("forget");
      expect(commandsOf(call)).toContain("help");
      expect(commandsOf(call)).not.toContain("take");
      expect(call.commands).toContainEqual(
        expect.objectContaining({
          command: "start",
          description: i18n.t(locale, "command-start"),
        }),
      );
    }
    expect(byLanguage.get("default")!.commands).toContainEqual(
      expect.objectContaining({
        command: "menu",
        description: i18n.t("ru", "command-menu"),
      }),
    );
  });

  it("shows the desk's commands only in the counselors' group, in every language", async () => {
    const calls = await published(GROUP);
    const desk = calls.filter((call) => (call.scope as { chat_id?: number }).chat_id === GROUP);
    expect(desk.map((call) => call.language_code ?? "default").sort()).toEqual(
      ["default", ...LOCALES].sort(),
    );
    for (const call of desk) {
      expect(commandsOf(call)).toEqual(
        expect.arrayContaining(["take", "close", "transfer", "block", "queue"]),
      );
      expect(commandsOf(call)).not.toContain("forget");
    }
    const kk = desk.find((call) => call.language_code === "kk")!;
    expect(kk.commands).toContainEqual(
      expect.objectContaining({ command: "take", description: i18n.t("kk", "command-desk-take") }),
    );
    expect(i18n.t("kk", "command-desk-take")).not.toBe(i18n.t("en", "command-desk-take"));
  });

  it("sends Telegram only the fields of a BotCommand, nothing of the plugin's own", async () => {
    const calls = await published(GROUP);
    expect(calls).toHaveLength(2 * (1 + LOCALES.length));
    for (const call of calls) {
      expect(Object.keys(call).sort()).toEqual(
        call.language_code === undefined ? ["commands", "scope"] : ["commands", "language_code", "scope"],
      );
      for (const command of call.commands as object[])
        expect(Object.keys(command).sort()).toEqual(["command", "description"]);
    }
  });
});
