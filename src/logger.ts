// Structured logs (pino). Rule: a log line may carry a pseudonym's first 8 hex characters
// (see privacy/pseudonym.ts logTag) and never a Telegram id, a name or message text.
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
