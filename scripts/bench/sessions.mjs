// Resident memory of the bot process, alone in its own process on PostgreSQL: once ready,
// and after 10,000 different people have each started a conversation (10,000 live
// sessions), 64 at a time. Telegram is a stateless fake here, so that what grows is the
// bot's memory, not the fake's record of every chat.
// It runs the compiled build (dist/, `npm run build` first), as the deployed bot does, in plain
// JavaScript: run through tsx, the process would also hold tsx's module loader (a thread of its
// own, about 36 MB: `node -e` 41 MB, `node --import tsx -e` 77 MB on this machine), which is no part
// of the bot. It opens the database and the content as the bot does, not through test/support.
// Run by `npm run bench` as a child process; alone: `npm run build && node scripts/bench/sessions.mjs`.
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { pathToFileURL } from "node:url";
import pg from "pg";

const DIST = path.resolve(import.meta.dirname, "../../dist");
/** A module of the compiled bot. */
const compiled = (module) => import(pathToFileURL(path.join(DIST, module)).href);
const { createBot } = await compiled("bot/index.js");
const { loadConfig } = await compiled("config/index.js");
const { loadContent } = await compiled("content/load.js");
const { driverOf, openDatabase } = await compiled("db/connect.js");
const { applyMigrations } = await compiled("db/migrate.js");
const { FakeTelegram } = await compiled("dev/telegram/fake-telegram.js");
const { createLogger } = await compiled("logger.js");
const { collectStartupGarbage } = await compiled("runtime/heap.js");

const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 10_000);
const CONCURRENCY = 64;
const BOT_ID = 7_000_000_001;

/** Answers every Bot API call at once with a plausible result and keeps nothing. */
function statelessTelegram() {
  let messageId = 0;
  const fetch = async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    const body = typeof init?.body === "string" ? JSON.parse(init.body) : {};
    const method = url.slice(url.lastIndexOf("/") + 1);
    const result = method.startsWith("send")
      ? {
          message_id: ++messageId,
          date: Math.floor(Date.now() / 1000),
          chat: { id: Number(body.chat_id), type: "private", first_name: "P" },
          from: { id: BOT_ID, is_bot: true, first_name: "Bot" },
          text: String(body.text ?? ""),
        }
      : true;
    return new Response(JSON.stringify({ ok: true, result }), {
      headers: { "content-type": "application/json" },
    });
  };
  return { fetch, apiRoot: "http://stateless-telegram.local" };
}

const rssMb = () => Math.round(process.memoryUsage().rss / 1e6);

const DATABASE_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** Runs statements on the server, outside the bench's schema. */
async function onServer(statements) {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    await client.query(statements);
  } finally {
    await client.end();
  }
}

async function main() {
  const schema = `bench_sessions_${process.pid}_${randomBytes(4).toString("hex")}`;
  await onServer(`CREATE SCHEMA "${schema}"`);
  const db = await openDatabase({ kind: "postgres", url: DATABASE_URL, schema });
  await applyMigrations(db);
  const config = loadConfig({
    DATA_DIR: mkdtempSync(path.join(tmpdir(), "bench-sessions-")),
    PSEUDONYM_SECRET: "bench-pseudonym-secret-0123456789abcdef",
    ENCRYPTION_KEY: "33".repeat(32),
  });
  const content = loadContent();
  // As the running bot has it a second after its start (src/main.ts).
  content.knowledge.prepare();
  const logger = createLogger("info", new Writable({ write: (_chunk, _encoding, done) => done() }));
  const { bot, service } = createBot({
    config,
    content,
    db,
    logger,
    client: statelessTelegram(),
    // The same bot identity the fake Telegram gives the tests (its id is BOT_ID).
    botInfo: new FakeTelegram({ botId: BOT_ID }).botInfo,
  });
  // Ready: one update through, so that everything loaded on first use is loaded.
  let updateId = 0;
  const message = (userId, text) => ({
    update_id: ++updateId,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: userId, type: "private", first_name: "P" },
      from: { id: userId, is_bot: false, first_name: "P", language_code: ["ru", "kk", "en"][userId % 3] },
      text,
      ...(text.startsWith("/")
        ? { entities: [{ type: "bot_command", offset: 0, length: text.length }] }
        : {}),
    },
  });
  await bot.handleUpdate(message(1, "/start"));
  // As the bot does a second after its start (src/main.ts, src/runtime/heap.ts).
  collectStartupGarbage();
  const ready = rssMb();
  let next = 0;
  let peak = ready;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < SESSIONS) {
        const userId = 900_000_000 + next++;
        await bot.handleUpdate(message(userId, "/start"));
        if (next % 500 === 0) peak = Math.max(peak, rssMb());
      }
    }),
  );
  const sessions = await driverOf(db).query(
    "SELECT count(*)::int AS n FROM stored_state WHERE key LIKE 's:%'",
  );
  peak = Math.max(peak, rssMb());
  // The cross-instance lock connection would keep this process (and the parent waiting on it) alive.
  await service.locks?.close();
  await db.close();
  await onServer(`DROP SCHEMA "${schema}" CASCADE`);
  console.log(JSON.stringify({ rssMb: ready, rssMbAt10kSessions: peak, sessions: sessions[0]?.n ?? 0 }));
}

await main();
