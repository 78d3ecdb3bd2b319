// /help, /queue and /cases where a counselor works: in the group, and in their private chat with
// the bot, where taken cases run and where /case answers "Your cases: /cases" (a person's /help
// there is the people's: test/unhandled).
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/config/index.ts";
import { DATABASE_KINDS, type Harness } from "../support/harness.ts";
import { askForHuman, counselor, deskHooks, memberChange, openCaseOf, say } from "./helpers.ts";

describe.each(DATABASE_KINDS)("a counselor's /help on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  it.each(LOCALES)(
    "in a private chat, in %s: writing to the person, switching cases, then the desk",
    async (locale) => {
      const dana = await counselor(h, { first_name: "Dana", language_code: locale }, "Дана");
      await dana.send("/help");
      const text = dana.lastText();
      // Was the people's "I don't know the command /help" and the main menu.
      expect(text).toContain(say(locale, "counselors-private-help"));
      expect(text).toContain(`/case REF — ${say(locale, "command-desk-case")}`);
      expect(text).toContain(say(locale, "counselors-help", { bot: h.telegram.botInfo.username }));
      expect(h.telegram.buttonsOf(dana.last()!)).toEqual([]);

      // In the group every member reads it: the group's language (ru here), whatever hers.
      await dana.inGroup("/help");
      expect(dana.groupTexts().at(-1)).toBe(
        say("ru", "counselors-help", { bot: h.telegram.botInfo.username }),
      );
    },
  );

  it.each(LOCALES)(
    "a typo of a command while holding a case, in %s: the desk's help, not the people's menu",
    async (locale) => {
      const dana = await counselor(h, { first_name: "Dana", language_code: locale }, "Дана");
      const anna = h.user({ first_name: "Anna", language_code: "ru" });
      await askForHuman(anna);
      await dana.send(`/take ${(await openCaseOf(h, anna)).ref}`);
      const annaBefore = anna.texts().length;
      await dana.send("/foo");
      const text = dana.lastText();
      expect(text).toContain(say(locale, "unhandled-command", { command: "/foo" }));
      expect(text).toContain(say(locale, "counselors-private-help"));
      expect(text).toContain(say(locale, "counselors-help", { bot: h.telegram.botInfo.username }));
      expect(h.telegram.buttonsOf(dana.last()!)).toEqual([]);
      expect(anna.texts()).toHaveLength(annaBefore);
    },
  );

  it.each(LOCALES)(
    "an unknown command in the counselors' group from a %s counselor: what exists here, in the topic it was typed in, in the group's language",
    async (locale) => {
      const dana = await counselor(h, { first_name: "Dana", language_code: locale }, "Дана");
      const anna = h.user({ first_name: "Anna", language_code: "ru" });
      await askForHuman(anna);
      const item = await openCaseOf(h, anna);
      const threadId = item.threadId ?? undefined;
      const hint = (command: string) =>
        `${say("ru", "unhandled-command", { command })}\n\n${say("ru", "counselors-help", { bot: h.telegram.botInfo.username })}`;
      await dana.inGroup("/tkae");
      expect(dana.groupTexts().at(-1)).toBe(hint("/tkae"));
      await dana.inGroup(`/clsoe@${h.telegram.botInfo.username} consulted`, { threadId });
      expect(dana.groupTexts({ threadId }).at(-1)).toBe(hint("/clsoe"));
      // Addressed to another bot in the group: not ours to answer.
      const before = h.telegram.calls.length;
      await dana.inGroup("/weather@other_bot");
      expect(h.telegram.calls.slice(before).filter((call) => call.method === "sendMessage")).toEqual([]);
      // A hint only: the case is as it was, and Anna heard nothing.
      expect(await openCaseOf(h, anna)).toMatchObject({ id: item.id, status: "queued", counselorId: null });
      expect(anna.texts().join("\n")).not.toContain("/tkae");
    },
  );

  it.each(LOCALES)(
    "/take with no reference, in %s: how to use it; with exactly one case waiting, a button that takes it",
    async (locale) => {
      const dana = await counselor(h, { first_name: "Dana", language_code: locale }, "Дана");
      const usage = say(locale, "counselors-take-usage");
      await dana.send("/take");
      expect(dana.lastText()).toBe(usage);
      expect(h.telegram.buttonsOf(dana.last()!)).toEqual([]);

      const anna = h.user({ first_name: "Anna", language_code: "ru" });
      await askForHuman(anna);
      const { ref } = await openCaseOf(h, anna);
      await dana.send("/take");
      expect(dana.lastText()).toBe(`${usage}\n${say(locale, "counselors-take-one-waiting", { ref })}`);
      const take = `${say(locale, "counselors-button-take")} ${ref}`;
      expect(dana.buttons()).toEqual([take]);
      await dana.press(take);
      const dana_ = await h.db.prisma.counselor.findUnique({
        where: { pseudonym: h.app.pseudonymize(dana.id) },
      });
      expect(await openCaseOf(h, anna)).toMatchObject({ ref, status: "active", counselorId: dana_!.id });
      expect(anna.lastText()).toContain("Дана");

      // Two waiting, asked in the group: how to use it (in the group's language, ru), and no guess which.
      for (const name of ["Aigerim", "Bota"])
        await askForHuman(h.user({ first_name: name, language_code: "ru" }));
      await dana.inGroup("/take");
      const answer = h.telegram
        .messagesIn(h.counselorChatId)
        .filter((m) => m.from.is_bot)
        .at(-1)!;
      expect(answer.text).toBe(say("ru", "counselors-take-usage"));
      expect(h.telegram.buttonsOf(answer)).toEqual([]);
      expect(await h.db.prisma.counselCase.count({ where: { status: "queued" } })).toBe(2);
    },
  );

  // The one rule the code keeps (src/counselors/group.ts): in a topic, only the holder's reply to
  // the person's message reaches the person, and not one starting with //; everything else is a note.
  it.each(LOCALES)(
    "the group's /help and the case head say the same about notes in a topic, asked by a %s counselor",
    async (locale) => {
      const dana = await counselor(h, { first_name: "Dana", language_code: locale }, "Дана");
      const anna = h.user({ first_name: "Anna", language_code: "ru" });
      await askForHuman(anna);
      const threadId = (await openCaseOf(h, anna)).threadId ?? undefined;
      // The head and the group's /help speak the group's language (ru), whoever asks.
      const head = h.telegram.messagesIn(h.counselorChatId, { threadId })[0]?.text ?? "";
      expect(head.split("\n")).toContain(say("ru", "counselors-head-rule"));
      await dana.inGroup("/help");
      const help = dana.groupTexts().at(-1)!.split("\n");
      expect(help).toContain(say("ru", "counselors-head-rule"));
      expect(help).toContain(head.split("\n").find((line) => line.startsWith("✉️")));
    },
  );

  it.each(LOCALES)(
    "a plain line in a counselor's private chat with no case open, in %s: the desk's short help, not an answer",
    async (locale) => {
      const dana = await counselor(h, { first_name: "Dana", language_code: locale }, "Дана");
      const from = dana.messages().length;
      // A question a person would get an FAQ answer to; a sticker too gets the desk's help.
      await dana.send("кто такие ваши консультанты?");
      await dana.sendMedia({ sticker: { emoji: "👍" } });
      expect(dana.texts().slice(from)).toEqual([
        say(locale, "counselors-private-idle"),
        say(locale, "counselors-private-idle"),
      ]);
      expect(dana.lastText()).toMatch(/\/take REF.*\/queue.*\/cases/s);
      expect(h.telegram.buttonsOf(dana.last()!)).toEqual([]);
      // Nothing reached the group: no case, no message anywhere else.
      expect(dana.groupTexts().join("\n")).not.toContain("консультанты");
    },
  );

  it("someone removed from the group is a person again: their question gets the knowledge base", async () => {
    const dana = await counselor(h, { first_name: "Dana", language_code: "en" }, "Dana");
    // Telegram tells the bot (chat_member): what it remembered of her from /alias no longer holds.
    await memberChange(h, dana.user, "kicked");
    await dana.send("is it anonymous?");
    expect(dana.lastText()).not.toBe(say("en", "counselors-private-idle"));
    // The answer and its rating, or the questions to choose from: the knowledge base's buttons, not the desk's.
    expect(
      dana.buttons().some((label) => label === say("en", "faq-helpful-yes") || /^1\. /.test(label)),
    ).toBe(true);
  });

  it("a group member without an alias, like anyone else, gets the people's /help in private", async () => {
    const member = h.counselor({ first_name: "New", language_code: "en" });
    await member.send("/start");
    await member.send("/help");
    expect(member.lastText()).toContain(say("en", "help-intro"));
  });

  it.each(LOCALES)("/queue and /cases in a private chat, in %s, as in the group", async (locale) => {
    const dana = await counselor(h, { first_name: "Dana", language_code: locale }, "Дана");
    const anna = h.user({ first_name: "Anna", language_code: locale });
    await askForHuman(anna, locale);
    const { ref } = await openCaseOf(h, anna);
    await dana.send("/queue");
    // Was the people's "I don't know the command /queue" and the main menu.
    expect(dana.lastText()).toContain(ref);
    expect(dana.lastText()).not.toContain(say(locale, "unhandled-command", { command: "/queue" }));
    await dana.inGroup("/queue");
    expect(dana.groupTexts().at(-1)).toBe(dana.lastText());
    await dana.send("/cases");
    expect(dana.lastText()).toContain(say(locale, "counselors-queue-title", { count: 1 }));
    expect(dana.lastText()).toContain(ref);
    // Anyone else's /queue is a command the bot does not know: no case is shown to a person.
    const stranger = h.user({ language_code: locale });
    await stranger.send("/cases");
    expect(stranger.lastText()).toContain(say(locale, "unhandled-command", { command: "/cases" }));
  });
});
