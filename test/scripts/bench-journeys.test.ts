// The benchmark's journeys must keep up with the bot: a journey that presses a button the bot no
// longer shows would stop `npm run bench` (it did, once, when ending a case gained a confirmation).
// Each journey runs once here, for one person in each language, on the real bot and PGlite.
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JOURNEYS } from "../../scripts/bench/journeys.ts";
import { people, stageFor } from "../../scripts/bench/throughput.ts";
import { openTestDatabase, type TestDatabase } from "../support/databases.ts";

describe("the benchmark's journeys", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase("pglite");
  });
  afterAll(() => db.close());

  for (const [name, journey] of Object.entries(JOURNEYS)) {
    it(`${name} runs to its end for a person in each language`, async () => {
      const latencies: number[] = [];
      const stage = await stageFor(db, latencies);
      for (const person of people(3)) await journey(stage, person);
      await stage.close();
      expect(latencies.length).toBeGreaterThanOrEqual(3 * 2);
    });
  }
});

describe("the benchmark's memory probe", () => {
  it("measures a few sessions of the compiled bot on PostgreSQL and exits by itself", () => {
    // The probe runs dist/, as the deployed bot does (a build of the work tree, as `npm run bench` makes).
    const built = spawnSync("npm", ["run", "-s", "build"], { encoding: "utf8", timeout: 240_000 });
    expect(built.status, `${built.stdout}${built.stderr}`).toBe(0);
    const result = spawnSync(process.execPath, ["scripts/bench/sessions.mjs"], {
      encoding: "utf8",
      timeout: 60_000,
      env: { ...process.env, BENCH_SESSIONS: "40" },
    });
    expect(result.status, result.stderr).toBe(0);
    const figures = JSON.parse(result.stdout.trim()) as { rssMb: number; sessions: number };
    expect(figures.sessions).toBeGreaterThanOrEqual(40);
    expect(figures.rssMb).toBeGreaterThan(0);
  }, 300_000);
});
