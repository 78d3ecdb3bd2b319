// `npm run purge`: one purge run (for cron), then exit 0 with the counts printed.
// Builds the bot only to get the same services and the jobs features register; it handles no updates.
import { createBot } from "../bot/index.ts";
import { purgeOnce } from "../retention/index.ts";
import {
  exitOnStartupError,
  loadConfigOrExit,
  openLogger,
  openMigratedDatabase,
} from "../runtime/startup.ts";

const config = loadConfigOrExit();
try {
  const logger = openLogger(config, false);
  const db = await openMigratedDatabase(config, logger);
  const { bot, app } = createBot({ config, db, logger });
  const report = await purgeOnce(app, app.now(), config.BOT_TOKEN ? bot.api : undefined);
  await db.close();
  if (report.skipped) console.log("another instance is purging right now; nothing done");
  for (const [step, count] of Object.entries(report.counts)) console.log(`${step}: ${count} deleted`);
} catch (error) {
  exitOnStartupError(error);
}
