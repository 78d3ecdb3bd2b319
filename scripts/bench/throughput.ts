// Updates per second and latency through the whole real bot (middleware, session and
// conversations in the database, i18n, every feature) with synthetic people on realistic
// journeys, on PostgreSQL and PGlite, at several concurrencies; and in the same run the
// same load on a baseline: a bare grammY bot with a database-backed session on the same
// database and driver, answering every update with one message. Only Telegram is replaced,
// by the in-process fake, which answers at once. The relay's pacing to Telegram's limits is
// turned off here (it waits for Telegram, not for this machine; `npm run bench -- relay`
// measures it).
import { mkdtempSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { Bot, session } from "grammy";
import type { Update } from "grammy/types";
import { createBot } from "../../src/bot/index.ts";
import { loadConfig } from "../../src/config/index.ts";
import { configureRelay } from "../../src/counselors/feature.ts";
import { openCaseOf } from "../../src/db/cases.ts";
import { storedStateAdapter } from "../../src/db/sessions.ts";
import { FakeTelegram } from "../../src/dev/telegram/fake-telegram.ts";
import type { FakeUser } from "../../src/dev/telegram/types.ts";
import { createLogger } from "../../src/logger.ts";
import { testContent } from "../../test/support/content.ts";
import { type DatabaseKind, openTestDatabase, type TestDatabase } from "../../test/support/databases.ts";
import { JOURNEYS, type Journey, mixed, type Stage } from "./journeys.ts";
import { countStatements, statementCount } from "./query-counter.ts";

export const CONCURRENCIES = [1, 16, 64];
const COUNSELOR_CHAT_ID = -1001777000001;
const COUNSELORS = 8;
/** Monday 2026-11-23, 11:00 in Almaty (counselors on duty); the bench's clock runs from here. */
const START = Date.UTC(2026, 10, 23, 6, 0, 0);
const LANGUAGES = ["ru", "kk", "en"];

export interface ScenarioResult {
  name: string;
  db: DatabaseKind;
  concurrency: number;
  updatesPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  queriesPerUpdate: number;
}

export interface BaselineResult {
  db: DatabaseKind;
  concurrency: number;
  updatesPerSecond: number;
  p99Ms: number;
}

let nextUserId = 810_000_000;

export function people(count: number): FakeUser[] {
  return Array.from({ length: count }, () => {
    const id = nextUserId++;
    return { id, first_name: "Bench", language_code: LANGUAGES[id % LANGUAGES.length]! };
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** `concurrency` people at a time, each going through their journey in order, until everyone is done. */
export async function load(
  concurrency: number,
  crowd: FakeUser[],
  play: (person: FakeUser) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < crowd.length) await play(crowd[next++]!);
    }),
  );
}

interface Measured {
  latencies: number[];
  seconds: number;
  statements: number;
  /** CPU time of this process (user + system) over the run, in ms: steadier than updates/s on a shared machine. */
  cpuMs: number;
  /** Telegram API calls made over the run, by method (each costs grammY's client, a Response and a JSON parse). */
  telegramCalls: Map<string, number>;
}

function summarise(measured: Measured) {
  const sorted = [...measured.latencies].sort((a, b) => a - b);
  return {
    updatesPerSecond: Math.round(sorted.length / measured.seconds),
    p50Ms: round1(percentile(sorted, 50)),
    p95Ms: round1(percentile(sorted, 95)),
    p99Ms: round1(percentile(sorted, 99)),
    queriesPerUpdate: round1(measured.statements / Math.max(1, sorted.length)),
    callsPerUpdate:
      Math.round(
        ([...measured.telegramCalls.values()].reduce((a, b) => a + b, 0) / Math.max(1, sorted.length)) * 100,
      ) / 100,
    cpuMsPerUpdate: Math.round((measured.cpuMs / Math.max(1, sorted.length)) * 100) / 100,
  };
}

/** Production's logger, at production's level, writing nowhere: its cost counts, its output does not. */
function discardingLogger() {
  return createLogger(
    "info",
    new Writable({
      write(_chunk, _encoding, done) {
        done();
      },
    }),
  );
}

