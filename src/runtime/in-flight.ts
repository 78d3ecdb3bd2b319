// Counts the updates being handled, so that a stop can wait for each of them to finish.
// Installed as the bot's first middleware: an update is "in flight" from the moment the
// bot takes it (including the time it waits for the sender's earlier updates) until its answer.
import type { MiddlewareFn } from "grammy";

export class InFlight {
  private readonly running = new Set<Promise<unknown>>();

  /** The highest update id taken so far (polling confirms it to Telegram on stop). */
  lastUpdateId: number | undefined;

  get size(): number {
    return this.running.size;
  }

  readonly middleware: MiddlewareFn = (ctx, next) => {
    this.lastUpdateId = Math.max(this.lastUpdateId ?? 0, ctx.update.update_id);
    return this.track(next());
  };

  track<T>(work: Promise<T>): Promise<T> {
    this.running.add(work);
    const done = () => this.running.delete(work);
    work.then(done, done);
    return work;
  }

  /** Resolves true when nothing is in flight, false if `ms` passed first. */
  async drained(ms: number): Promise<boolean> {
    const deadline = Date.now() + ms;
    while (this.running.size > 0) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise((resolve) => {
        timer = setTimeout(resolve, left);
      });
      await Promise.race([Promise.allSettled([...this.running]), timeout]);
      clearTimeout(timer);
    }
    return true;
  }
}
