// Knowledge base matcher benchmark: index build time for the real base (first, as at start-up), then
// index build time, match latency and heap for a 1,000-entry base (the real entries plus variants
// mixed from them, so the vocabulary stays realistic).
// Alone: `npx tsx scripts/bench/knowledge.ts`.
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "yaml";
import { createMatcher } from "../../src/knowledge/matcher.ts";
import { type FaqEntry, faqLocales } from "../../src/knowledge/schema.ts";
import { testContent } from "../../test/support/content.ts";

const ENTRY_COUNT = 1_000;
const QUERY_COUNT = 3_000;
const WARM_UP_QUERIES = 200;

export async function benchKnowledge(): Promise<Record<string, number>> {
  const knowledgeBase = testContent().knowledge.base;
  const realBuildStart = performance.now();
  createMatcher(knowledgeBase);
  const realBuildMs = performance.now() - realBuildStart;
  const real = knowledgeBase.entries;
  const entries = [...real, ...variants(real, ENTRY_COUNT - real.length)];
  const queries = evalPhrasings();

  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const buildStart = performance.now();
  const matcher = createMatcher({ entries, synonyms: knowledgeBase.synonyms });
  const buildMs = performance.now() - buildStart;
  globalThis.gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;

  for (let index = 0; index < WARM_UP_QUERIES; index++) matcher.match(queries[index % queries.length] ?? "");
  // Wall-clock time is what a person waits; CPU time is the matcher's own cost, which stays
  // meaningful when other processes share the machine.
  const latencies: number[] = [];
  const cpuTimes: number[] = [];
  for (let index = 0; index < QUERY_COUNT; index++) {
    const query = queries[index % queries.length] ?? "";
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    matcher.match(query);
    latencies.push(performance.now() - start);
    const cpu = process.cpuUsage(cpuStart);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  latencies.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  return {
    realEntries: real.length,
    realBuildMs: round(realBuildMs),
    entries: entries.length,
    queries: QUERY_COUNT,
    buildMs: round(buildMs),
    heapMb: round(heapMb),
    p50Ms: round(percentile(latencies, 0.5)),
    p95Ms: round(percentile(latencies, 0.95)),
    p99Ms: round(percentile(latencies, 0.99)),
    maxMs: round(latencies.at(-1) ?? 0),
    cpuP50Ms: round(percentile(cpuTimes, 0.5)),
    cpuP99Ms: round(percentile(cpuTimes, 0.99)),
  };
}

function evalPhrasings(): string[] {
  const file = path.resolve(import.meta.dirname, "../../test/knowledge/eval-set.yaml");
  const evalSet = parse(readFileSync(file, "utf8")) as { cases: { text: string }[]; offTopic: string[] };
  return [...evalSet.cases.map((item) => item.text), ...evalSet.offTopic];
}

/** Entries made of the real ones' sentences and keywords, recombined with a fixed seed. */
function variants(real: readonly FaqEntry[], count: number): FaqEntry[] {
  const random = seededRandom(42);
  const pick = () => real[Math.floor(random() * real.length)] as FaqEntry;
  return Array.from({ length: count }, (_, index) => {
    const [base, other, third] = [pick(), pick(), pick()];
    const entry: FaqEntry = { ...base, id: `${base.id}-variant-${index}`, related: [base.id] };
    for (const locale of faqLocales) {
      const sentences = [base, other, third].flatMap((source) =>
        source[locale].answer.split(/(?<=[.!?])\s+/),
      );
      entry[locale] = {
        question: `${base[locale].question} ${other[locale].question.split(" ").slice(0, 3).join(" ")}`,
        answer: shuffle(sentences, random).slice(0, 25).join(" "),
        keywords: shuffle([...base[locale].keywords, ...other[locale].keywords], random).slice(0, 12),
      };
    }
    return entry;
  });
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let index = items.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [items[index], items[other]] = [items[other] as T, items[index] as T];
  }
  return items;
}

/** mulberry32: a tiny deterministic generator, so every run benchmarks the same base. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const [name, value] of Object.entries(await benchKnowledge())) console.log(`${name}: ${value}`);
}
