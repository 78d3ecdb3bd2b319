// /readyz: the database answers, every migration is applied, and Telegram answers getMe; the
// counselors' group's state is in the body, and out of reach it is a warning (decided: the crisis
// reply still works, so the process is ready; README, "Deployment").
// Telegram's answer is remembered for a while, so that frequent probes do not call it each time;
// a failure is not: each probe asks again, so that a recovery or another reason shows at once.
import type { Api } from "grammy";
import type { Database } from "../db/connect.ts";
import { pendingMigrations } from "../db/health.ts";
import { readMigrations } from "../db/migrate.ts";
import type { DeskState, Readiness } from "./http.ts";

const TIMEOUT_MS = 3_000;
const TELEGRAM_CACHE_MS = 15_000;

function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} did not answer in ${TIMEOUT_MS / 1000} s`)),
      TIMEOUT_MS,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const reason = (error: unknown) =>
  (error as { code?: string }).code ?? (error as { description?: string }).description ?? String(error);

/**
 * `desk`: the counselors' group's state (src/counselors/desk-reach.ts), shown in the body; out of
 * reach it is a warning: the bot still answers everyone, and people are told the truth about counselors.
 */
export function serviceReadiness(
  db: Database,
  api: Api,
  now: () => number = Date.now,
  desk?: () => Promise<DeskState>,
): Readiness {
  const expected = readMigrations().map((migration) => migration.name);
  let telegramAnswered: number | undefined;
  return {
    ...(desk ? { desk } : {}),
    async check() {
      const checks: Record<string, true | string> = {};
      try {
        const pending = await withTimeout(pendingMigrations(db, expected), "the database");
        checks.database = true;
        checks.migrations = pending.length === 0 ? true : `pending: ${pending.join(", ")}`;
      } catch (error) {
        checks.database = `unreachable (${reason(error)})`;
        checks.migrations = "unknown";
      }
      if (telegramAnswered !== undefined && now() - telegramAnswered <= TELEGRAM_CACHE_MS)
        checks.telegram = true;
      else {
        checks.telegram = await withTimeout(api.getMe(), "Telegram").then(
          () => true as const,
          (error) => `unreachable (${reason(error)})`,
        );
        telegramAnswered = checks.telegram === true ? now() : undefined;
      }
      return checks;
    },
  };
}
