// Runs the Prisma CLI without its native-engine download, which fails on machines
// that reach only the npm registry. With the Rust-free client and a driver adapter
// those engines are never executed, so any existing file satisfies the check.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const placeholder = fileURLToPath(import.meta.url);
const env = {
  ...process.env,
  PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY ?? placeholder,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? placeholder,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
let cli;
try {
  cli = require.resolve("prisma/build/index.js");
} catch {
  // A production install (`npm ci --omit=dev`) has no Prisma CLI: the client is already
  // compiled into dist/ by `npm run build`, so there is nothing to generate.
  console.log("prisma: the CLI is not installed (production install); using the client compiled into dist/");
  process.exit(0);
}
const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { stdio: "inherit", env });
process.exit(result.status ?? 1);
