// Prisma's "no row matched" turned into an answer for conditional changes.
import { Prisma } from "../generated/prisma/client.ts";

/** For `.catch(orNotFound)`: undefined when a conditional update or delete matched no row (P2025). */
export function orNotFound(error: unknown): undefined {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") return undefined;
  throw error;
}
