// An in-process Telegram Bot API for tests, the local simulator and benchmarks.
// A grammY bot talks to it through `client: { fetch, apiRoot }`; tests play users by
// building updates here (which also stores the users' messages, so the bot can copy or
// edit them later) and read back what the bot did from `calls` and the stored chats.
import type { Chat, Update, UserFromGetMe } from "grammy/types";
import { ApiError } from "./errors.ts";
import { commandEntities, incomingContent } from "./incoming-content.ts";
import { buttonsOf } from "./keyboards.ts";
import { METHODS, SENDING_METHODS } from "./methods.ts";
import { RateLimiter } from "./rate-limits.ts";
import { readPayload } from "./request-body.ts";
import {
  asUser,
  type ChatRecord,
  GENERAL_TOPIC_ID,
  type GroupOptions,
  isPresent,
  type MemberRights,
  TelegramState,
} from "./state.ts";
import type {
  ApiResponse,
  FakeButton,
  FakeMessage,
  FakeTelegramEvent,
  FakeTopic,
  FakeUser,
  IncomingContent,
  MemberStatus,
  RecordedCall,
} from "./types.ts";

export interface FakeTelegramOptions {
  botId?: number;
  botUsername?: string;
  /** Answer 429 like Telegram when the bot sends faster than Telegram allows. */
  enforceRateLimits?: boolean;
  /** Milliseconds; a benchmark passes a virtual clock. */
  now?: () => number;
}

/** Where the simulator's location button and `:location` send a user by default (Almaty). */
export const SAMPLE_LOCATION = { latitude: 43.25, longitude: 76.91 };

const METHOD_NAMES = new Map(Object.keys(METHODS).map((name) => [name.toLowerCase(), name]));

export class FakeTelegram {
  /** The value for grammY's `client.apiRoot`; any root works, this one says what it is. */
  readonly apiRoot = "http://fake-telegram.local";
  readonly botInfo: UserFromGetMe;
  /** Every API call, in order, with the answer it got. */
  readonly calls: RecordedCall[] = [];
  private readonly state: TelegramState;
  private readonly limiter: RateLimiter | undefined;
  private lastUpdateId = 0;
  private lastCallbackQueryId = 0;

  constructor(options: FakeTelegramOptions = {}) {
    const now = options.now ?? Date.now;
    this.botInfo = {
      id: options.botId ?? 7_000_000_001,
      is_bot: true,
      first_name: "Local bot",
      username: options.botUsername ?? "local_test_bot",
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
      can_connect_to_business: false,
      has_main_web_app: false,
      has_topics_enabled: false,
      allows_users_to_create_topics: false,
      can_manage_bots: false,
      supports_join_request_queries: false,
    };
    this.state = new TelegramState(this.botInfo, now);
    this.limiter = options.enforceRateLimits ? new RateLimiter(now) : undefined;
  }

