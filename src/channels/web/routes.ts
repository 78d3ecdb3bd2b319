// The web chat's HTTP side, mounted at /chat by src/server/http.ts: the page and its assets,
// its texts, and the API of ./protocol.ts. Every response carries a strict content security
// policy (no third-party anything); POSTs must come from the page's own origin or a partner's
// (WEB_CHAT_EMBED_ORIGINS); sends are limited per chat and per address; bodies are small.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { getConnInfo } from "@hono/node-server/conninfo";
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { streamSSE } from "hono/streaming";
import type { Config } from "../../config/index.ts";
import type { WebChannel } from "./channel.ts";
import { hashedKey } from "./identity.ts";
import { MAX_BODY_BYTES, sendBodySchema, tokenSchema, WEB_LOCALES } from "./protocol.ts";
import { type Counter, windowCounter } from "./rate-limit.ts";

export const PAGE_DIR = path.join(import.meta.dirname, "page");
const HEARTBEAT_MS = 20_000;
/** Pages (tabs) one chat may have open at once. */
const MAX_STREAMS_PER_CHAT = 4;

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".json": "application/json",
};

export type WebChatSettings = Pick<
  Config,
  | "WEB_CHAT_EMBED_ORIGINS"
  | "WEB_CHAT_SENDS_PER_MINUTE"
  | "WEB_CHAT_ADDRESS_SENDS_PER_MINUTE"
  | "WEB_CHAT_TRUST_PROXY"
>;

export interface WebRoutesOptions {
  channel: WebChannel;
  settings: WebChatSettings;
  /** Every `web-page-*` message of a locale, for the page. */
  texts(locale: (typeof WEB_LOCALES)[number]): Record<string, string>;
  /** Shared counts across instances (Redis); unset: this instance's memory. */
  counter?: Counter;
  /** True once a stop has begun: sends are refused with 503 (the page resends them). */
  stopping?(): boolean;
  /** Where the page's files are; the default works from src/ (tsx) and from dist/ (the build copies them). */
  pageDir?: string;
}

/** The page's files, read once: a fixed set of names, so no request can reach anything else. */
function pageFiles(dir: string): Map<string, { body: Uint8Array; type: string }> {
  const files = new Map<string, { body: Uint8Array; type: string }>();
  if (!existsSync(dir)) return files;
  for (const name of readdirSync(dir)) {
    const type = CONTENT_TYPES[path.extname(name)];
    if (type) files.set(name, { body: readFileSync(path.join(dir, name)), type });
  }
  return files;
}

