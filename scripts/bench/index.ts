// `npm run bench`: the real bot's throughput and latency against a bare grammY baseline in
// the same run, memory with 10,000 sessions, and start-up from the compiled build. Nothing
// passes or fails; closing notes quote these figures before and after a change.
//   npm run bench                 a table (progress on stderr)
//   npm run bench -- --json       exactly one JSON line on stdout (see README, "Benchmarks")
//   npm run bench -- --db=postgres --journeys=mixed --throughput-only   a part, for profiling
//   npm run bench -- --db=postgres --journeys=mixed --concurrency=64 --throughput-only --cpu-prof=/tmp/p
//                                 a CPU profile of each measured run (not the start-up) in /tmp/p
//   npm run bench -- knowledge    another suite: knowledge, crisis, relay
import { spawnSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { benchCrisis } from "./crisis.ts";
import { benchKnowledge } from "./knowledge.ts";
import { benchRelay } from "./relay.ts";
import { benchStartup } from "./startup.ts";
import { benchThroughput, type ThroughputReport } from "./throughput.ts";

const OTHER_SUITES: Record<string, () => Promise<Record<string, number>>> = {
  knowledge: benchKnowledge,
  crisis: benchCrisis,
  relay: benchRelay,
};

const args = process.argv.slice(2);
const json = args.includes("--json");
const suite = args.find((arg) => !arg.startsWith("--"));
const log = (line: string) => console.error(line);
const option = (name: string) =>
  args
    .find((arg) => arg.startsWith(`--${name}=`))
    ?.slice(name.length + 3)
    .split(",");

/** Memory of the compiled bot alone, in a process of its own (scripts/bench/sessions.mjs; dist/ built). */
function benchSessions(): { rssMb: number; rssMbAt10kSessions: number } {
  const child = spawnSync(process.execPath, [path.join(import.meta.dirname, "sessions.mjs")], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const line = child.stdout.trim().split("\n").at(-1) ?? "";
  if (child.status !== 0 || !line.startsWith("{")) throw new Error(`sessions bench failed: ${child.stdout}`);
  return JSON.parse(line);
}

function table(report: ThroughputReport): string {
  const rows = [["scenario", "db", "conc", "upd/s", "p50 ms", "p95 ms", "p99 ms", "q/upd", "× baseline"]];
  for (const s of report.scenarios) {
    const base = report.baseline.find((b) => b.db === s.db && b.concurrency === s.concurrency);
    const ratio = base ? (s.updatesPerSecond / base.updatesPerSecond).toFixed(2) : "";
    rows.push(
      [
        s.name,
        s.db,
        s.concurrency,
        s.updatesPerSecond,
        s.p50Ms,
        s.p95Ms,
        s.p99Ms,
        s.queriesPerUpdate,
        ratio,
      ].map(String),
    );
  }
  for (const b of report.baseline)
    rows.push(["baseline", b.db, b.concurrency, b.updatesPerSecond, "", "", b.p99Ms, "", "1.00"].map(String));
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join("  ")).join("\n");
}

if (suite) {
  const run = OTHER_SUITES[suite];
  if (!run) throw new Error(`unknown suite ${suite}; one of ${Object.keys(OTHER_SUITES).join(", ")}`);
  const figures = await run();
  for (const [key, value] of Object.entries(figures)) console.log(`${key.padEnd(40)} ${value}`);
} else {
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, load ${loadavg()
    .map((n) => n.toFixed(2))
    .join(" ")}`;
  log(`machine: ${machine}`);
  const started = performance.now();
  const throughput = await benchThroughput({
    progress: log,
    kinds: option("db") as ("postgres" | "pglite")[] | undefined,
    journeys: option("journeys"),
    concurrencies: option("concurrency")?.map(Number),
    profileDir: option("cpu-prof")?.[0],
  });
  if (args.includes("--throughput-only")) {
    console.log(json ? JSON.stringify(throughput) : table(throughput));
    process.exit(0);
  }
  // The start-up bench builds dist/, which the memory probe then runs.
  log("start-up from the compiled build…");
  const startup = await benchStartup();
  log("memory with 10,000 sessions…");
  const memory = benchSessions();
  const result = {
    ...throughput,
    rssMb: memory.rssMb,
    rssMbAt10kSessions: memory.rssMbAt10kSessions,
    startupMs: startup.restartMs,
  };
  log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s; load now ${loadavg()[0]?.toFixed(2)}`);
  if (json) {
    console.log(JSON.stringify(result));
  } else {
    console.log(table(throughput));
    console.log(
      `\nresident memory: ${result.rssMb} MB ready, ${result.rssMbAt10kSessions} MB with 10,000 sessions`,
    );
    console.log(
      `start-up to the first answer (dist, PGlite): ${startup.restartMs} ms (first start on an empty data directory: ${startup.firstStartMs} ms)`,
    );
    console.log(`machine: ${machine}`);
  }
}
