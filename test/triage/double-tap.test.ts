// A double tap in "Help me figure out": the same answer pressed twice (two updates with the same button, before the
// first one's edit took the buttons away, or a second device) asks the next question once, in kk, ru and en.
// Another answer pressed on an earlier question still changes it (conversation.test.ts).
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/config/index.ts";
import { DATABASE_KINDS, type Harness, harnessHooks } from "../support/harness.ts";
import { say } from "../support/words.ts";

describe.each(DATABASE_KINDS)("a double tap in the triage on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, {}, (harness) => {
    h = harness;
  });

  it.each(LOCALES)(
    "%s: each question is asked once, and the second tap is answered quietly",
    async (locale) => {
      const person = h.user({ language_code: locale });
      await person.send("/start");
      await person.press(say(locale, "menu-triage"));
      for (const [answer, next] of [
        ["triage-who-family", "triage-ask-concern"],
        ["triage-concern-legal", "triage-ask-urgency"],
        ["triage-urgency-soon", "triage-ask-region"],
      ] as const) {
        const question = person.last()!;
        const button = h.telegram
          .buttonsOf(question)
          .find((candidate) => candidate.text === say(locale, answer));
        const tap = () => h.telegram.callbackPress(person.user, person.id, question.messageId, button!.data!);
        // Both taps are made before the bot answers either: Telegram delivers them one after the other.
        const [first, second] = [tap(), tap()];
        const callsBefore = h.telegram.calls.length;
        await h.handle(first);
        await h.handle(second);
        expect(person.texts().filter((text) => text === say(locale, next))).toHaveLength(1);
        // Every tap gets its answer (no spinning button), and nothing else reaches the chat.
        const answered = h.telegram.calls
          .slice(callsBefore)
          .filter((call) => call.method === "answerCallbackQuery");
        expect(answered).toHaveLength(2);
      }
    },
  );
});
