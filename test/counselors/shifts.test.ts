// At a shift's start the group gets a digest (riskiest, then oldest first, and what was left
// while the desk was closed); at its end a handover of the open cases. Driven by the purge's
// periodic jobs on a virtual clock; two instances send each notice once.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PURGE_JOBS } from "../../src/bot/jobs.ts";
import type { Locale } from "../../src/config/index.ts";
import { shiftNotices } from "../../src/counselors/shifts.ts";
import { purgeOnce } from "../../src/retention/index.ts";
import { dutySchedule } from "../../src/time/opening-hours.ts";
import { shiftsBetween } from "../../src/time/shifts.ts";
import { DATABASE_KINDS, type Harness } from "../support/harness.ts";
import { askForHuman, counselor, deskHarness, identityLeaks, openCaseOf, say } from "./helpers.ts";

const MINUTE = 60_000;
/** Monday 23 November 2026, hh:mm in Almaty (UTC+5). */
const monday = (hours: number, minutes = 0) => Date.UTC(2026, 10, 23, hours - 5, minutes);

describe("shifts from the duty hours", () => {
  it("splits at a break, joins across midnight, skips days off", () => {
    const split = dutySchedule("mon-fri 09:00-13:00 14:00-18:00", "", "Asia/Almaty");
    expect(shiftsBetween(split, monday(8), monday(20))).toEqual([
      { start: monday(9), end: monday(13) },
      { start: monday(14), end: monday(18) },
    ]);
    const night = dutySchedule("mon-sun 22:00-24:00 00:00-08:00", "", "Asia/Almaty");
    expect(shiftsBetween(night, monday(23), monday(23, 30))).toEqual([
      { start: monday(22), end: monday(22) + 10 * 60 * MINUTE },
    ]);
    const holiday = dutySchedule("mon-fri 09:00-18:00", "2026-11-23", "Asia/Almaty");
    expect(shiftsBetween(holiday, monday(0), monday(23))).toEqual([]);
  });
});

