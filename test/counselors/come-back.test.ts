// A case that falls silent closes with a warm notice and a button to talk again; the
// counselor is told the person was offered to come back. Pressing it opens a new case.
import { describe, expect, it } from "vitest";
import { PURGE_JOBS } from "../../src/bot/jobs.ts";
import type { Locale } from "../../src/config/index.ts";
import { purgeOnce } from "../../src/retention/index.ts";
import { DATABASE_KINDS, type Harness } from "../support/harness.ts";
import { askForHuman, counselor, deskHooks, identityLeaks, openCaseOf, say, takenCase } from "./helpers.ts";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describe.each(DATABASE_KINDS)("coming back after a silent close on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  const purge = () => purgeOnce(h.app, PURGE_JOBS, h.clock.now(), h.bot.api);

  it.each(["kk", "ru", "en"] as const)(
    "%s: an idle conversation ends warmly with a rating and 'talk again', which opens a new case",
    async (locale: Locale) => {
      const dana = await counselor(h, { first_name: "Dana" }, "Дана");
      const person = h.user({ language_code: locale });
      const { item: first } = await takenCase(h, person, dana, locale);
      await person.send("…");
      h.clock.advance(h.config.CASE_IDLE_MINUTES * MINUTE + MINUTE);
      expect((await purge()).counts["counselors.idle-cases"]).toBe(1);

      expect(person.lastText()).toBe(
        `${say(locale, "counselors-closed-idle")}\n\n${say(locale, "counselors-rate-question")}`,
      );
      expect(person.buttons()).toEqual([
        "1",
        "2",
        "3",
        "4",
        "5",
        say(locale, "counselors-rate-skip"),
        say(locale, "counselors-talk-again"),
      ]);
      expect(dana.lastText()).toBe(
        say("ru", "counselors-notice-idle", { ref: first.ref, minutes: h.config.CASE_IDLE_MINUTES }),
      );
      const closed = await h.db.prisma.counselCase.findUnique({ where: { id: first.id } });
      expect(closed).toMatchObject({ status: "closed", outcome: "idle" });

      await person.press(say(locale, "counselors-talk-again"));
      const again = await openCaseOf(h, person);
      expect(again.id).not.toBe(first.id);
      expect(again).toMatchObject({ status: "queued", source: "menu", locale });
      expect(person.texts().join("\n")).toContain(say(locale, "counselors-position", { position: 1 }));
      expect(identityLeaks(h, person.user, [dana])).toEqual([]);
    },
  );

  it("a request nobody took closes with an apology and 'talk again', no rating", async () => {
    const person = h.user({ language_code: "ru" });
    await askForHuman(person);
    h.clock.advance(h.config.CASE_QUEUE_DAYS * DAY + MINUTE);
    await purge();
    expect(person.lastText()).toBe(say("ru", "counselors-closed-expired"));
    expect(person.buttons()).toEqual([say("ru", "counselors-talk-again")]);
    expect(await h.db.prisma.counselCase.findFirst()).toMatchObject({ status: "closed", outcome: "expired" });
  });
});
