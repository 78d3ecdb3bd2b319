// Structured logs (pino). Rule: a log line may carry a person's log-only tag of the day (see
// privacy/pseudonym.ts makeLogTagger), never a pseudonym, a Telegram id, a name or message text.
import { GrammyError } from "grammy";
import pino, { type DestinationStream, type Logger } from "pino";

export type { Logger };

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      // Defence in depth: should a Telegram object reach a log call, drop its identifying fields.
      redact: {
        paths: [
          "*.from",
          "*.chat",
          "*.text",
          "*.caption",
          "*.username",
          "*.first_name",
          "*.last_name",
          "*.phone_number",
        ],
        remove: true,
      },
    },
    destination,
  );
}

/** An error as a log field (`err`): what kind, which code, what went wrong, and nothing a person wrote. */
export interface ErrorLog {
  name: string;
  /** Telegram's error_code, a PostgreSQL SQLSTATE, Prisma's P-code, Node's ENOENT. */
  code?: string | number;
  message?: string;
}

const MESSAGE_LIMIT = 300;

/**
 * The one mapping from an error to a log field. Telegram errors keep the method and Telegram's
 * description, never the request's payload; Prisma errors keep their code only, as their messages
 * quote the query's arguments (message text, sealed contacts); any other message is its first line,
 * cut short.
 */
export function errorLog(error: unknown): ErrorLog {
  if (error instanceof GrammyError) {
    return { name: error.name, code: error.error_code, message: `${error.method}: ${error.description}` };
  }
  const cause = error instanceof Error ? error : new Error(String(error));
  const rawCode = (cause as { code?: unknown }).code;
  const code = typeof rawCode === "string" || typeof rawCode === "number" ? rawCode : undefined;
  if (cause.name.startsWith("PrismaClient"))
    return code === undefined ? { name: cause.name } : { name: cause.name, code };
  const message = (cause.message.split("\n")[0] ?? "").slice(0, MESSAGE_LIMIT);
  return code === undefined ? { name: cause.name, message } : { name: cause.name, code, message };
}
