// Telegram's published sending limits, on a clock the caller controls:
// about one message per second per chat (short bursts allowed), at most 20 per minute
// in a group, about 30 per second overall. Only messages that are sent count; edits do not.

const CHAT_BURST = 3;
const CHAT_RATE_PER_MS = 1 / 1000;
const GROUP_LIMIT = 20;
const GROUP_WINDOW_MS = 60_000;
const GLOBAL_LIMIT = 30;
const GLOBAL_WINDOW_MS = 1000;

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class RateLimiter {
  private readonly chatBuckets = new Map<number, Bucket>();
  private readonly groupSends = new Map<number, number[]>();
  private readonly globalSends: number[] = [];

  constructor(private readonly now: () => number) {}

  /** Seconds to wait before a message to this chat may be sent, or undefined when it may go now. */
  retryAfter(chatId: number, isGroup: boolean): number | undefined {
    const now = this.now();
    const waits: number[] = [];
    const bucket = this.refilled(chatId, now);
    if (bucket.tokens < 1) waits.push((1 - bucket.tokens) / CHAT_RATE_PER_MS);
    if (isGroup) waits.push(windowWait(this.groupSends.get(chatId) ?? [], GROUP_LIMIT, GROUP_WINDOW_MS, now));
    waits.push(windowWait(this.globalSends, GLOBAL_LIMIT, GLOBAL_WINDOW_MS, now));
    const longest = Math.max(0, ...waits);
    return longest > 0 ? Math.max(1, Math.ceil(longest / 1000)) : undefined;
  }

  /** Counts a message that was sent. */
  record(chatId: number, isGroup: boolean): void {
    const now = this.now();
    this.refilled(chatId, now).tokens -= 1;
    if (isGroup) {
      const sends = this.groupSends.get(chatId) ?? [];
      sends.push(now);
      this.groupSends.set(chatId, sends);
    }
    this.globalSends.push(now);
  }

  private refilled(chatId: number, now: number): Bucket {
    const bucket = this.chatBuckets.get(chatId) ?? { tokens: CHAT_BURST, updatedAt: now };
    bucket.tokens = Math.min(CHAT_BURST, bucket.tokens + (now - bucket.updatedAt) * CHAT_RATE_PER_MS);
    bucket.updatedAt = now;
    this.chatBuckets.set(chatId, bucket);
    return bucket;
  }
}

/** Milliseconds until a sliding window has room again; drops timestamps that left the window. */
function windowWait(sends: number[], limit: number, windowMs: number, now: number): number {
  while (sends.length > 0 && sends[0]! <= now - windowMs) sends.shift();
  if (sends.length < limit) return 0;
  return sends[sends.length - limit]! + windowMs - now;
}
