// /language in the middle of a case: a brief confirmation (no whole menu), the case's later texts (the end, the
// rating) in the new language, the topic's name and head saying it, and the counselor told once.
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import { DATABASE_KINDS, type Harness, type TestUser } from "../support/harness.ts";
import { askForHuman, counselor, deskHooks, openCaseOf, say, takenCase, topicOf } from "./helpers.ts";

const NATIVE: Record<Locale, string> = { kk: "Қазақша", ru: "Русский", en: "English" };
/** Each language, and the one the person switches to. */
const SWITCHES: [Locale, Locale][] = [
  ["kk", "ru"],
  ["ru", "en"],
  ["en", "kk"],
];

describe.each(DATABASE_KINDS)("changing language during a case on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  async function chooseLanguage(person: TestUser, locale: Locale): Promise<string[]> {
    await person.send("/language");
    const from = person.messages().length;
    await person.press(NATIVE[locale]);
    return person.texts().slice(from);
  }

  it.each(SWITCHES)(
    "%s -> %s while talking: brief, the counselor told, the end in the new one",
    async (from, to) => {
      const dana = await counselor(h, { first_name: "Dana" }, "Дана");
      const person = h.user({ language_code: from });
      const { item } = await takenCase(h, person, dana, from);
      const seen = await chooseLanguage(person, to);
      expect(seen).toEqual([`${say(to, "language-changed")}\n\n${say(to, "language-changed-case")}`]);
      // No menu in the middle of a conversation.
      expect(h.telegram.buttonsOf(person.last()!)).toEqual([]);
      expect((await openCaseOf(h, person)).locale).toBe(to);
      // Dana reads the desk in Russian: the language named in it.
      const told = say("ru", "counselors-person-language", {
        ref: item.ref,
        language: say("ru", "counselors-language-name", { code: to }),
      });
      expect(dana.lastText()).toBe(told);
      // Choosing the same language again tells her nothing more.
      await chooseLanguage(person, to);
      expect(dana.texts().filter((text) => text === told)).toHaveLength(1);

      await person.send("/end");
      expect(person.lastText()).toBe(say(to, "counselors-end-confirm"));
      await person.press(say(to, "counselors-end-yes"));
      expect(person.texts()).toContainEqual(expect.stringContaining(say(to, "counselors-closed-ended")));
      expect(person.buttons()).toContain(say(to, "counselors-rate-skip"));
    },
  );

  it("while waiting, nobody holding it: the topic is told, and the waiting goes on", async () => {
    const person = h.user({ language_code: "ru" });
    await askForHuman(person, "ru");
    const item = await openCaseOf(h, person);
    await chooseLanguage(person, "kk");
    const topic = h.telegram.messagesIn(h.counselorChatId, { threadId: topicOf(item) }).map((m) => m.text);
    expect(topic.at(-1)).toBe(
      say("ru", "counselors-person-language", {
        ref: item.ref,
        language: say("ru", "counselors-language-name", { code: "kk" }),
      }),
    );
    expect(await openCaseOf(h, person)).toMatchObject({ id: item.id, status: "queued", locale: "kk" });
  });

  it.each(SWITCHES)(
    "%s -> %s: the topic's name and its head follow the person's language (outsider 31, item 3)",
    async (from, to) => {
      const person = h.user({ language_code: from });
      await askForHuman(person, from);
      const item = await openCaseOf(h, person);
      const threadId = topicOf(item);
      const nameOf = () => h.telegram.topicsOf(h.counselorChatId).find((t) => t.threadId === threadId)?.name;
      const headOf = () => h.telegram.messagesIn(h.counselorChatId, { threadId })[0]?.text ?? "";
      const details = (code: Locale) =>
        say("ru", "counselors-head-details", {
          locale: say("ru", "counselors-language-name", { code }),
          region: "—",
          source: say("ru", "counselors-source-menu"),
        });
      expect(nameOf()).toContain(` · ${from} · `);
      expect(headOf()).toContain(details(from));
      await chooseLanguage(person, to);
      expect(nameOf()).toContain(` · ${to} · `);
      expect(nameOf()).not.toContain(` · ${from} · `);
      expect(headOf()).toContain(details(to));
      expect(headOf()).not.toContain(details(from));
    },
  );

  it("with no case open, the language's confirmation comes with the menu, as before", async () => {
    const person = h.user({ language_code: "ru" });
    await person.send("/start");
    const seen = await chooseLanguage(person, "en");
    expect(seen).toEqual([`${say("en", "language-changed")}\n\n${say("en", "menu-prompt")}`]);
  });
});
