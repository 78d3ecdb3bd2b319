// The one place that turns a Telegram id into the pseudonym everything else uses.
// A keyed hash is still personal data: destroying PSEUDONYM_SECRET is what anonymises.
import { createHmac } from "node:crypto";

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

/**
 * What logs may carry instead of the pseudonym: 8 hex characters of a second keyed hash, under a key
 * derived from the secret for each UTC day. Enough to follow one person's updates through a day's
 * logs; nothing that matches a stored row (no prefix of a pseudonym), nor yesterday's logs.
 */
export function makeLogTagger(secret: string, now: () => number): (pseudonym: Pseudonym) => string {
  let day = "";
  let key: Buffer | undefined;
  return (pseudonym) => {
    const today = new Date(now()).toISOString().slice(0, 10);
    if (key === undefined || today !== day) {
      day = today;
      key = createHmac("sha256", secret).update(`log-tag:${day}`).digest();
    }
    return createHmac("sha256", key).update(pseudonym).digest("hex").slice(0, 8);
  };
}
