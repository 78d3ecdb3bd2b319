// A command's usage and the desk's hints in the counselors' group are in the group's language, like its questions
// (one language per desk message, 1b7a46d): every member reads them there, and /take's button under its usage may be
// pressed by anyone. The same usage in a counselor's private chat is in theirs. A Kazakh-speaking counselor in a
// Russian group and a Russian-speaking one in a Kazakh group, on both databases.
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import { DATABASE_KINDS, type Harness, type TestCounselor } from "../support/harness.ts";
import { askForHuman, counselor, deskHooks, openCaseOf, say, topicOf } from "./helpers.ts";

const PAIRS = [
  { mine: "kk", group: "ru" },
  { mine: "ru", group: "kk" },
] as const satisfies readonly { mine: Locale; group: Locale }[];

describe.each(DATABASE_KINDS)("the language of the desk's hints on %s", (kind) => {
  describe.each(PAIRS)("a $mine counselor in a $group group", ({ mine, group }) => {
    let h: Harness;
    deskHooks(kind, { config: { COUNSELOR_LOCALE: group } }, (harness) => {
      h = harness;
    });

    /** What the bot posted in the group (a topic when given) since `from`. */
    const posted = (from: number, threadId?: number) =>
      h.telegram
        .messagesIn(h.counselorChatId, threadId === undefined ? {} : { threadId })
        .slice(from)
        .filter((message) => message.from.is_bot);
    const count = (threadId?: number) =>
      h.telegram.messagesIn(h.counselorChatId, threadId === undefined ? {} : { threadId }).length;

    async function dana(): Promise<TestCounselor> {
      return counselor(h, { first_name: "Dana", language_code: mine }, "Дана");
    }

    it("/take alone with one case waiting: its usage, the line and the button, all in the group's language", async () => {
      const member = await dana();
      const person = h.user({ language_code: "ru" });
      await askForHuman(person, "ru");
      const item = await openCaseOf(h, person);
      const from = count();
      await member.inGroup("/take");
      const [answer] = posted(from);
      expect(answer?.text).toBe(
        `${say(group, "counselors-take-usage")}\n${say(group, "counselors-take-one-waiting", { ref: item.ref })}`,
      );
      expect(h.telegram.buttonsOf(answer!).map((button) => button.text)).toEqual([
        `${say(group, "counselors-button-take")} ${item.ref}`,
      ]);
      // Pressed: the case is taken (the button works whoever reads it).
      await member.pressInGroup(`${say(group, "counselors-button-take")} ${item.ref}`);
      expect((await openCaseOf(h, person)).status).toBe("active");

      // In her private chat, the same usage is in her own language.
      const before = member.messages().length;
      await member.send("/take");
      expect(member.texts().slice(before)).toEqual([say(mine, "counselors-take-usage")]);
    });

    it("/alias, /block, /speak without what they need, /help, an unknown command, /history: the group's language", async () => {
      const member = await dana();
      const person = h.user({ language_code: "ru" });
      await askForHuman(person, "ru");
      const threadId = topicOf(await openCaseOf(h, person));
      const bot = h.telegram.botInfo.username;
      const from = count();
      await member.inGroup("/alias");
      await member.inGroup("/block", { threadId });
      await member.inGroup("/speak xx");
      await member.inGroup("/help");
      await member.inGroup("/nosuch");
      await member.inGroup("/history", { threadId });
      await member.inGroup("/close");
      await member.inGroup("/t greeting", { threadId });
      const help = say(group, "counselors-help", { bot });
      expect(posted(from).map((message) => message.text)).toEqual([
        say(group, "counselors-alias-usage"),
        say(group, "counselors-block-usage"),
        say(group, "counselors-speak-usage"),
        help,
        `${say(group, "unhandled-command", { command: "/nosuch" })}\n\n${help}`,
        say(group, "counselors-history-in-group"),
        say(group, "counselors-command-in-general", { command: "/close" }),
        say(group, "counselors-take-first"),
      ]);
      // Her own setting stays hers: /lang alone answers in her language.
      const langFrom = count();
      await member.inGroup("/lang");
      expect(posted(langFrom)[0]?.text).toContain(say(mine, "counselors-language-name", { code: mine }));
    });

    it("the topic's first note gets its hint in the group's language", async () => {
      const member = await dana();
      const person = h.user({ language_code: "ru" });
      await askForHuman(person, "ru");
      const threadId = topicOf(await openCaseOf(h, person));
      const from = count(threadId);
      await member.inGroup("Похоже на давление семьи", { threadId });
      expect(posted(from, threadId).map((message) => message.text)).toEqual([
        say(group, "counselors-note-hint", { alias: "Дана" }),
      ]);
    });

    it("someone without an alias is told to choose one, in the group's language", async () => {
      const stranger = h.counselor({ first_name: "Nurlan", language_code: mine });
      const from = count();
      await stranger.inGroup("/take");
      expect(posted(from).map((message) => message.text)).toEqual([say(group, "counselors-alias-first")]);
    });
  });
});
