// Entry point: wires configuration, database and bot, then runs as a service on Telegram
// when BOT_TOKEN is set (src/runtime/service.ts), or as a local terminal chat otherwise.

import { collectStartupGarbage } from "./runtime/heap.ts";
import {
  exitOnStartupError,
  loadConfigOrExit,
  loadContentOrExit,
  openLogger,
  openMigratedDatabase,
  refuseSimulatorInProduction,
  warnAboutMisspelledSettings,
} from "./runtime/startup.ts";
import { MINUTE_MS, SECOND_MS } from "./time/durations.ts";

const KNOWLEDGE_INDEX_DELAY_MS = SECOND_MS;

const config = loadConfigOrExit();
refuseSimulatorInProduction(config);
const content = loadContentOrExit();
const onTelegram = config.BOT_TOKEN !== undefined;
const logger = openLogger(config, !onTelegram);
warnAboutMisspelledSettings(logger);
try {
  const db = await openMigratedDatabase(config, logger);
  // The knowledge index, not needed for the first answers, is built once the bot runs (docs/BENCHMARKS.md),
  // and then the start-up's garbage is collected at once (runtime/heap.ts).
  setTimeout(() => {
    content.knowledge.prepare();
    collectStartupGarbage();
  }, KNOWLEDGE_INDEX_DELAY_MS).unref();
  if (onTelegram) {
    const { runService } = await import("./runtime/service.ts");
    await runService(config, content, db, logger);
  } else {
    // Expired data is deleted in-process too (`npm run purge` is the same, for cron).
    const { startPurgeTimer } = await import("./retention/index.ts");
    const { PURGE_JOBS } = await import("./bot/jobs.ts");
    const { runLocally } = await import("./runtime/local.ts");
    const purgeEveryMs = config.PURGE_INTERVAL_MINUTES * MINUTE_MS;
    await runLocally(config, content, db, logger, (app, api) =>
      startPurgeTimer(app, PURGE_JOBS, purgeEveryMs, api),
    );
    await db.close();
  }
} catch (error) {
  exitOnStartupError(error);
}
