// The relay under a busy evening, against a fake Telegram that enforces Telegram's limits
// (src/dev/telegram/rate-limits.ts) on a virtual clock: 50 open cases, each person writing
// every 20 seconds for 10 minutes, 10 counselors holding 5 cases each. Measured: how long a
// relayed message waits because of the limits (virtual time only moves while every handler
// waits for the pacing outbox, so database work costs no virtual time), and the same load
// relayed into the counselors' group alone (the naive design) for comparison.
// Alone: `npx tsx scripts/bench/relay.ts`.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Api } from "grammy";
import type { Update } from "grammy/types";
import { createBot } from "../../src/bot/index.ts";
import { loadConfig } from "../../src/config/index.ts";
import { configureRelay } from "../../src/counselors/feature.ts";
import { Outbox, type PacingClock } from "../../src/counselors/outbox.ts";
import { FakeTelegram } from "../../src/dev/telegram/fake-telegram.ts";
import type { FakeUser } from "../../src/dev/telegram/types.ts";
import { createLogger } from "../../src/logger.ts";
import { testContent } from "../../test/support/content.ts";
import { openTestDatabase } from "../../test/support/databases.ts";

const CASES = 50;
const COUNSELORS = 10;
const MESSAGE_EVERY_MS = 20_000;
const LOAD_MS = 10 * 60_000;
const LIMIT_MS = 5_000;
const GROUP_ID = -1001999000001;
/** Monday 2026-11-23, 10:00 in Almaty: on duty. */
const START = Date.UTC(2026, 10, 23, 5, 0, 0);
/** Event-loop turns with nothing moving after which waiting work is taken to wait for virtual time. */
const IDLE_TURNS = 50;
/** Between a person's setup steps, so that their own chat stays within one message a second. */
const STEP_MS = 3_500;

/** Time that moves only when told: sleeps are timers fired in order by the driver. */
class VirtualTime implements PacingClock {
  private timers: { at: number; resolve: () => void }[] = [];
  constructor(public current: number) {}
  now = () => this.current;
  sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      this.timers.push({ at: this.current + Math.max(1, ms), resolve });
    });
  nextTimer(): number {
    return this.timers.reduce((earliest, timer) => Math.min(earliest, timer.at), Number.POSITIVE_INFINITY);
  }
  /** Moves to the earliest timer and fires every timer due then. */
  fireNext(): void {
    const at = this.nextTimer();
    this.current = Math.max(this.current, at);
    const due = this.timers.filter((timer) => timer.at <= this.current);
    this.timers = this.timers.filter((timer) => timer.at > this.current);
    for (const timer of due) timer.resolve();
  }
}

/** Runs work concurrently and advances virtual time only when all of it waits for the outbox. */
class Driver {
  private readonly inflight = new Set<Promise<unknown>>();
  constructor(
    readonly time: VirtualTime,
    private readonly outbox: Outbox,
    /** Grows with every API call: visible progress. */
    private readonly progress: () => number,
  ) {}

  start(work: Promise<unknown>): void {
    const tracked: Promise<unknown> = work.catch((error) => {
      console.error("bench work failed:", error instanceof Error ? error.message : error);
    });
    this.inflight.add(tracked);
    void tracked.finally(() => this.inflight.delete(tracked));
  }

  /**
   * Until every piece of work is done or waits for virtual time: parked in the outbox (each
   * awaits at most one send), or queued behind its own sender's earlier update (grammY's
   * sequentialize), which shows as nothing moving for a while with sends parked.
   */
  private async settle(): Promise<void> {
    let still = 0;
    let last = "";
    for (;;) {
      await new Promise((resolve) => setImmediate(resolve));
      if (this.inflight.size === 0) return;
      if (this.outbox.active === 0 && this.outbox.pending >= this.inflight.size) return;
      const state = `${this.inflight.size}:${this.outbox.pending}:${this.outbox.active}:${this.progress()}`;
      still = state === last ? still + 1 : 0;
      last = state;
      if (still >= IDLE_TURNS && this.outbox.active === 0 && this.outbox.pending > 0) return;
    }
  }

