// A 🔴 case first, through the real bot on both databases (counselors reading kk, ru and en): a counselor who takes
// a 🟢 case while a 🔴 one waits untaken is reminded in their own reply, and the 🔴 case is announced again in the
// general topic at most once every five minutes; when the 🔴 case is taken, its topic and the general topic say by
// whom, so that nobody else rushes to it.
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/config/index.ts";
import { DATABASE_KINDS, type Harness } from "../support/harness.ts";
import { askForHuman, counselor, deskHooks, openCaseOf, SELF_HARM, say, topicOf } from "./helpers.ts";

describe.each(DATABASE_KINDS)("a 🔴 case waiting while others are taken, on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });
  const general = () =>
    h.telegram
      .messagesIn(h.counselorChatId)
      .filter((m) => m.from.is_bot && m.threadId === undefined)
      .map((m) => m.text ?? "");

  it.each(LOCALES)(
    "%s: the taker of a 🟢 case is reminded, the group re-told at most every 5 min, the Take said",
    async (locale) => {
      const dana = await counselor(h, { first_name: "Dana", language_code: locale }, "Дана");
      const erlan = await counselor(h, { first_name: "Erlan", language_code: locale }, "Ерлан");
      const greens = [
        h.user({ language_code: "ru" }),
        h.user({ language_code: "ru" }),
        h.user({ language_code: "ru" }),
      ];
      for (const person of greens) await askForHuman(person);
      const boris = h.user({ language_code: "ru" });
      await boris.send("/start");
      await boris.send(SELF_HARM.ru);
      await boris.press(say("ru", "crisis-talk"));
      await boris.press(say("ru", "consent-allow"));
      const red = await openCaseOf(h, boris);
      expect(red.priority).toBe(0);
      const [first, second, third] = await Promise.all(greens.map((person) => openCaseOf(h, person)));
      const waitingLine = say("ru", "counselors-crisis-waiting-group", { ref: red.ref });

      await dana.pressInGroup("✋ Взять", { threadId: topicOf(first!) });
      expect(dana.texts().join("\n")).toContain(
        say(locale, "counselors-crisis-waiting-taker", { ref: red.ref }),
      );
      expect(general().filter((text) => text === waitingLine)).toHaveLength(1);

      // Within five minutes: reminded again, the group not told twice.
      h.clock.advance(2 * 60_000);
      await erlan.pressInGroup("✋ Взять", { threadId: topicOf(second!) });
      expect(erlan.texts().join("\n")).toContain(
        say(locale, "counselors-crisis-waiting-taker", { ref: red.ref }),
      );
      expect(general().filter((text) => text === waitingLine)).toHaveLength(1);
      h.clock.advance(4 * 60_000);
      await dana.pressInGroup("✋ Взять", { threadId: topicOf(third!) });
      expect(general().filter((text) => text === waitingLine)).toHaveLength(2);

      // The 🔴 case taken: by whom, in its topic and in the general topic; the taker is not reminded of it.
      const before = erlan.texts().length;
      await erlan.pressInGroup("✋ Взять", { threadId: topicOf(red) });
      const taken = say("ru", "counselors-crisis-taken", { ref: red.ref, alias: "Ерлан" });
      expect(general()).toContain(taken);
      const topic = h.telegram.messagesIn(h.counselorChatId, { threadId: topicOf(red) }).map((m) => m.text);
      expect(topic).toContain(taken);
      const reminder = say(locale, "counselors-crisis-waiting-taker", { ref: red.ref });
      expect(erlan.texts().slice(before).join("\n")).not.toContain(reminder);
    },
  );
});
