// Runs one of the bot's entry points: `node scripts/run.mjs main|cli/migrate|cli/purge|cli/content-check|cli/ask [args]`.
// Production (NODE_ENV=production, or an install without the development tools, as in the
// image) runs the compiled JavaScript in dist/ (`npm run build`); development runs the
// TypeScript in src/ through tsx, so a fresh clone's `npm start` needs no build step.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = path.resolve(import.meta.dirname, "..");
const [entry, ...args] = process.argv.slice(2);
if (!entry || !/^(main|cli\/[a-z-]+)$/.test(entry)) {
  console.error("usage: node scripts/run.mjs main|cli/<command> [arguments]");
  process.exit(2);
}

function hasTsx() {
  try {
    createRequire(import.meta.url).resolve("tsx/esm/api");
    return true;
  } catch {
    return false;
  }
}

const compiled = path.join(root, "dist", `${entry}.js`);
const production = process.env.NODE_ENV === "production" || !hasTsx();
if (production && !existsSync(compiled)) {
  console.error(`${path.relative(root, compiled)} is missing: run \`npm run build\` first.`);
  process.exit(2);
}
// The entry point sees its own arguments, as if started directly.
process.argv = [process.argv[0], production ? compiled : path.join(root, "src", `${entry}.ts`), ...args];
if (!production) {
  const { register } = await import("tsx/esm/api");
  register();
}
await import(pathToFileURL(process.argv[1]).href);
