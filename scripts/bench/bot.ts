// Updates per second through the whole real bot (middleware, session in the database,
// i18n, features) against the in-process fake Telegram, on PGlite and on PostgreSQL.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createBot } from "../../src/bot/index.ts";
import { FakeTelegram } from "../../src/channels/local/fake-telegram.ts";
import { loadConfig } from "../../src/config/index.ts";
import { createLogger } from "../../src/logger.ts";
import { type DatabaseKind, openTestDatabase } from "../../test/support/databases.ts";

const USERS = 50;
const ROUNDS = 10;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function benchOn(kind: DatabaseKind): Promise<Record<string, number>> {
  const db = await openTestDatabase(kind);
  const telegram = new FakeTelegram();
  const config = loadConfig({ DATA_DIR: mkdtempSync(path.join(tmpdir(), "bench-")), LOG_LEVEL: "silent" });
  const { bot } = createBot({
    config,
    db,
    logger: createLogger("silent"),
    client: { fetch: telegram.fetch as typeof fetch, apiRoot: telegram.apiRoot },
    botInfo: telegram.botInfo,
  });
  const users = Array.from({ length: USERS }, (_, index) => ({
    id: 800_000 + index,
    first_name: "Bench",
    language_code: ["kk", "ru", "en"][index % 3]!,
  }));
  const latencies: number[] = [];
  const started = performance.now();
  for (let round = 0; round < ROUNDS; round++) {
    // Users act concurrently, as on Telegram; each user's updates stay in order.
    await Promise.all(
      users.map(async (user) => {
        for (const text of ["/start", "/menu"]) {
          const t0 = performance.now();
          await bot.handleUpdate(telegram.userMessage(user, text));
          latencies.push(performance.now() - t0);
        }
      }),
    );
  }
  const seconds = (performance.now() - started) / 1000;
  await db.close();
  latencies.sort((a, b) => a - b);
  return {
    [`${kind}.updates_per_s`]: Math.round(latencies.length / seconds),
    [`${kind}.update_p50_ms`]: Number(percentile(latencies, 50).toFixed(2)),
    [`${kind}.update_p99_ms`]: Number(percentile(latencies, 99).toFixed(2)),
  };
}

export async function benchBot(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  for (const kind of ["pglite", "postgres"] as const) Object.assign(figures, await benchOn(kind));
  figures.heap_used_mb = Math.round(process.memoryUsage().heapUsed / 1e6);
  figures.rss_mb = Math.round(process.memoryUsage().rss / 1e6);
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) console.log(await benchBot());
