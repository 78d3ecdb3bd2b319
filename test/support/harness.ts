// Builds the REAL bot (all middleware, conversations, database) against the in-process
// fake Telegram, with a virtual clock and captured logs, and plays users and counselors.
// Every API call, including those made inside conversations, goes through the fake's
// fetch and is recorded in `telegram.calls`. `harnessHooks` gives a suite one harness and each
// of its tests a clean database and clock.

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import { afterAll, beforeAll, beforeEach } from "vitest";
import type { AppServices, BotContext } from "../../src/bot/context.ts";
import { type BotService, createBot } from "../../src/bot/index.ts";
import { createWebChannel, type WebChannel } from "../../src/channels/web/index.ts";
import { type Config, loadConfig } from "../../src/config/index.ts";
import type { Content } from "../../src/content/load.ts";
import { outboxOf } from "../../src/counselors/desk.ts";
import { FakeTelegram } from "../../src/dev/telegram/fake-telegram.ts";
import type { FakeMessage, FakeUser, IncomingContent } from "../../src/dev/telegram/types.ts";
import { createLogger } from "../../src/logger.ts";
import type { RateLimitStore } from "../../src/resilience/rate-limit.ts";
import { testContent } from "./content.ts";
import { type DatabaseKind, openTestDatabase, type TestDatabase } from "./databases.ts";

export { DATABASE_KINDS, type DatabaseKind } from "./databases.ts";

export const COUNSELOR_CHAT_ID = -1001234567890;
/** 2026-11-23 (a Monday) 11:00 in Asia/Almaty: inside default working hours. */
export const DEFAULT_NOW = Date.UTC(2026, 10, 23, 6, 0, 0);

export interface HarnessOptions {
  config?: Partial<Config>;
  /** Content other than the project's (a test directory of centers, say). */
  content?: Content;
  now?: number;
  /** A PostgreSQL server other than TEST_DATABASE_URL (kind "postgres"). */
  databaseUrl?: string;
  /** Shared rate-limit counts (Redis), as REDIS_URL gives the service. */
  rateLimitStore?: RateLimitStore;
  /** With the web chat's channel (src/channels/web) under the bot's API client. */
  web?: boolean;
  /** Share a database (and fake Telegram) with another harness: a restart or a second instance. */
  shared?: { db: TestDatabase; telegram: FakeTelegram; clock: VirtualClock; logLines: string[] };
}

export interface VirtualClock {
  now(): number;
  advance(ms: number): void;
  set(ms: number): void;
}

function virtualClock(start: number): VirtualClock {
  let current = start;
  return {
    now: () => current,
    advance: (ms) => {
      current += ms;
    },
    set: (ms) => {
      current = ms;
    },
  };
}

export interface Harness {
  bot: Bot<BotContext>;
  app: AppServices;
  /** Metrics, updates in flight, cross-instance locks (src/runtime, src/server). */
  service: BotService;
  config: Config;
  telegram: FakeTelegram;
  db: TestDatabase;
  clock: VirtualClock;
  counselorChatId: number;
  /** The web chat's channel, when asked for (`web: true`). */
  web?: WebChannel;
  /** Every log line written so far, as JSON text. */
  logs(): string;
  handle(update: Update): Promise<void>;
  user(spec?: Partial<FakeUser>): TestUser;
  counselor(spec?: Partial<FakeUser>, options?: { admin?: boolean }): TestCounselor;
  /** Another bot instance on the same database, fake Telegram and clock (a restart, or a second replica). */
  sibling(options?: Omit<HarnessOptions, "shared">): Promise<Harness>;
  close(): Promise<void>;
}

let nextUserId = 5_000_001;

/**
 * The hooks of a suite on one database: one harness for the whole suite, opened by `open` and
 * handed to `use` once it exists, a clean database and the clock back at the start
 * (`options.now`) before each test, and the harness closed after the last.
 */