  /** Same signature as the global fetch; pass it as grammY's `client.fetch`. */
  readonly fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
    const requested = /\/bot[^/]*\/([^/]+)$/.exec(url.pathname)?.[1] ?? url.pathname;
    const method = METHOD_NAMES.get(requested.toLowerCase());
    const payload = await readPayload(init);
    const response: ApiResponse = method
      ? this.answer(method, payload)
      : { ok: false, error_code: 404, description: "Not Found: method not found" };
    // The answer's JSON is its snapshot (later changes to a chat must not rewrite what was
    // answered) and the body sent; the recorded copy is parsed from it only when a test reads it.
    // Telegram's own work is not the bot's: a clone per call made the bench charge the bot for it.
    const body = JSON.stringify(response);
    this.calls.push(recordedCall(method ?? requested, payload, body));
    return new Response(body, {
      status: response.ok ? 200 : response.error_code,
      headers: { "content-type": "application/json" },
    });
  };

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  clearCalls(): void {
    this.calls.length = 0;
  }

  /** Hears what the bot does (messages sent, edited, deleted; topics; callback answers). */
  subscribe(listener: (event: FakeTelegramEvent) => void): () => void {
    return this.state.subscribe(listener);
  }

  // ── Chats ────────────────────────────────────────────────────────────────

  /** A group the bot is an administrator of; forum supergroups have topics. */
  createGroup(options: GroupOptions): Chat {
    return this.state.createGroup(options).chat;
  }

  hasChat(chatId: number): boolean {
    return this.state.chats.has(chatId);
  }

  /** Adds, promotes or removes ("left", "kicked") a group member; `rights`: an administrator's, when fewer. */
  setMember(chatId: number, user: FakeUser, status: MemberStatus, rights?: MemberRights): void {
    this.state.setMember(this.record(chatId), user, status, rights);
  }

  /** Topics turned on or off in a supergroup's settings (getChat's is_forum). */
  setForum(chatId: number, on: boolean): void {
    const record = this.record(chatId);
    if (record.chat.type !== "supergroup") throw new Error("only a supergroup can be a forum");
    const { is_forum: _was, ...chat } = record.chat;
    record.chat = on ? { ...chat, is_forum: true } : chat;
  }

  /** The user blocks (or unblocks) the bot: sending to them then fails with 403. */
  setBotBlocked(user: FakeUser, blocked: boolean): void {
    this.state.privateChat(user).botBlocked = blocked;
  }

  /** The user deletes their account: sending to them then fails with 403 "user is deactivated". */
  setUserDeactivated(user: FakeUser): void {
    this.state.privateChat(user).deactivated = true;
  }

  /** The bot's reaction on a message (setMessageReaction), if any. */
  reactionsOf(chatId: number, messageId: number): string[] {
    return this.state.chats.get(chatId)?.messages.get(messageId)?.reactions ?? [];
  }

  topicsOf(chatId: number): FakeTopic[] {
    return [...this.record(chatId).topics.values()].filter((topic) => !topic.deleted);
  }

  /** Visible messages in order. `threadId` narrows to one topic; 1 is the General topic. */
  messagesIn(chatId: number, options: { threadId?: number } = {}): FakeMessage[] {
    const record = this.state.chats.get(chatId);
    if (!record) return [];
    const wanted = options.threadId === GENERAL_TOPIC_ID ? undefined : options.threadId;
    return [...record.messages.values()].filter(
      (message) =>
        !message.deleted &&
        message.kind !== "topic_created" &&
        (!("threadId" in options) || message.threadId === wanted),
    );
  }

  lastMessageIn(chatId: number, options: { threadId?: number } = {}): FakeMessage | undefined {
    return this.messagesIn(chatId, options).at(-1);
  }

  /** The newest bot message whose buttons are still on screen, inline or reply keyboard. */
  lastMessageWithButtons(chatId: number, options: { threadId?: number } = {}): FakeMessage | undefined {
    let replyKeyboardRemoved = false;
    for (const message of this.messagesIn(chatId, options).reverse()) {
      const markup = message.replyMarkup;
      if (!markup || message.from.id !== this.botInfo.id) continue;
      if ("remove_keyboard" in markup) replyKeyboardRemoved = true;
      else if ("inline_keyboard" in markup || ("keyboard" in markup && !replyKeyboardRemoved)) return message;
    }
    return undefined;
  }

  buttonsOf(message: Pick<FakeMessage, "replyMarkup">): FakeButton[] {
    return buttonsOf(message);
  }

  // ── Updates: what users do ───────────────────────────────────────────────

  /** A message from the user in their private chat with the bot. */
  userMessage(user: FakeUser, content: IncomingContent, options: { replyTo?: number } = {}): Update {
    const record = this.state.privateChat(user);
    record.botBlocked = false;
    return { update_id: this.nextUpdateId(), message: this.incoming(record, user, content, options) };
  }

  userEditsMessage(user: FakeUser, messageId: number, newText: string): Update {
    return this.editIncoming(this.record(user.id), user, messageId, newText);
  }

  /** A member writes in a group, in a forum topic when `threadId` is given. */
  groupMessage(
    chatId: number,
    user: FakeUser,
    content: IncomingContent,
    options: { threadId?: number; replyTo?: number } = {},
  ): Update {
    const record = this.groupRecord(chatId, user);
    const threadId = options.threadId === GENERAL_TOPIC_ID ? undefined : options.threadId;
    if (threadId !== undefined) {
      const topic = record.topics.get(threadId);
      if (!topic || topic.deleted) throw new Error(`chat ${chatId} has no topic ${threadId}`);
      const isAdmin = ["creator", "administrator"].includes(record.members.get(user.id)?.status ?? "");
      if (topic.closed && !isAdmin) {
        throw new Error(`topic ${threadId} is closed; only admins can write in it`);
      }
    }
    return {
      update_id: this.nextUpdateId(),
      message: this.incoming(record, user, content, { ...options, threadId }),
    };
  }

  groupEdit(chatId: number, user: FakeUser, messageId: number, newText: string): Update {
    return this.editIncoming(this.groupRecord(chatId, user), user, messageId, newText);
  }

  /**
   * The user presses an inline button of a bot message, in a private chat or a group.
   * `data` must be a button's unless `forged`; `late`: over 48 h old (InaccessibleMessage, date 0).
   */
  callbackPress(
    user: FakeUser,
    chatId: number,
    messageId: number,
    data: string,
    options: { forged?: boolean; late?: boolean } = {},
  ): Update {
    const record =
      this.state.chats.get(chatId)?.chat.type === "private"
        ? this.record(chatId)
        : this.groupRecord(chatId, user);
    if (record.chat.type === "private" && chatId !== user.id) {
      throw new Error(`user ${user.id} cannot see chat ${chatId}`);
    }
    const message = this.state.visibleMessage(record, messageId);
    if (!message || message.from.id !== this.botInfo.id) {
      throw new Error(`no bot message ${messageId} in chat ${chatId}`);
    }
    if (!options.forged && !buttonsOf(message).some((button) => button.data === data))
      throw new Error(`message ${messageId} has no button with data "${data}"`);
    const id = String(++this.lastCallbackQueryId);
    this.state.callbackQueries.set(id, { chatId, user: asUser(user), answered: false });
    return {
      update_id: this.nextUpdateId(),
      callback_query: {
        id,
        from: asUser(user),
        message: options.late
          ? { chat: record.chat, message_id: messageId, date: 0 }
          : this.state.toApiMessage(message),
        chat_instance: String(chatId),
        data,
      },
    };
  }

  /**
   * The update Telegram sends when the user presses a button: a callback query for an
   * inline button, the button's text (or a location) for a reply keyboard button.
   * `button` is the button's exact text or its index (from 0) in `buttonsOf(message)`;
   * "last" means the newest bot message whose buttons are still on screen.
   */
  pressButton(
    user: FakeUser,
    chatId: number,
    messageId: number | "last",
    button: string | number,
    options: { threadId?: number; location?: { latitude: number; longitude: number } } = {},
  ): Update {
    const scope = options.threadId === undefined ? {} : { threadId: options.threadId };
    const message =
      messageId === "last"
        ? this.lastMessageWithButtons(chatId, scope)
        : this.state.visibleMessage(this.record(chatId), messageId);
    if (!message) throw new Error(`no message with buttons in chat ${chatId}`);
    const buttons = buttonsOf(message);
    const pressed = typeof button === "number" ? buttons[button] : buttons.find((b) => b.text === button);
    if (!pressed) {
      const available = buttons.map((b, index) => `${index}: ${b.text}`).join(", ");
      throw new Error(
        `message ${message.messageId} has no button ${JSON.stringify(button)} (it has ${available})`,
      );
    }
    if (pressed.data !== undefined) return this.callbackPress(user, chatId, message.messageId, pressed.data);
    if (pressed.keyboard === "inline") {
      throw new Error(
        `button "${pressed.text}" opens ${pressed.url ?? "something"}; nothing reaches the bot`,
      );
    }
    if (pressed.requestContact) throw new Error("contact requests are not simulated; send a contact instead");
    const content: IncomingContent = pressed.requestLocation
      ? { location: options.location ?? SAMPLE_LOCATION }
      : pressed.text;
    return this.state.chats.get(chatId)?.chat.type === "private"
      ? this.userMessage(user, content)
      : this.groupMessage(chatId, user, content, { threadId: message.threadId });
  }

  // ── Internals ────────────────────────────────────────────────────────────

  private answer(method: string, payload: Record<string, unknown>): ApiResponse {
    const counted =
      this.limiter && SENDING_METHODS.has(method) ? this.state.chats.get(Number(payload.chat_id)) : undefined;
    try {
      if (counted) {
        const wait = this.limiter?.retryAfter(counted.chat.id, this.state.isGroup(counted));
        if (wait !== undefined) throw new ApiError(429, `Too Many Requests: retry after ${wait}`, wait);
      }
      const result = METHODS[method]!(payload, this.state);
      if (counted) this.limiter?.record(counted.chat.id, this.state.isGroup(counted));
      return { ok: true, result };
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const response: ApiResponse = {
        ok: false,
        error_code: error.errorCode,
        description: error.description,
      };
      if (error.retryAfter !== undefined) response.parameters = { retry_after: error.retryAfter };
      return response;
    }
  }

  private record(chatId: number): ChatRecord {
    const record = this.state.chats.get(chatId);
    if (!record) throw new Error(`chat ${chatId} is unknown to the fake Telegram`);
    return record;
  }

  private groupRecord(chatId: number, user: FakeUser): ChatRecord {
    const record = this.record(chatId);
    if (!this.state.isGroup(record)) throw new Error(`chat ${chatId} is not a group`);
    if (!isPresent(record.members.get(user.id)?.status)) {
      throw new Error(`user ${user.id} is not a member of ${chatId}`);
    }
    return record;
  }

  private nextUpdateId(): number {
    return ++this.lastUpdateId;
  }

  private incoming(
    record: ChatRecord,
    user: FakeUser,
    content: IncomingContent,
    options: { threadId?: number; replyTo?: number },
  ): NonNullable<Update["message"]> {
    if (options.replyTo !== undefined && !this.state.visibleMessage(record, options.replyTo)) {
      throw new Error(`no message ${options.replyTo} to reply to in chat ${record.chat.id}`);
    }
    const message = this.state.addMessage(record, {
      ...incomingContent(content, this.lastUpdateId),
      from: asUser(user),
      threadId: options.threadId,
      replyToMessageId: options.replyTo,
    });
    return this.state.toApiMessage(message) as NonNullable<Update["message"]>;
  }

  private editIncoming(record: ChatRecord, user: FakeUser, messageId: number, newText: string): Update {
    const message = this.state.visibleMessage(record, messageId);
    if (!message || message.from.id !== user.id || message.kind !== "text") {
      throw new Error(`user ${user.id} has no text message ${messageId} in chat ${record.chat.id}`);
    }
    message.text = newText;
    const entities = commandEntities(newText);
    if (entities) message.entities = entities;
    else delete message.entities;
    message.editDate = this.state.seconds();
    return {
      update_id: this.nextUpdateId(),
      edited_message: this.state.toApiMessage(message) as NonNullable<Update["edited_message"]>,
    };
  }
}

/** A call as recorded: its answer is read back from the JSON sent, once, when asked for. */
function recordedCall(method: string, payload: Record<string, unknown>, body: string): RecordedCall {
  let response: ApiResponse | undefined;
  return {
    method,
    payload,
    get response() {
      response ??= JSON.parse(body) as ApiResponse;
      return response;
    },
  };
}
