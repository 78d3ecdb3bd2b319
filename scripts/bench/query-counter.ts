// Counts the statements sent to the database: every query on the PostgreSQL driver (pg) and
// on PGlite, transactions' BEGIN and COMMIT included. (No AsyncLocalStorage to tell the
// benchmark's own look-ups apart: it would slow every promise of the process; the
// benchmark subtracts what its look-ups cost instead.)
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

let statements = 0;

function counted(): void {
  statements++;
}

export function statementCount(): number {
  return statements;
}

let installed = false;

/** Patches both drivers once, in this process only. */
export function countStatements(): void {
  if (installed) return;
  installed = true;
  const client = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const pgQuery = client.query;
  client.query = function (this: unknown, ...args: unknown[]) {
    counted();
    return pgQuery.apply(this, args);
  };
  type Queryable = {
    query: (...args: unknown[]) => Promise<unknown>;
    exec: (...args: unknown[]) => Promise<unknown>;
  };
  const lite = PGlite.prototype as unknown as Queryable & {
    transaction: (work: (tx: Queryable) => Promise<unknown>) => Promise<unknown>;
  };
  const { query, exec, transaction } = lite;
  lite.query = function (this: unknown, ...args) {
    counted();
    return query.apply(this, args);
  };
  lite.exec = function (this: unknown, ...args) {
    counted();
    return exec.apply(this, args);
  };
  lite.transaction = function (this: unknown, work) {
    counted(); // BEGIN
    return transaction.call(this, (tx: Queryable) => {
      const counting: Queryable = {
        ...tx,
        query: (...args) => {
          counted();
          return tx.query(...args);
        },
        exec: (...args) => {
          counted();
          return tx.exec(...args);
        },
      };
      return work(counting).finally(counted); // COMMIT or ROLLBACK
    });
  };
}
