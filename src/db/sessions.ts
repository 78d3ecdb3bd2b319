// grammY storage adapters over the stored_state table, used for sessions and for
// conversation state. Keys are "<prefix>:<pseudonym>", never a raw chat id, and a write
// pushes the row's expiry forward by the idle time; the purge job deletes the rest.
//
// Hot path: every update of a person reads their session and their conversation state, and
// grammY writes the session back even when nothing changed. `preload` reads all of a
// person's rows in one query at the start of the update, and a write that would store what
// was read is skipped unless the expiry needs pushing forward (at most once an hour). The same
// query reads the person's consent rows, which consent.ts answers from until the update ends,
// and their counselor row if they are one (counselors.ts answers from it: "no", the common case, or the row), and
// their block (moderation.ts) and their open case if any (open-case-hold.ts).
// On PostgreSQL the preload goes with the person lock's take (person-locks.ts), in its round trip and
// after it; elsewhere the preloads asked for in one turn of the event loop go in one statement. The
// writes of one turn go in one statement too: under load the person locks let several people in at
// once, and each write is still sent before its person's lock is released.
// The read and the upsert go to the driver under Prisma, on purpose: see `statements`.
import type { Context, MiddlewareFn, StorageAdapter } from "grammy";
import { type Database, driverOf } from "./connect.ts";
import { CONSENT_KEY_PREFIX, CONSENT_ROWS, holdWhileHandling } from "./consent.ts";
import { COUNSELOR_KEY, COUNSELOR_ROW, type Counselor, holdCounselorRow } from "./counselors.ts";
import { BLOCK_KEY, BLOCK_ROW, holdBlockRow } from "./moderation.ts";
import { holdOpenCase, OPEN_CASE_KEY, OPEN_CASE_ROW } from "./open-case-hold.ts";
import type { PersonLocks, ReadAfterTake } from "./person-locks.ts";

/** An unchanged value is written again only when its expiry is this much behind. */
export const EXPIRY_REFRESH_MS = 60 * 60 * 1000;

/** A row as this update knows it: read at the start, then kept in step with its own writes. */
interface Snapshot {
  /** JSON text of the value; undefined when there is no live row. */
  json: string | undefined;
  expiresAt: number;
  /**
   * The value as the driver parsed it, for the first read only: its JSON text is taken before anyone
   * can change it, so it need not be parsed again from that text (every update reads its session).
   */
  unread?: unknown;
}

export interface StoredState {
  /** The adapter for keys "<prefix>:<key>". */
  adapter<T>(prefix: string): StorageAdapter<T>;
  /**
   * Middleware: reads the rows of every given prefix for this update's key in one query.
   * The adapters answer from it during the update, and skip writes that change nothing.
   */
  preload<C extends Context>(
    prefixes: readonly string[],
    keyOf: (ctx: C) => string | undefined,
  ): MiddlewareFn<C>;
}

interface Row {
  /** Whose consent or counselor row this is; null on a stored_state row (its key says whose). */
  person?: string | null;
  key: string;
  value: unknown;
  /** ms since epoch (the column is a UTC timestamp without time zone, as Prisma writes it). */
  expires_ms: number;
}

const COLUMNS = `key, value, (extract(epoch FROM expires_at) * 1000)::float8 AS expires_ms`;
/**
 * Upserts rows given as an array of keys, one JSON array of their values and an array of expiries (ms since
 * epoch). The values go as one JSON text, joined as they are: as a text[] the driver escaped and copied each one
 * (a session, a sealed conversation) twice more, about 1% of the bytes a `mixed` update allocated.
 */
const UPSERT = `INSERT INTO stored_state (key, value, expires_at)
  SELECT key, $2::jsonb -> (place - 1)::int, 'epoch'::timestamp + expires_ms * interval '1 millisecond'
  FROM unnest($1::text[], $3::float8[]) WITH ORDINALITY AS written(key, expires_ms, place)
  ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, expires_at = EXCLUDED.expires_at`;

/**
 * What is asked during one turn of the event loop goes to `send` together, in one statement;
 * `send` answers each ask in its place.
 */
