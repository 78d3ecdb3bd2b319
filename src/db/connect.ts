// Opens the database: PostgreSQL when a URL is given, otherwise PGlite (PostgreSQL in
// WebAssembly) under DATA_DIR, so that a new user needs no server. Both are reached
// through Prisma driver adapters. The driver under the adapter stays inside src/db
// (driverOf): for what Prisma cannot send, such as a migration file of many statements.
//
// Each driver is imported when its database is opened: a bot on PGlite never loads pg, one on
// PostgreSQL never loads PGlite (start-up time and resident memory; docs/BENCHMARKS.md).
import { mkdirSync, statSync } from "node:fs";
import path from "node:path";
import type pg from "pg";
import { PrismaClient } from "../generated/prisma/client.ts";
import { embeddedFilesFailed } from "./errors.ts";

/** The driver under Prisma: for src/db modules only, each use with its reason. */
export interface RawSql {
  /** Runs one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs `work` on one connection inside a transaction. */
  transaction<T>(work: (sql: Omit<RawSql, "transaction">) => Promise<T>): Promise<T>;
}

export interface Database {
  kind: "postgres" | "pglite";
  prisma: PrismaClient;
  /** Where a PostgreSQL database is, for a module that needs its own connection (src/db/person-locks.ts). */
  postgres?: { url: string; schema?: string };
  /**
   * PGlite only: true when `error` means the embedded database failed for good in this process (closed, or its
   * files gone or unwritable). It lives in the process, so only a restart opens it again (src/runtime/service.ts).
   */
  failedForGood?(error: unknown): boolean;
  /**
   * PGlite only: throws (SQLSTATE 58P01, a failure for good) when its data directory is no longer the folder it
   * opened (moved, deleted, unmounted). A query on a table PGlite holds open still answers then; the next one
   * it opens fails, so the bot checks the folder itself while idle (src/runtime/embedded-database.ts).
   */
  checkFiles?(): void;
  close(): Promise<void>;
}

const drivers = new WeakMap<Database, RawSql>();

/** The driver of an open database; src/db modules only (everything else goes through a repository). */
export function driverOf(db: Database): RawSql {
  const driver = drivers.get(db);
  if (!driver) throw new Error("not a database opened by openDatabase");
  return driver;
}

function opened({ driver, ...db }: Database & { driver: RawSql }): Database {
  drivers.set(db, driver);
  return db;
}

export type DatabaseTarget =
  | { kind: "postgres"; url: string; schema?: string }
  | { kind: "pglite"; dataDir?: string };

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return opened(
    target.kind === "postgres"
      ? await openPostgres(target.url, target.schema)
      : await openPGlite(target.dataDir),
  );
}

async function openPostgres(url: string, explicitSchema?: string): Promise<Database & { driver: RawSql }> {
  // Prisma's convention: DATABASE_URL may name the schema with ?schema=…
  const schema = explicitSchema ?? (new URL(url).searchParams.get("schema") || undefined);
  const options = schema ? `-c search_path="${schema}"` : undefined;
  const [{ default: pg }, { PrismaPg }] = await Promise.all([import("pg"), import("@prisma/adapter-pg")]);
  const pool = new pg.Pool({ connectionString: url, options, max: 10, connectionTimeoutMillis: 5_000 });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on("error", () => {});
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool, schema ? { schema } : undefined) });
  const plain = (client: pg.Pool | pg.PoolClient) => ({
    async exec(text: string) {
      await client.query(text);
    },
    async query<Row>(text: string, params: unknown[] = []) {
      return (await client.query(text, params)).rows as Row[];
    },
  });
  return {
    kind: "postgres",
    prisma,
    postgres: { url, schema },
    driver: {
      ...plain(pool),
      async transaction(work) {
        const client = await pool.connect();
        try {
          await client.query("BEGIN");
          const result = await work(plain(client));
          await client.query("COMMIT");
          return result;
        } catch (error) {
          await client.query("ROLLBACK").catch(() => {});
          throw error;
        } finally {
          client.release();
        }
      },
    },
    async close() {
      await prisma.$disconnect();
      await pool.end().catch(() => {});
    },
  };
}

async function openPGlite(dataDir?: string): Promise<Database & { driver: RawSql }> {
  let location: string | undefined;
  if (dataDir) {
    location = path.join(dataDir, "pglite");
    mkdirSync(location, { recursive: true, mode: 0o700 });
  }
  const [{ PGlite }, { PrismaPGlite }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("pglite-prisma-adapter"),
  ]);
  const pglite = location ? new PGlite(location) : new PGlite();
  await pglite.waitReady;
  const folder = location ? statSync(location) : undefined;
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    kind: "pglite",
    prisma,
    failedForGood: (error) => pglite.closed || embeddedFilesFailed(error),
    checkFiles() {
      if (!location || !folder) return;
      const now = statSync(location, { throwIfNoEntry: false });
      if (now?.ino === folder.ino && now.dev === folder.dev) return;
      throw Object.assign(new Error(`the embedded database's folder ${location} is gone or was replaced`), {
        code: "58P01",
      });
    },
    driver: {
      async exec(text) {
        await pglite.exec(text);
      },
      async query<Row>(text: string, params: unknown[] = []) {
        return (await pglite.query<Row>(text, params)).rows;
      },
      transaction(work) {
        return pglite.transaction((tx) =>
          work({
            async exec(text) {
              await tx.exec(text);
            },
            async query<Row>(text: string, params: unknown[] = []) {
              return (await tx.query<Row>(text, params)).rows;
            },
          }),
        );
      },
    },
    async close() {
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
    },
  };
}
