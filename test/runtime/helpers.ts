// Shared by the runtime tests: the service started as an operator starts it (`node src/main.ts`, as `npm start`
// does), its output watched.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT, TOKEN } from "../support/bot-api-server.ts";
import { watchOutput } from "../support/child-output.ts";

export interface Service {
  child: ChildProcess;
  /** Its stdout and stderr so far, interleaved. */
  output(): string;
  exit: Promise<number | null>;
}

/**
 * `node src/main.ts` with BOT_TOKEN, a new DATA_DIR (named after `name`) unless `env` names one, and `env`; of this
 * process's environment only PATH and HOME, so that nothing set on the machine changes what a test sees.
 */
export function startService(name: string, env: Record<string, string>): Service {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      BOT_TOKEN: TOKEN,
      ...env,
      DATA_DIR: env.DATA_DIR ?? mkdtempSync(path.join(tmpdir(), `${name}-`)),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return { child, ...watchOutput(child) };
}

/** Runs an entry point from source to its end, with only PATH, HOME and `env` of the environment. */
export function runEntry(entry: string, env: Record<string, string>, input = "", timeout = 90_000) {
  const result = spawnSync(process.execPath, ["--import", "tsx", entry], {
    cwd: ROOT,
    input,
    encoding: "utf8",
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    timeout,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
