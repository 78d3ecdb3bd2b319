// Fixed-window counts for the web chat's sends, per chat and per address. The same store as
// the bot's own rate limit (src/resilience/rate-limit.ts): this instance's memory, or Redis
// when REDIS_URL is set so that several instances share one count. Keys are keyed hashes.
import type { RateLimitStore } from "../../resilience/rate-limit.ts";

export interface Counter {
  /** Counts one more; false once `limit` is passed within the window. */
  hit(key: string, limit: number, windowMs: number): Promise<boolean>;
}

/** Counts in memory, each key forgotten when its window ends. */
export function memoryStore(now: () => number = Date.now): RateLimitStore {
  const counts = new Map<string, { count: number; until: number }>();
  return {
    async incr(key) {
      const at = now();
      for (const [old, entry] of counts) if (entry.until <= at) counts.delete(old);
      const entry = counts.get(key) ?? { count: 0, until: Number.POSITIVE_INFINITY };
      entry.count++;
      counts.set(key, entry);
      return entry.count;
    },
    async pexpire(key, ms) {
      const entry = counts.get(key);
      if (!entry) return 0;
      entry.until = now() + ms;
      return 1;
    },
  };
}

export function windowCounter(store: RateLimitStore = memoryStore()): Counter {
  return {
    async hit(key, limit, windowMs) {
      const count = await store.incr(`opendoor:web:${key}`);
      if (count === 1) await store.pexpire(`opendoor:web:${key}`, windowMs);
      return count <= limit;
    },
  };
}
