// What the web channel keeps of each web chat, in this process's memory only: the events the
// page has been sent (so that a reconnecting page misses nothing), the bot's messages on screen
// (for edits and presses), what the person wrote (for the relay to copy it to a counselor), and
// files offered for download. Bounded per chat, and dropped after WEB_CHAT_KEEP_HOURS without
// activity or at once on the page's quick exit. Nothing here reaches the database: a restart
// loses the page's history (the person's case and session live on, as for Telegram).
import type { InlineKeyboardMarkup, MessageEntity } from "grammy/types";
import type { StoredEvent, WebEvent } from "./protocol.ts";

/** Events replayed to a reconnecting page: enough for a long conversation, small in memory. */
export const MAX_EVENTS = 300;
const MAX_MESSAGES = 300;
const MAX_FILES = 5;
const MAX_CLIENT_IDS = 50;
/** Message ids start from the clock (tenths of a second since 2026) so that they keep growing across restarts. */
const MESSAGE_ID_EPOCH = Date.UTC(2026, 0, 1);

/** A message as the web channel remembers it: text with entities, or a kind of content the page cannot show. */
export interface WebContent {
  text: string;
  entities: MessageEntity[];
  /** Bot messages: the inline keyboard, for presses and "not modified". */
  markup?: InlineKeyboardMarkup;
  /** Set when the content was not text (a photo, a location…): the relay carries a kind line. */
  kind?: string;
}

export interface WebFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

export class WebChat {
  private seq: number;
  private nextId: number;
  readonly events: StoredEvent[] = [];
  /** The bot's messages and the person's, by message id. */
  readonly messages = new Map<number, WebContent & { fromBot: boolean }>();
  readonly files = new Map<string, WebFile>();
  private readonly listeners = new Set<(stored: StoredEvent) => void>();
  private readonly clientIds: string[] = [];
  /** The page's language, as last sent: the channel's own lines (a media kind) use it. */
  lang: string | undefined;
  lastActive: number;

  constructor(
    readonly id: number,
    now: number,
  ) {
    this.seq = now;
    this.nextId = Math.max(1, Math.floor((now - MESSAGE_ID_EPOCH) / 100));
    this.lastActive = now;
  }

  get streams(): number {
    return this.listeners.size;
  }

  newMessageId(): number {
    return this.nextId++;
  }

  push(event: WebEvent): StoredEvent {
    const stored = { seq: ++this.seq, event };
    this.events.push(stored);
    if (this.events.length > MAX_EVENTS) this.events.splice(0, this.events.length - MAX_EVENTS);
    for (const listener of this.listeners) listener(stored);
    return stored;
  }

  after(seq: number): StoredEvent[] {
    return this.events.filter((stored) => stored.seq > seq);
  }

  listen(listener: (stored: StoredEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  remember(messageId: number, content: WebContent, fromBot: boolean): void {
    this.messages.delete(messageId);
    this.messages.set(messageId, { ...content, fromBot });
    if (this.messages.size > MAX_MESSAGES) this.messages.delete(this.messages.keys().next().value!);
  }

  addFile(id: string, file: WebFile): void {
    this.files.set(id, file);
    if (this.files.size > MAX_FILES) this.files.delete(this.files.keys().next().value!);
  }

  /** True the first time a client id is seen (recently): a resend is taken once. */
  firstSend(clientId: string | undefined): boolean {
    if (clientId === undefined) return true;
    if (this.clientIds.includes(clientId)) return false;
    this.clientIds.push(clientId);
    if (this.clientIds.length > MAX_CLIENT_IDS) this.clientIds.shift();
    return true;
  }

  /** The quick exit: everything kept is dropped; open pages are told to clear the screen. */
  clear(): void {
    this.events.length = 0;
    this.messages.clear();
    this.files.clear();
    this.clientIds.length = 0;
    this.push({ type: "cleared" });
  }
}

export class WebChats {
  private readonly chats = new Map<number, WebChat>();

  constructor(
    private readonly keepMs: number,
    private readonly now: () => number,
  ) {}

  get size(): number {
    return this.chats.size;
  }

  get(id: number): WebChat | undefined {
    return this.chats.get(id);
  }

  /** The chat, created when first used; every use counts as activity. */
  open(id: number): WebChat {
    const now = this.now();
    let chat = this.chats.get(id);
    if (!chat) {
      chat = new WebChat(id, now);
      this.chats.set(id, chat);
    }
    chat.lastActive = now;
    return chat;
  }

  drop(id: number): void {
    this.chats.delete(id);
  }

  /** Drops the chats idle for longer than WEB_CHAT_KEEP_HOURS that no page is listening to. */
  sweep(): number {
    const cutoff = this.now() - this.keepMs;
    let dropped = 0;
    for (const [id, chat] of this.chats) {
      if (chat.lastActive < cutoff && chat.streams === 0) {
        this.chats.delete(id);
        dropped++;
      }
    }
    return dropped;
  }
}
