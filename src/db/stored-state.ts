// grammY storage adapters over the stored_state table, used for sessions and for
// conversation state. Keys are "<prefix>:<pseudonym>", never a raw chat id, and a write
// pushes the row's expiry forward by the idle time; the purge job deletes the rest.
//
// Hot path: every update of a person reads their session and their conversation state, and
// grammY writes the session back even when nothing changed. `preload` reads all of a
// person's rows in one query at the start of the update, and a write that would store what
// was read is skipped unless the expiry needs pushing forward (at most once an hour).
import type { Context, MiddlewareFn, StorageAdapter } from "grammy";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { InputJsonValue } from "../generated/prisma/internal/prismaNamespace.ts";

/** An unchanged value is written again only when its expiry is this much behind. */
export const EXPIRY_REFRESH_MS = 60 * 60 * 1000;

/** A row as this update knows it: read at the start, then kept in step with its own writes. */
interface Snapshot {
  /** JSON text of the value; undefined when there is no live row. */
  json: string | undefined;
  expiresAt: number;
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

export function createStoredState(
  prisma: PrismaClient,
  idleMs: number,
  now: () => number = Date.now,
): StoredState {
  /** Rows of the updates in progress, by full key; a person's updates run one at a time. */
  const inProgress = new Map<string, Snapshot>();

  const live = (row: { value: unknown; expiresAt: Date } | null | undefined): Snapshot =>
    row && row.expiresAt.getTime() > now()
      ? { json: JSON.stringify(row.value), expiresAt: row.expiresAt.getTime() }
      : { json: undefined, expiresAt: 0 };

  return {
    adapter<T>(prefix: string): StorageAdapter<T> {
      const keyOf = (key: string) => `${prefix}:${key}`;
      return {
        async read(key) {
          const known = inProgress.get(keyOf(key));
          if (known) return known.json === undefined ? undefined : (JSON.parse(known.json) as T);
          const row = await prisma.storedState.findUnique({ where: { key: keyOf(key) } });
          if (!row || row.expiresAt.getTime() <= now()) return undefined;
          return row.value as T;
        },
        async write(key, value) {
          const full = keyOf(key);
          const known = inProgress.get(full);
          const json = JSON.stringify(value);
          const expiresAt = now() + idleMs;
          if (known && known.json === json && known.expiresAt >= expiresAt - EXPIRY_REFRESH_MS) return;
          const stored = value as InputJsonValue;
          await prisma.storedState.upsert({
            where: { key: full },
            create: { key: full, value: stored, expiresAt: new Date(expiresAt) },
            update: { value: stored, expiresAt: new Date(expiresAt) },
          });
          if (known) Object.assign(known, { json, expiresAt });
        },
        async delete(key) {
          const full = keyOf(key);
          await prisma.storedState.deleteMany({ where: { key: full } });
          const known = inProgress.get(full);
          if (known) Object.assign(known, { json: undefined, expiresAt: 0 });
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
        const rows = await prisma.storedState.findMany({ where: { key: { in: keys } } });
        for (const full of keys) inProgress.set(full, live(rows.find((row) => row.key === full)));
        try {
          await next();
        } finally {
          for (const full of keys) inProgress.delete(full);
        }
      };
    },
  };
}

/** One adapter without preloading (tools and benchmarks that need a plain session store). */
export function storedStateAdapter<T>(
  prisma: PrismaClient,
  prefix: string,
  idleMs: number,
  now: () => number = Date.now,
): StorageAdapter<T> {
  return createStoredState(prisma, idleMs, now).adapter<T>(prefix);
}
