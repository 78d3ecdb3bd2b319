// Desk buttons pressed in the counselors' group by someone who is not a member of it (a forged press, or a
// press arriving after they left): a refusal in their language, never the set-up hint, and nothing changes.
// A member without an alias still learns how to join.
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/config/index.ts";
import { caseAction, caseOutcome, caseSeal } from "../../src/counselors/buttons.ts";
import { DATABASE_KINDS, type Harness } from "../support/harness.ts";
import { askForHuman, caseByRef, deskHooks, openCaseOf, say, topicOf } from "./helpers.ts";

describe.each(DATABASE_KINDS)("desk buttons pressed by a stranger on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  it.each(LOCALES)(
    "refuses a non-member's Take, Close and outcome (%s) and keeps the case queued",
    async (locale) => {
      const anna = h.user({ first_name: "Anna", language_code: "ru" });
      await askForHuman(anna);
      const item = await openCaseOf(h, anna);
      const head = h.telegram.messagesIn(h.counselorChatId, { threadId: topicOf(item) })[0]!;
      const stranger = h.counselor({ first_name: "Mallory", language_code: locale });
      const presses = [
        caseAction.encode("take", item.id, caseSeal(h, item.id)),
        caseAction.encode("close", item.id, caseSeal(h, item.id)),
        caseOutcome.encode(item.id, "consulted", caseSeal(h, item.id)),
      ].map((data) =>
        h.telegram.callbackPress(stranger.user, h.counselorChatId, head.messageId, data, { forged: true }),
      );
      // Gone from the group before the presses arrive: the bot asks Telegram and learns it.
      h.telegram.setMember(h.counselorChatId, stranger.user, "left");
      const from = h.telegram.calls.length;
      for (const press of presses) await h.handle(press);
      const answers = h.telegram.calls.slice(from).filter((call) => call.method === "answerCallbackQuery");
      expect(answers.map((call) => call.payload.text)).toEqual(
        presses.map(() => say(locale, "counselors-not-member")),
      );
      expect(answers.every((call) => call.payload.show_alert === true)).toBe(true);
      const after = await caseByRef(h, item.ref);
      expect(after.status).toBe("queued");
      expect(after.counselorId).toBeNull();
    },
  );

  it("still tells a member without an alias how to join", async () => {
    const anna = h.user({ first_name: "Anna", language_code: "ru" });
    await askForHuman(anna);
    const item = await openCaseOf(h, anna);
    const nameless = h.counselor({ first_name: "Nameless", language_code: "kk" });
    await nameless.pressInGroup("✋ Взять", { threadId: topicOf(item) });
    expect(h.telegram.callsTo("answerCallbackQuery").at(-1)?.payload.text).toBe(
      say("kk", "counselors-alias-first"),
    );
    expect((await caseByRef(h, item.ref)).status).toBe("queued");
  });
});
