// A browser, played through the HTTP app in-process (app.request): the web chat's page as the
// server sees it. Sends wait until the bot has handled them; `events()` reads the event stream
// the way the page does (fetch, Last-Event-ID) and stops once the replay has arrived.
import { randomBytes } from "node:crypto";
import type { Hono } from "hono";
import { webChatApp } from "../../../src/channels/web/index.ts";
import type { StoredEvent, WebEvent } from "../../../src/channels/web/protocol.ts";
import { createHttpApp } from "../../../src/server/http.ts";
import type { Harness } from "../../support/harness.ts";

export const ORIGIN = "http://localhost";

export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The bot's HTTP app with the web chat mounted, as the service serves it. */
export function webApp(h: Harness): Hono {
  return createHttpApp({
    registry: h.service.metrics.registry,
    readiness: { check: async () => ({}) },
    stopping: () => false,
    webChat: webChatApp(h.web!, {
      config: h.config,
      content: h.app.content,
      t: (locale, key) => h.app.i18n.t(locale, key),
    }),
  });
}

/** Reads an event stream until it has been quiet for a moment (the replay is written at once). */
export async function readStream(response: Response, quietMs = 50): Promise<StoredEvent[]> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  for (;;) {
    const chunk = await Promise.race([
      reader.read(),
      new Promise<"quiet">((resolve) => setTimeout(() => resolve("quiet"), quietMs)),
    ]);
    if (chunk === "quiet" || chunk.done) break;
    text += decoder.decode(chunk.value, { stream: true });
  }
  await reader.cancel();
  return text
    .split("\n\n")
    .map((block) => {
      const id = /^id: ?(\d+)$/m.exec(block)?.[1];
      const data = /^data: ?(.*)$/m.exec(block)?.[1];
      return id && data ? { seq: Number(id), event: JSON.parse(data) as WebEvent } : undefined;
    })
    .filter((stored): stored is StoredEvent => stored !== undefined);
}

export class Visitor {
  /** The newest event id seen, as the page keeps it for Last-Event-ID. */
  lastSeq = 0;
  /** Every event seen, in order, as the page would have shown them. */
  readonly seen: StoredEvent[] = [];

  constructor(
    readonly h: Harness,
    readonly http: Hono,
    readonly token: string = newToken(),
    readonly lang: "kk" | "ru" | "en" = "ru",
  ) {}

  /** The web chat id (for tests only: what must never be stored or logged raw). */
  get chatId(): number {
    return this.h.web!.chatIdOf(this.token);
  }

  request(path: string, init: RequestInit & { headers?: Record<string, string> } = {}): Promise<Response> {
    return Promise.resolve(
      this.http.request(path, {
        ...init,
        headers: { authorization: `Bearer ${this.token}`, origin: ORIGIN, ...init.headers },
      }),
    );
  }

  async post(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const response = await this.request("/chat/api/send", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    await this.h.web!.settled();
    return response;
  }

  async say(text: string): Promise<void> {
    const response = await this.post({ text, lang: this.lang });
    if (response.status !== 202) throw new Error(`send refused: ${response.status}`);
  }

  async shareLocation(latitude: number, longitude: number): Promise<void> {
    const response = await this.post({ location: { latitude, longitude }, lang: this.lang });
    if (response.status !== 202) throw new Error(`send refused: ${response.status}`);
  }

  /** Presses the newest button with this text on a message still shown. */
  async press(label: string | RegExp): Promise<void> {
    await this.events();
    for (const { messageId, buttons } of this.shown().reverse()) {
      const button = buttons.find((candidate) => matches(candidate.text, label));
      if (button && "data" in button) {
        const response = await this.post({ press: { messageId, data: button.data }, lang: this.lang });
        if (response.status !== 202) throw new Error(`press refused: ${response.status}`);
        return;
      }
    }
    throw new Error(`no button ${String(label)}; shown: ${this.buttons().join(" | ")}`);
  }

  /** New events since the last read (Last-Event-ID), added to `seen`. */
  async events(): Promise<StoredEvent[]> {
    const response = await this.request("/chat/api/events", {
      headers: { "last-event-id": String(this.lastSeq) },
    });
    if (response.status !== 200) throw new Error(`events refused: ${response.status}`);
    const fresh = await readStream(response);
    for (const stored of fresh) {
      this.seen.push(stored);
      this.lastSeq = Math.max(this.lastSeq, stored.seq);
    }
    return fresh;
  }

  /** The bot's messages as the page shows them now: sent, edited, deleted, cleared. */
  shown(): { messageId: number; html: string; buttons: { text: string; data?: string; url?: string }[] }[] {
    const messages = new Map<
      number,
      { messageId: number; html: string; buttons: { text: string; data?: string }[] }
    >();
    for (const { event } of this.seen) {
      if (event.type === "cleared") messages.clear();
      if (event.type === "message") {
        messages.set(event.messageId, {
          messageId: event.messageId,
          html: event.html,
          buttons: (event.buttons ?? []).flat(),
        });
      }
      if (event.type === "venue") {
        messages.set(event.messageId, {
          messageId: event.messageId,
          html: `${event.title}\n${event.address}`,
          buttons: [],
        });
      }
      if (event.type === "edit") {
        const shown = messages.get(event.messageId);
        if (shown && event.html !== undefined) shown.html = event.html;
        if (shown && event.buttons) shown.buttons = event.buttons.flat();
      }
      if (event.type === "delete") messages.delete(event.messageId);
    }
    return [...messages.values()];
  }

  texts(): string[] {
    return this.shown().map((message) => plain(message.html));
  }

  lastText(): string {
    return this.texts().at(-1) ?? "";
  }

  buttons(): string[] {
    return this.shown().flatMap((message) => message.buttons.map((button) => button.text));
  }
}

/** The page's HTML as plain text: tags gone, entities decoded, <br> as a new line. */
export function plain(html: string): string {
  return html
    .replace(/<br>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

function matches(text: string, label: string | RegExp): boolean {
  return typeof label === "string" ? text === label : label.test(text);
}
