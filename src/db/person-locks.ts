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
//
// A take may also read (ReadAfterTake: the session preload of sessions.ts): the take and the read go
// in one round trip as two statements, the read after the take so that its snapshot (READ COMMITTED,
// a snapshot per statement) sees what the lock's last holder wrote. One statement could not: its
// snapshot is taken before its first lock. The simple protocol that carries two statements takes no
// parameters: the values go in as literals (integers, and texts quoted by the driver's escapeLiteral).
// Raw SQL lives here because advisory locks have no Prisma API.
import { createHash } from "node:crypto";
import type pg from "pg";
import type { Database } from "./connect.ts";

const FIRST_WAIT_MS = 5;

/** A take's answer: whether the lock is held, and what the read found (its rows are stale when not). */
interface Taken<Found> {
  locked: boolean;
  found?: Found;
}
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

/** What the lock's connection reads for the people it takes, in the take's round trip. */
export interface ReadAfterTake<Ask, Found> {
  /** One statement for a batch of asks, whose parameters are text arrays (`$1::text[]`, …). */
  statement: string;
  /** The parameters' values for a batch of asks. */
  parameters(asked: readonly Ask[]): string[][];
  /** Each ask's part of the rows, in the order asked. */
  split(rows: unknown[], asked: readonly Ask[]): Found[];
}

export interface PersonLocks<Ask = never, Found = never> {
  /**
   * Runs `work` holding the person's lock (waiting while another instance holds it); with `ask`, `work`
   * gets what the ReadAfterTake found for it once the lock was held.
   */
  withPerson<T>(pseudonym: string, work: (found?: Found) => Promise<T>, ask?: Ask): Promise<T>;
  close(): Promise<void>;
}

/** A stable 32-bit key: the schema (tests share one server) and the pseudonym. */
function key(text: string): number {
  return createHash("sha256").update(text).digest().readInt32BE(0);
}

/** People whose keys are kept: each update hashed its person's pseudonym again. */
const REMEMBERED_KEYS = 4096;

interface Asked<T, Ask = never> {
  person: number;
  ask?: Ask;
  resolve(value: T): void;
  reject(error: unknown): void;
}

const integers = (values: number[]) => `ARRAY[${values.map((value) => value | 0).join(",")}]::int[]`;

/**
 * `value` quoted as the driver's escapeLiteral quotes it. Its walk adds one character at a time (a string
 * object each): the preload's keys and pseudonyms made 3.5% of the bytes a `mixed` update allocated, and
 * they hold neither a quote nor a backslash, the only characters it changes.
 */
const literal = (client: pg.Client, value: string) =>
  /['\\]/.test(value) ? client.escapeLiteral(value) : `'${value}'`;

/** `statement` with its parameters `$1`, `$2`, … replaced by `literals` (in one pass: a literal is not read again). */
const inlined = (statement: string, literals: string[]) =>
  statement.replace(/\$(\d+)/g, (_, place: string) => literals[Number(place) - 1]!);

export function personLocks<Ask = never, Found = never>(
  db: Database,
  read?: ReadAfterTake<Ask, Found>,
): PersonLocks<Ask, Found> | undefined {
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
        if (read) {
          // The read names tables: the database's schema, as its pool has it (connect.ts); and it must see
          // what committed before its take, whatever the server's default isolation.
          const schema = target.schema ? `SET search_path TO ${client.escapeIdentifier(target.schema)};` : "";
          await client.query(`${schema} SET default_transaction_isolation TO 'read committed'`);
        }
      } catch (error) {
        connection = undefined;
        throw error;
      }
      return client;
    })();
    return connection;
  };

  /** The take, and the read of the asks among `taking`, in one round trip. */
  const takeAndRead = async (client: pg.Client, releasing: number[], taking: Asked<Taken<Found>, Ask>[]) => {
    const reading = taking.filter((asked) => asked.ask !== undefined);
    if (!read || reading.length === 0) {
      const { rows } = await client.query<{ locked: boolean[] }>(TAKE_AND_RELEASE, [
        space,
        releasing,
        taking.map((asked) => asked.person),
      ]);
      return taking.map((_, index): Taken<Found> => ({ locked: rows[0]?.locked[index] === true }));
    }
    const asks = reading.map((asked) => asked.ask!);
    const texts = (values: string[]) =>
      `ARRAY[${values.map((value) => literal(client, value)).join(",")}]::text[]`;
    const take = inlined(TAKE_AND_RELEASE, [
      `${space}`,
      integers(releasing),
      integers(taking.map((asked) => asked.person)),
    ]);
    const [took, found] = (await client.query(
      `${take};\n${inlined(read.statement, read.parameters(asks).map(texts))}`,
    )) as unknown as [pg.QueryResult<{ locked: boolean[] }>, pg.QueryResult];
    const parts = read.split(found.rows, asks);
    const partOf = new Map(reading.map((asked, index) => [asked, parts[index]]));
    return taking.map(
      (asked, index): Taken<Found> => ({
        locked: took.rows[0]?.locked[index] === true,
        found: partOf.get(asked),
      }),
    );
  };

  let takes: Asked<Taken<Found>, Ask>[] = [];
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
        const taken = await takeAndRead(
          client,
          releasing.map((asked) => asked.person),
          taking,
        );
        for (const asked of releasing) asked.resolve();
        for (const [index, asked] of taking.entries()) asked.resolve(taken[index]!);
      } catch (error) {
        for (const asked of [...releasing, ...taking]) asked.reject(error);
        // A read that failed after its take leaves the locks taken: given back (releasing a lock this
        // connection does not hold does nothing).
        if (read && taking.some((asked) => asked.ask !== undefined))
          for (const asked of taking) releases.push({ person: asked.person, resolve() {}, reject() {} });
      }
    }
    sending = false;
  };
  const ask = <T>(queue: Asked<T, Ask>[], person: number, what?: Ask) =>
    new Promise<T>((resolve, reject) => {
      queue.push({ person, resolve, reject, ...(what === undefined ? {} : { ask: what }) });
      // A take is sent at once; a release waits for the next take or the next turn of the
      // event loop, whichever comes first, to go in the same statement.
      if (queue === (takes as unknown)) void flush();
      else setImmediate(flush);
    });

  return {
    async withPerson(pseudonym, work, what) {
      const person = personKey(pseudonym);
      let taken = await ask(takes, person, what);
      for (let wait = FIRST_WAIT_MS; !taken.locked; wait = Math.min(LONGEST_WAIT_MS, wait * 2)) {
        await new Promise((resolve) => setTimeout(resolve, wait));
        taken = await ask(takes, person, what);
      }
      try {
        return await work(taken.found);
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
