// Entry point: wires configuration, database and bot, then runs on Telegram when
// BOT_TOKEN is set, or as a local terminal chat otherwise.
import { exitOnStartupError, loadConfigOrExit, openLogger, openMigratedDatabase } from "./runtime/startup.ts";

const config = loadConfigOrExit();
const onTelegram = config.BOT_TOKEN !== undefined;
const logger = openLogger(config, !onTelegram);
try {
  const db = await openMigratedDatabase(config, logger);
  if (onTelegram) {
    const { createBot } = await import("./bot/index.ts");
    const { runOnTelegram } = await import("./runtime/telegram.ts");
    const { bot } = createBot({ config, db, logger });
    await runOnTelegram(bot, logger, () => db.close());
  } else {
    const { runLocally } = await import("./runtime/local.ts");
    await runLocally(config, db, logger);
    await db.close();
  }
} catch (error) {
  exitOnStartupError(error);
}