  /** Runs until the work started (and any started by `events` on the way) is done. */
  async run(events: { at: number; act: () => Promise<unknown> }[] = []): Promise<void> {
    const queue = [...events].sort((a, b) => a.at - b.at);
    for (;;) {
      await this.settle();
      const nextEvent = queue[0]?.at ?? Number.POSITIVE_INFINITY;
      const nextTimer = this.time.nextTimer();
      if (nextTimer === Number.POSITIVE_INFINITY && nextEvent === Number.POSITIVE_INFINITY) {
        if (this.inflight.size > 0) throw new Error("work waits for nothing: the driver would hang");
        return;
      }
      if (nextTimer <= nextEvent) {
        this.time.fireNext();
      } else {
        const event = queue.shift()!;
        this.time.current = Math.max(this.time.current, event.at);
        this.start(event.act());
      }
    }
  }

  async step(work: () => Promise<unknown>, advanceMs = 0): Promise<void> {
    this.time.current += advanceMs;
    this.start(work());
    await this.run();
  }
}

interface LoadReport {
  waits: number[];
  /** Seconds from the first message to the last copy delivered. */
  seconds: number;
  rateLimited: number;
}

function summary(prefix: string, report: LoadReport): Record<string, number> {
  const sorted = [...report.waits].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return {
    [`${prefix}.relayed`]: report.waits.length,
    [`${prefix}.messages_per_s`]: Number((report.waits.length / report.seconds).toFixed(2)),
    [`${prefix}.wait_p50_ms`]: Math.round(at(0.5)),
    [`${prefix}.wait_p95_ms`]: Math.round(at(0.95)),
    [`${prefix}.wait_max_ms`]: Math.round(sorted.at(-1) ?? 0),
    [`${prefix}.over_5s`]: sorted.filter((wait) => wait > LIMIT_MS).length,
    /** Refusals by the fake Telegram during the whole run, set-up included. */
    [`${prefix}.http_429`]: report.rateLimited,
  };
}

/** Each person writes every 20 s, starting at staggered offsets. */
function schedule(
  people: FakeUser[],
  from: number,
  send: (person: FakeUser, text: string) => Promise<unknown>,
) {
  return people.flatMap((person, index) => {
    const offset = Math.round((index * MESSAGE_EVERY_MS) / people.length);
    return Array.from({ length: LOAD_MS / MESSAGE_EVERY_MS }, (_, round) => ({
      at: from + offset + round * MESSAGE_EVERY_MS,
      act: () => send(person, `m-${person.id}-${round}`),
    }));
  });
}

/** Records when each load message arrived and when its copy appeared in a watched chat. */
function watchCopies(telegram: FakeTelegram, time: VirtualTime, watched: (chatId: number) => boolean) {
  const arrivals = new Map<string, number>();
  const waits: number[] = [];
  let lastSent = 0;
  telegram.subscribe((event) => {
    if (event.type !== "sent" || !watched(event.chat.id)) return;
    const arrived = arrivals.get(event.message.text ?? "");
    if (arrived === undefined) return;
    waits.push(time.now() - arrived);
    lastSent = time.now();
  });
  const span = () => (lastSent - Math.min(...arrivals.values())) / 1000;
  return { arrivals, waits, span };
}

function rateLimited(telegram: FakeTelegram): number {
  return telegram.calls.filter((call) => !call.response.ok && call.response.error_code === 429).length;
}

