// /mydata's readable summary through the real bot, in each language (handover32): after one conversation with a
// counselor closed and another open, the person reads which consents they gave and when, how many
// conversations are open and closed, how many messages are kept and until when, and how to erase it all;
// the JSON file still comes on request.
import { describe, expect, it } from "vitest";
import {
  askForHuman,
  closeAsConsulted,
  type DeskCast,
  deskCastHooks,
  openCaseOf,
  say,
  topicOf,
} from "../counselors/helpers.ts";
import { DATABASE_KINDS } from "../support/harness.ts";
import { buttonsWithData } from "../support/words.ts";

/** The dates as each language writes them: the day of the consents (the clock stands still) and 30 days on. */
const DATES = {
  kk: { given: "2026 ж. 23 қарашада", until: "2026 ж. 23 желтоқсанға", messages: "3 хабар" },
  ru: { given: "23 ноября 2026 г.", until: "23 декабря 2026 г.", messages: "3 сообщения" },
  en: { given: "November 23, 2026", until: "December 23, 2026", messages: "3 messages" },
} as const;

describe.each(DATABASE_KINDS)("/mydata's summary on %s", (kind) => {
  let cast: DeskCast;
  deskCastHooks(kind, {}, (c) => {
    cast = c;
  });

  it.each(["kk", "ru", "en"] as const)(
    "%s: consents and when, conversations, kept messages, how to erase",
    async (locale) => {
      const { h, dana } = cast;
      const person = h.user({ language_code: locale });
      await askForHuman(person, locale);
      await person.press(say(locale, "consent-allow"));
      const first = await openCaseOf(h, person);
      await dana.pressInGroup("✋ Взять", { threadId: topicOf(first) });
      await person.send("one");
      await dana.send("two");
      await closeAsConsulted(dana, topicOf(first));
      // A second conversation, still waiting for a counselor.
      await person.send("/start");
      await person.press(say(locale, "menu-talk"));
      await person.send("three");

      await person.send("/mydata");
      const summary = person.lastText();
      const { given, until, messages } = DATES[locale];
      for (const purpose of ["counselor", "history"]) {
        expect(summary).toContain(
          say(locale, "privacy-consent-on", {
            purpose: say(locale, `privacy-purpose-${purpose}`),
            date: given,
            explain: say(locale, `privacy-explain-${purpose}`, { days: 30 }),
          }),
        );
      }
      expect(summary).toContain(say(locale, "privacy-record-cases", { open: 1, closed: 1 }));
      expect(summary).toContain(
        say(locale, "privacy-record-history", {
          table: say(locale, "privacy-table-case_history"),
          count: 3,
          days: 30,
          until,
        }),
      );
      expect(summary).toContain(messages);
      expect(summary.endsWith(say(locale, "mydata-footer"))).toBe(true);
      expect(summary).toContain("/forget");
      expect(summary).not.toMatch(/[{}]|counsel_case|case_history/);
      const files = () =>
        h.telegram.callsTo("sendDocument").filter((call) => call.payload.chat_id === person.id);
      expect(files()).toEqual([]);

      // The file, unchanged, on request.
      await person.press(say(locale, "mydata-file"));
      const [call] = files();
      expect(call?.payload.document).toBe("uploaded:my-data.json");
      expect(call?.payload.caption).toBe(say(locale, "mydata-caption"));
    },
  );

  it.each(["kk", "ru", "en"] as const)(
    "%s: /help and /privacy describe /mydata as it answers (the summary, the file on its button)",
    async (locale) => {
      const person = cast.h.user({ language_code: locale });
      await person.send("/help");
      expect(person.lastText()).toContain(`/mydata — ${say(locale, "command-mydata")}`);
      await person.send("/privacy");
      expect(person.lastText()).toContain(say(locale, "privacy-footer"));
      await person.send("/mydata");
      expect(person.lastText().startsWith(say(locale, "privacy-title"))).toBe(true);
      expect(buttonsWithData(person).map((button) => button.text)).toContain(say(locale, "mydata-file"));
      const files = cast.h.telegram
        .callsTo("sendDocument")
        .filter((call) => call.payload.chat_id === person.id);
      expect(files).toEqual([]);
    },
  );
});
