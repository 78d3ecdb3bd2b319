// `npm run db:migrate`: applies pending migrations and exits, as the bot does at start-up.
import {
  exitOnStartupError,
  loadConfigOrExit,
  openLogger,
  openMigratedDatabase,
} from "../runtime/startup.ts";

const config = loadConfigOrExit();
try {
  const db = await openMigratedDatabase(config, openLogger(config, false));
  await db.close();
} catch (error) {
  exitOnStartupError(error);
}