/** The real bot on a fresh fake Telegram, with counselors in their group, ready for journeys. */
export async function stageFor(
  db: TestDatabase,
  latencies: number[],
): Promise<Stage & { lookupStatements(): number; close(): Promise<void> }> {
  const telegram = new FakeTelegram();
  const startedAt = Date.now();
  const config = {
    ...loadConfig({
      DATA_DIR: mkdtempSync(path.join(tmpdir(), "bench-")),
      PSEUDONYM_SECRET: "bench-pseudonym-secret-0123456789abcdef",
      ENCRYPTION_KEY: "22".repeat(32),
    }),
    COUNSELOR_CHAT_ID,
  };
  const { bot, app, service } = createBot({
    config,
    content: testContent(),
    db,
    logger: discardingLogger(),
    now: () => START + (Date.now() - startedAt),
    client: { fetch: telegram.fetch as typeof fetch, apiRoot: telegram.apiRoot },
    botInfo: telegram.botInfo,
  });
  configureRelay(app, { pacing: null });
  const counselors = people(COUNSELORS).map((user) => ({ ...user, language_code: "ru" }));
  telegram.createGroup({ id: COUNSELOR_CHAT_ID, title: "Counselors", isForum: true, members: counselors });
  for (const counselor of counselors) {
    await bot.handleUpdate(telegram.userMessage(counselor, "/start"));
    await bot.handleUpdate(
      telegram.groupMessage(COUNSELOR_CHAT_ID, counselor, `/alias ${counselorAlias(counselor.id)}`),
    );
  }
  // What one look-up of the benchmark costs, measured while nothing else runs, to subtract.
  const lookup = (user: FakeUser) => openCaseOf(db, app.pseudonymize(user.id));
  const before = statementCount();
  await lookup(counselors[0]!);
  const statementsPerLookup = statementCount() - before;
  let lookups = 0;
  return {
    telegram,
    counselorChatId: COUNSELOR_CHAT_ID,
    counselors,
    async handle(update: Update) {
      const started = performance.now();
      await bot.handleUpdate(update);
      latencies.push(performance.now() - started);
    },
    openCaseOf: (user) => {
      lookups++;
      return lookup(user);
    },
    lookupStatements: () => lookups * statementsPerLookup,
    // The person locks' own connection (PostgreSQL): left open, it keeps the bench's process alive.
    close: async () => {
      await service.locks?.close();
    },
  };
}

/** People per run: enough updates for stable percentiles, few enough to keep the whole bench short. */
function crowdSize(concurrency: number): number {
  return Math.max(24, concurrency * 3);
}

/**
 * `--cpu-prof=DIR`: a V8 CPU profile of each measured run alone (not the start-up, the
 * warm-up nor the staging), written as DIR/<name>-<db>-c<concurrency>.cpuprofile.
 */
export async function profiled<T>(file: string | undefined, run: () => Promise<T>): Promise<T> {
  if (!file) return run();
  const inspector = new Session();
  inspector.connect();
  await inspector.post("Profiler.enable");
  await inspector.post("Profiler.setSamplingInterval", { interval: 200 });
  await inspector.post("Profiler.start");
  try {
    return await run();
  } finally {
    const { profile } = await inspector.post("Profiler.stop");
    writeFileSync(file, JSON.stringify(profile));
    inspector.disconnect();
  }
}

function callsByMethod(calls: { method: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { method } of calls) counts.set(method, (counts.get(method) ?? 0) + 1);
  return counts;
}

/** "sendMessage 1.20, editMessageText 0.60, …": Telegram calls per update by method, most first. */
function callsPerUpdateByMethod(measured: Measured): string {
  return [...measured.telegramCalls]
    .sort((a, b) => b[1] - a[1])
    .map(([method, count]) => `${method} ${(count / Math.max(1, measured.latencies.length)).toFixed(2)}`)
    .join(", ");
}

async function runJourney(
  db: TestDatabase,
  journey: Journey,
  concurrency: number,
  profile?: string,
): Promise<Measured> {
  await db.reset();
  const latencies: number[] = [];
  const stage = await stageFor(db, latencies);
  try {
    latencies.length = 0;
    const crowd = people(crowdSize(concurrency));
    const callsBefore = stage.telegram.calls.length;
    const statementsBefore = statementCount();
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    await profiled(profile, () => load(concurrency, crowd, (person) => journey(stage, person)));
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    return {
      latencies,
      seconds,
      statements: statementCount() - statementsBefore - stage.lookupStatements(),
      cpuMs: (cpu.user + cpu.system) / 1000,
      telegramCalls: callsByMethod(stage.telegram.calls.slice(callsBefore)),
    };
  } finally {
    await stage.close();
  }
}

