// `npm run db:migrate`: applies pending migrations and exits, as the bot does at start-up. It needs only the
// database's settings: a deployment's migration step need not be given the bot's secrets.
import {
  exitOnStartupError,
  loadDatabaseConfigOrExit,
  openLogger,
  openMigratedDatabase,
} from "../runtime/startup.ts";

const config = loadDatabaseConfigOrExit();
try {
  const db = await openMigratedDatabase(config, openLogger(config, false));
  await db.close();
} catch (error) {
  exitOnStartupError(error);
}
