// Database errors that repositories turn into answers ("not there", "already there").
import { Prisma } from "../generated/prisma/client.ts";

function hasCode(error: unknown, code: string): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === code;
}

/**
 * A unique constraint refused the row. Prisma reports it as P2002 through the pg adapter;
 * the PGlite adapter passes PostgreSQL's own error on (SQLSTATE 23505) as the cause.
 */
export function isUniqueViolation(error: unknown): boolean {
  const cause = (error as { cause?: { kind?: unknown; code?: unknown } } | undefined)?.cause;
  return hasCode(error, "P2002") || (cause?.kind === "postgres" && cause.code === "23505");
}

/** P2025: an update or delete whose conditions matched no row. */
export function isNotFound(error: unknown): boolean {
  return hasCode(error, "P2025");
}

/** For `.catch(orNotFound)`: undefined when a conditional update or delete matched no row. */
export function orNotFound(error: unknown): undefined {
  if (isNotFound(error)) return undefined;
  throw error;
}
