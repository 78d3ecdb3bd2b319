// A counselor's block: the person may not open a case for some days, and the case closes with a polite notice
// (its date, 112 and 114) instead of the usual one. A crisis waits before it (block-crisis.ts).
import * as audit from "../db/audit.ts";
import type * as cases from "../db/cases.ts";
import type * as counselors from "../db/counselors.ts";
import * as moderation from "../db/moderation.ts";
import { untilDate } from "../i18n/dates.ts";
import type { Logger } from "../logger.ts";
import { DAY_MS } from "../time/durations.ts";
import type { Desk } from "./desk.ts";
import { close } from "./lifecycle.ts";

/** Blocks the person of an open case for `days` and closes the case; they are told politely. */
export async function block(
  desk: Desk,
  item: cases.Case,
  actor: counselors.Counselor,
  days: number,
  reason: string,
  log: Logger,
): Promise<boolean> {
  if (!item.pseudonym || item.status === "closed") return false;
  const now = desk.app.now();
  const until = new Date(now + days * DAY_MS);
  await moderation.block(desk.app.db, {
    pseudonym: item.pseudonym,
    reason,
    by: actor.id,
    now: new Date(now),
    until,
  });
  await audit.record(desk.app.db, {
    at: new Date(now),
    caseRef: item.ref,
    action: "blocked",
    actor,
    detail: `${days}d: ${reason}`,
  });
  const personText = desk.t(item.locale, "counselors-blocked-notice", {
    date: untilDate(item.locale, until, desk.app.config.TIME_ZONE),
  });
  await close(desk, item, "abusive", { actor, personText, note: reason }, log);
  return true;
}