export function harnessHooks(
  kind: DatabaseKind,
  options: HarnessOptions,
  use: (h: Harness) => void,
  open: (kind: DatabaseKind, options: HarnessOptions) => Promise<Harness> = createHarness,
): void {
  let h: Harness;
  beforeAll(async () => {
    h = await open(kind, options);
    use(h);
  });
  beforeEach(async () => {
    await h.db.reset();
    h.clock.set(options.now ?? DEFAULT_NOW);
  });
  afterAll(() => h.close());
}

export async function createHarness(kind: DatabaseKind, options: HarnessOptions = {}): Promise<Harness> {
  const shared = options.shared;
  const db = shared?.db ?? (await openTestDatabase(kind, options.databaseUrl));
  const telegram = shared?.telegram ?? new FakeTelegram();
  const clock = shared?.clock ?? virtualClock(options.now ?? DEFAULT_NOW);
  const logLines = shared?.logLines ?? [];
  const config: Config = {
    ...loadConfig({
      DATA_DIR: mkdtempSync(path.join(tmpdir(), "harness-")),
      PSEUDONYM_SECRET: "test-pseudonym-secret-0123456789abcdef",
      ENCRYPTION_KEY: "11".repeat(32),
      LOG_LEVEL: "debug",
    }),
    COUNSELOR_CHAT_ID,
    // Tests play people far faster than anyone types: the limit is tested where it is set.
    RATE_LIMIT_UPDATES: 0,
    ...options.config,
  };
  const counselorChatId = config.COUNSELOR_CHAT_ID ?? COUNSELOR_CHAT_ID;
  if (!telegram.hasChat(counselorChatId)) {
    telegram.createGroup({ id: counselorChatId, title: "Counselors", isForum: true });
  }
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  const logger = createLogger(config.LOG_LEVEL, logStream);
  const web = options.web ? createWebChannel(config, clock.now) : undefined;
  const { bot, app, service } = createBot({
    config,
    content: options.content ?? testContent(),
    db,
    logger,
    now: clock.now,
    client: { fetch: telegram.fetch as typeof fetch, apiRoot: telegram.apiRoot },
    botInfo: telegram.botInfo,
    ...(options.rateLimitStore ? { rateLimitStore: options.rateLimitStore } : {}),
    ...(web ? { web } : {}),
  });
  // What the bot left to send after an update (a hand-over's paced copies) is part of what everyone sees.
  const handle = async (update: Update) => {
    await bot.handleUpdate(update);
    await outboxOf(app).settled();
  };

  const harness: Harness = {
    bot,
    app,
    service,
    config,
    telegram,
    db,
    clock,
    counselorChatId,
    ...(web ? { web } : {}),
    logs: () => logLines.join("\n"),
    handle,
    user(spec = {}) {
      return new TestUser(harness, { id: nextUserId++, first_name: "Aigerim", ...spec });
    },
    counselor(spec = {}, { admin = false } = {}) {
      const user: FakeUser = { id: nextUserId++, first_name: "Dana", language_code: "ru", ...spec };
      telegram.setMember(counselorChatId, user, admin ? "administrator" : "member");
      return new TestCounselor(harness, user);
    },
    sibling: (siblingOptions = {}) =>
      createHarness(kind, {
        ...siblingOptions,
        config: { ...options.config, ...siblingOptions.config },
        shared: { db, telegram, clock, logLines },
      }),
    async close() {
      await service.locks?.close();
      if (!shared) await db.close();
    },
  };
  return harness;
}

/** A person in their private chat with the bot. */
export class TestUser {
  constructor(
    readonly h: Harness,
    readonly user: FakeUser,
  ) {}

  get id(): number {
    return this.user.id;
  }

  send(content: IncomingContent, options: { replyTo?: number } = {}): Promise<void> {
    return this.h.handle(this.h.telegram.userMessage(this.user, content, options));
  }

  sendMedia(content: Exclude<IncomingContent, string>): Promise<void> {
    return this.send(content);
  }

