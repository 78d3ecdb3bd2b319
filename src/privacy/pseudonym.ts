// The one place that turns a Telegram id into the pseudonym everything else uses.
// A keyed hash is still personal data: destroying PSEUDONYM_SECRET is what anonymises.
import { createHmac } from "node:crypto";
import { DAY_MS } from "../time/durations.ts";

export type Pseudonym = string & { readonly __brand: "Pseudonym" };

/**
 * The people seen last, whose pseudonyms are kept in memory: a person's updates, and each update a
 * conversation replays, asked for the same HMAC again (docs/BENCHMARKS.md, ninth pass). The ids are
 * in this process's memory only, like the updates themselves and sequentialize's keys.
 */
export const REMEMBERED_PSEUDONYMS = 4096;

export function makePseudonymizer(secret: string): (telegramId: number) => Pseudonym {
  const known = new Map<number, Pseudonym>();
  return (telegramId) => {
    let pseudonym = known.get(telegramId);
    if (pseudonym === undefined) {
      pseudonym = createHmac("sha256", secret).update(String(telegramId)).digest("hex") as Pseudonym;
      // The oldest first out (a Map keeps the order things were added in).
      if (known.size >= REMEMBERED_PSEUDONYMS) known.delete(known.keys().next().value!);
      known.set(telegramId, pseudonym);
    }
    return pseudonym;
  };
}

/** Turns a pseudonym into its log tag; `rotate` after /forget. */
export interface LogTagger {
  (pseudonym: Pseudonym): string;
  /**
   * After /forget: the person's later lines get a new tag, so that nothing links them to the lines before. Kept in
   * this process's memory for the rest of the day only (the tags change at midnight anyway), as a keyed hash.
   */
  rotate(pseudonym: Pseudonym): void;
}

/**
 * What logs may carry instead of the pseudonym: 8 hex characters of a second keyed hash, under a key
 * derived from the secret for each UTC day. Enough to follow one person's updates through a day's
 * logs; nothing that matches a stored row (no prefix of a pseudonym), nor yesterday's logs.
 */
export function makeLogTagger(secret: string, now: () => number): LogTagger {
  /** The UTC day, as days since 1970 (the date's text is made only when the day changes). */
  let day = Number.NaN;
  let key: Buffer | undefined;
  /** How many times each person (by their full keyed hash) was forgotten today. */
  let forgotten = new Map<string, number>();
  /** Today's keyed hashes of the people seen last: each update that logs asked for the same HMAC again. */
  let digests = new Map<Pseudonym, string>();
  const digestOf = (pseudonym: Pseudonym): string => {
    const today = Math.floor(now() / DAY_MS);
    if (key === undefined || today !== day) {
      day = today;
      const date = new Date(today * DAY_MS).toISOString().slice(0, 10);
      key = createHmac("sha256", secret).update(`log-tag:${date}`).digest();
      forgotten = new Map();
      digests = new Map();
    }
    let digest = digests.get(pseudonym);
    if (digest === undefined) {
      digest = createHmac("sha256", key).update(pseudonym).digest("hex");
      if (digests.size >= REMEMBERED_PSEUDONYMS) digests.delete(digests.keys().next().value!);
      digests.set(pseudonym, digest);
    }
    return digest;
  };
  const tag = (pseudonym: Pseudonym): string => {
    const digest = digestOf(pseudonym);
    const times = forgotten.get(digest);
    const tagged =
      times === undefined ? digest : createHmac("sha256", key!).update(`${digest}:${times}`).digest("hex");
    return tagged.slice(0, 8);
  };
  tag.rotate = (pseudonym: Pseudonym): void => {
    const digest = digestOf(pseudonym);
    forgotten.set(digest, (forgotten.get(digest) ?? 0) + 1);
  };
  return tag;
}
