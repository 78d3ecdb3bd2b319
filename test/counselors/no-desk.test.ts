// "Talk to a person" with no counselors' group configured (outsider 30, item 19: COUNSELOR_CHAT_ID unset): no
// consent is asked for a desk that does not exist; one message offers the hotline 114 and the centers, honestly.
// Through the real bot on both databases, in kk, ru and en.
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/config/index.ts";
import { DATABASE_KINDS, type Harness, harnessHooks } from "../support/harness.ts";
import { say } from "../support/words.ts";

describe.each(DATABASE_KINDS)("no counselors' group, on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, { config: { COUNSELOR_CHAT_ID: undefined } }, (harness) => {
    h = harness;
  });

  it.each(LOCALES)("%s: the hotline and the centers in one message, no consent asked", async (locale) => {
    const person = h.user({ language_code: locale });
    await person.send("/start");
    const from = person.messages().length;
    await person.press(say(locale, "menu-talk"));
    const seen = person.texts().slice(from);
    expect(seen).toEqual([say(locale, "counselors-unavailable")]);
    expect(seen[0]).toContain("114");
    expect(seen.join("\n")).not.toContain(say(locale, "consent-counselor-explain", { carried: "no" }));
    expect(person.buttons()).toEqual([say(locale, "menu-centers"), say(locale, "menu-button")]);
    expect(await h.db.prisma.consent.count()).toBe(0);
    expect(await h.db.prisma.counselCase.count()).toBe(0);
    await person.press(say(locale, "menu-centers"));
    expect(person.texts().length).toBeGreaterThan(from + 1);
  });
});
