// A person who was just blocked asks why (outsider29, item 27: "почему вы меня заблокировали?" got an FAQ
// suggestion about a relative): the block's own words (until when, 114, 112), through the real bot on both
// databases in kk (Cyrillic and Latin), ru and en. Someone not blocked who asks about blocking is matched as before.
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import { untilDate } from "../../src/i18n/dates.ts";
import { DAY_MS } from "../../src/time/durations.ts";
import { blockPerson } from "../counselors/helpers.ts";
import { DATABASE_KINDS, type Harness, harnessHooks } from "../support/harness.ts";
import { say } from "../support/words.ts";

const WHY_BLOCKED: { locale: Locale; text: string }[] = [
  { locale: "ru", text: "почему вы меня заблокировали?" },
  { locale: "ru", text: "за что бан?" },
  { locale: "ru", text: "зачем меня забанили" },
  { locale: "kk", text: "неге мені бұғаттадыңыз?" },
  { locale: "kk", text: "nege meni bugattadynyz" },
  { locale: "en", text: "why did you block me?" },
  { locale: "en", text: "why am I banned" },
];

describe.each(DATABASE_KINDS)("a blocked person asking why on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, {}, (harness) => {
    h = harness;
  });

  it.each(WHY_BLOCKED)("$locale: $text → until when, and 114 and 112", async ({ locale, text }) => {
    const person = h.user({ language_code: locale });
    const until = await blockPerson(h, person, 3 * DAY_MS);
    await person.send(text);
    const date = untilDate(locale, until, h.config.TIME_ZONE);
    expect(person.lastText()).toContain(say(locale, "menu-talk-blocked", { date }));
    expect(person.buttons()).not.toContain(say(locale, "menu-talk"));
  });

  it("ru: someone not blocked who asks about blocking gets no block's words", async () => {
    const person = h.user({ language_code: "ru" });
    await person.send("почему вы меня заблокировали?");
    expect(person.texts().join("\n")).not.toContain("не получится");
  });
});
