// /language: the choice is kept, and "like my Telegram" goes back to the Telegram language.
import { describe, expect, it } from "vitest";
import { DATABASE_KINDS, type Harness, harnessHooks } from "../support/harness.ts";

describe.each(DATABASE_KINDS)("the language choice on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, {}, (harness) => {
    h = harness;
  });

  it("switches language with /language and keeps the choice", async () => {
    const person = h.user({ language_code: "ru" });
    await person.send("/language");
    await person.press("English");
    expect(person.lastText()).toContain("I will write in English");
    await person.send("/menu");
    expect(person.buttons()).toContain("🌐 Language");
    await person.send("/language");
    await person.press(/Как в моём Telegram|Like my Telegram/);
    expect(person.lastText()).toContain("по-русски");
  });
});
