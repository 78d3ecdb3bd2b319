// Every message the relay sends goes through here: one queue per chat, in order, paced to
// Telegram's published limits (about one message a second per chat with short bursts, 20 a
// minute in a group, 30 a second overall), so that a busy evening waits a little here
// instead of being refused with 429. A 429 that happens anyway (another instance, another
// feature) is not retried here: the bot's one retry path is the auto-retry API plugin
// (src/bot/index.ts), which honours retry_after for every call; while it waits, only this
// chat's queue waits. No grammY in here: a send is a thunk.
// The clock is injected so that a benchmark can run ten virtual minutes in seconds.
import { MINUTE_MS } from "../time/durations.ts";

export interface PacingClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realTime: PacingClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface SendReport {
  chatId: number;
  group: boolean;
  /** How long the message waited here because of the limits (and a 429 waited out in the call), ms. */
  waitedMs: number;
}

const CHAT_BURST = 3;
const CHAT_REFILL_PER_MS = 1 / 1000;
const GROUP_LIMIT = 20;
const GROUP_WINDOW_MS = MINUTE_MS;
const GLOBAL_LIMIT = 30;
const GLOBAL_WINDOW_MS = 1000;
/** A little slack so that rounding on either side never turns a wait into a 429. */
const MARGIN_MS = 5;

/** The model of Telegram's limits: how long until one more message may go to a chat. */
export class SendingLimits {
  private readonly buckets = new Map<number, { tokens: number; at: number }>();
  private readonly groupSends = new Map<number, number[]>();
  private readonly globalSends: number[] = [];

  waitMs(chatId: number, group: boolean, now: number): number {
    const bucket = this.bucket(chatId, now);
    const waits = [bucket.tokens >= 1 ? 0 : (1 - bucket.tokens) / CHAT_REFILL_PER_MS + MARGIN_MS];
    if (group) waits.push(windowWait(this.groupSends.get(chatId) ?? [], GROUP_LIMIT, GROUP_WINDOW_MS, now));
    waits.push(windowWait(this.globalSends, GLOBAL_LIMIT, GLOBAL_WINDOW_MS, now));
    return Math.max(...waits);
  }

  record(chatId: number, group: boolean, now: number): void {
    this.bucket(chatId, now).tokens -= 1;
    if (group) {
      const sends = this.groupSends.get(chatId) ?? [];
      sends.push(now);
      this.groupSends.set(chatId, sends);
    }
    this.globalSends.push(now);
  }

  private bucket(chatId: number, now: number) {
    const bucket = this.buckets.get(chatId) ?? { tokens: CHAT_BURST, at: now };
    bucket.tokens = Math.min(CHAT_BURST, bucket.tokens + Math.max(0, now - bucket.at) * CHAT_REFILL_PER_MS);
    bucket.at = now;
    this.buckets.set(chatId, bucket);
    return bucket;
  }
}

function windowWait(sends: number[], limit: number, windowMs: number, now: number): number {
  while (sends.length > 0 && sends[0]! <= now - windowMs) sends.shift();
  if (sends.length < limit) return 0;
  return sends[sends.length - limit]! + windowMs - now + MARGIN_MS;
}

export class Outbox {
  private readonly limits = new SendingLimits();
  private readonly tails = new Map<number, Promise<unknown>>();
  /** Sends asked for and not finished (a caller awaits each). */
  pending = 0;
  /** Sends whose API call is running right now. */
  active = 0;
  /** Work an update started and did not wait for (a hand-over's copies, paced one a second). */
  private readonly followUps = new Set<Promise<void>>();

  constructor(
    /** null: no pacing (tests against a fake that does not enforce limits). */
    private readonly clock: PacingClock | null,
    private readonly onSent?: (report: SendReport) => void,
  ) {}

  /** Runs `call` (one message to `chatId`) after the chat's earlier sends, when the limits allow. */
  send<T>(chatId: number, group: boolean, call: () => Promise<T>): Promise<T> {
    this.pending++;
    const enqueuedAt = this.clock?.now() ?? 0;
    const run = () => this.paced(chatId, group, enqueuedAt, call);
    const previous = this.tails.get(chatId) ?? Promise.resolve();
    const result = previous.then(run, run);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(chatId, tail);
    void tail.then(() => {
      if (this.tails.get(chatId) === tail) this.tails.delete(chatId);
    });
    return result.finally(() => {
      this.pending--;
    });
  }

  /**
   * Runs `work` without holding the update that started it, so that a button's answer does not wait
   * for the sends `work` queues. `work` handles its own errors; a stop waits for it as for a send.
   */
  later(work: () => Promise<void>): void {
    const running = work();
    this.followUps.add(running);
    const done = () => this.followUps.delete(running);
    running.then(done, done);
  }

  /** Nothing queued, sending or following up. */
  get idle(): boolean {
    return this.pending === 0 && this.followUps.size === 0;
  }

  /** Resolves once idle (a test reading what everyone saw, a stop). */
  async settled(): Promise<void> {
    while (!this.idle) await Promise.allSettled([...this.followUps, ...this.tails.values()]);
  }

  private async paced<T>(
    chatId: number,
    group: boolean,
    enqueuedAt: number,
    call: () => Promise<T>,
  ): Promise<T> {
    const clock = this.clock;
    if (clock) {
      for (let wait = this.limits.waitMs(chatId, group, clock.now()); wait > 0; ) {
        await clock.sleep(wait);
        wait = this.limits.waitMs(chatId, group, clock.now());
      }
      this.limits.record(chatId, group, clock.now());
    }
    this.active++;
    try {
      const result = await call();
      if (clock) this.onSent?.({ chatId, group, waitedMs: clock.now() - enqueuedAt });
      return result;
    } finally {
      this.active--;
    }
  }
}
