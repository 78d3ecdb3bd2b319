// Round 16's classes (crisistune17) through the real bot on both databases: a sample of each class of self-harm and
// danger widened gets the safety reply and is stored as a crisis of its category, in kk, ru and en; being made to
// attend gatherings or to dress one way (the last stop's over-raises, rules and model) gets no safety reply and no
// stored crisis, and the answer for someone forced to attend (FAQ round 14), first or as the first choice.
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import type { CrisisCategory } from "../../src/crisis/categories.ts";
import { DATABASE_KINDS, type Harness, harnessHooks } from "../support/harness.ts";
import { firstMessage, itRaises } from "./crisis-bot.ts";

const WIDENED: [Locale, CrisisCategory, string][] = [
  ["kk", "self-harm", "бәріне ауыртпалықпын, менің өлгенім дұрыс"],
  ["kk", "self-harm", "anashym, aqshamdy sagan qaldyrdym, endi qaityp kelmeimin"],
  ["ru", "self-harm", "таблетки есть, только смелости не хватает"],
  ["ru", "self-harm", "дочь ходит в длинных рукавах даже летом"],
  ["en", "self-harm", "she googled painless ways to die"],
  ["en", "self-harm", "i wnna b dead"],
  ["kk", "danger", "олар мені іздеп жүр, қайда тығылсам болады"],
  ["ru", "danger", "он обещал меня убить, если я подам на развод"],
  ["en", "danger", "i'm not safe at home"],
];

// Raised by the rules as danger ("beaten"); round 19's retrained model also guesses self-harm from "throat", and since
// crisistune20 the rules' first match leads (detector.ts), so danger is stored and its steps come first.
const STRANGLED: [Locale, string] = ["en", "he had his hands around my throat"];

const MADE_TO_ATTEND: [Locale, string][] = [
  ["en", "my parents force me to go to their gatherings"],
  ["ru", "родители заставляют меня ходить на их собрания"],
  ["kk", "ата-анам мені жиналыстарына баруға мәжбүрлейді"],
];

describe.each(DATABASE_KINDS)("round 16's classes through the bot on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, {}, (harness) => {
    h = harness;
  });

  itRaises(() => h, WIDENED);

  it("en: someone's hands around the throat gets the safety reply with the danger's steps", async () => {
    const { replies, crisis, storedCategory } = await firstMessage(h, ...STRANGLED);
    expect(crisis).toBe(true);
    expect(storedCategory).toBe("danger");
    expect(replies[0]!.text).toContain("112");
    expect(replies[0]!.text).toContain("102");
  });

  it.each(MADE_TO_ATTEND)(
    "%s: %s gets the forced-to-attend answer, not the crisis reply",
    async (locale, text) => {
      const { replies, buttons, crisis, storedCategory } = await firstMessage(h, locale, text);
      expect(crisis).toBe(false);
      expect(storedCategory).toBeUndefined();
      expect(replies).toHaveLength(1);
      expect(buttons[0]!.find((data) => /^faq-(?:rate:yes|open):/.test(data ?? ""))).toMatch(
        /:forced-to-attend$/,
      );
    },
  );
});
