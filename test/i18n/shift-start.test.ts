// The next shift's start ($when) is written by Intl as "пятница, 27 ноября в 09:00" or
// "27 қараша, жұма, 09:00": a name in the nominative. Russian and Kazakh sentences would need it in
// another case ("смена начнётся в пятницу", "09:00-де басталады"), so it stands as a label's value,
// after a colon, or in brackets. It read "смена начнётся пятница, 27 ноября в 09:00".
import { describe, expect, it } from "vitest";
import { testContent } from "../support/content.ts";

describe("the next shift's start in Russian and Kazakh texts", () => {
  it.each(["kk", "ru"] as const)("%s: stands after a colon or in brackets", (locale) => {
    const text = testContent().locales[locale];
    const uses = [...text.matchAll(/(.{0,12})\{ \$when \}/g)].map((match) => match[0]);
    expect(uses.length).toBeGreaterThan(3);
    expect(uses.filter((use) => !/(: |\()\{ \$when \}$/.test(use))).toEqual([]);
  });
});
