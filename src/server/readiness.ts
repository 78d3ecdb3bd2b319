// /readyz: the database answers, every migration is applied, and Telegram answers getMe; the
// counselors' group's state is in the body, and out of reach it is a warning (decided: the crisis
// reply still works, so the process is ready; README, "Deployment").
// Telegram's answer is remembered for a while, so that frequent probes do not call it each time;
// a failure is not: each probe asks again, so that a recovery or another reason shows at once. With the
// bot's own view of Telegram (src/resilience/telegram-reach.ts), a probe says what its calls found
// rather than pile one more call on those waiting: "not checked yet" until the first call at start is
// answered or fails, "unreachable since <time> (<reason>)" while they wait for an answer.
import type { Api } from "grammy";
import type { Database } from "../db/connect.ts";
import { pendingMigrations, probe } from "../db/health.ts";
import { readMigrations } from "../db/migrate.ts";
import type { TelegramReach } from "../resilience/telegram-reach.ts";
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

const failedForGood = (error: unknown) =>
  `failed for good (${reason(error)}): the embedded database cannot be reopened in this process; exiting 1 for a restart on the data on disk`;

const unreachableSince = ({ since, reason }: { since: number; reason: string }) =>
  `unreachable since ${new Date(since).toISOString()} (${reason})`;

/**
 * `desk`: the counselors' group's state (src/counselors/desk-reach.ts), shown in the body; out of
 * reach it is a warning: the bot still answers everyone, and people are told the truth about counselors.
 */
export function serviceReadiness(
  db: Database,
  api: Api,
  now: () => number = Date.now,
  desk?: () => Promise<DeskState>,
  telegram?: Pick<TelegramReach, "state">,
  /** Called when the check finds the embedded database failed for good. */
  onLost?: () => void,
): Readiness {
  const expected = readMigrations().map((migration) => migration.name);
  let telegramAnswered: number | undefined;
  return {
    ...(desk ? { desk } : {}),
    async check() {
      const checks: Record<string, true | string> = {};
      try {
        const pending = await withTimeout(
          probe(db).then(() => pendingMigrations(db, expected)),
          "the database",
        );
        checks.database = true;
        checks.migrations = pending.length === 0 ? true : `pending: ${pending.join(", ")}`;
      } catch (error) {
        // The embedded database gone for good: said as such, and the process restarts (src/runtime/embedded-database.ts).
        const lost = db.failedForGood?.(error) ?? false;
        checks.database = lost ? failedForGood(error) : `unreachable (${reason(error)})`;
        checks.migrations = "unknown";
        if (lost) onLost?.();
      }
      const known = telegram?.state;
      if (known?.state === "not-checked-yet") checks.telegram = "not checked yet";
      else if (known?.state === "unreachable") checks.telegram = unreachableSince(known);
      else if (telegramAnswered !== undefined && now() - telegramAnswered <= TELEGRAM_CACHE_MS)
        checks.telegram = true;
      else {
        // Aborted at the timeout, so that a probe's call never stays behind, retrying.
        const giveUp = AbortSignal.timeout(TIMEOUT_MS) as Parameters<Api["getMe"]>[0];
        checks.telegram = await withTimeout(api.getMe(giveUp), "Telegram").then(
          () => true as const,
          (error) => {
            const after = telegram?.state;
            return after?.state === "unreachable"
              ? unreachableSince(after)
              : `unreachable (${reason(error)})`;
          },
        );
        telegramAnswered = checks.telegram === true ? now() : undefined;
      }
      return checks;
    },
  };
}
