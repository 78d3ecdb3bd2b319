// The one place that turns a Telegram id into the pseudonym everything else uses.
// A keyed hash is still personal data: destroying PSEUDONYM_SECRET is what anonymises.
import { createHmac } from "node:crypto";

export type Pseudonym = string & { readonly __brand: "Pseudonym" };

export function makePseudonymizer(secret: string): (telegramId: number) => Pseudonym {
  return (telegramId) => createHmac("sha256", secret).update(String(telegramId)).digest("hex") as Pseudonym;
}

/** What logs may carry: the first 8 hex characters, enough to follow one person's updates. */
export function logTag(pseudonym: Pseudonym): string {
  return pseudonym.slice(0, 8);
}
