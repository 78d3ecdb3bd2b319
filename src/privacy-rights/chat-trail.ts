// The quick exit of /forget deletes this chat's messages of the last 48 hours (Telegram lets a
// bot delete messages in a private chat only for that long). In a private chat the person's and
// the bot's messages share one sequence of ids, so knowing where the last 48 hours begin is
// enough: the session keeps a few (id, time) marks, at most one per hour, none older than that.
// The cost of the coarse marks: up to an hour of messages at the 48-hour edge may be left.
import { HOUR_MS } from "../time/durations.ts";

export const DELETABLE_MS = 48 * HOUR_MS;
const MARK_EVERY_MS = HOUR_MS;
/** Ids above the newest one seen: the bot's own replies since, which the bot never sees as updates. */
const REPLIES_AHEAD = 50;
/** Telegram's limit for one deleteMessages call. */
export const DELETE_BATCH = 100;
/** An upper bound on the ids tried, so that a very long chat cannot make /forget loop for long. */
const MAX_IDS = 50 * DELETE_BATCH;

export interface ChatTrail {
  /** [message id, ms since epoch], oldest first. */
  marks: [number, number][];
  /** The newest message id seen in this chat. */
  lastId: number;
}

/**
 * The trail after a message with this id was seen at `at`. It changes only when a mark is
 * added or dropped (at most about once an hour), so that most messages leave the session
 * as it was and it need not be written back (src/db/sessions.ts). `lastId` is therefore
 * the newest id at the newest mark; /forget adds the id of the message it answers, which is
 * newer than everything before it.
 */
export function noteMessage(trail: ChatTrail | undefined, messageId: number, at: number): ChatTrail {
  const marks = (trail?.marks ?? []).filter(([, seenAt]) => at - seenAt < DELETABLE_MS);
  const newest = marks.at(-1);
  const marked = !newest || at - newest[1] >= MARK_EVERY_MS;
  if (trail && !marked && marks.length === trail.marks.length) return trail;
  if (marked) marks.push([messageId, at]);
  return { marks, lastId: Math.max(trail?.lastId ?? 0, messageId) };
}

/** The ids to delete now, in batches for deleteMessages; empty when nothing is known to be recent. */
export function deletableBatches(trail: ChatTrail | undefined, now: number, newestId: number): number[][] {
  const first = trail?.marks.find(([, seenAt]) => now - seenAt < DELETABLE_MS)?.[0];
  if (first === undefined) return [];
  const last = Math.min(Math.max(trail?.lastId ?? 0, newestId) + REPLIES_AHEAD, first + MAX_IDS - 1);
  const batches: number[][] = [];
  for (let start = first; start <= last; start += DELETE_BATCH) {
    const end = Math.min(start + DELETE_BATCH - 1, last);
    batches.push(Array.from({ length: end - start + 1 }, (_, index) => start + index));
  }
  return batches;
}
