// /stats in the counselors' group, through the real bot on both databases: supervisors only,
// the last 7 and 30 days in the counselor's language with one PNG chart, and small counts
// hidden exactly as in the report.
import { beforeEach, describe, expect, it } from "vitest";
import { addEvent } from "../../src/db/counts.ts";
import { supervisorSummary } from "../../src/statistics/summary.ts";
import { counselor, deskHooks, say } from "../counselors/helpers.ts";
import { DATABASE_KINDS, type Harness } from "../support/harness.ts";
import { seedQuarter } from "./synthetic.ts";

/** The harness's clock is 2026-11-23 in Almaty: the 30 days are 25 Oct – 23 Nov, the 7 days 17–23 Nov. */
const TODAY = "2026-11-23";
const CONTACTS = "'faq.asked','faq.viewed','triage.category','centers.shown','case.opened'";

async function contactsBetween(h: Harness, from: string, to: string): Promise<number> {
  const [row] = await h.db.sql.query<{ total: number }>(
    `SELECT COALESCE(SUM(count), 0)::int AS total FROM daily_event WHERE kind IN (${CONTACTS}) AND day BETWEEN $1 AND $2`,
    [from, to],
  );
  return Number(row!.total);
}

function isPng(buffer: Buffer): { width: number; height: number } | undefined {
  if (buffer.subarray(0, 8).toString("hex") !== "89504e470d0a1a0a") return undefined;
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

describe.each(DATABASE_KINDS)("/stats on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });
  beforeEach(() => h.telegram.clearCalls());

  it("answers a supervisor in their language with the 7- and 30-day figures and a chart", async () => {
    await seedQuarter(h.db, "2026-09-01", 84);
    const aigul = await counselor(h, { first_name: "Aigul", language_code: "kk" }, "Айгүл", { admin: true });
    await aigul.inGroup("/stats");
    const [photo] = h.telegram.callsTo("sendPhoto");
    expect(photo?.payload.chat_id).toBe(h.counselorChatId);
    expect(photo?.payload.photo).toBe("uploaded:statistics.png");
    const caption = String(photo?.payload.caption);
    const week = await contactsBetween(h, "2026-11-17", TODAY);
    const month = await contactsBetween(h, "2026-10-25", TODAY);
    expect(week).toBeGreaterThan(100);
    expect(caption.split("\n")[0]).toBe(say("kk", "stats-command-title"));
    expect(caption).toContain(
      say("kk", "stats-command-line", {
        label: say("kk", "stats-command-contacts"),
        week: String(week),
        month: String(month),
      }),
    );
    expect(caption).toContain(say("kk", "stats-command-hidden", { k: 5 }));
    // The figures are only of people who allowed statistics, and the caption says so.
    expect(caption).toContain(say("kk", "stats-command-consented"));
    expect(caption.length).toBeLessThanOrEqual(1024);

    // An English-speaking supervisor (SUPERVISOR_IDS would do the same) gets English.
    const ben = await counselor(h, { first_name: "Ben", language_code: "en" }, "Ben", { admin: true });
    await ben.inGroup("/stats");
    const english = String(h.telegram.callsTo("sendPhoto").at(-1)?.payload.caption);
    expect(english).toContain(`All contacts: ${week} · ${month}`);
    expect(english).toMatch(/\nRegion with most contacts: \S.* \(\d+\) · \S.* \(\d+\)\n/);
    expect(english).toContain("Only people who allowed anonymous statistics are counted.");
  });

  it("is for supervisors only", async () => {
    const dana = await counselor(h, { first_name: "Dana" }, "Дана");
    await dana.inGroup("/stats");
    expect(h.telegram.callsTo("sendPhoto")).toEqual([]);
    expect(dana.groupTexts().at(-1)).toBe(say("ru", "counselors-supervisors-only"));
  });

  it("hides small counts and what would reveal them", async () => {
    // Three questions in the last 7 days, twelve more earlier in the month.
    const cell = {
      kind: "faq.asked" as const,
      locale: "ru",
      region: "",
      category: "",
      entry: "warning-signs",
    };
    for (let i = 0; i < 3; i++) await addEvent(h.db, { ...cell, day: "2026-11-20", detail: "none" });
    for (let i = 0; i < 12; i++) await addEvent(h.db, { ...cell, day: "2026-11-02", detail: "none" });
    const erlan = await counselor(h, { first_name: "Erlan" }, "Ерлан", { admin: true });
    await erlan.inGroup("/stats");
    const caption = String(h.telegram.callsTo("sendPhoto").at(-1)?.payload.caption);
    const line = (key: string, week: string, month: string) =>
      say("ru", "stats-command-line", { label: say("ru", key), week, month });
    expect(caption).toContain(line("stats-command-contacts", "—", "15"));
    expect(caption).toContain(line("stats-command-unanswered", "—", "15"));
    expect(caption).not.toMatch(/: 3 ·/);
    expect(caption).toContain(say("ru", "stats-command-consented"));
  });

  it("draws the chart as a PNG even for an empty month", async () => {
    for (const locale of ["kk", "ru", "en"] as const) {
      const summary = await supervisorSummary(h.db, { today: TODAY, minCount: 5, locale, texts: h.app });
      expect(isPng(summary.png)).toEqual({ width: 1520, height: 840 });
      expect(summary.text).toContain(say(locale, "stats-command-title"));
    }
  });
});
