// The one place that turns a Telegram id into the pseudonym everything else uses.
// A keyed hash is still personal data: destroying PSEUDONYM_SECRET is what anonymises.
import { createHmac } from "node:crypto";

export type Pseudonym = string & { readonly __brand: "Pseudonym" };

/**
 * The people seen last, whose pseudonyms are kept in memory: a person's updates, and each update a
 * conversation replays, asked for the same HMAC again (README, "Benchmarks", ninth pass). The ids are
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

/** What logs may carry: the first 8 hex characters, enough to follow one person's updates. */
export function logTag(pseudonym: Pseudonym): string {
  return pseudonym.slice(0, 8);
}
