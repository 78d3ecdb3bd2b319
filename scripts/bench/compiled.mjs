// Runs the bench's TypeScript as the deployed bot runs: compiled by TypeScript itself (as
// `npm run build` makes dist/), not by tsx. tsx compiles with esbuild's keepNames, which wraps
// every named function made at run time in a call that redefines its name: the bot's own code
// (src/) paid that on each closure of each update, grammY and the baseline (plain JavaScript)
// did not, and the deployed build never does: 1-4% of the instructions and 2.8% of the bytes
// allocated per `mixed` update (docs/BENCHMARKS.md, eleventh pass).
//   node --import ./scripts/bench/compiled.mjs scripts/bench/index.ts
import { register } from "node:module";

register("./compiled-hooks.mjs", import.meta.url);
