// What no feature takes: unknown commands, media the bot cannot read, stale or forged buttons.
import { describe, expect, it } from "vitest";
import { DATABASE_KINDS, type Harness, harnessHooks } from "../support/harness.ts";

describe.each(DATABASE_KINDS)("input nobody handles on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, {}, (harness) => {
    h = harness;
  });

  it("answers unknown commands, stickers and forged buttons kindly, with the menu", async () => {
    const person = h.user({ language_code: "en" });
    await person.send("/frobnicate");
    expect(person.lastText()).toContain("I don't know the command /frobnicate");
    expect(person.buttons().length).toBeGreaterThan(0);
    await person.sendMedia({ sticker: true });
    expect(person.lastText()).toContain("I can't read stickers");
    await person.pressForged("lang:xx");
    const answer = h.telegram.callsTo("answerCallbackQuery").at(-1);
    expect(answer?.payload.text).toBe("This button is no longer active. Here is the menu again.");
    await person.pressForged("x".repeat(60));
    expect(person.lastText()).toContain("Choose what you need");
  });
});
