// The embedded PGlite failing while nobody writes: its data directory taken away (a volume unmounted, a folder
// moved), its WebAssembly closed. Without an update to run into it, the failure would wait for the next person,
// who would get "try again" before the bot restarts. So the running bot reads a table every few seconds, and
// /readyz and /metrics ask the same: a failure for good ends the process as an update's would
// (src/runtime/service.ts: exit 1 for the supervisor; src/runtime/local.ts: said once in the terminal).
// PostgreSQL is not watched: the bot carries on by itself when its server is back.
import type { Database } from "../db/connect.ts";
import { probe } from "../db/health.ts";

export const EMBEDDED_WATCH_MS = 5_000;

const ANSWER_WITHIN_MS = 3_000;

/** /metrics' `opendoor_database_up`: whether the database answers from its files within 3 s. */
export async function databaseAnswers(db: Database): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ANSWER_WITHIN_MS);
  });
  const answered = probe(db).then(
    () => true,
    () => false,
  );
  return Promise.race([answered, late]).finally(() => clearTimeout(timer));
}

/** Reads a table every `everyMs` on PGlite; calls `lost` once when it failed for good. Returns the stop. */
export function watchEmbeddedDatabase(
  db: Database,
  lost: () => void,
  everyMs: number = EMBEDDED_WATCH_MS,
): () => void {
  const failedForGood = db.failedForGood;
  if (!failedForGood) return () => {};
  let probing = false;
  const timer = setInterval(() => {
    if (probing) return;
    probing = true;
    probe(db)
      .catch((error: unknown) => {
        if (!failedForGood(error)) return;
        clearInterval(timer);
        lost();
      })
      .finally(() => {
        probing = false;
      });
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
