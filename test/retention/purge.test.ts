// The purge: expired sessions and conversations go, consents with nothing left to govern go,
// the features' jobs run; a second run deletes nothing; instances do not purge at the same time.
import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PURGE_JOBS } from "../../src/bot/jobs.ts";
import { PURGE_LOCK } from "../../src/db/retention.ts";
import { type PurgeJobs, purgeOnce, startPurgeTimer } from "../../src/retention/index.ts";
import { createHarness, DATABASE_KINDS, type Harness } from "../support/harness.ts";
import { say } from "../support/words.ts";

const DAY = 24 * 60 * 60 * 1000;

const jobRuns: Date[] = [];
/** The features' jobs and two of the test's own: one that counts its runs, one that fails. */
const jobs: PurgeJobs = {
  ...PURGE_JOBS,
  "test.job": async ({ now }) => {
    jobRuns.push(now);
    return 2;
  },
  "test.failing": async () => {
    throw new Error("broken job");
  },
};

describe.each(DATABASE_KINDS)("retention on %s", (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(kind);
  });
  beforeEach(async () => {
    await h.db.reset();
    jobRuns.length = 0;
  });
  afterAll(() => h.close());

  it("deletes expired state and orphaned consents, runs the jobs, and is idempotent", async () => {
    const idle = h.user({ language_code: "ru" });
    const active = h.user({ language_code: "ru" });
    for (const person of [idle, active]) {
      await person.send("/start");
      await person.send("/privacy");
      await person.press(/Анонимная статистика/);
    }
    await idle.press(say("ru", "menu-triage"));
    await idle.press(say("ru", "triage-who-self")); // an open conversation, left behind

    // Nothing is due yet.
    const early = await purgeOnce(h.app, jobs);
    expect(early.skipped).toBe(false);
    expect(early.counts).toMatchObject({
      stored_state: 0,
      consent: 0,
      "counselors.idle-cases": 0,
      "test.job": 2,
      "test.failing": 0,
    });
    expect(jobRuns).toEqual([new Date(h.clock.now())]);
    expect(h.logs()).toContain("purge job failed");

    // 20 days on, one person writes again; 31 days on, the other has been silent for 31.
    h.clock.advance(20 * DAY);
    await active.send("/menu");
    h.clock.advance(11 * DAY);
    const report = await purgeOnce(h.app, jobs);
    expect(report.counts.stored_state).toBe(2); // the idle person's session and conversation
    expect(report.counts.consent).toBe(1); // their consent had nothing left to govern
    const left = await h.db.sql.query<{ pseudonym: string }>("SELECT pseudonym FROM consent");
    expect(left).toEqual([{ pseudonym: h.app.pseudonymize(active.id) }]);
    expect(await h.db.dump()).not.toContain(h.app.pseudonymize(idle.id));

    const again = await purgeOnce(h.app, jobs);
    expect(again.counts).toMatchObject({ stored_state: 0, consent: 0 });

    // The person who left comes back as a new visitor.
    await idle.send("/start");
    expect(idle.lastText()).toContain(say("ru", "welcome-first"));
  });

  it("keeps a fresh consent even before its session is written", async () => {
    const pseudonym = h.app.pseudonymize(424242);
    await h.db.sql.query(
      "INSERT INTO consent (pseudonym, purpose, policy_version, granted_at) VALUES ($1, 'statistics', 1, $2)",
      [pseudonym, new Date(h.clock.now() - 60_000)],
    );
    expect((await purgeOnce(h.app, jobs)).counts.consent).toBe(0);
    h.clock.advance(2 * DAY);
    expect((await purgeOnce(h.app, jobs)).counts.consent).toBe(1);
  });

  it("runs on a timer and stops", async () => {
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const stop = startPurgeTimer(h.app, jobs, 20);
    for (let waited = 0; jobRuns.length === 0 && waited < 10_000; waited += 20) await pause(20);
    stop();
    expect(jobRuns.length).toBeGreaterThan(0);
    await pause(300); // a run already under way may still finish
    const runs = jobRuns.length;
    await pause(200);
    expect(jobRuns.length).toBe(runs);
  });

  it.runIf(kind === "postgres")("lets one instance at a time purge", async () => {
    const sibling = await h.sibling();
    // Another instance holds the purge lock: this one does nothing.
    const skipped = await h.db.sql.transaction(async (tx) => {
      await tx.query("SELECT pg_advisory_xact_lock($1)", [PURGE_LOCK]);
      return purgeOnce(sibling.app, jobs);
    });
    expect(skipped).toEqual({ skipped: true, counts: {} });
    expect(jobRuns).toEqual([]);
    // Two instances at once: no error, and the jobs run once or twice but never overlap.
    const both = await Promise.all([purgeOnce(h.app, jobs), purgeOnce(sibling.app, jobs)]);
    expect(both.filter((report) => !report.skipped).length).toBeGreaterThanOrEqual(1);
    expect(jobRuns.length).toBe(both.filter((report) => !report.skipped).length);
  });
});

describe("npm run purge", () => {
  it("purges once, prints the counts and exits 0", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "purge-cli-"));
    const { stdout } = await promisify(execFile)("npm", ["run", "--silent", "purge"], {
      cwd: path.resolve(import.meta.dirname, "../.."),
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", BOT_TOKEN: "", LOG_LEVEL: "warn" },
      timeout: 60_000,
    });
    expect(stdout).toMatch(/^stored_state: 0 deleted$/m);
    expect(stdout).toMatch(/^consent: 0 deleted$/m);
    // The features' jobs run without a bot (the idle cases wait for the bot: no Telegram here).
    expect(stdout).toMatch(/^counselors\.idle-cases: 0 deleted$/m);
    expect(stdout).toMatch(/^counselors\.old-records: 0 deleted$/m);
  }, 90_000);
});
