// Whether a counselor can answer at this moment: no counselors' group at all, on duty, off duty
// (with the next shift), or paused by a supervisor. Other features ask before they promise a
// person anything about a counselor (the crisis reply: never "a counselor now" when nobody is there).

import type { AppServices } from "../bot/context.ts";
import type { Availability, Duty } from "../bot/safety.ts";
import * as moderation from "../db/moderation.ts";
import { errorLog } from "../logger.ts";
import { isOnDuty, nextOpening } from "../time/opening-hours.ts";
import { scheduleFor } from "./desk.ts";
import { deskProblem } from "./desk-reach.ts";

export type { Availability, Duty } from "../bot/safety.ts";

/**
 * Never fails. A pause that cannot be read (the database refuses that one read) leaves the hours: off duty is
 * true either way; on duty it is "unknown", and nobody is promised a counselor now.
 */
export async function dutyOf(app: AppServices): Promise<Duty> {
  const paused = await moderation.currentPause(app.db).then(
    (pause) => pause !== undefined,
    (error: unknown) => {
      app.logger.warn({ err: errorLog(error) }, "duty state unreadable: no counselor promised now");
      return undefined;
    },
  );
  if (paused) return { kind: "paused" };
  const scheduled = scheduledDuty(app);
  return paused === undefined && scheduled.kind === "on" ? { kind: "unknown" } : scheduled;
}

/** From the duty hours alone (memory only): what is known when the database cannot say about a pause. */
export function scheduledDuty(app: AppServices): Duty {
  const schedule = scheduleFor(app);
  const now = app.now();
  if (isOnDuty(schedule, now)) return { kind: "on" };
  return { kind: "off", opensAt: nextOpening(schedule, now) };
}

/** Never fails (a crisis reply must go out regardless): dutyOf and deskProblem never do. */
export async function counselorAvailability(app: AppServices): Promise<Availability> {
  // The group out of reach (desk-reach.ts) is, for a person right now, as if there were none.
  if (app.config.COUNSELOR_CHAT_ID === undefined || (await deskProblem(app))) return { kind: "none" };
  return dutyOf(app);
}

/** Availability without the database (src/resilience, when the database is down). */
export function scheduledAvailability(app: AppServices): Availability {
  if (app.config.COUNSELOR_CHAT_ID === undefined) return { kind: "none" };
  return scheduledDuty(app);
}
