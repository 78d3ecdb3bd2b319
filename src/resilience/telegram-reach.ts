// Whether Telegram (or the Bot API server at TELEGRAM_API_ROOT) answers, as every call of the bot
// finds it, and the one retry path for calls that got no answer at all (the network, DNS, a refused
// connection). auto-retry alone retried those silently and forever, so a bot started while Telegram
// was out of reach logged nothing and /readyz could not say since when. Here each step of the wait
// is logged once, however many calls are waiting (one line per step of the backoff, with the method,
// the network's reason and the pause; never the URL, which holds the token), the return is logged,
// and /readyz reads the state: not checked yet, answering, or unreachable since when and why.
// Answers with an error (429, 5xx) are Telegram's answers: auto-retry keeps those (src/bot/services.ts).
import { HttpError, type Transformer } from "grammy";
import type { Logger } from "../logger.ts";
import { MINUTE_MS, SECOND_MS } from "../time/durations.ts";

export type TelegramState =
  | { state: "not-checked-yet" }
  | { state: "answering"; at: number }
  | { state: "unreachable"; since: number; reason: string };

const FIRST_WAIT_MS = SECOND_MS;
const LONGEST_WAIT_MS = MINUTE_MS;
/** A bot token as it stands in a request's URL: never in a log line or /readyz. */
const TOKEN = /\d{3,}:[\w-]{20,}/g;

/** Why a request got no answer, in the network's words (ECONNREFUSED, ENOTFOUND, a timeout), token removed. */
export function networkReason(error: unknown): string {
  let cause: unknown = error instanceof HttpError ? error.error : error;
  // fetch wraps the socket's error: "fetch failed", caused by "connect ECONNREFUSED 127.0.0.1:9".
  while (cause instanceof Error && cause.cause instanceof Error) cause = cause.cause;
  const { code, message } = (cause ?? {}) as { code?: unknown; message?: unknown };
  const text = typeof message === "string" && message ? message.split("\n")[0]! : String(code ?? cause);
  // fetch's own refusal of ports it never connects to (9, 6000, 6667…): no network problem, a setting to change.
  if (text === "bad port")
    return "bad port: fetch never connects to this port; give TELEGRAM_API_ROOT another";
  return text.replace(TOKEN, "<token>").slice(0, 200);
}

function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
  });
}

export class TelegramReach {
  private current: TelegramState = { state: "not-checked-yet" };
  /** The highest step of the backoff already logged in this outage: each step is told once. */
  private loggedStep = -1;

  constructor(
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  get state(): TelegramState {
    return this.current;
  }

  /** An API transformer: a call without an answer waits 1, 2, 4… up to 60 s and tries again, until its signal aborts. */
  readonly retry: Transformer = async (prev, method, payload, signal) => {
    for (let step = 0; ; step++) {
      try {
        const result = await prev(method, payload, signal);
        this.answered();
        return result;
      } catch (error) {
        if (!(error instanceof HttpError) || signal?.aborted) throw error;
        const waitMs = Math.min(FIRST_WAIT_MS * 2 ** step, LONGEST_WAIT_MS);
        this.unanswered(method, networkReason(error), step, waitMs);
        // grammY types its signal with the abort-controller shim; Node's own is what it uses at run time.
        await pause(waitMs, signal as AbortSignal | undefined);
        if (signal?.aborted) throw error;
      }
    }
  };

  private answered(): void {
    const was = this.current;
    this.current = { state: "answering", at: this.now() };
    if (was.state !== "unreachable") return;
    this.loggedStep = -1;
    this.logger.warn(
      { since: new Date(was.since).toISOString(), seconds: Math.round((this.now() - was.since) / SECOND_MS) },
      "Telegram answers again",
    );
  }

  private unanswered(method: string, reason: string, step: number, waitMs: number): void {
    const since = this.current.state === "unreachable" ? this.current.since : this.now();
    this.current = { state: "unreachable", since, reason };
    if (step <= this.loggedStep) return;
    this.loggedStep = step;
    this.logger.warn(
      { method, reason, retryInS: waitMs / SECOND_MS, since: new Date(since).toISOString() },
      `Telegram cannot be reached (${reason}): trying again in ${waitMs / SECOND_MS} s`,
    );
  }
}
