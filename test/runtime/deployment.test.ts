// The deployment files stay true to the code: .env.example names every variable the
// configuration reads, the image runs as a non-root user with a health check on an LTS Node,
// and nothing the build needs ships as a production dependency.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { configSchema } from "../../src/config/config.ts";
import { loadConfig } from "../../src/config/index.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

describe("deployment files", () => {
  it(".env.example lists every configuration variable, and its values load", () => {
    const example = read(".env.example");
    const listed = new Set([...example.matchAll(/^([A-Z_]+)=/gm)].map((match) => match[1]));
    for (const name of Object.keys(configSchema.shape)) expect(listed, name).toContain(name);
    const env = Object.fromEntries(
      [...example.matchAll(/^([A-Z_]+)=(.*)$/gm)].map((match) => [match[1], match[2]]),
    ) as Record<string, string>;
    // With the secrets filled in, the example's values are a valid production configuration.
    const config = loadConfig({ ...env, PSEUDONYM_SECRET: "p".repeat(64), ENCRYPTION_KEY: "ab".repeat(32) });
    expect(config.BOT_MODE).toBe("polling");
  });

  it("the image: LTS Node, multi-stage, production dependencies, non-root, health check", () => {
    const dockerfile = read("Dockerfile");
    const node = Number(dockerfile.match(/^ARG NODE_VERSION=(\d+)$/m)?.[1]);
    expect(node % 2).toBe(0);
    expect(node).toBeGreaterThanOrEqual(24);
    expect(dockerfile.match(/^FROM /gm)).toHaveLength(3);
    expect(dockerfile).toMatch(/npm ci --omit=dev --omit=optional --ignore-scripts/);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\n.*\/healthz/m);
    expect(dockerfile).toMatch(/^CMD \["node", "dist\/main.js"\]$/m);
    const pkg = JSON.parse(read("package.json"));
    for (const tool of ["tsx", "typescript", "prisma", "vitest", "@biomejs/biome"]) {
      expect(Object.keys(pkg.dependencies), tool).not.toContain(tool);
    }
    for (const command of ["start", "db:migrate", "purge", "content:check", "ask"]) {
      // `exec` for start: npm's SIGTERM reaches the bot itself, not a shell that would not pass it on.
      expect(pkg.scripts[command], command).toMatch(/^(?:exec )?node scripts\/run\.mjs /);
    }
  });

  it("the lockfile holds every optional binary of every platform, so that `npm ci` accepts it anywhere", () => {
    const lock = JSON.parse(read("package-lock.json")) as {
      packages: Record<string, { optionalDependencies?: Record<string, string> }>;
    };
    const missing: string[] = [];
    for (const [where, entry] of Object.entries(lock.packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) {
        // npm resolves a dependency in the package's own node_modules, then in each parent's.
        const candidates = [`${where}/node_modules/${name}`, `node_modules/${name}`];
        if (!candidates.some((candidate) => candidate.replace(/^\//, "") in lock.packages)) {
          missing.push(`${where || "(root)"} → ${name}`);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(
      Object.keys(lock.packages).filter((key) => key.startsWith("node_modules/@biomejs/cli-")).length,
    ).toBe(10);
  });

  it("compose runs the bot after a healthy PostgreSQL, with a stop grace above the bot's own", () => {
    const compose = read("compose.yaml");
    expect(compose).toMatch(/condition: service_healthy/);
    expect(compose).toMatch(/pg_isready/);
    const grace = Number(compose.match(/stop_grace_period: (\d+)s/)?.[1]);
    expect(grace).toBeGreaterThan(Number(read(".env.example").match(/^SHUTDOWN_GRACE_SECONDS=(\d+)$/m)?.[1]));
  });

  it("compose keeps the bot's data on its volume even though .env (copied from .env.example) names ./data", () => {
    // .env.example's DATA_DIR=./data would otherwise send secrets, PGlite and logs into the container's
    // /app, which the image's user cannot write, and never onto the bot-data volume.
    const bot = read("compose.yaml").split(/^ {2}bot:$/m)[1] ?? "";
    const mount = bot.match(/^\s+- bot-data:(\S+)$/m)?.[1];
    expect(mount).toBe("/data");
    expect(bot).toMatch(new RegExp(`^\\s+environment:[\\s\\S]*^\\s+DATA_DIR: ${mount}$`, "m"));
    expect(read(".env.example")).toMatch(/^DATA_DIR=\.\/data$/m);
  });

  it("the bot's stdout log is bounded in compose, and its retention setting is documented where operators look", () => {
    const bot = read("compose.yaml").split(/^ {2}bot:$/m)[1] ?? "";
    expect(bot).toMatch(/logging:\n\s+driver: local\n\s+options:\n\s+max-size: \d+m\n\s+max-file: "\d+"/);
    expect(read(".env.example")).toMatch(/^LOG_RETENTION_DAYS=7$/m);
    const readme = read("README.md");
    expect(readme).toContain("| `LOG_RETENTION_DAYS` | `7` |");
    expect(readme).toMatch(/journald[\s\S]*MaxRetentionSec=7day/);
  });
});
