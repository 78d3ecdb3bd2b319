// The bot's HTTP side, in both modes: /healthz (the process is up), /readyz (database,
// migrations, Telegram; the counselors' group's state in the body), /metrics (Prometheus text), in webhook mode the endpoint
// Telegram posts updates to, and the web chat at /chat when it is enabled.
//
// Hono: a small, maintained framework on web-standard Request/Response, so the same app is
// served by @hono/node-server and tested in-process with app.request(), no socket needed.
// grammY's own webhookCallback would answer Telegram only after the handler finished, and
// compares the secret with `!==`; here the secret is compared in constant time and the update
// is acknowledged at once, then handled (a graceful stop waits for it).
import { createHash, timingSafeEqual } from "node:crypto";
import type { Update } from "grammy/types";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { Registry } from "prom-client";

export interface Readiness {
  /** Each named check passes (true) or tells why not. */
  check(): Promise<Record<string, true | string>>;
  /**
   * The counselors' group (src/counselors/desk-reach.ts). Out of reach it is a warning, not a failed
   * check: a person still gets every answer and the crisis reply (told plainly that no counselor can
   * be reached), so no load balancer should take the instance away for it.
   */
  desk?(): Promise<DeskState>;
}

/** The counselors' group as the operator on call reads it in /readyz's body. */
export type DeskState =
  | { state: "reachable" }
  | { state: "unreachable"; reason: string; since: string }
  | { state: "not-configured" }
  | { state: "not-checked-yet" };

export interface HttpOptions {
  registry: Registry;
  readiness: Readiness;
  /** Truthy once a stop has begun (a text: why): readiness fails and the webhook refuses new updates. */
  stopping(): boolean | string;
  webhook?: {
    path: string;
    secret: string;
    /** Takes one update; called after the answer to Telegram is decided, never awaited by it. */
    accept(update: Update): void;
  };
  /** The web chat's routes (src/channels/web), served under /chat when it is enabled. */
  webChat?: Hono;
}

/** Telegram's own limit on an update is far below this; anything larger is not from Telegram. */
const MAX_WEBHOOK_BODY = 1024 * 1024;

/** Constant-time comparison; hashing first makes both sides the same length. */
export function sameSecret(given: string | undefined, expected: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(given ?? ""), digest(expected)) && given !== undefined;
}

function isUpdate(value: unknown): value is Update {
  return typeof value === "object" && value !== null && Number.isSafeInteger((value as Update).update_id);
}

export function createHttpApp(options: HttpOptions): Hono {
  const app = new Hono();
  app.get("/healthz", (c) => c.json({ ok: true }));
  app.get("/readyz", async (c) => {
    const stopping = options.stopping();
    if (stopping)
      return c.json(
        { ok: false, checks: { stopping: typeof stopping === "string" ? stopping : "shutting down" } },
        503,
      );
    const [checks, desk] = await Promise.all([options.readiness.check(), options.readiness.desk?.()]);
    const ok = Object.values(checks).every((result) => result === true);
    const warnings =
      desk?.state === "unreachable" ? { warnings: { counselors: `unreachable (${desk.reason})` } } : {};
    return c.json({ ok, checks, ...(desk ? { desk } : {}), ...warnings }, ok ? 200 : 503);
  });
  app.get("/metrics", async (c) => {
    const text = await options.registry.metrics();
    return c.body(text, 200, { "content-type": options.registry.contentType });
  });
  if (options.webChat) app.route("/chat", options.webChat);
  const webhook = options.webhook;
  if (webhook) {
    app.post(
      webhook.path,
      // The secret first: nothing of an unauthenticated request is read or processed.
      async (c, next) => {
        if (!sameSecret(c.req.header("x-telegram-bot-api-secret-token"), webhook.secret)) {
          return c.json({ ok: false }, 401);
        }
        return next();
      },
      bodyLimit({ maxSize: MAX_WEBHOOK_BODY, onError: (c) => c.json({ ok: false }, 413) }),
      async (c) => {
        // Stopping: Telegram keeps the update and delivers it again (to another instance).
        if (options.stopping()) return c.json({ ok: false }, 503);
        const update: unknown = await c.req.json().catch(() => undefined);
        if (!isUpdate(update)) return c.json({ ok: false }, 400);
        webhook.accept(update);
        return c.json({ ok: true });
      },
    );
  }
  return app;
}
