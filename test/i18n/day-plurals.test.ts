// Days are written out and declined: "1 день, 2 дня, 5 дней" (never "30 дн."), "1 day, 2 days", "1 күн", through
// Fluent's plural selectors. Through the real bot: the history question a person reads with HISTORY_DAYS of 1.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { askForHuman, deskHooks } from "../counselors/helpers.ts";
import { DATABASE_KINDS, type Harness } from "../support/harness.ts";
import { say } from "../support/words.ts";

const ONE_DAY = { kk: "1 күн", ru: "1 день", en: "1 day" } as const;

describe("day counts in the texts", () => {
  it("ru.ftl has no abbreviated 'дн.', and en.ftl never says '{ $days } days' outside a plural selector", () => {
    const ru = readFileSync("locales/ru.ftl", "utf8");
    expect(ru.match(/.*\bдн\..*/g) ?? []).toEqual([]);
    const en = readFileSync("locales/en.ftl", "utf8");
    expect(en.match(/^[a-z-]+ = .*\{ \$days \} days.*/gm) ?? []).toEqual([]);
  });

  it.each([
    [1, "1 день", "1 day"],
    [2, "2 дня", "2 days"],
    [5, "5 дней", "5 days"],
    [21, "21 день", "21 days"],
  ])("%i: ru '%s', en '%s'", (days, ru, en) => {
    for (const key of ["consent-history-explain", "counselors-history-kept", "privacy-explain-history"]) {
      expect(say("ru", key, { days })).toContain(ru);
      expect(say("en", key, { days })).toContain(en);
    }
  });
});

describe.each(DATABASE_KINDS)("the history question with HISTORY_DAYS 1 on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, { config: { HISTORY_DAYS: 1 } }, (harness) => {
    h = harness;
  });

  it.each(["kk", "ru", "en"] as const)("%s: the day is written out", async (locale) => {
    const person = h.user({ language_code: locale });
    await askForHuman(person, locale);
    expect(person.lastText()).toBe(say(locale, "consent-history-explain", { days: 1 }));
    expect(person.lastText()).toContain(ONE_DAY[locale]);
    await person.press(say(locale, "consent-allow"));
    expect(person.lastText()).toContain(ONE_DAY[locale]);
  });
});
