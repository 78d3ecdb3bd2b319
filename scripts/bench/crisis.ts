// Crisis detection runs on every private message before anything else: its cost is
// paid by every update. Measures detect() on short and 4,000-character messages.
import { pathToFileURL } from "node:url";
import { testContent } from "../../test/support/content.ts";

const SHORT = [
  "мой сын стал много молиться, это нормально?",
  "балам намаз оқи бастады, қорқынышты ма",
  "is it true that jihad means war",
  "хочу уехать в шам к мужу, он купил билет",
  "я больше не могу, выпью все таблетки",
];
const LONG =
  `${"Здравствуйте, у меня вопрос про сына, он изменился за последний год и почти не разговаривает с нами. ".repeat(40)}`.slice(
    0,
    4000,
  );

function percentiles(samples: number[]): { p50: number; p99: number } {
  samples.sort((a, b) => a - b);
  const at = (p: number) => Number((samples[Math.floor(p * (samples.length - 1))] ?? 0).toFixed(3));
  return { p50: at(0.5), p99: at(0.99) };
}

export async function benchCrisis(): Promise<Record<string, number>> {
  const started = performance.now();
  const detector = testContent().crisis.detector;
  const loadMs = performance.now() - started;
  const measure = (texts: string[], rounds: number) => {
    const samples: number[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const text of texts) {
        const t0 = performance.now();
        detector.detect(text);
        samples.push(performance.now() - t0);
      }
    }
    return percentiles(samples);
  };
  measure(SHORT, 200); // warm-up
  const short = measure(SHORT, 1000);
  const long = measure([LONG], 1000);
  return {
    load_ms: Math.round(loadMs),
    short_p50_ms: short.p50,
    short_p99_ms: short.p99,
    long_4000_chars_p50_ms: long.p50,
    long_4000_chars_p99_ms: long.p99,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) console.log(await benchCrisis());