export function contentSecurityPolicy(embedOrigins: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${["'self'", ...embedOrigins].join(" ")}`,
  ].join("; ");
}

export function webChatRoutes(options: WebRoutesOptions): Hono {
  const { channel, settings } = options;
  const files = pageFiles(options.pageDir ?? PAGE_DIR);
  const minute = 60_000;
  const counter = options.counter ?? windowCounter();
  const csp = contentSecurityPolicy(settings.WEB_CHAT_EMBED_ORIGINS);
  const app = new Hono();

  app.use(async (c, next) => {
    await next();
    c.header("Content-Security-Policy", csp);
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Referrer-Policy", "no-referrer");
    c.header("Cache-Control", "no-store");
    // The embed script is loaded by partner pages; everything else only by the page itself.
    c.header(
      "Cross-Origin-Resource-Policy",
      c.req.path.endsWith("/embed.js") ? "cross-origin" : "same-origin",
    );
  });

  const serve = (c: Context, name: string) => {
    const file = files.get(name);
    if (!file) return c.text("Not found", 404);
    return c.body(file.body as Uint8Array<ArrayBuffer>, 200, { "content-type": file.type });
  };
  app.get("/", (c) => serve(c, "index.html"));
  app.get("/:file{[a-z0-9][a-z0-9.-]*\\.[a-z0-9]+}", (c) => serve(c, c.req.param("file")));

  app.get("/api/texts", (c) => {
    const lang = c.req.query("lang");
    const locale = WEB_LOCALES.find((candidate) => candidate === lang);
    if (!locale) return c.json({ ok: false }, 400);
    // Public texts: embed.js reads the launcher's label from a partner's page.
    c.header("Access-Control-Allow-Origin", "*");
    return c.json(options.texts(locale));
  });

  /** The chat id of the request's token; undefined when there is no valid token. */
  const chatOf = (c: Context): number | undefined => {
    const token = /^Bearer (.+)$/.exec(c.req.header("authorization") ?? "")?.[1];
    return token && tokenSchema.safeParse(token).success ? channel.chatIdOf(token) : undefined;
  };

  const sameOrigin = (c: Context): boolean => {
    const origin = c.req.header("origin");
    if (!origin) return false;
    if (settings.WEB_CHAT_EMBED_ORIGINS.includes(origin)) return true;
    // The host the browser asked for: behind a trusted proxy, the one it forwards.
    const host =
      (settings.WEB_CHAT_TRUST_PROXY === "on" && c.req.header("x-forwarded-host")) || new URL(c.req.url).host;
    return URL.canParse(origin) && new URL(origin).host === host;
  };

  const addressOf = (c: Context): string => {
    if (settings.WEB_CHAT_TRUST_PROXY === "on") {
      const forwarded = c.req.header("x-forwarded-for")?.split(",").at(-1)?.trim();
      if (forwarded) return forwarded;
    }
    try {
      return getConnInfo(c).remote.address ?? "unknown";
    } catch {
      return "unknown"; // app.request() in tests: no socket
    }
  };

  const guardPost = bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.json({ ok: false }, 413) });

  app.post(
    "/api/send",
    // The origin, the token and the limits first: nothing of a refused request is read.
    async (c, next) => {
      if (!sameOrigin(c)) return c.json({ ok: false }, 403);
      if (options.stopping?.()) return c.json({ ok: false }, 503);
      const chatId = chatOf(c);
      if (chatId === undefined) return c.json({ ok: false }, 401);
      const address = hashedKey(channel.hashKey, "address", addressOf(c));
      const [chatOk, addressOk] = await Promise.all([
        counter.hit(
          `chat:${hashedKey(channel.hashKey, "chat", chatId)}`,
          settings.WEB_CHAT_SENDS_PER_MINUTE,
          minute,
        ),
        counter.hit(`address:${address}`, settings.WEB_CHAT_ADDRESS_SENDS_PER_MINUTE, minute),
      ]);
      if (!chatOk || !addressOk) return c.json({ ok: false }, 429, { "retry-after": "60" });
      return next();
    },
    guardPost,
    async (c) => {
      const parsed = sendBodySchema.safeParse(await c.req.json().catch(() => undefined));
      if (!parsed.success) return c.json({ ok: false }, 400);
      channel.receive(chatOf(c)!, parsed.data);
      return c.json({ ok: true }, 202);
    },
  );

  app.post("/api/forget", (c) => {
    if (!sameOrigin(c)) return c.json({ ok: false }, 403);
    const chatId = chatOf(c);
    if (chatId === undefined) return c.json({ ok: false }, 401);
    channel.chats.get(chatId)?.clear();
    return c.json({ ok: true });
  });

  app.get("/api/events", (c) => {
    const chatId = chatOf(c);
    if (chatId === undefined) return c.json({ ok: false }, 401);
    const chat = channel.chats.open(chatId);
    if (chat.streams >= MAX_STREAMS_PER_CHAT) return c.json({ ok: false }, 429);
    const after = Number(c.req.header("last-event-id") ?? c.req.query("after") ?? 0);
    let sent = Number.isSafeInteger(after) ? after : 0;
    return streamSSE(c, async (stream) => {
      const queue: Promise<void>[] = [];
      const write = (seq: number, data: unknown) => {
        if (seq <= sent) return;
        sent = seq;
        queue.push(stream.writeSSE({ id: String(seq), data: JSON.stringify(data) }));
      };
      // Listening first, then the replay: nothing that happens in between is lost or doubled.
      const stop = chat.listen((stored) => write(stored.seq, stored.event));
      for (const stored of chat.after(sent)) write(stored.seq, stored.event);
      const heartbeat = setInterval(() => void stream.write(": ping\n\n").catch(() => {}), HEARTBEAT_MS);
      await new Promise<void>((resolve) => stream.onAbort(resolve));
      clearInterval(heartbeat);
      stop();
      await Promise.allSettled(queue);
    });
  });

  app.get("/api/files/:id", (c) => {
    const chatId = chatOf(c);
    if (chatId === undefined) return c.json({ ok: false }, 401);
    const file = channel.chats.get(chatId)?.files.get(c.req.param("id"));
    if (!file) return c.json({ ok: false }, 404);
    return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, {
      "content-type": file.type,
      "content-disposition": `attachment; filename="${file.name.replace(/[^\w.-]/g, "_")}"`,
    });
  });

  return app;
}

/** Every message whose id starts with `web-page-`, in one locale: the page's own texts. */
export function pageTexts(ftl: string, t: (key: string) => string): Record<string, string> {
  const ids = [...ftl.matchAll(/^(web-page-[a-z0-9-]+)\s*=/gm)].map((match) => match[1]!);
  return Object.fromEntries(ids.map((id) => [id, t(id)]));
}
