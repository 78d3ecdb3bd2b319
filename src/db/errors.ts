// Prisma's "no row matched" turned into an answer for conditional changes.
import { Prisma } from "../generated/prisma/client.ts";

/** For `.catch(orNotFound)`: undefined when a conditional update or delete matched no row (P2025). */
export function orNotFound(error: unknown): undefined {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") return undefined;
  throw error;
}

/** The SQLSTATE of a database error: the driver's own, or the one Prisma keeps of its driver adapter's. */
function sqlStateOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
  // Prisma's DriverAdapterError carries the driver's error as its cause; a request error keeps it in meta.
  const cause =
    (error as { cause?: unknown } | undefined)?.cause ??
    (error instanceof Prisma.PrismaClientKnownRequestError
      ? (error.meta as { driverAdapterError?: { cause?: unknown } } | undefined)?.driverAdapterError?.cause
      : undefined);
  const inner = (cause as { code?: unknown } | undefined)?.code;
  return typeof inner === "string" && /^[0-9A-Z]{5}$/.test(inner) ? inner : undefined;
}

/**
 * A failure of the embedded database's own files: gone (58P01/58P02), unreadable or unwritable (42501: on PGlite,
 * one superuser, privileges are never the reason), an I/O error (58xxx) or a full disk (53100). PGlite cannot
 * reopen its files in the running process; a restart can.
 */
export function embeddedFilesFailed(error: unknown): boolean {
  const state = sqlStateOf(error);
  return state !== undefined && (state.startsWith("58") || state === "53100" || state === "42501");
}