/** The chosen design: the real bot; after Take the conversation runs in the counselors' private chats. */
async function throughPrivateChats(counselorCount: number): Promise<LoadReport> {
  const time = new VirtualTime(START);
  const telegram = new FakeTelegram({ enforceRateLimits: true, now: time.now });
  const db = await openTestDatabase("pglite");
  const config = {
    ...loadConfig({ DATA_DIR: mkdtempSync(path.join(tmpdir(), "bench-relay-")), LOG_LEVEL: "silent" }),
    COUNSELOR_CHAT_ID: GROUP_ID,
  };
  const { bot, app } = createBot({
    config,
    content: testContent(),
    db,
    logger: createLogger("silent"),
    now: time.now,
    client: { fetch: telegram.fetch as typeof fetch, apiRoot: telegram.apiRoot },
    botInfo: telegram.botInfo,
  });
  const outbox = configureRelay(app, { pacing: time });
  const driver = new Driver(time, outbox, () => telegram.calls.length);
  const handle = (update: Update) => bot.handleUpdate(update);
  const counselors: FakeUser[] = Array.from({ length: counselorCount }, (_, index) => ({
    id: 9_100_000 + index,
    first_name: `Counselor ${index}`,
    language_code: "ru",
  }));
  const people: FakeUser[] = Array.from({ length: CASES }, (_, index) => ({
    id: 8_100_000 + index,
    first_name: `Person ${index}`,
    language_code: "ru",
  }));
  telegram.createGroup({ id: GROUP_ID, title: "Counselors", isForum: true, members: counselors });
  const press = (user: FakeUser, chatId: number, label: string, threadId?: number) =>
    handle(telegram.pressButton(user, chatId, "last", label, threadId === undefined ? {} : { threadId }));

  for (const [index, counselor] of counselors.entries()) {
    await driver.step(() => handle(telegram.userMessage(counselor, "/start")), STEP_MS);
    await driver.step(() =>
      handle(telegram.groupMessage(GROUP_ID, counselor, `/alias Консультант ${"АБВГДЕЖЗИК"[index]}`)),
    );
  }
  for (const person of people) {
    await driver.step(() => handle(telegram.userMessage(person, "/start")), STEP_MS);
    await driver.step(() => press(person, person.id, "💬 Поговорить с человеком"), STEP_MS);
    await driver.step(() => press(person, person.id, "✅ Разрешить"), STEP_MS);
  }
  const topics = telegram.topicsOf(GROUP_ID);
  for (const [index, topic] of topics.entries()) {
    const counselor = counselors[index % counselorCount]!;
    await driver.step(() => press(counselor, GROUP_ID, "✋ Взять", topic.threadId), 1_000);
  }
  const open = await db.sql.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM counsel_case WHERE status = 'active'",
  );
  if (open[0]?.n !== CASES) throw new Error(`expected ${CASES} active cases, got ${open[0]?.n}`);

  const counselorChats = new Set(counselors.map((counselor) => counselor.id));
  const copies = watchCopies(telegram, time, (chatId) => counselorChats.has(chatId));
  const from = time.current + 60_000;
  await driver.run(
    schedule(people, from, (person, text) => {
      copies.arrivals.set(text, time.now());
      return handle(telegram.userMessage(person, text));
    }),
  );
  await db.close();
  return { waits: copies.waits, seconds: copies.span(), rateLimited: rateLimited(telegram) };
}

/** The naive design for comparison: every message copied into its case's topic in one group, paced the same way. */
async function throughTheGroup(): Promise<LoadReport> {
  const time = new VirtualTime(START);
  const telegram = new FakeTelegram({ enforceRateLimits: true, now: time.now });
  const api = new Api("0:bench", { apiRoot: telegram.apiRoot, fetch: telegram.fetch as typeof fetch });
  const outbox = new Outbox(time);
  const driver = new Driver(time, outbox, () => telegram.calls.length);
  telegram.createGroup({ id: GROUP_ID, title: "Counselors", isForum: true });
  const people: FakeUser[] = Array.from({ length: CASES }, (_, index) => ({
    id: 8_200_000 + index,
    first_name: `Person ${index}`,
  }));
  const topics = new Map<number, number>();
  for (const person of people) {
    const topic = await api.createForumTopic(GROUP_ID, `case ${person.id}`);
    topics.set(person.id, topic.message_thread_id);
  }
  const copies = watchCopies(telegram, time, (chatId) => chatId === GROUP_ID);
  await driver.run(
    schedule(people, time.current, (person, text) => {
      copies.arrivals.set(text, time.now());
      const message = telegram.userMessage(person, text).message!;
      return outbox.send(GROUP_ID, true, () =>
        api.copyMessage(GROUP_ID, person.id, message.message_id, {
          message_thread_id: topics.get(person.id)!,
        }),
      );
    }),
  );
  return { waits: copies.waits, seconds: copies.span(), rateLimited: rateLimited(telegram) };
}

export async function benchRelay(): Promise<Record<string, number>> {
  const started = performance.now();
  const privateChats = await throughPrivateChats(COUNSELORS);
  const privateSeconds = (performance.now() - started) / 1000;
  // Headroom: half the counselors, ten cases each (a message a second into each private chat, headers included).
  const crowded = await throughPrivateChats(COUNSELORS / 2);
  // Past it: two counselors, 25 cases each. One chat carries one message a second; this is where it queues.
  const overloaded = await throughPrivateChats(2);
  const group = await throughTheGroup();
  return {
    cases: CASES,
    counselors: COUNSELORS,
    offered_messages_per_s: Number((CASES / (MESSAGE_EVERY_MS / 1000)).toFixed(2)),
    ...summary("private", privateChats),
    "private.wall_s": Number(privateSeconds.toFixed(1)),
    ...summary("private_10_cases_each", crowded),
    ...summary("private_25_cases_each", overloaded),
    ...summary("group_only", group),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(JSON.stringify(await benchRelay(), null, 2));
}
