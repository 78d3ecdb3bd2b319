// The web channel: a browser's sends become Telegram-shaped updates for the same bot, and the
// bot's API calls to web chats (answered by ./router.ts) become events for the page. The bot's
// features never know: a web person is a private chat whose id happens to be above 2^52.
import type { ApiClientOptions } from "grammy";
import type { Chat, Message, Update, User, UserFromGetMe } from "grammy/types";
import { commandEntities } from "../../dev/telegram/incoming-content.ts";
import type { Fetch } from "./calls.ts";
import { type WebChat, WebChats, type WebContent } from "./chats.ts";
import { escapeHtml } from "./html.ts";
import { webChatId, webChatKey } from "./identity.ts";
import type { SendBody } from "./protocol.ts";
import { RecentMessages } from "./recent.ts";
import { routeCalls } from "./router.ts";

/** The first name every web person has: neutral, never shown to counselors as a name. */
export const WEB_PERSON_NAME = "Guest";
const MAX_OPEN_PRESSES = 1_000;

export interface WebChannelOptions {
  pseudonymSecret: string;
  keepHours: number;
  defaultLocale: string;
  now?: () => number;
}

export interface Connection {
  /** The bot's translator: the channel's own lines (a media kind) in the page's language. */
  t(locale: string, key: string, variables?: Record<string, string>): string;
  /** A failure that escaped the bot's own error handling. */
  onError(error: unknown): void;
}

/** What the channel needs of the bot: the same entry point Telegram's updates take. */
export interface UpdateSink {
  handleUpdate(update: Update): Promise<void>;
  readonly botInfo: UserFromGetMe;
}

export type Received = "accepted" | "duplicate";

export class WebChannel {
  readonly chats: WebChats;
  readonly recent: RecentMessages;
  private readonly key: Buffer;
  private readonly now: () => number;
  private sink: UpdateSink | undefined;
  private connection: Connection | undefined;
  private readonly pending = new Set<Promise<void>>();
  /** Negative: web updates never move the polling offset that is confirmed to Telegram. */
  private lastUpdateId = 0;
  private lastPress = 0;
  /** Open callback queries: id → web chat, until answered (bounded: unanswered ones age out). */
  private readonly presses = new Map<string, number>();

  constructor(private readonly options: WebChannelOptions) {
    this.now = options.now ?? Date.now;
    this.key = webChatKey(options.pseudonymSecret);
    this.chats = new WebChats(options.keepHours * 3_600_000, this.now);
    this.recent = new RecentMessages(this.now);
  }

  /** The chat id a page's token stands for. */
  chatIdOf(token: string): number {
    return webChatId(this.key, token);
  }

  /** Keyed hashes of addresses for rate limits share the channel's key. */
  get hashKey(): Buffer {
    return this.key;
  }

  /** Where updates go (the bot), its texts, and where a failure that escaped the bot is reported. */
  connect(sink: UpdateSink, connection: Connection): void {
    this.sink = sink;
    this.connection = connection;
  }

  /** Drops idle chats every ten minutes; returns the stop function. */
  startSweeping(): () => void {
    const timer = setInterval(() => this.chats.sweep(), 600_000);
    timer.unref();
    return () => clearInterval(timer);
  }

  /** The bot's API client: web chats' calls answered here, everything else to `next` (Telegram). */
  client(next: Fetch = fetch): NonNullable<ApiClientOptions["fetch"]> {
    // grammY types its fetch as node-fetch's; the web standard one is what it calls.
    return routeCalls(this, next) as unknown as NonNullable<ApiClientOptions["fetch"]>;
  }

  /** Resolves when every update taken so far has been handled (tests; a graceful stop). */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  /**
   * What the person sent, as an update for the bot. Taken in the background: the page hears the
   * answer on its event stream. "duplicate": this clientId was taken already.
   */
  receive(chatId: number, body: SendBody): Received {
    const chat = this.chats.open(chatId);
    if (body.lang) chat.lang = body.lang;
    if (!chat.firstSend(body.clientId)) return "duplicate";
    const from = this.person(chat);
    let update: Update;
    if ("press" in body) {
      // A message no longer known (after a restart or a quick exit) is pressed all the same:
      // the bot answers stale buttons kindly, as it does on Telegram.
      const shown: WebContent = chat.messages.get(body.press.messageId) ?? { text: "", entities: [] };
      const id = `web-${++this.lastPress}`;
      this.presses.set(id, chat.id);
      if (this.presses.size > MAX_OPEN_PRESSES) this.presses.delete(this.presses.keys().next().value!);
      const message = {
        ...this.envelope(chat, body.press.messageId, this.botUser()),
        text: shown.text,
        ...(shown.entities.length ? { entities: shown.entities } : {}),
        ...(shown.markup ? { reply_markup: shown.markup } : {}),
      } as Message;
      update = {
        update_id: --this.lastUpdateId,
        callback_query: { id, from, message, chat_instance: "web", data: body.press.data },
      };
    } else {
      const messageId = chat.newMessageId();
      const content =
        "text" in body
          ? { text: body.text, entities: commandEntities(body.text) ?? [] }
          : { text: "", entities: [], kind: "location" };
      chat.remember(messageId, content, false);
      const message = {
        ...this.envelope(chat, messageId, from),
        ...("text" in body
          ? { text: body.text, ...(content.entities.length ? { entities: content.entities } : {}) }
          : { location: body.location }),
      } as Message;
      chat.push({
        type: "mine",
        messageId,
        html: "text" in body ? escapeHtml(body.text) : `📍 ${this.kindLine(chat, "location")}`,
        ...(body.clientId ? { clientId: body.clientId } : {}),
      });
      update = { update_id: --this.lastUpdateId, message: message as Update["message"] };
    }
    this.deliver(update);
    return "accepted";
  }

  /** The web chat a callback query id was made for (and forgets it once answered). */
  pressedIn(callbackQueryId: string, answered: boolean): number | undefined {
    const chatId = this.presses.get(callbackQueryId);
    if (answered) this.presses.delete(callbackQueryId);
    return chatId;
  }

  /** "Photo", "Voice message"… in the page's language: what the page cannot show. */
  kindLine(chat: WebChat, kind: string): string {
    return this.connection?.t(chat.lang ?? this.options.defaultLocale, "web-media", { kind }) ?? kind;
  }

  /** The bot as the sender of its messages (from getMe, known once the bot is initialised). */
  botUser(): User {
    const { id, is_bot, first_name, username } = this.sink!.botInfo;
    return { id, is_bot, first_name, username };
  }

  chatObject(chatId: number): Chat.PrivateChat {
    return { id: chatId, type: "private", first_name: WEB_PERSON_NAME };
  }

  envelope(chat: WebChat, messageId: number, from: User) {
    return {
      message_id: messageId,
      date: Math.floor(this.now() / 1000),
      chat: this.chatObject(chat.id),
      from,
    };
  }

  private person(chat: WebChat): User {
    return {
      id: chat.id,
      is_bot: false,
      first_name: WEB_PERSON_NAME,
      ...(chat.lang ? { language_code: chat.lang } : {}),
    };
  }

  private deliver(update: Update): void {
    const sink = this.sink;
    if (!sink) throw new Error("the web channel is not connected to a bot");
    const work = sink.handleUpdate(update).catch((error: unknown) => this.connection?.onError(error));
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work));
  }
}
