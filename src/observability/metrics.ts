// What the operator on call sees at /metrics (Prometheus text, prom-client). Labels are
// kinds, codes and method names only: never a chat, a person, a pseudonym or a case.
// One registry per bot, so that tests and a second bot in one process never mix counts.
import type { MiddlewareFn, Transformer } from "grammy";
import { Counter, Gauge, Histogram, Registry } from "prom-client";

/** Snapshot of the counselors' queue, read from the database at each scrape. */
export interface CaseGauges {
  open: number;
  queued: number;
  /** Age of the oldest case waiting for a counselor, seconds; 0 when none waits. */
  oldestWaitingSeconds: number;
}

export interface Metrics {
  registry: Registry;
  updates: Counter<"type">;
  handlingSeconds: Histogram<"type">;
  errors: Counter<"kind">;
  apiErrors: Counter<"method" | "code">;
  rateLimited: Counter;
  inFlight: Gauge;
  /** Wires the gauges read at scrape time: case counts from the database, the outbox depth. */
  observe(sources: Sources): void;
}

interface Sources {
  cases?: () => Promise<CaseGauges>;
  outboxDepth?: () => number;
  /** Whether the bot can reach the counselors' group (src/counselors/desk-reach.ts). */
  deskReachable?: () => Promise<boolean>;
  /** Whether the database answers from its files (src/runtime/embedded-database.ts). */
  databaseUp?: () => Promise<boolean>;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  let sources: Sources = {};
  const casesGauge = (name: string, help: string, pick: (gauges: CaseGauges) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      async collect() {
        if (!sources.cases) return;
        // A database that is down must not break the scrape: the gauge keeps its last value.
        const gauges = await sources.cases().catch(() => undefined);
        if (gauges) this.set(pick(gauges));
      },
    });
  casesGauge("opendoor_cases_open", "Counselor cases waiting or in conversation.", (g) => g.open);
  casesGauge("opendoor_cases_queued", "Counselor cases waiting for a counselor.", (g) => g.queued);
  casesGauge(
    "opendoor_case_oldest_waiting_seconds",
    "How long the oldest waiting case has waited.",
    (g) => g.oldestWaitingSeconds,
  );
  new Gauge({
    name: "opendoor_outbox_depth",
    help: "Messages waiting in the paced outbox (this instance).",
    registers: [registry],
    collect() {
      this.set(sources.outboxDepth?.() ?? 0);
    },
  });
  new Gauge({
    name: "opendoor_counselor_group_reachable",
    help: "1 while the bot can reach the counselors' group, 0 once removed, restricted or refused there.",
    registers: [registry],
    async collect() {
      this.set((await sources.deskReachable?.()) === false ? 0 : 1);
    },
  });
  new Gauge({
    name: "opendoor_database_up",
    help: "1 while the database answers (a table read within 3 s), 0 while it does not.",
    registers: [registry],
    async collect() {
      this.set((await sources.databaseUp?.()) === false ? 0 : 1);
    },
  });
  return {
    registry,
    updates: new Counter({
      name: "opendoor_updates_total",
      help: "Updates received, by type.",
      labelNames: ["type"],
      registers: [registry],
    }),
    handlingSeconds: new Histogram({
      name: "opendoor_update_handling_seconds",
      help: "Time to handle one update, by type.",
      labelNames: ["type"],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    errors: new Counter({
      name: "opendoor_errors_total",
      help: "Updates that failed, by kind (database, telegram, handler).",
      labelNames: ["kind"],
      registers: [registry],
    }),
    apiErrors: new Counter({
      name: "opendoor_telegram_api_errors_total",
      help: "Failed Telegram Bot API calls, by method and error code (network when there was no answer).",
      labelNames: ["method", "code"],
      registers: [registry],
    }),
    rateLimited: new Counter({
      name: "opendoor_rate_limited_total",
      help: "Updates dropped by the per-person rate limit.",
      registers: [registry],
    }),
    inFlight: new Gauge({
      name: "opendoor_updates_in_flight",
      help: "Updates being handled right now (this instance).",
      registers: [registry],
    }),
    observe(next) {
      sources = { ...sources, ...next };
    },
  };
}

/** The kind of an update, from its shape only (a fixed, small set of label values). */
export function updateType(update: object): string {
  const type = Object.keys(update).find((key) => key !== "update_id");
  return type && KNOWN_TYPES.has(type) ? type : "other";
}

const KNOWN_TYPES = new Set([
  "message",
  "edited_message",
  "callback_query",
  "my_chat_member",
  "chat_member",
  "channel_post",
  "inline_query",
  "message_reaction",
]);

/** An API transformer that counts failed calls by method and code; it never retries. */
export function countApiErrors(metrics: Metrics): Transformer {
  return async (prev, method, payload, signal) => {
    try {
      const result = await prev(method, payload, signal);
      if (!result.ok) metrics.apiErrors.inc({ method, code: String(result.error_code) });
      return result;
    } catch (error) {
      metrics.apiErrors.inc({ method, code: "network" });
      throw error;
    }
  };
}

/** The bot's first middleware: counts each update by type and times its handling. */
export function observeUpdates(metrics: Metrics): MiddlewareFn {
  return async (ctx, next) => {
    const type = updateType(ctx.update);
    metrics.updates.inc({ type });
    metrics.inFlight.inc();
    const stop = metrics.handlingSeconds.startTimer({ type });
    try {
      await next();
    } finally {
      stop();
      metrics.inFlight.dec();
    }
  };
}