/** The bare bot: session read and written in the same table through the same Prisma client, one reply. */
async function runBaseline(
  db: TestDatabase,
  concurrency: number,
  updatesPerPerson: number,
  profile?: string,
) {
  await db.reset();
  const telegram = new FakeTelegram();
  const bot = new Bot<import("grammy").Context & import("grammy").SessionFlavor<{ seen: number }>>(
    "0:baseline",
    {
      botInfo: telegram.botInfo,
      client: { fetch: telegram.fetch as typeof fetch, apiRoot: telegram.apiRoot },
    },
  );
  bot.use(
    session({
      initial: () => ({ seen: 0 }),
      storage: storedStateAdapter(db, "b", 30 * 24 * 60 * 60 * 1000),
    }),
  );
  bot.on("message", async (ctx) => {
    ctx.session.seen++;
    await ctx.reply(`Message ${ctx.session.seen}`);
  });
  const latencies: number[] = [];
  const crowd = people(crowdSize(concurrency));
  const callsBefore = telegram.calls.length;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await profiled(profile, () =>
    load(concurrency, crowd, async (person) => {
      for (let index = 0; index < updatesPerPerson; index++) {
        const update = telegram.userMessage(person, index === 0 ? "/start" : `text ${index}`);
        const t0 = performance.now();
        await bot.handleUpdate(update);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const cpu = process.cpuUsage(cpuBefore);
  return summarise({
    latencies,
    seconds: (performance.now() - started) / 1000,
    statements: 0,
    cpuMs: (cpu.user + cpu.system) / 1000,
    telegramCalls: callsByMethod(telegram.calls.slice(callsBefore)),
  });
}

export interface ThroughputReport {
  scenarios: ScenarioResult[];
  baseline: BaselineResult[];
}

export async function benchThroughput(
  options: {
    progress?: (line: string) => void;
    kinds?: DatabaseKind[];
    journeys?: string[];
    concurrencies?: number[];
    profileDir?: string;
  } = {},
): Promise<ThroughputReport> {
  countStatements();
  const progress = options.progress ?? (() => {});
  const scenarios: ScenarioResult[] = [];
  const baseline: BaselineResult[] = [];
  const journeys: [string, Journey][] = [...Object.entries(JOURNEYS), ["mixed", mixed]];
  const chosen = journeys.filter(([name]) => !options.journeys || options.journeys.includes(name));
  for (const kind of options.kinds ?? (["postgres", "pglite"] as const)) {
    const db = await openTestDatabase(kind);
    try {
      // Warm-up (not recorded): JIT, connection pool, Prisma's query plans.
      await runJourney(db, mixed, 16);
      for (const concurrency of options.concurrencies ?? CONCURRENCIES) {
        const profile = (name: string) =>
          options.profileDir && path.join(options.profileDir, `${name}-${kind}-c${concurrency}.cpuprofile`);
        let mixedUpdatesPerPerson = 8;
        for (const [name, journey] of chosen) {
          const measured = await runJourney(db, journey, concurrency, profile(name));
          // CPU per update goes to the progress lines only: the JSON line keeps issue 14's shape.
          const { cpuMsPerUpdate, callsPerUpdate, ...figures } = summarise(measured);
          const result = { name, db: kind, concurrency, ...figures };
          if (name === "mixed") mixedUpdatesPerPerson = measured.latencies.length / crowdSize(concurrency);
          scenarios.push(result);
          progress(
            `${kind} c=${concurrency} ${name}: ${result.updatesPerSecond}/s p99 ${result.p99Ms} ms, ${result.queriesPerUpdate} q/update, ${cpuMsPerUpdate} ms CPU/update, ${callsPerUpdate} Telegram calls/update (${callsPerUpdateByMethod(measured)})`,
          );
        }
        const bare = await runBaseline(
          db,
          concurrency,
          Math.round(mixedUpdatesPerPerson),
          profile("baseline"),
        );
        baseline.push({ db: kind, concurrency, updatesPerSecond: bare.updatesPerSecond, p99Ms: bare.p99Ms });
        progress(
          `${kind} c=${concurrency} baseline: ${bare.updatesPerSecond}/s p99 ${bare.p99Ms} ms, ${bare.cpuMsPerUpdate} ms CPU/update, ${bare.callsPerUpdate} Telegram calls/update`,
        );
      }
    } finally {
      await db.close();
    }
  }
  return { scenarios, baseline };
}

/**
 * An alias of letters from the counselor's id: every stage on the same database registers new counselors, and an
 * alias another counselor already has is refused (src/counselors/counselor.ts).
 */
function counselorAlias(id: number): string {
  return `Консультант ${[...String(id)].map((digit) => "АБВГДЕЖЗИК"[Number(digit)]).join("")}`;
}
