// One person flooding the bot must not hold up others: a person's updates run in order, one
// at a time, so a flood queues behind itself while everyone else is answered in between.
// Past the per-person rate limit, the flood is answered kindly once, after the answers to what
// came within the limit, and nothing of it is answered after that.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, DATABASE_KINDS, type Harness } from "../support/harness.ts";
import { say } from "../support/words.ts";

const FLOOD = 100;

describe.each(DATABASE_KINDS)("a flood from one person on %s", (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(kind);
  });
  afterAll(() => h.close());

  it("is queued behind itself: another person is answered while the flood is still being handled", async () => {
    const flooder = h.user({ language_code: "ru" });
    const other = h.user({ language_code: "en" });
    await flooder.send("/start");
    await other.send("/start");

    let floodDone = 0;
    const flood = Array.from({ length: FLOOD }, (_, index) =>
      flooder.send(`спам ${index}`).then(() => {
        floodDone++;
      }),
    );
    const answeredAfter: number[] = [];
    for (const text of ["/menu", "/menu", "/menu"]) {
      await other.send(text);
      answeredAfter.push(floodDone);
    }
    await Promise.all(flood);

    // The other person's three updates each waited for a handful of the flood's at most, not for all of it.
    expect(answeredAfter.at(-1)).toBeLessThan(FLOOD / 2);
    expect(
      other
        .texts()
        .slice(-3)
        .map((text) => text.length > 0),
    ).toEqual([true, true, true]);
    // The flood itself was handled in order, none lost.
    expect(floodDone).toBe(FLOOD);
    expect(h.logs()).not.toMatch(/"level":(50|60)/);
  });
});

describe.each(DATABASE_KINDS)("the flood notice on %s", (kind) => {
  const LIMIT = 3;
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(kind, { config: { RATE_LIMIT_UPDATES: LIMIT, RATE_LIMIT_WINDOW_SECONDS: 60 } });
  });
  afterAll(() => h.close());

  it.each(["kk", "ru", "en"] as const)(
    "%s: comes once, after the answers within the limit, and nothing of the flood is answered after it",
    async (locale) => {
      const person = h.user({ language_code: locale });
      // A burst: all sent at once, as a script or a stuck key would.
      await Promise.all(Array.from({ length: 12 }, (_, index) => person.send(`${index}`)));
      const texts = person.texts();
      const notice = say(locale, "rate-limited");
      expect(texts.filter((text) => text === notice)).toHaveLength(1);
      expect(texts.at(-1)).toBe(notice);
      // Each update within the limit was answered (one message each, at least), all before the notice.
      expect(texts.length).toBeGreaterThanOrEqual(LIMIT + 1);
      // A later update in the same window is dropped silently.
      await person.send("ещё");
      expect(person.texts()).toEqual(texts);
    },
  );
});
