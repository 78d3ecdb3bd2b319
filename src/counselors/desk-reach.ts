// Whether the bot can reach the counselors' group now. Telegram's my_chat_member (reach.ts) and
// refused calls to the group record an outage in the database (src/db/desk-outage.ts), so that a
// restart or a second instance does not promise counselors meanwhile; the bot's return there
// deletes it. Read on the crisis path, so each process keeps what it read for OUTAGE_CACHE_MS:
// one statement every few seconds at most, never one per update. Each change this process sees
// is logged once, at warn level, for the operator on call (/readyz says the same: README).
import type { AppServices } from "../bot/context.ts";
import * as outages from "../db/desk-outage.ts";
import { errorLog } from "../logger.ts";
import type { DeskState } from "../server/http.ts";
import { SECOND_MS } from "../time/durations.ts";

/** How long a read outage (or its absence) is trusted; another instance's change shows within it. */
export const OUTAGE_CACHE_MS = 5 * SECOND_MS;

export type DeskOutage = outages.DeskOutage;

interface Known {
  outage: DeskOutage | undefined;
  /** Whether this process knows the group's state: checked here (at start, by Telegram's update), or an outage read. */
  checked?: boolean;
  /** When it was read or written (app.now()); undefined: never, read at the first ask. */
  at?: number;
  reading?: Promise<DeskOutage | undefined>;
}

const known = new WeakMap<AppServices, Known>();

function knownOf(app: AppServices): Known {
  let state = known.get(app);
  if (!state) {
    state = { outage: undefined };
    known.set(app, state);
  }
  return state;
}

/** Takes what was read or written; a change from what this process knew is logged once. */
function settle(app: AppServices, state: Known, outage: DeskOutage | undefined): DeskOutage | undefined {
  const was = state.outage;
  state.outage = outage;
  state.at = app.now();
  if (outage) state.checked = true;
  if (!was && outage)
    app.logger.warn(
      { reason: outage.reason, since: outage.since.toISOString() },
      "the counselors' group cannot be reached: nobody is promised a counselor until it can",
    );
  if (was && !outage)
    app.logger.warn({ since: was.since.toISOString() }, "the counselors' group can be reached again");
  if (was && outage && was.reason !== outage.reason)
    app.logger.warn(
      { reason: outage.reason, since: outage.since.toISOString() },
      "the counselors' group cannot be reached, for another reason now",
    );
  return outage;
}

/** The outage now, if any. Never fails: when the database cannot say, what this process knew last stands. */
export function deskOutage(app: AppServices): Promise<DeskOutage | undefined> {
  const state = knownOf(app);
  const age = state.at === undefined ? undefined : app.now() - state.at;
  // A clock set back (tests) reads again rather than trusting a time to come.
  if (age !== undefined && age >= 0 && age < OUTAGE_CACHE_MS) return Promise.resolve(state.outage);
  state.reading ??= outages
    .current(app.db)
    .then(
      (outage) => settle(app, state, outage),
      (error) => {
        app.logger.warn({ err: errorLog(error) }, "the counselors' group's state could not be read");
        return state.outage;
      },
    )
    .finally(() => {
      state.reading = undefined;
    });
  return state.reading;
}

/** Why the counselors' group cannot be reached now, or undefined when nothing says so. */
export async function deskProblem(app: AppServices): Promise<string | undefined> {
  return (await deskOutage(app))?.reason;
}

/**
 * For /readyz's body: reachable, unreachable (why, since when), no group configured (no COUNSELOR_CHAT_ID), or not
 * checked yet: no outage is recorded, but this process has not asked Telegram yet (the start's check waits for it).
 */
export async function deskState(app: AppServices): Promise<DeskState> {
  if (app.config.COUNSELOR_CHAT_ID === undefined) return { state: "not-configured" };
  const outage = await deskOutage(app);
  if (outage) return { state: "unreachable", reason: outage.reason, since: outage.since.toISOString() };
  return knownOf(app).checked ? { state: "reachable" } : { state: "not-checked-yet" };
}

/**
 * Telegram refused the call (400 or 403), whatever its words: the bot may no longer act in the group (removed,
 * demoted, Topics turned off), which the group's check then decides. Telegram's wording varies ("not enough
 * rights", "the chat is not a forum", "TOPIC_CLOSED"…), so none is trusted to say it; 429 and 5xx are not refusals.
 */
export function isRefusal(error: unknown): boolean {
  const code = (error as { error_code?: number }).error_code;
  return code === 400 || code === 403;
}

/** Records the outage for every instance (and this one even when the database cannot). */
export async function markUnreachable(app: AppServices, reason: string): Promise<void> {
  const state = knownOf(app);
  const outage = { reason, since: new Date(app.now()) };
  const stored = await outages.begin(app.db, outage).catch((error) => {
    app.logger.error({ err: errorLog(error) }, "the counselors' group's outage could not be stored");
    return state.outage ?? outage;
  });
  settle(app, state, stored);
}

/** The group answers again; true when it had been out of reach (here or as recorded). */
export async function markReachable(app: AppServices): Promise<boolean> {
  const state = knownOf(app);
  const wasHere = state.outage !== undefined;
  const wasRecorded = await outages.end(app.db).catch((error) => {
    app.logger.error({ err: errorLog(error) }, "the counselors' group's outage could not be cleared");
    return false;
  });
  settle(app, state, undefined);
  state.checked = true;
  return wasHere || wasRecorded;
}