function perTurn<Ask, Answer>(send: (asked: Ask[]) => Promise<Answer[]>): (ask: Ask) => Promise<Answer> {
  let waiting: { ask: Ask; resolve(answer: Answer): void; reject(error: unknown): void }[] = [];
  const sendWaiting = async () => {
    const batch = waiting;
    waiting = [];
    try {
      const answers = await send(batch.map((one) => one.ask));
      for (const [index, one] of batch.entries()) one.resolve(answers[index]!);
    } catch (error) {
      for (const one of batch) one.reject(error);
    }
  };
  return (ask) =>
    new Promise<Answer>((resolve, reject) => {
      waiting.push({ ask, resolve, reject });
      if (waiting.length === 1) setImmediate(sendWaiting);
    });
}

/** One person's preload: their stored_state keys and their pseudonym. */
interface PreloadAsk {
  keys: string[];
  pseudonym: string;
}

/**
 * The preload of a batch of people: the rows of their keys, their consent rows, their counselor row, their block
 * and their open case. On PostgreSQL it goes with the person lock's take (person-locks.ts), in its round trip.
 */
export const preloadRead: ReadAfterTake<PreloadAsk, Row[]> = {
  statement: `SELECT NULL::text AS person, ${COLUMNS} FROM stored_state WHERE key = ANY($1::text[])
    UNION ALL ${CONSENT_ROWS("$2::text[]")} UNION ALL ${COUNSELOR_ROW("$2::text[]")} UNION ALL ${BLOCK_ROW("$2::text[]")}
    UNION ALL ${OPEN_CASE_ROW("$2::text[]")}`,
  parameters: (asked) => [asked.flatMap((one) => one.keys), asked.map((one) => one.pseudonym)],
  split(found, asked) {
    const rows = found as Row[];
    // Each row to whom it belongs, in one pass: a batch of 64 people filtered every row 64 times.
    const whose = new Map<string, Row[]>();
    const add = (owner: string, row: Row) => {
      const owned = whose.get(owner);
      if (owned) owned.push(row);
      else whose.set(owner, [row]);
    };
    for (const row of rows) add(row.person == null ? `key ${row.key}` : `person ${row.person}`, row);
    return asked.map((one) => [
      ...one.keys.flatMap((key) => whose.get(`key ${key}`) ?? []),
      ...(whose.get(`person ${one.pseudonym}`) ?? []),
    ]);
  },
};

/**
 * raw: through the driver under Prisma, not Prisma's $queryRaw. Measured interleaved on a
 * loaded 2-core machine (PostgreSQL 15 / PGlite): the preload read 3,644 / 1,759 per second
 * through the driver against 1,083 / 642 through $queryRaw; the upsert on PGlite 2,005 against
 * 441. With Prisma's client, `npm run bench`'s start-menu journey lost about a third.
 */
function statements(db: Database) {
  const sql = driverOf(db);
  const personRows = perTurn(async (asked: PreloadAsk[]) => {
    const rows = await sql.query<Row>(preloadRead.statement, preloadRead.parameters(asked));
    return preloadRead.split(rows, asked);
  });
  const upsert = perTurn(async (written: { key: string; json: string; expiresAt: number }[]) => {
    // One row per key (a key written twice in one turn keeps its last value): an upsert may not
    // touch a row twice.
    const last = [...new Map(written.map((one) => [one.key, one])).values()];
    await sql.query(UPSERT, [
      last.map((one) => one.key),
      `[${last.map((one) => one.json).join(",")}]`,
      last.map((one) => one.expiresAt),
    ]);
    return written.map(() => undefined);
  });
  return {
    rows: (keys: string[]) =>
      sql.query<Row>(`SELECT ${COLUMNS} FROM stored_state WHERE key = ANY($1::text[])`, [keys]),
    /** The rows of `keys`, the consent rows of `pseudonym`, their counselor row, their block and their open case. */
    personRows: (keys: string[], pseudonym: string) => personRows({ keys, pseudonym }),
    upsert: (key: string, json: string, expiresAt: number) => upsert({ key, json, expiresAt }),
    // A conversation's end deletes its state: through Prisma's client that was one of the
    // busiest client calls of the mixed journey.
    async remove(key: string) {
      await sql.query("DELETE FROM stored_state WHERE key = $1", [key]);
    },
  };
}

