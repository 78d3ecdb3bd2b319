// The person's "End the conversation" buttons are sealed for the case's person, as the desk's are: a crafted or
// replayed press (another person's case id, data without or with a wrong seal) ends nothing and asks nothing.
import { describe, expect, it } from "vitest";
import { caseEnd, caseEndAnswer, ownerSeal } from "../../src/counselors/buttons.ts";
import { DATABASE_KINDS, type Harness } from "../support/harness.ts";
import { askForHuman, deskHooks, openCaseOf, say } from "./helpers.ts";

describe.each(DATABASE_KINDS)("sealed end buttons on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  function callbackAnswers(from: number): string[] {
    return h.telegram.calls
      .slice(from)
      .filter((call) => call.method === "answerCallbackQuery")
      .map((call) => String(call.payload.text ?? ""));
  }

  async function status(id: number): Promise<string | undefined> {
    return (await h.db.prisma.counselCase.findUnique({ where: { id } }))?.status;
  }

  it.each(["kk", "ru", "en"] as const)(
    "%s: forged and replayed presses end nobody's case",
    async (locale) => {
      const anna = h.user({ language_code: locale });
      const mallory = h.user({ language_code: locale });
      await askForHuman(anna, locale);
      await askForHuman(mallory, locale);
      const annas = await openCaseOf(h, anna);
      const mallorys = await openCaseOf(h, mallory);
      const malloryOwn = (id: number) => ownerSeal(id, h.app.pseudonymize(mallory.id));
      const forged = [
        // Anna's case id under Mallory's own seal, with no seal, with a made-up one.
        caseEnd.encode(annas.id, malloryOwn(annas.id)),
        caseEndAnswer.encode("yes", annas.id, malloryOwn(annas.id)),
        `case-end-ok:yes:${annas.id}`,
        `case-end:${annas.id}`,
        `case-end-ok:yes:${annas.id}:AAAAAAAAAA`,
      ];
      const before = mallory.messages().length;
      const calls = h.telegram.calls.length;
      for (const data of forged) await mallory.pressForged(data);
      expect(await status(annas.id)).toBe("queued");
      expect(await status(mallorys.id)).toBe("queued");
      // Nothing asked about Anna's case (her case id under Mallory's seal asks about Mallory's own, as /end
      // would); the ones not sealed for Mallory are answered "no longer works".
      const shown = mallory
        .messages()
        .slice(before)
        .flatMap((message) => h.telegram.buttonsOf(message));
      expect(shown.map((button) => button.data)).not.toContainEqual(expect.stringContaining(`:${annas.id}:`));
      expect(callbackAnswers(calls).filter((text) => text === say(locale, "stale-button"))).toHaveLength(3);
      expect(anna.texts()).not.toContainEqual(
        expect.stringContaining(say(locale, "counselors-closed-ended")),
      );

      // Anna's own buttons, as sent, still end her case after one "are you sure?".
      await anna.press(say(locale, "counselors-end-button"));
      expect(anna.lastText()).toBe(say(locale, "counselors-end-confirm"));
      await anna.press(say(locale, "counselors-end-yes"));
      expect(await status(annas.id)).toBe("closed");
    },
  );

  it("the buttons carry the seal of their person", async () => {
    const anna = h.user({ language_code: "ru" });
    await askForHuman(anna, "ru");
    const item = await openCaseOf(h, anna);
    const seal = ownerSeal(item.id, h.app.pseudonymize(anna.id));
    const waiting = anna.messages().find((message) => message.messageId === item.waitMessageId)!;
    expect(h.telegram.buttonsOf(waiting).map((button) => button.data)).toEqual([
      `case-end:${item.id}:${seal}`,
    ]);
    await anna.press(say("ru", "counselors-end-button"));
    expect(h.telegram.buttonsOf(anna.last()!).map((button) => button.data)).toEqual([
      `case-end-ok:yes:${item.id}:${seal}`,
      `case-end-ok:no:${item.id}:${seal}`,
    ]);
  });
});
