// Start-up to ready from the compiled build (`npm run build` → dist) on PGlite: the time from
// launching `node dist/main.js` in simulator mode to the bot's first answer on its output.
// Measured on a fresh data directory (migrations applied, PGlite created) and again on the
// same directory (a restart), as an operator would see it.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

export function buildOnce(): void {
  const built = spawnSync("npm", ["run", "-s", "build"], { cwd: ROOT, encoding: "utf8" });
  if (built.status !== 0) throw new Error(`npm run build failed:\n${built.stdout}${built.stderr}`);
}

/** Milliseconds from spawn to the first answer of the bot to /start. */
export function timeToFirstAnswer(dataDir: string, extraArgs: string[] = []): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...extraArgs, path.join(ROOT, "dist/main.js")], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", BOT_TOKEN: "", LOG_LEVEL: "info" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let output = "";
    let answered: number | undefined;
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
      if (answered === undefined && output.includes("bot ›")) {
        answered = performance.now() - started;
        child.stdin.end();
      }
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      if (answered !== undefined) resolve(Math.round(answered));
      else reject(new Error(`dist/main.js exited with ${code} before answering:\n${output.slice(-2000)}`));
    });
    child.stdin.write("/start\n");
  });
}

export async function benchStartup(): Promise<{ firstStartMs: number; restartMs: number }> {
  buildOnce();
  const dataDir = mkdtempSync(path.join(tmpdir(), "bench-startup-"));
  const firstStartMs = await timeToFirstAnswer(dataDir);
  const restartMs = await timeToFirstAnswer(dataDir);
  return { firstStartMs, restartMs };
}
