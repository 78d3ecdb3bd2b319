// The parts without Telegram or a database (duty hours: test/time/opening-hours.test.ts; estimates:
// estimates.test.ts): the queue's rules, the pacing
// outbox, and the canned replies' content check.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectContent } from "../../src/content/load.ts";
import { formatStaffTime } from "../../src/counselors/labels.ts";
import { Outbox, type PacingClock } from "../../src/counselors/outbox.ts";
import { casePriority, isCaseRef, newCaseRef, PRIORITY } from "../../src/counselors/queue.ts";
import { findTemplate, loadTemplates, renderTemplate } from "../../src/counselors/templates.ts";
import { problemsOf } from "../support/content.ts";

describe("the queue's rules", () => {
  const now = Date.UTC(2026, 10, 23, 6);

  it("puts a crisis (asked for, or noticed within the hour) first, then urgency", () => {
    expect(casePriority({ source: "crisis", now })).toBe(PRIORITY.crisis);
    expect(casePriority({ source: "menu", crisisAt: now - 59 * 60_000, now })).toBe(PRIORITY.crisis);
    expect(casePriority({ source: "menu", crisisAt: now - 61 * 60_000, now })).toBe(PRIORITY.normal);
    expect(casePriority({ source: "triage", urgency: "now", now })).toBe(PRIORITY.crisis);
    expect(casePriority({ source: "triage", urgency: "soon", now })).toBe(PRIORITY.urgent);
    expect(casePriority({ source: "faq", urgency: "info", now })).toBe(PRIORITY.normal);
  });

  it("names cases with short unambiguous references", () => {
    const refs = new Set(Array.from({ length: 200 }, () => newCaseRef()));
    for (const ref of refs) expect(isCaseRef(ref)).toBe(true);
    expect(refs.size).toBeGreaterThan(190);
    expect(isCaseRef("K0O1")).toBe(false);
  });
});

/** A clock that jumps straight to the end of each sleep. */
function steppingClock(start: number): PacingClock & { sleeps: number[] } {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

describe("the pacing outbox", () => {
  it("lets a burst of three through, then one message a second, in order", async () => {
    const clock = steppingClock(0);
    const sentAt: [number, number][] = [];
    const outbox = new Outbox(clock);
    await Promise.all(
      [1, 2, 3, 4, 5].map((n) => outbox.send(42, false, async () => sentAt.push([n, clock.now()]))),
    );
    expect(sentAt.map(([n]) => n)).toEqual([1, 2, 3, 4, 5]);
    expect(sentAt[2]![1]).toBe(0);
    expect(sentAt[3]![1]).toBeGreaterThanOrEqual(1000);
    expect(sentAt[4]![1] - sentAt[3]![1]).toBeGreaterThanOrEqual(1000);
  });

  it("keeps a group at 20 messages a minute", async () => {
    const clock = steppingClock(0);
    const sentAt: number[] = [];
    const outbox = new Outbox(clock);
    for (let n = 0; n < 21; n++) await outbox.send(-100, true, async () => sentAt.push(clock.now()));
    expect(sentAt[20]! - sentAt[0]!).toBeGreaterThanOrEqual(60_000);
  });

  it("leaves a 429 to the API layer's one retry path, and the queue moves on", async () => {
    const clock = steppingClock(0);
    const outbox = new Outbox(clock);
    let attempts = 0;
    const refused = outbox.send(7, false, async () => {
      attempts++;
      throw Object.assign(new Error("Too Many Requests"), {
        error_code: 429,
        parameters: { retry_after: 3 },
      });
    });
    await expect(refused).rejects.toMatchObject({ error_code: 429 });
    expect(attempts).toBe(1);
    expect(await outbox.send(7, false, async () => "next")).toBe("next");
    expect(outbox.pending).toBe(0);
    expect(outbox.active).toBe(0);
  });
});

describe("canned replies (scenarios/templates.yaml)", () => {
  it("load in every language and fill in the alias", () => {
    const templates = loadTemplates(projectContent.scenarios);
    expect(templates.length).toBeGreaterThanOrEqual(5);
    const greeting = findTemplate(templates, "GREETING")!;
    expect(renderTemplate(greeting, "kk", "Дана")).toContain("Дана");
    expect(renderTemplate(greeting, "en", "Dana")).toContain("my name is Dana");
  });

  it("report a missing language and an unknown placeholder with file and line", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "templates-"));
    cpSync(path.join(projectContent.scenarios, "templates.yaml"), path.join(dir, "templates.yaml"));
    const file = path.join(dir, "templates.yaml");
    const broken = readFileSync(file, "utf8")
      .replace(/^ {4}en: Hello, I am a counselor.*$/m, "")
      .replace("Take your time, I am here.", "Take your time, {name}.");
    writeFileSync(file, broken);
    const problems = problemsOf(() => loadTemplates(dir)).map((line) =>
      line.replace(/^.*templates\.yaml:/, ""),
    );
    expect(problems).toContainEqual(expect.stringMatching(/^\d+: templates\.0\.en: /));
    expect(problems).toContainEqual(
      expect.stringMatching(/^\d+: templates\.2\.en: unknown placeholder \{name\}/),
    );
  });
});

describe("times shown to staff", () => {
  it("are day.month hours:minutes in the configured time zone, across midnight and the year's end", () => {
    expect(formatStaffTime(new Date("2026-11-23T06:05:00Z"), "Asia/Almaty")).toBe("23.11 11:05");
    expect(formatStaffTime(new Date("2026-01-02T23:59:00Z"), "Asia/Almaty")).toBe("03.01 04:59");
    expect(formatStaffTime(new Date("2026-12-31T23:05:00Z"), "UTC")).toBe("31.12 23:05");
  });
});