  shareLocation(latitude: number, longitude: number, livePeriod?: number): Promise<void> {
    return this.send({
      location: { latitude, longitude, ...(livePeriod ? { live_period: livePeriod } : {}) },
    });
  }

  edit(messageId: number, text: string): Promise<void> {
    return this.h.handle(this.h.telegram.userEditsMessage(this.user, messageId, text));
  }

  /**
   * Presses the first button matching `label` in the newest bot message that has such a button;
   * `late`: more than 48 hours after it was sent (Telegram no longer shows the bot its message).
   */
  press(label: string | RegExp, options: { late?: boolean } = {}): Promise<void> {
    const messages = this.h.telegram.messagesIn(this.user.id).filter((message) => message.from.is_bot);
    for (const message of messages.reverse()) {
      const button = this.h.telegram.buttonsOf(message).find((candidate) => matches(candidate.text, label));
      if (button?.data !== undefined && options.late)
        return this.h.handle(
          this.h.telegram.callbackPress(this.user, this.user.id, message.messageId, button.data, options),
        );
      if (button)
        return this.h.handle(
          this.h.telegram.pressButton(this.user, this.user.id, message.messageId, button.text),
        );
    }
    throw new Error(`no button ${String(label)} in chat; buttons: ${this.buttons().join(" | ")}`);
  }

  /** Sends callback data that no button carries (a stale or tampered client). */
  pressForged(data: string): Promise<void> {
    const message = this.last();
    if (!message) throw new Error("no bot message to press on");
    return this.h.handle(
      this.h.telegram.callbackPress(this.user, this.user.id, message.messageId, data, { forged: true }),
    );
  }

  /** The visible bot messages in this chat, oldest first. */
  messages(): FakeMessage[] {
    return this.h.telegram.messagesIn(this.user.id).filter((message) => message.from.is_bot);
  }

  texts(): string[] {
    return this.messages().map((message) => message.text ?? message.caption ?? `[${message.kind}]`);
  }

  last(): FakeMessage | undefined {
    return this.messages().at(-1);
  }

  lastText(): string {
    const message = this.last();
    return message?.text ?? message?.caption ?? "";
  }

  /** Button texts of the newest bot message that has buttons. */
  buttons(): string[] {
    const message = this.h.telegram.lastMessageWithButtons(this.user.id);
    return message ? this.h.telegram.buttonsOf(message).map((button) => button.text) : [];
  }
}

/** A member of the counselors' forum group; can also use their private chat with the bot. */
export class TestCounselor extends TestUser {
  inGroup(content: IncomingContent, options: { threadId?: number; replyTo?: number } = {}): Promise<void> {
    return this.h.handle(this.h.telegram.groupMessage(this.h.counselorChatId, this.user, content, options));
  }

  editInGroup(messageId: number, text: string): Promise<void> {
    return this.h.handle(this.h.telegram.groupEdit(this.h.counselorChatId, this.user, messageId, text));
  }

  /** Presses a button of the newest group message (in a topic when given) that has one matching `label`. */
  pressInGroup(label: string | RegExp, options: { threadId?: number; late?: boolean } = {}): Promise<void> {
    const messages = this.h.telegram
      .messagesIn(this.h.counselorChatId, options)
      .filter((message) => message.from.is_bot)
      .reverse();
    for (const message of messages) {
      const button = this.h.telegram.buttonsOf(message).find((candidate) => matches(candidate.text, label));
      if (button?.data) {
        return this.h.handle(
          this.h.telegram.callbackPress(
            this.user,
            this.h.counselorChatId,
            message.messageId,
            button.data,
            options,
          ),
        );
      }
    }
    throw new Error(`no group button ${String(label)}`);
  }

  groupTexts(options: { threadId?: number } = {}): string[] {
    return this.h.telegram
      .messagesIn(this.h.counselorChatId, options)
      .map((message) => message.text ?? message.caption ?? `[${message.kind}]`);
  }
}

function matches(text: string, label: string | RegExp): boolean {
  return typeof label === "string" ? text === label : label.test(text);
}
