// A rating button acts only for the person it was sent to (outsider 28, item 3): case ids are small sequential
// numbers, so the button is sealed for its person. A forged "case-rate" (another's case, or no seal) gets "this
// button no longer works", and no rating is stored; the person's own button still counts.

import { describe, expect, it } from "vitest";
import { PURGE_JOBS } from "../../src/bot/jobs.ts";
import type { Locale } from "../../src/config/index.ts";
import { purgeOnce } from "../../src/retention/index.ts";
import { DATABASE_KINDS, type Harness } from "../support/harness.ts";
import { counselor, deskHooks, say, takenCase } from "./helpers.ts";

const MINUTE = 60_000;

describe.each(DATABASE_KINDS)("a forged rating on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  it.each(["kk", "ru", "en"] as const)(
    "%s: someone else's rating of a closed case changes nothing",
    async (locale: Locale) => {
      const dana = await counselor(h, { first_name: "Dana" }, "Дана");
      const person = h.user({ language_code: locale });
      const { item } = await takenCase(h, person, dana, locale);
      await person.send("…");
      h.clock.advance(h.config.CASE_IDLE_MINUTES * MINUTE + MINUTE);
      await purgeOnce(h.app, PURGE_JOBS, h.clock.now(), h.bot.api);
      expect(person.lastText()).toContain(say(locale, "counselors-rate-question"));

      const teen = h.user({ language_code: locale });
      await teen.send("/start");
      const own = h.telegram.buttonsOf(h.telegram.lastMessageWithButtons(person.id)!)[0]!.data!;
      // Without a seal the data is malformed: the bot's answer to any stale button, and the menu follows; a wrong
      // seal or another's button: only that it no longer works (no menu follows, none is promised).
      for (const [data, answer] of [
        [`case-rate:${item.id}:1`, "stale-button"],
        [`case-rate:${item.id}:1:AAAAAAAAAA`, "stale-button-only"],
        [own, "stale-button-only"],
      ] as const) {
        const before = h.telegram.calls.length;
        await teen.pressForged(data);
        const answers = h.telegram.calls
          .slice(before)
          .filter((call) => call.method === "answerCallbackQuery");
        expect(answers.map((call) => call.payload.text)).toEqual([say(locale, answer)]);
      }
      expect(teen.texts()).not.toContain(say(locale, "counselors-rate-thanks"));
      expect(await h.db.prisma.caseRating.count()).toBe(0);

      await person.press("5");
      expect(person.texts()).toContain(say(locale, "counselors-rate-thanks"));
      expect(await h.db.prisma.caseRating.findMany({ select: { rating: true } })).toEqual([{ rating: 5 }]);
    },
  );
});
