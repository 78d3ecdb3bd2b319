// `npm run bench`: every benchmark, with figures. Not a test: nothing here passes or fails;
// closing notes quote these numbers before and after a change to a hot path.
import { benchBot } from "./bot.ts";
import { benchCrisis } from "./crisis.ts";
import { benchKnowledge } from "./knowledge.ts";
import { benchRelay } from "./relay.ts";

const suites: [string, () => Promise<Record<string, number>>][] = [
  ["bot (whole update through the real bot, 50 concurrent users)", benchBot],
  ["knowledge matching (1,000 entries)", benchKnowledge],
  ["crisis detection", benchCrisis],
  ["counselor relay under Telegram's limits", benchRelay],
];

const only = process.argv[2];
for (const [name, run] of suites) {
  if (only && !name.startsWith(only)) continue;
  const started = performance.now();
  const figures = await run();
  console.log(`\n## ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  for (const [key, value] of Object.entries(figures)) console.log(`${key.padEnd(40)} ${value}`);
}
