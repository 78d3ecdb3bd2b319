// Records the SQL text of every statement sent to either driver (pg, PGlite) while `work`
// runs, whether it came from a repository's raw query or from Prisma's client.
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

type Query = (...args: unknown[]) => unknown;

function textOf(first: unknown): string {
  if (typeof first === "string") return first;
  return String((first as { text?: unknown } | undefined)?.text ?? "");
}

export async function recordStatements(work: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const targets = [pg.Client.prototype, PGlite.prototype] as unknown as Record<"query", Query>[];
  const originals = targets.map((target) => target.query);
  targets.forEach((target, index) => {
    const original = originals[index]!;
    target.query = function (this: unknown, ...args: unknown[]) {
      seen.push(textOf(args[0]));
      return original.apply(this, args);
    };
  });
  try {
    await work();
  } finally {
    targets.forEach((target, index) => {
      target.query = originals[index]!;
    });
  }
  return seen;
}
