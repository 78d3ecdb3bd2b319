// The rate limit's count in Redis (REDIS_URL), for several instances behind a load balancer.
// A module of its own so that a bot without Redis never loads ioredis.
import { Redis } from "ioredis";
import type { RateLimitStore } from "./rate-limit.ts";

/**
 * A Redis store that fails open: if Redis is unreachable nobody is limited, rather than every
 * update failing. Commands fail at once while disconnected instead of queueing.
 */
export function redisRateLimitStore(url: string): RateLimitStore & { close(): Promise<void> } {
  const client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 0, lazyConnect: false });
  client.on("error", () => {}); // reconnects by itself; a failed command counts 0 below
  return {
    incr: (key) => client.incr(key).catch(() => 0),
    pexpire: (key, ms) => client.pexpire(key, ms).catch(() => 0),
    close: async () => {
      await client.quit().catch(() => client.disconnect());
    },
  };
}
