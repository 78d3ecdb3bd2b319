// People who waited while the desk was closed, through the real bot on both databases in kk, ru and en: at the
// shift's start (the purge's shift notices) each gets one line, that the counselors are here now, with their place,
// once however many runs; and "when?" typed while waiting gets the honest answer: off duty the next shift's day and
// time, on duty the place and the estimate, never only "received".
import { describe, expect, it } from "vitest";
import { PURGE_JOBS } from "../../src/bot/jobs.ts";
import { LOCALES, type Locale } from "../../src/config/index.ts";
import { formatOpening } from "../../src/counselors/waiting.ts";
import { purgeOnce } from "../../src/retention/index.ts";
import { DATABASE_KINDS, type Harness } from "../support/harness.ts";
import { FRIDAY_MIDNIGHT, FRIDAY_SHIFT } from "../support/words.ts";
import { askForHuman, deskHooks, say } from "./helpers.ts";

const WHEN: Record<Locale, string> = {
  kk: "қашан жауап береді?",
  ru: "когда ответят?",
  en: "when will someone answer?",
};

describe.each(DATABASE_KINDS)("the shift's start for those who waited, on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, { now: FRIDAY_MIDNIGHT, config: { CASE_IDLE_MINUTES: 24 * 60 } }, (harness) => {
    h = harness;
  });
  const purge = () => purgeOnce(h.app, PURGE_JOBS, h.clock.now(), h.bot.api);

  it.each(LOCALES)(
    "%s: 'when?' off duty names the shift; at its start one line with the place; on duty the place",
    async (locale) => {
      const first = h.user({ language_code: "ru" });
      await askForHuman(first, "ru");
      const person = h.user({ language_code: locale });
      await askForHuman(person, locale);

      h.clock.advance(60_000);
      let from = person.messages().length;
      await person.send(WHEN[locale]);
      const when = formatOpening(locale, FRIDAY_SHIFT, "Asia/Almaty");
      expect(
        person
          .messages()
          .slice(from)
          .map((m) => m.text),
      ).toEqual([say(locale, "counselors-when-off-duty", { when })]);

      // The shift starts: one line each, with the place; a second run tells nobody again.
      from = person.messages().length;
      h.clock.set(FRIDAY_SHIFT + 5 * 60_000);
      await purge();
      h.clock.advance(15 * 60_000);
      await purge();
      expect(
        person
          .messages()
          .slice(from)
          .map((m) => m.text),
      ).toEqual([say(locale, "counselors-shift-started", { position: 2 })]);
      expect(
        first.messages().filter((m) => m.text === say("ru", "counselors-shift-started", { position: 1 })),
      ).toHaveLength(1);
      // The waiting message no longer says "off duty": it shows the place.
      const waiting = person.messages().find((m) => m.text?.includes(say(locale, "counselors-waiting-hint")));
      expect(waiting?.text).toContain(say(locale, "counselors-position", { position: 2 }));

      // On duty, "when?" gets the place and the estimate.
      from = person.messages().length;
      await person.send(WHEN[locale]);
      const answer = person
        .messages()
        .slice(from)
        .map((m) => m.text ?? "");
      expect(answer).toHaveLength(1);
      expect(answer[0]).toContain(say(locale, "counselors-position", { position: 2 }));
      expect(answer[0]).not.toContain(say(locale, "counselors-queued-ack"));
    },
  );
});
