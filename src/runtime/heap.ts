// One full garbage collection once the start-up work is done (the content loaded and checked, the
// knowledge index built). That work leaves tens of MB of garbage behind, and V8 sizes the heap from
// what it finds there: without this collection the process with 10,000 sessions peaked at 255–340 MB,
// with it at 257–261 MB (`node scripts/bench/sessions.mjs`, docs/BENCHMARKS.md). It pauses the bot
// once, for a few tens of milliseconds, a second after its start.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

export function collectStartupGarbage(): void {
  // `node --expose-gc` gives it directly; otherwise a context created while the flag is on has it.
  let collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) {
    setFlagsFromString("--expose-gc");
    collect = runInNewContext("gc") as () => void;
    setFlagsFromString("--no-expose-gc");
  }
  collect();
}
