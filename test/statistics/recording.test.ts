// What the statistics record, through the real bot on both databases: nothing without
// consent 3 (anonymous statistics); with it, day-level counters by kind, language, region,
// category and FAQ entry, and case timings in buckets, with nothing finer than a day, no
// pseudonym, no text and no case reference.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { addEvent } from "../../src/db/counts.ts";
import { textToMatch } from "../../src/knowledge/browse.ts";
import {
  askForHuman,
  closeAsConsulted,
  counselor,
  deskHarness,
  openCaseOf,
  say,
  topicOf,
} from "../counselors/helpers.ts";
import { testContent } from "../support/content.ts";
import { DATABASE_KINDS, type Harness, type TestCounselor, type TestUser } from "../support/harness.ts";

const MINUTE = 60_000;
const QUESTION = "How do I talk to a relative who has been drawn into a radical group?";
const NONSENSE = "zzqx vlorp brimble";
const PERSONAL_TEXT = "My brother Arman left for Syria last week";

/** Everything a person does that statistics could count, ending with a closed, rated case. */
async function doEverything(h: Harness, person: TestUser, dana: TestCounselor): Promise<void> {
  await person.send("/start");
  await person.pressForged("faq-open:warning-signs");
  await person.press("👍 This helped");
  await person.send(QUESTION);
  await person.send(NONSENSE);
  await person.shareLocation(49.8, 73.1);
  await askForHuman(person, "en");
  await person.press(say("en", "consent-decline")); // no history
  const item = await openCaseOf(h, person);
  h.clock.advance(7 * MINUTE);
  await dana.pressInGroup("✋ Взять", { threadId: topicOf(item) });
  await person.send(PERSONAL_TEXT);
  h.clock.advance(20 * MINUTE);
  await dana.send("Thank you for writing. Let us talk.");
  h.clock.advance(40 * MINUTE);
  await closeAsConsulted(dana, topicOf(item));
  await person.press("4");
}

describe.each(DATABASE_KINDS)("anonymous statistics on %s", (kind) => {
  let h: Harness;
  let dana: TestCounselor;
  beforeAll(async () => {
    h = await deskHarness(kind);
  });
  beforeEach(async () => {
    await h.db.reset();
    dana = await counselor(h, { first_name: "Dana" }, "Дана");
  });
  afterAll(() => h.close());

  it("records nothing for a person who did not allow statistics", async () => {
    const person = h.user({ language_code: "en" });
    await doEverything(h, person, dana);
    // The whole path ran: the case closed and was rated.
    expect(person.lastText()).toBe(say("en", "counselors-rate-thanks"));
    expect(await h.db.sql.query("SELECT * FROM daily_event")).toEqual([]);
    expect(await h.db.sql.query("SELECT * FROM daily_timing")).toEqual([]);
  });

  it("with consent 3, counts each event by day and codes only, and case timings in buckets", async () => {
    const person = h.user({ first_name: "Aliya", username: "aliya_k", language_code: "en" });
    await person.send("/privacy");
    await person.press("Allow: Anonymous statistics");
    await doEverything(h, person, dana);
    expect(person.lastText()).toBe(say("en", "counselors-rate-thanks"));

    const { router } = testContent().knowledge;
    const closest = (text: string) => router.route(textToMatch(text), { locale: "en" }).ranked[0]?.id ?? "";
    const verdict = (text: string) => router.route(textToMatch(text), { locale: "en" }).route.kind;
    // However the matcher is tuned, the stored route and closest entry are the ones it gave.
    expect(verdict(NONSENSE)).toBe("none");
    const answered = verdict(QUESTION) === "answer";

    const rows = await h.db.sql.query<Record<string, unknown>>(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, kind, locale, region, category, entry, detail, count
       FROM daily_event ORDER BY kind, entry, detail`,
    );
    const day = "2026-11-23";
    const row = (kind: string, fields: Record<string, string> = {}) => ({
      day,
      kind,
      locale: "en",
      region: "",
      category: "",
      entry: "",
      detail: "",
      count: 1,
      ...fields,
    });
    expect(rows).toEqual(
      [
        row("case.closed", { detail: "consulted" }),
        row("case.opened", { detail: "menu" }),
        row("case.rated", { detail: "4" }),
        row("centers.shown", { region: "karaganda" }),
        row("faq.asked", { entry: closest(QUESTION), detail: verdict(QUESTION) }),
        row("faq.asked", { entry: closest(NONSENSE), detail: "none" }),
        row("faq.rated", { entry: "warning-signs", detail: "helpful" }),
        ...(answered ? [row("faq.viewed", { entry: closest(QUESTION) })] : []),
        row("faq.viewed", { entry: "warning-signs" }),
      ].sort((a, b) => `${a.kind} ${a.entry} ${a.detail}`.localeCompare(`${b.kind} ${b.entry} ${b.detail}`)),
    );
    // 7 minutes until taken, 27 until the first reply, 67 in all: buckets from 5, 15 and 60.
    const timings = await h.db.sql.query(
      "SELECT to_char(day, 'YYYY-MM-DD') AS day, measure, from_minutes, count FROM daily_timing ORDER BY measure",
    );
    expect(timings).toEqual([
      { day, measure: "duration", from_minutes: 60, count: 1 },
      { day, measure: "first-reply", from_minutes: 15, count: 1 },
      { day, measure: "wait", from_minutes: 5, count: 1 },
    ]);
  });

  it("keeps no column finer than a day and nothing that links a row to a person or a case", async () => {
    const person = h.user({ first_name: "Aliya", username: "aliya_k", language_code: "en" });
    await person.send("/privacy");
    await person.press("Allow: Anonymous statistics");
    await doEverything(h, person, dana);

    const columns = await h.db.sql.query<{ table_name: string; column_name: string; data_type: string }>(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name IN ('daily_event', 'daily_timing')
       ORDER BY table_name, ordinal_position`,
    );
    expect(columns.map((c) => `${c.table_name}.${c.column_name}:${c.data_type}`)).toEqual([
      "daily_event.day:date",
      "daily_event.kind:text",
      "daily_event.locale:text",
      "daily_event.region:text",
      "daily_event.category:text",
      "daily_event.entry:text",
      "daily_event.detail:text",
      "daily_event.count:integer",
      "daily_timing.day:date",
      "daily_timing.measure:text",
      "daily_timing.from_minutes:integer",
      "daily_timing.count:integer",
    ]);
    const stored = JSON.stringify([
      await h.db.sql.query("SELECT * FROM daily_event"),
      await h.db.sql.query("SELECT * FROM daily_timing"),
    ]);
    const [closed] = await h.db.sql.query<{ ref: string }>("SELECT ref FROM counsel_case");
    for (const trace of [
      h.app.pseudonymize(person.id),
      String(person.id),
      "Aliya",
      "aliya_k",
      closed!.ref,
      QUESTION,
      NONSENSE,
      "Arman",
    ]) {
      expect(stored).not.toContain(trace);
    }
  });

  it("counts two instances counting the same cell at once without losing one", async () => {
    const cell = {
      day: "2026-11-23",
      kind: "faq.viewed" as const,
      locale: "kk",
      region: "",
      category: "",
      entry: "warning-signs",
      detail: "",
    };
    await Promise.all(Array.from({ length: 20 }, () => addEvent(h.db, cell)));
    expect(await h.db.sql.query("SELECT count FROM daily_event")).toEqual([{ count: 20 }]);
  });
});
