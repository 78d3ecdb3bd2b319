// One person flooding the bot must not hold up others: a person's updates run in order, one
// at a time, so a flood queues behind itself while everyone else is answered in between.
// (The per-person rate limit that also answers the flood kindly is tested with it.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, DATABASE_KINDS, type Harness } from "../support/harness.ts";

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
