// A PostgreSQL server of the test's own, on a free port, that the test may stop and start
// (a database outage). Built with the Debian postgresql package's initdb and pg_ctl; as root,
// they run as the `postgres` user, since initdb refuses root. Removed by destroy().
import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "./free-port.ts";

function binary(name: string): string {
  const versions = readdirSync("/usr/lib/postgresql").sort((a, b) => Number(b) - Number(a));
  if (versions.length === 0)
    throw new Error("no PostgreSQL under /usr/lib/postgresql (apt-get install postgresql)");
  return path.join("/usr/lib/postgresql", versions[0]!, "bin", name);
}

export interface PrivatePostgres {
  url: string;
  /** Both wait until the server is up (or down); either does nothing when it already is. */
  start(): void;
  stop(): void;
  destroy(): void;
}

export async function privatePostgres(): Promise<PrivatePostgres> {
  const root = mkdtempSync(path.join(tmpdir(), "pg-outage-"));
  const dataDir = path.join(root, "data");
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(root, uid, gid);
    chmodSync(root, 0o700);
  }
  const run = (name: string, args: string[]) => {
    const [command, fullArgs] = asRoot
      ? ["runuser", ["-u", "postgres", "--", binary(name), ...args]]
      : [binary(name), args];
    execFileSync(command, fullArgs, { stdio: "pipe", cwd: root });
  };
  run("initdb", ["-D", dataDir, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]);
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off`;
  let running = false;
  const server: PrivatePostgres = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start: () => {
      if (running) return;
      run("pg_ctl", ["-D", dataDir, "-o", options, "-l", path.join(root, "log"), "-w", "start"]);
      running = true;
    },
    stop: () => {
      if (!running) return;
      run("pg_ctl", ["-D", dataDir, "-m", "fast", "-w", "stop"]);
      running = false;
    },
    destroy: () => {
      server.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
  server.start();
  return server;
}
