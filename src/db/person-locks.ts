// Several bot instances on one PostgreSQL: while an instance handles an update from a person,
// it holds a PostgreSQL advisory lock on that person, so that two instances never interleave
// one person's session and case writes (a read-modify-write of the session would otherwise
// lose one of them). Within one instance, grammY's sequentialize already orders the updates.
//
// Why advisory locks (and not row locks or versioned writes): the unit to protect is a whole
// update (session, conversation state and case rows together), not one row; a row lock would
// have to be held in one transaction across Telegram calls, and a version conflict would mean
// re-running a handler that has already replied. Session-level advisory locks cost no table,
// and PostgreSQL releases them by itself when a crashed instance's connection goes.
//
// All locks of an instance live on ONE dedicated connection, taken with pg_try_advisory_lock
// and retried: a blocking pg_advisory_lock would hold that connection, and holding a pool
// connection per update would starve the queries the handlers themselves need. One statement
// is in flight on it at a time; the takes and releases asked for meanwhile go together in the
// next one, and a release waits for the next take (or the next turn of the event loop) to go
// with it. That is one round trip for many updates under load instead of two per update
// (measured in `npm run bench`; docs/BENCHMARKS.md).
// Raw SQL lives here because advisory locks have no Prisma API.
import { createHash } from "node:crypto";
import type pg from "pg";
import type { Database } from "./connect.ts";

const FIRST_WAIT_MS = 5;
const LONGEST_WAIT_MS = 100;

/**
 * Releases `$2`, then tries to take `$3`, in the lock space `$1`; `locked` answers the takes in
 * their order. (A person's release and next take may meet in one batch: the lock is this
 * connection's either way, taken twice and released twice.)
 */
const TAKE_AND_RELEASE = `SELECT
  (SELECT count(pg_advisory_unlock($1, person)) FROM unnest($2::int[]) AS person) AS released,
  ARRAY(SELECT pg_try_advisory_lock($1, person) FROM unnest($3::int[]) WITH ORDINALITY AS asked(person, place)
        ORDER BY place) AS locked`;

export interface PersonLocks {
  /** Runs `work` holding the person's lock (waiting while another instance holds it). */
  withPerson<T>(pseudonym: string, work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A stable 32-bit key: the schema (tests share one server) and the pseudonym. */
function key(text: string): number {
  return createHash("sha256").update(text).digest().readInt32BE(0);
}

/** People whose keys are kept: each update hashed its person's pseudonym again. */
const REMEMBERED_KEYS = 4096;

interface Asked<T> {
  person: number;
  resolve(value: T): void;
  reject(error: unknown): void;
}

export function personLocks(db: Database): PersonLocks | undefined {
  const target = db.postgres;
  if (!target) return undefined;
  const space = key(`open-door:${target.schema ?? "public"}`);
  const keys = new Map<string, number>();
  const personKey = (pseudonym: string) => {
    let known = keys.get(pseudonym);
    if (known === undefined) {
      if (keys.size >= REMEMBERED_KEYS) keys.delete(keys.keys().next().value!);
      known = key(pseudonym);
      keys.set(pseudonym, known);
    }
    return known;
  };
  let connection: Promise<pg.Client> | undefined;
  let closed = false;
  const connect = () => {
    if (closed) return Promise.reject(new Error("person locks closed"));
    connection ??= (async () => {
      const { default: pg } = await import("pg");
      const client = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: 5_000 });
      // A lost connection has lost its locks too: forget it, the next update connects again.
      client.on("error", () => {
        connection = undefined;
      });
      client.on("end", () => {
        connection = undefined;
      });
      try {
        await client.connect();
      } catch (error) {
        connection = undefined;
        throw error;
      }
      return client;
    })();
    return connection;
  };

  let takes: Asked<boolean>[] = [];
  let releases: Asked<void>[] = [];
  let sending = false;
  /** Sends what was asked, one statement at a time, until nothing is left. */
  const flush = async () => {
    if (sending) return;
    sending = true;
    while (takes.length > 0 || releases.length > 0) {
      const [taking, releasing] = [takes, releases];
      [takes, releases] = [[], []];
      try {
        const client = await connect();
        const { rows } = await client.query<{ locked: boolean[] }>(TAKE_AND_RELEASE, [
          space,
          releasing.map((asked) => asked.person),
          taking.map((asked) => asked.person),
        ]);
        for (const asked of releasing) asked.resolve();
        for (const [index, asked] of taking.entries()) asked.resolve(rows[0]?.locked[index] === true);
      } catch (error) {
        for (const asked of [...releasing, ...taking]) asked.reject(error);
      }
    }
    sending = false;
  };
  const ask = <T>(queue: Asked<T>[], person: number) =>
    new Promise<T>((resolve, reject) => {
      queue.push({ person, resolve, reject });
      // A take is sent at once; a release waits for the next take or the next turn of the
      // event loop, whichever comes first, to go in the same statement.
      if (queue === (takes as unknown)) void flush();
      else setImmediate(flush);
    });

  return {
    async withPerson(pseudonym, work) {
      const person = personKey(pseudonym);
      for (
        let wait = FIRST_WAIT_MS;
        !(await ask(takes, person));
        wait = Math.min(LONGEST_WAIT_MS, wait * 2)
      ) {
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
      try {
        return await work();
      } finally {
        // Not awaited: holding the lock a moment longer is safe, and this instance's next take
        // of the same person before the release is sent just counts up (session-level locks
        // are counted per connection) and is released in its turn.
        void ask(releases, person).catch(() => {});
      }
    },
    async close() {
      // Ending the connection releases whatever it holds, pending releases included.
      closed = true;
      const open = connection;
      connection = undefined;
      if (open) await (await open.catch(() => undefined))?.end().catch(() => {});
    },
  };
}
