// The wait a person is told comes from measured pick-up times (request to Take) and the
// counselors at work; without enough measurements the bot says it cannot tell. Counselors
// read the same figures in /queue.
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import { estimateWait } from "../../src/counselors/queue.ts";
import { DATABASE_KINDS, type Harness, type TestCounselor, type TestUser } from "../support/harness.ts";
import { askForHuman, counselor, deskHooks, identityLeaks, openCaseOf, say } from "./helpers.ts";

const MINUTE = 60_000;

describe("the estimate's rule", () => {
  it("needs three measured pick-ups and someone at work; shares the people ahead among those at work", () => {
    const minutes = (list: number[]) => list.map((value) => value * MINUTE);
    expect(estimateWait(1, { pickups: [], atWork: 2 })).toEqual({ kind: "unknown" });
    expect(estimateWait(1, { pickups: minutes([5, 7]), atWork: 2 })).toEqual({ kind: "unknown" });
    expect(estimateWait(1, { pickups: minutes([5, 7, 9]), atWork: 0 })).toEqual({ kind: "unknown" });
    // Median 10, upper quartile 14: the next person waits 10–15 minutes.
    const pace = { pickups: minutes([6, 10, 14]), atWork: 1 };
    expect(estimateWait(1, pace)).toEqual({ kind: "minutes", low: 10, high: 15 });
    // Second in line with one counselor: two pick-ups; with two counselors at work: one.
    expect(estimateWait(2, pace)).toEqual({ kind: "minutes", low: 20, high: 30 });
    expect(estimateWait(2, { ...pace, atWork: 2 })).toEqual({ kind: "minutes", low: 10, high: 15 });
    // A quick desk still says at least 5–10 minutes; beyond two hours, "long".
    expect(estimateWait(1, { pickups: minutes([1, 1, 2]), atWork: 1 })).toEqual({
      kind: "minutes",
      low: 5,
      high: 10,
    });
    expect(estimateWait(13, pace)).toEqual({ kind: "long" });
  });
});

describe.each(DATABASE_KINDS)("estimates through the bot on %s", (kind) => {
  let h: Harness;
  // Monday 08:30 in Almaty (UTC+5): half an hour before the shift.
  const BEFORE_SHIFT = Date.UTC(2026, 10, 23, 3, 30);
  const SHIFT_START = Date.UTC(2026, 10, 23, 4, 0);
  deskHooks(kind, { now: BEFORE_SHIFT }, (harness) => {
    h = harness;
  });

  /** Three people ask at once; Dana takes them after 6, 10 and 14 minutes. */
  async function threeTaken(dana: TestCounselor): Promise<TestUser[]> {
    const people = [h.user({}), h.user({}), h.user({})];
    for (const person of people) await askForHuman(person);
    for (const [index, after] of [6, 4, 4].entries()) {
      h.clock.advance(after * MINUTE);
      await dana.inGroup(`/take ${(await openCaseOf(h, people[index]!)).ref}`);
    }
    return people;
  }

  it.each(["kk", "ru", "en"] as const)(
    "%s: no number before three pick-ups; then the measured median and upper quartile, the same in /queue",
    async (locale: Locale) => {
      const dana = await counselor(h, { first_name: "Dana" }, "Дана");
      // A request left before the shift: its night-long wait says nothing about the desk's pace.
      const night = h.user({ language_code: locale });
      await askForHuman(night, locale);
      h.clock.set(SHIFT_START + 5 * MINUTE);
      await dana.inGroup(`/take ${(await openCaseOf(h, night)).ref}`);

      const first = h.user({ language_code: locale });
      await askForHuman(first, locale);
      expect(first.texts().join("\n")).toContain(say(locale, "counselors-estimate-unknown"));
      await dana.inGroup("/queue");
      expect(dana.groupTexts().at(-1)).toContain(
        say("ru", "counselors-pace-unknown", { count: 0, hours: 3, atWork: 1 }),
      );
      expect(dana.groupTexts().at(-1)).toContain(say("ru", "counselors-told-unknown"));
      await dana.inGroup(`/take ${(await openCaseOf(h, first)).ref}`);

      await threeTaken(dana);
      const next = h.user({ language_code: locale });
      const second = h.user({ language_code: locale });
      await askForHuman(next, locale);
      await askForHuman(second, locale);
      // Pick-ups measured: 0 (the first, taken at once), 6, 10, 14 minutes: median 6, upper quartile 10.
      expect(next.texts().join("\n")).toContain(
        say(locale, "counselors-estimate-minutes", { low: 5, high: 10 }),
      );
      expect(second.texts().join("\n")).toContain(
        say(locale, "counselors-estimate-minutes", { low: 10, high: 20 }),
      );

      await dana.inGroup("/queue");
      const queue = dana.groupTexts().at(-1)!;
      expect(queue).toContain(
        say("ru", "counselors-pace", { median: 6, upper: 10, count: 4, hours: 3, atWork: 1 }),
      );
      // Russian plural rules: "4 обращения", not "4 обращений".
      expect(queue).toContain("(4 обращения за 3 ч)");
      const lines = queue.split("\n");
      const nextCase = await openCaseOf(h, next);
      const language = say("ru", "counselors-language-name", { code: locale });
      expect(lines.find((line) => line.includes(nextCase.ref))).toBe(
        [
          `1. ${nextCase.ref}`,
          say("ru", "counselors-risk", { priority: 2 }),
          language,
          "—",
          "—",
          say("ru", "counselors-waited", { minutes: 0 }),
          say("ru", "counselors-told-minutes", { low: 5, high: 10 }),
        ].join(" · "),
      );
      expect(lines.find((line) => line.startsWith("2. "))).toContain(
        say("ru", "counselors-told-minutes", { low: 10, high: 20 }),
      );
      expect(identityLeaks(h, next.user, [dana])).toEqual([]);
    },
  );

  it("a second counselor at work halves the rounds for the second person in line", async () => {
    h.clock.set(SHIFT_START);
    const dana = await counselor(h, { first_name: "Dana" }, "Дана");
    const erlan = await counselor(h, { first_name: "Erlan" }, "Ерлан");
    await threeTaken(dana);
    // Erlan takes one case too: two counselors at work now.
    const fourth = h.user({});
    await askForHuman(fourth);
    h.clock.advance(10 * MINUTE);
    await erlan.inGroup(`/take ${(await openCaseOf(h, fourth)).ref}`);
    const first = h.user({});
    const second = h.user({});
    await askForHuman(first);
    await askForHuman(second);
    // Pick-ups 6, 10, 14, 10: median 10, upper quartile 10 (nearest rank); one round each.
    expect(second.texts().join("\n")).toContain(
      say("ru", "counselors-estimate-minutes", { low: 10, high: 15 }),
    );
    const stored = await h.db.prisma.caseAudit.count({ where: { action: "taken" } });
    expect(stored).toBe(4);
  });
});
