// A fixed, scripted `mixed` run in one process, for figures that the machine's load does not
// move: instructions per update under callgrind, bytes allocated per update (V8's GCProfiler),
// statements and Telegram calls per update. People, texts and journeys are fixed, one person at
// a time by default (no batching that depends on timing), so the same tree gives nearly the same
// figures whatever else runs, and a change is measured by alternating before and after.
//   node --expose-gc --import ./scripts/bench/compiled.mjs scripts/bench/instructions.ts [--db=postgres|pglite]
//     [--people=42] [--warm-up=42] [--concurrency=1]
//     [--cpu-prof=FILE]   a V8 CPU profile of the measured journeys alone
//     [--heap-prof=FILE]  a sampling heap profile of what the measured journeys allocate (kept or not)
//   valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/tmp/cg.%p \
//     node --predictable --predictable-gc-schedule --expose-gc --import ./scripts/bench/compiled.mjs \
//     scripts/bench/instructions.ts --callgrind
// With --callgrind, instrumentation is switched on (callgrind_control -i) only around the measured
// journeys, after the start and a warm-up: callgrind's "Collected" ÷ "updates" is the instructions
// per update. V8's --predictable flags keep its compiler and collector on this thread and off the
// clock: without them two runs of one tree differed by a quarter. About half of that count is V8's
// optimising compiler still tiering up (a short async function takes thousands of calls to get hot):
//   callgrind_annotate --inclusive=yes /tmp/cg.<pid> | grep Runtime_CompileOptimized
// is its share; the rest is the bot's own work, which a change moves.
import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { promisify } from "node:util";
import { GCProfiler } from "node:v8";
import { openTestDatabase } from "../../test/support/databases.ts";
import { mixed } from "./journeys.ts";
import { countStatements, statementCount } from "./query-counter.ts";
import { load, people, profiled, stageFor } from "./throughput.ts";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) =>
  args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const kind = option("db", "postgres") as "postgres" | "pglite";
const crowd = Number(option("people", "42"));
const warmUp = Number(option("warm-up", "42"));
const concurrency = Number(option("concurrency", "1"));
const callgrind = args.includes("--callgrind");
const cpuProfile = args.find((arg) => arg.startsWith("--cpu-prof="))?.slice("--cpu-prof=".length);
const heapProfile = args.find((arg) => arg.startsWith("--heap-prof="))?.slice("--heap-prof=".length);

const collect = (on: boolean) =>
  promisify(execFile)("callgrind_control", ["-i", on ? "on" : "off", `${process.pid}`]);

/** Bytes allocated on V8's heap between start and stop: what each collection found, plus what is left. */
function allocations() {
  const profiler = new GCProfiler();
  const used = () => process.memoryUsage().heapUsed;
  const startUsed = used();
  profiler.start();
  return () => {
    const { statistics } = profiler.stop();
    let allocated = 0;
    let after = startUsed;
    for (const gc of statistics) {
      allocated += gc.beforeGC.heapStatistics.usedHeapSize - after;
      after = gc.afterGC.heapStatistics.usedHeapSize;
    }
    return allocated + used() - after;
  };
}

/** Every allocation sampled (one per 4 KB on average), including those collected since: where the bytes come from. */
async function heapProfiled<T>(file: string | undefined, run: () => Promise<T>): Promise<T> {
  if (!file) return run();
  const inspector = new Session();
  inspector.connect();
  await inspector.post("HeapProfiler.startSampling", {
    samplingInterval: 4096,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  try {
    return await run();
  } finally {
    const { profile } = await inspector.post("HeapProfiler.stopSampling");
    writeFileSync(file, JSON.stringify(profile));
    inspector.disconnect();
  }
}

countStatements();
const db = await openTestDatabase(kind);
try {
  await db.reset();
  const latencies: number[] = [];
  const stage = await stageFor(db, latencies);
  try {
    // Warm-up, not measured: the JIT (its optimising compiler was a sixth of the count after 14
    // people), the pool, the first use of every journey's code. Then a full collection, so that
    // the measured journeys do not pay for the start's garbage (one major collection in or out of
    // them moved the count by 14%).
    await load(concurrency, people(warmUp), (person) => mixed(stage, person));
    (globalThis as { gc?: () => void }).gc?.();
    const measured = people(crowd);
    latencies.length = 0;
    const calls = stage.telegram.calls.length;
    const statements = statementCount();
    if (callgrind) await collect(true);
    const cpu = process.cpuUsage();
    const allocated = allocations();
    await heapProfiled(heapProfile, () =>
      profiled(cpuProfile, () => load(concurrency, measured, (person) => mixed(stage, person))),
    );
    const bytes = allocated();
    const { user, system } = process.cpuUsage(cpu);
    if (callgrind) await collect(false);
    const updates = latencies.length;
    const perUpdate = (value: number, digits: number) => Number((value / updates).toFixed(digits));
    console.log(
      JSON.stringify({
        db: kind,
        concurrency,
        people: crowd,
        updates,
        statementsPerUpdate: perUpdate(statementCount() - statements - stage.lookupStatements(), 2),
        telegramCallsPerUpdate: perUpdate(stage.telegram.calls.length - calls, 2),
        kbAllocatedPerUpdate: perUpdate(bytes / 1024, 1),
        cpuMsPerUpdate: perUpdate((user + system) / 1000, 3),
      }),
    );
  } finally {
    await stage.close();
  }
} finally {
  await db.close();
}
