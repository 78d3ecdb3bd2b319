// `npm run purge`: one purge run (for cron), then exit 0 with the counts printed.
// Builds the services and the features' job list only, no bot; with BOT_TOKEN set, the jobs that
// tell people and counselors (idle cases closing) reach Telegram through a plain Api.
import { autoRetry } from "@grammyjs/auto-retry";
import { Api } from "grammy";
import { PURGE_JOBS } from "../bot/jobs.ts";
import { createAppServices, RETRY_LIMITS } from "../bot/services.ts";
import { purgeOnce } from "../retention/index.ts";
import {
  exitOnStartupError,
  loadConfigOrExit,
  loadContentOrExit,
  openLogger,
  openMigratedDatabase,
} from "../runtime/startup.ts";

const config = loadConfigOrExit();
const content = loadContentOrExit();
try {
  const logger = openLogger(config, false);
  const db = await openMigratedDatabase(config, logger);
  const app = createAppServices({ config, content, db, logger });
  const api = config.BOT_TOKEN ? new Api(config.BOT_TOKEN, { apiRoot: config.TELEGRAM_API_ROOT }) : undefined;
  api?.config.use(autoRetry(RETRY_LIMITS));
  const report = await purgeOnce(app, PURGE_JOBS, app.now(), api);
  await db.close();
  if (report.skipped) console.log("another instance is purging right now; nothing done");
  for (const [step, count] of Object.entries(report.counts)) console.log(`${step}: ${count} deleted`);
} catch (error) {
  exitOnStartupError(error);
}
