// Each counselor reads the desk in their own language (their Telegram language at first, then
// /lang), while what the bot writes in the shared group (topic names, head messages) is in the
// group's one language (COUNSELOR_LOCALE, else DEFAULT_LOCALE). Through the real bot, in kk, ru
// and en, on both databases.
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import * as counselors from "../../src/db/counselors.ts";
import { DATABASE_KINDS, type Harness } from "../support/harness.ts";
import { counselor, deskHooks, identityLeaks, openCaseOf, say, topicOf } from "./helpers.ts";

const OTHER: Record<Locale, Locale> = { kk: "en", ru: "kk", en: "ru" };

describe.each(DATABASE_KINDS)("the desk's languages on %s", (kind) => {
  describe.each(["kk", "ru", "en"] as const)("group in %s", (group) => {
    let h: Harness;
    deskHooks(kind, { config: { COUNSELOR_LOCALE: group } }, (harness) => {
      h = harness;
    });

    /** /lang's usage in `locale`, for a counselor whose language is `current` now. */
    const langUsage = (locale: Locale, current: Locale) =>
      say(locale, "counselors-lang-usage", {
        current: say(locale, "counselors-language-name", { code: current }),
        choices: "kk | ru | en",
        group: say(locale, "counselors-language-name", { code: group }),
      });

    it("writes the topic in the group's language and everything for one counselor in theirs", async () => {
      const mine = OTHER[group];
      const dana = await counselor(h, { language_code: mine }, "Дана");
      expect(dana.groupTexts().at(-1)).toBe(
        say(mine, "counselors-alias-saved", {
          alias: "Дана",
          shown: say(mine, "counselors-alias-shown", { alias: "Дана" }),
        }) +
          "\n" +
          say(mine, "counselors-alias-open-private", { bot: h.telegram.botInfo.username }),
      );
      expect((await counselors.byPseudonym(h.app.db, h.app.pseudonymize(dana.id)))?.locale).toBe(mine);
      const erlan = await counselor(h, { language_code: group }, "Ерлан");

      const person = h.user({ language_code: "ru" });
      await person.send("/start");
      await person.press(say("ru", "menu-triage"));
      await person.press(say("ru", "triage-who-family"));
      await person.press(say("ru", "triage-concern-changed-behaviour"));
      await person.press(say("ru", "triage-urgency-info"));
      await person.press(say("ru", "triage-skip"));
      await person.press(say("ru", "menu-talk"));
      await person.press(say("ru", "consent-allow"));
      const item = await openCaseOf(h, person);
      const topic = h.telegram.topicsOf(h.counselorChatId).find((t) => t.threadId === item.threadId);
      expect(topic?.name).toBe(
        `${item.ref} · ru · ${say(group, "counselors-concern-changed-behaviour")} · — · 🟢 P2`,
      );
      const head = () => h.telegram.messagesIn(h.counselorChatId, { threadId: topicOf(item) })[0]!;
      expect(head().text).toContain(
        say(group, "counselors-head-triage", {
          who: say(group, "counselors-who-family"),
          concern: say(group, "counselors-concern-changed-behaviour"),
          urgency: say(group, "counselors-urgency-info"),
        }),
      );
      expect(h.telegram.buttonsOf(head()).map((b) => b.text)).toContain(say(group, "counselors-button-take"));

      // Take: the alert and the private chat in Dana's language; the head stays in the group's.
      await dana.pressInGroup(say(group, "counselors-button-take"), { threadId: topicOf(item) });
      expect(h.telegram.callsTo("answerCallbackQuery").at(-1)?.payload).toMatchObject({
        text: say(mine, "counselors-take-won", { ref: item.ref }),
      });
      const summary = dana.texts().at(-1)!;
      expect(summary).toContain(say(mine, "counselors-private-taken", { ref: item.ref }));
      expect(summary).toContain(say(mine, "counselors-concern-changed-behaviour"));
      expect(summary).toContain(say(mine, "counselors-private-help"));
      expect(head().text).toContain(
        say(group, "counselors-status-active", { alias: "Дана", time: "23.11 11:00" }),
      );

      // Commands answer in the sender's language, in the group and in private.
      await dana.inGroup("/queue");
      expect(dana.groupTexts().at(-1)?.split("\n")[0]).toBe(
        say(mine, "counselors-queue-title", { count: 0 }),
      );
      await erlan.inGroup("/queue");
      expect(erlan.groupTexts().at(-1)?.split("\n")[0]).toBe(
        say(group, "counselors-queue-title", { count: 0 }),
      );
      await dana.send("/t");
      expect(dana.lastText()).toContain(say(mine, "counselors-templates"));
      const titles = h.app.content.templates.map((template) => template.title[mine]);
      for (const title of titles) expect(dana.lastText()).toContain(title);
      await dana.send("/t greeting");
      expect(dana.lastText()).toContain(
        say(mine, "counselors-template-sent", {
          ref: item.ref,
          language: say(mine, "counselors-language-name", { code: "ru" }),
          text: h.app.content.templates[0]!.ru.replaceAll("{alias}", "Дана"),
        }),
      );

      // /lang changes it; a notice sent later, outside any update of Dana's, follows.
      await dana.send("/lang");
      expect(dana.lastText()).toBe(langUsage(mine, mine));
      await dana.inGroup(`/lang ${group}`);
      expect(dana.groupTexts().at(-1)).toBe(
        say(group, "counselors-lang-saved", {
          language: say(group, "counselors-language-name", { code: group }),
        }),
      );
      await person.send("/end");
      await person.press(say("ru", "counselors-end-yes"));
      expect(dana.lastText()).toBe(say(group, "counselors-notice-ended", { ref: item.ref }));
      // Without consent to keep the history the topic is deleted at once.
      expect(h.telegram.topicsOf(h.counselorChatId)).toEqual([]);
      expect(identityLeaks(h, person.user, [dana, erlan])).toEqual([]);
    });

    it("answers a stranger's /lang kindly and a forged language with the usage", async () => {
      const stranger = h.counselor({ language_code: group });
      await stranger.inGroup("/lang kk");
      expect(stranger.groupTexts().at(-1)).toBe(say(group, "counselors-alias-first"));
      const dana = await counselor(h, { language_code: "fr" }, "Дана");
      // Telegram's "fr" is none of ours: the group's language until she chooses.
      expect((await counselors.byPseudonym(h.app.db, h.app.pseudonymize(dana.id)))?.locale).toBeNull();
      await dana.send("/lang de");
      expect(dana.lastText()).toContain(langUsage(group, group));
      await dana.send(`/lang ${"x".repeat(4000)}`);
      expect((await counselors.byPseudonym(h.app.db, h.app.pseudonymize(dana.id)))?.locale).toBeNull();
    });
  });
});
