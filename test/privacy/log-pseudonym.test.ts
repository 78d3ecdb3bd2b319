// Logs cannot be joined to database rows: a log line names a person by the day's log-only tag, a
// keyed hash of its own (src/privacy/pseudonym.ts), never by (a prefix of) the pseudonym the rows are
// filed under. After a scripted conversation (a question, crisis words, a case with a counselor, a
// rating), no log line holds 6 or more leading characters of any pseudonym stored, on both databases.
import { describe, expect, it } from "vitest";
import { makeLogTagger, makePseudonymizer } from "../../src/privacy/pseudonym.ts";
import { DAY_MS } from "../../src/time/durations.ts";
import { counselor, deskHooks, SELF_HARM, say, takenCase } from "../counselors/helpers.ts";
import { DATABASE_KINDS, type Harness } from "../support/harness.ts";

/** The shortest run of a pseudonym's leading characters that could still pick out a row. */
const SHORTEST_JOINABLE = 6;

describe("the log-only tag", () => {
  it("is stable within a UTC day, changes the next, and is no part of the pseudonym", () => {
    let now = Date.UTC(2026, 11, 7, 0, 0, 1);
    const tag = makeLogTagger("x".repeat(32), () => now);
    const pseudonym = makePseudonymizer("x".repeat(32))(123456789);
    const today = tag(pseudonym);
    expect(today).toMatch(/^[0-9a-f]{8}$/);
    expect(pseudonym).not.toContain(today);
    now += DAY_MS - 2_000;
    expect(tag(pseudonym)).toBe(today);
    now += 2_000;
    expect(tag(pseudonym)).not.toBe(today);
    expect(makeLogTagger("y".repeat(32), () => now)(pseudonym)).not.toBe(tag(pseudonym));
  });
});

describe.each(DATABASE_KINDS)("logs after a conversation on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  it.each(["kk", "ru", "en"] as const)("%s: hold no prefix of a stored pseudonym", async (locale) => {
    const dana = await counselor(h, { first_name: "Dana" }, "Дана");
    const person = h.user({ language_code: locale });
    await person.send("/start");
    await person.send(SELF_HARM[locale]);
    await takenCase(h, person, dana, locale);
    await person.send(SELF_HARM[locale]);
    await dana.send("Я здесь");
    await person.send("/end");
    await person.press(say(locale, "counselors-end-yes"));
    await person.press("5");
    h.clock.advance(DAY_MS);
    await person.send("/start");

    const stored = new Set((await h.db.dump()).match(/\b[0-9a-f]{64}\b/g) ?? []);
    stored.add(h.app.pseudonymize(person.id));
    stored.add(h.app.pseudonymize(dana.id));
    const logs = h.logs();
    expect(logs).toContain('"msg":"crisis signal answered"');
    expect(logs).toContain('"msg":"case opened"');
    const leaks = [...stored].filter((pseudonym) => logs.includes(pseudonym.slice(0, SHORTEST_JOINABLE)));
    expect(leaks).toEqual([]);
    // Still one person's lines can be followed within a day: their tag is on them.
    const tags = new Set(
      logs
        .split("\n")
        .map((line) => JSON.parse(line) as { who?: string })
        .flatMap((line) => (line.who ? [line.who] : [])),
    );
    const pseudonym = h.app.pseudonymize(person.id);
    expect(tags).toContain(h.app.logTag(pseudonym));
    // A case's reference sits beside its pseudonym in the database while it is open: a line naming a case carries
    // neither a person's tag nor the update's number (which would lead to the tagged lines of the same update).
    const caseLines = logs
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => "case" in line);
    expect(caseLines.map((line) => line.msg)).toEqual(
      expect.arrayContaining(["case opened", "case taken", "case closed"]),
    );
    expect(caseLines.filter((line) => "who" in line || "update" in line)).toEqual([]);
  });
});

describe.each(DATABASE_KINDS)("logs after /forget on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  const tagsOf = (lines: string[]) =>
    new Set(lines.map((line) => (JSON.parse(line) as { who?: string }).who).filter(Boolean));

  it.each(["kk", "ru", "en"] as const)(
    "%s: link nothing written after /forget to the lines before",
    async (locale) => {
      // The suite's harness keeps every log line: only this test's count.
      const start = h.logs().split("\n").length;
      const person = h.user({ language_code: locale });
      await person.send(SELF_HARM[locale]);
      await person.send("/forget");
      await person.press(say(locale, "forget-yes"));
      const all = h.logs().split("\n");
      const before = all.slice(start);
      expect(before.some((line) => line.includes('"msg":"person forgotten"'))).toBe(true);
      await person.send("/start");
      await person.send(SELF_HARM[locale]);
      const after = h.logs().split("\n").slice(all.length);
      expect(after.some((line) => line.includes('"msg":"crisis signal answered"'))).toBe(true);
      const earlier = tagsOf(before);
      const later = tagsOf(after);
      expect(earlier.size).toBe(1);
      expect(later.size).toBe(1);
      expect([...later].filter((tag) => earlier.has(tag))).toEqual([]);
    },
  );
});
