// Entry point: wires configuration, database and bot, then runs on Telegram when
// BOT_TOKEN is set, or as a local terminal chat otherwise.
import { exitOnStartupError, loadConfigOrExit, openLogger, openMigratedDatabase } from "./runtime/startup.ts";

const config = loadConfigOrExit();
const onTelegram = config.BOT_TOKEN !== undefined;
const logger = openLogger(config, !onTelegram);
try {
  const db = await openMigratedDatabase(config, logger);
  // Expired data is deleted in-process too (`npm run purge` is the same, for cron).
  const { startPurgeTimer } = await import("./retention/index.ts");
  const purgeEveryMs = config.PURGE_INTERVAL_MINUTES * 60_000;
  if (onTelegram) {
    const { createBot } = await import("./bot/index.ts");
    const { runOnTelegram } = await import("./runtime/telegram.ts");
    const { bot, app } = createBot({ config, db, logger });
    const stopPurge = startPurgeTimer(app, purgeEveryMs, bot.api);
    await runOnTelegram(bot, config, logger, async () => {
      stopPurge();
      await db.close();
    });
  } else {
    const { runLocally } = await import("./runtime/local.ts");
    await runLocally(config, db, logger, (app, api) => startPurgeTimer(app, purgeEveryMs, api));
    await db.close();
  }
} catch (error) {
  exitOnStartupError(error);
}