/** The person locks whose take reads the preload: the type `personLocks(db, preloadRead)` gives. */
export type PreloadingLocks = PersonLocks<PreloadAsk, Row[]>;

/**
 * With `locks`, the preload also holds the person's lock for the rest of the update, its read sent in the take's
 * round trip (a statement fewer per update on PostgreSQL).
 */
export function createStoredState(
  db: Database,
  idleMs: number,
  now: () => number = Date.now,
  locks?: PreloadingLocks,
): StoredState {
  const sql = statements(db);
  /** Rows of the updates in progress, by full key; a person's updates run one at a time. */
  const inProgress = new Map<string, Snapshot>();

  const live = (row: Row | undefined): Snapshot =>
    row && Number(row.expires_ms) > now()
      ? { json: JSON.stringify(row.value), expiresAt: Number(row.expires_ms), unread: row.value }
      : { json: undefined, expiresAt: 0 };

  return {
    adapter<T>(prefix: string): StorageAdapter<T> {
      const keyOf = (key: string) => `${prefix}:${key}`;
      return {
        async read(key) {
          const known = inProgress.get(keyOf(key));
          if (known) {
            const { unread } = known;
            if (unread !== undefined) {
              known.unread = undefined;
              return unread as T;
            }
            return known.json === undefined ? undefined : (JSON.parse(known.json) as T);
          }
          const [row] = await sql.rows([keyOf(key)]);
          const found = live(row);
          return found.json === undefined ? undefined : (row!.value as T);
        },
        async write(key, value) {
          const full = keyOf(key);
          const known = inProgress.get(full);
          const json = JSON.stringify(value);
          const expiresAt = now() + idleMs;
          if (known && known.json === json && known.expiresAt >= expiresAt - EXPIRY_REFRESH_MS) return;
          await sql.upsert(full, json, expiresAt);
          if (known) Object.assign(known, { json, expiresAt, unread: undefined });
        },
        async delete(key) {
          const full = keyOf(key);
          await sql.remove(full);
          const known = inProgress.get(full);
          if (known) Object.assign(known, { json: undefined, expiresAt: 0, unread: undefined });
        },
      };
    },

    preload<C extends Context>(
      prefixes: readonly string[],
      keyOf: (ctx: C) => string | undefined,
    ): MiddlewareFn<C> {
      return async (ctx, next) => {
        const key = keyOf(ctx);
        if (key === undefined) return next();
        const keys = prefixes.map((prefix) => `${prefix}:${key}`);
        if (locks)
          return locks.withPerson(key, (rows) => handle(keys, key, rows!, next), { keys, pseudonym: key });
        return handle(keys, key, await sql.personRows(keys, key), next);
      };
      async function handle(keys: string[], key: string, rows: Row[], next: () => Promise<void>) {
        for (const full of keys) inProgress.set(full, live(rows.find((row) => row.key === full)));
        const consents = new Map<string, number>();
        for (const row of rows) {
          if (row.key.startsWith(CONSENT_KEY_PREFIX))
            consents.set(row.key.slice(CONSENT_KEY_PREFIX.length), Number(row.value));
        }
        const release = holdWhileHandling(db, key, consents);
        const counselor = rows.find((row) => row.key === COUNSELOR_KEY)?.value as Counselor | undefined;
        const releaseCounselor = holdCounselorRow(db, key, counselor ?? null);
        const blockEnd = rows.find((row) => row.key === BLOCK_KEY)?.value;
        const releaseBlock = holdBlockRow(db, key, blockEnd === undefined ? null : Number(blockEnd));
        const openCase = rows.find((row) => row.key === OPEN_CASE_KEY)?.value as
          | Record<string, unknown>
          | undefined;
        const releaseOpenCase = holdOpenCase(db, key, openCase);
        try {
          await next();
        } finally {
          for (const full of keys) inProgress.delete(full);
          release();
          releaseCounselor();
          releaseBlock();
          releaseOpenCase();
        }
      }
    },
  };
}

/** One adapter without preloading (tools and benchmarks that need a plain session store). */
export function storedStateAdapter<T>(
  db: Database,
  prefix: string,
  idleMs: number,
  now: () => number = Date.now,
): StorageAdapter<T> {
  return createStoredState(db, idleMs, now).adapter<T>(prefix);
}
