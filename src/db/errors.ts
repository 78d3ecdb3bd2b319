// Prisma's error codes that repositories turn into answers ("not there", "already there").
import { Prisma } from "../generated/prisma/client.ts";

function hasCode(error: unknown, code: string): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === code;
}

/** P2002: a unique constraint refused the row. */
export function isUniqueViolation(error: unknown): boolean {
  return hasCode(error, "P2002");
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