describe.each(DATABASE_KINDS)("shift notices on %s", (kind) => {
  let h: Harness;
  beforeAll(async () => {
    // Long enough that no case falls idle during the day this test plays.
    h = await deskHarness(kind, { config: { CASE_IDLE_MINUTES: 24 * 60 } });
  });
  beforeEach(async () => {
    await h.db.reset();
    h.clock.set(monday(8));
  });
  afterAll(() => h.close());

  const purge = (harness: Harness = h) =>
    purgeOnce(harness.app, PURGE_JOBS, harness.clock.now(), harness.bot.api);
  const groupTexts = () =>
    h.telegram.messagesIn(h.counselorChatId).flatMap((message) => (message.text ? [message.text] : []));

  it("a digest at the start (riskiest, then oldest, and what was left), a handover at the end, each once", async () => {
    const dana = await counselor(h, { first_name: "Dana" }, "Дана");
    // Before the shift: Anna asks and writes twice; later Boris asks from a crisis reply.
    const anna = h.user({ first_name: "Anna", language_code: "ru" });
    await askForHuman(anna);
    await anna.send("Пишу до начала смены");
    // (Not "Сын не отвечает уже неделю": the crisis model raises it as danger since this stop, a false positive
    // noted for the next crisis round, and a crisis would rightly put Anna's case first.)
    await anna.send("Сын стал молчаливым, хочу спросить совета");
    h.clock.set(monday(8, 30));
    const boris = h.user({ first_name: "Boris", language_code: "ru" });
    await boris.send("/start");
    await boris.send("не могу больше, хочу умереть");
    // Off duty the crisis reply offers to leave a message: the case opens first in the queue.
    await boris.press(say("ru", "crisis-leave-message-button"));
    await boris.press(say("ru", "consent-allow"));
    const annaCase = await openCaseOf(h, anna);
    const borisCase = await openCaseOf(h, boris);

    h.clock.set(monday(8, 50));
    expect((await purge()).counts["counselors.shift-notices"]).toBe(0);
    h.clock.set(monday(9, 5));
    expect((await purge()).counts["counselors.shift-notices"]).toBe(1);
    const digest = groupTexts().at(-1)!;
    const lines = digest.split("\n");
    expect(lines[0]).toBe(say("ru", "counselors-shift-digest", { start: "09:00", end: "18:00", count: 2 }));
    // Boris (a crisis) first although Anna asked earlier; both marked as left outside hours.
    expect(lines[1]).toMatch(
      new RegExp(`^1\\. ${borisCase.ref} · ${say("ru", "counselors-risk", { priority: 0 })}`),
    );
    expect(lines[2]).toMatch(
      new RegExp(`^2\\. ${annaCase.ref} · ${say("ru", "counselors-risk", { priority: 2 })}`),
    );
    expect(lines[2]).toContain("🌙");
    // Anna's two lines, and Boris's crisis message, passed with his case once he allowed it.
    expect(lines.at(-1)).toBe(say("ru", "counselors-shift-left", { messages: 3, cases: 2 }));

    // Later runs, and a second instance at the same moment, send no second digest.
    const sibling = await h.sibling();
    h.clock.set(monday(9, 20));
    const [mine, theirs] = await Promise.all([
      shiftNotices({ app: h.app, now: new Date(h.clock.now()), api: h.bot.api }),
      shiftNotices({ app: sibling.app, now: new Date(h.clock.now()), api: sibling.bot.api }),
    ]);
    expect(mine + theirs).toBe(0);
    expect(groupTexts().filter((text) => text === digest)).toHaveLength(1);
    expect(await h.db.sql.query("SELECT kind, shift_at FROM shift_notice")).toEqual([
      { kind: "digest", shift_at: new Date(monday(9)) },
    ]);

    h.clock.set(monday(10));
    await dana.inGroup(`/take ${annaCase.ref}`);
    h.clock.set(monday(17, 40));
    expect((await purge()).counts["counselors.shift-notices"]).toBe(0);
    // Within the last run interval (15 minutes) before the end: the handover.
    h.clock.set(monday(17, 50));
    const both = await Promise.all([purge(), purge(sibling)]);
    expect(both.reduce((sum, report) => sum + (report.counts["counselors.shift-notices"] ?? 0), 0)).toBe(1);
    const handover = groupTexts().at(-1)!.split("\n");
    expect(handover[0]).toBe(say("ru", "counselors-shift-handover", { end: "18:00" }));
    expect(handover[1]).toBe(say("ru", "counselors-active-title", { count: 1 }));
    expect(handover[2]).toMatch(new RegExp(`^1\\. ${annaCase.ref} · .* · 👤 Дана`));
    expect(handover[3]).toBe(say("ru", "counselors-queue-title", { count: 1 }));
    expect(handover[4]).toMatch(new RegExp(`^1\\. ${borisCase.ref} · `));
    h.clock.set(monday(18, 5));
    expect((await purge()).counts["counselors.shift-notices"]).toBe(0);
    const header = say("ru", "counselors-shift-handover", { end: "18:00" });
    expect(groupTexts().filter((text) => text.startsWith(header))).toHaveLength(1);
    expect(identityLeaks(h, anna.user, [dana])).toEqual([]);
    expect(identityLeaks(h, boris.user, [dana])).toEqual([]);
  });

  it("a bot that was down past the grace sends nothing stale; an empty desk is said so", async () => {
    h.clock.set(monday(11, 30));
    expect((await purge()).counts["counselors.shift-notices"]).toBe(0);
    h.clock.set(monday(17, 55));
    await purge();
    expect(groupTexts().at(-1)!.split("\n").at(-1)).toBe(say("ru", "counselors-shift-nothing-open"));
  });
});

describe.each(["kk", "en"] as const)("shift notices in %s", (locale: Locale) => {
  let h: Harness;
  beforeAll(async () => {
    h = await deskHarness("pglite", { config: { DEFAULT_LOCALE: locale } });
  });
  afterAll(() => h.close());

  it("are in the desk's language", async () => {
    h.clock.set(monday(9, 1));
    await purgeOnce(h.app, PURGE_JOBS, h.clock.now(), h.bot.api);
    const [digest] = h.telegram.messagesIn(h.counselorChatId).flatMap((message) => message.text ?? []);
    expect(digest).toBe(
      [
        say(locale, "counselors-shift-digest", { start: "09:00", end: "18:00", count: 0 }),
        say(locale, "counselors-shift-left", { messages: 0, cases: 0 }),
      ].join("\n"),
    );
  });
});
