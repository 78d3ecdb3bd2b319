// The first middleware: turns the sender's Telegram id into a pseudonym and gives the
// update its own logger. Everything after it uses ctx.person.pseudonym.
import type { MiddlewareFn } from "grammy";
import type { Logger } from "../logger.ts";
import type { AppServices, BaseContext } from "./context.ts";

/** What kind of update this is, for logs: never its content. */
function updateKind(ctx: BaseContext): string {
  const kind = Object.keys(ctx.update).find((key) => key !== "update_id") ?? "unknown";
  if (ctx.message?.text?.startsWith("/")) return `${kind}:command`;
  if (ctx.message) return `${kind}:${ctx.message.text !== undefined ? "text" : "media"}`;
  return kind;
}

const LEVELS: ReadonlySet<PropertyKey> = new Set(["trace", "debug", "info", "warn", "error", "fatal"]);

/**
 * The update's logger, except that a line naming a case (`case`: its reference) goes out through `plain`, with
 * neither the person's tag nor the update's number: a case's reference stands next to its pseudonym in the database
 * while it is open, so a tag beside it would link the day's tag, and every line of that day, to the person's code
 * (docs/PRIVACY.md: the tag cannot be matched to the code).
 */
function withoutPersonOnCaseLines(log: Logger, plain: Logger): Logger {
  return new Proxy(log, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (!LEVELS.has(property) || typeof value !== "function") return value;
      return (first: unknown, ...rest: unknown[]) => {
        const onCase = typeof first === "object" && first !== null && "case" in first;
        const through = onCase ? plain : target;
        return (through[property as keyof Logger] as (...args: unknown[]) => void).call(
          through,
          first,
          ...rest,
        );
      };
    },
  });
}

export function identify(app: AppServices): MiddlewareFn<BaseContext> {
  return async (ctx, next) => {
    ctx.app = app;
    const from = ctx.from;
    if (from && !from.is_bot) ctx.person = { pseudonym: app.pseudonymize(from.id) };
    // The update's logger is made when something logs: most updates log nothing, and a child logger
    // (with its redaction) was a few kilobytes of garbage on every one (docs/BENCHMARKS.md).
    // `who` is the day's log-only tag, never the pseudonym the database files things under.
    const person = ctx.person;
    const bindings = () => ({
      update: ctx.update.update_id,
      ...(person ? { who: app.logTag(person.pseudonym) } : {}),
    });
    let log: Logger | undefined;
    Object.defineProperty(ctx, "log", {
      get: () => (log ??= withoutPersonOnCaseLines(app.logger.child(bindings()), app.logger)),
      set: (value: Logger) => {
        log = value;
      },
      configurable: true,
      enumerable: true,
    });
    const started = performance.now();
    await next();
    if (app.logger.isLevelEnabled("debug")) {
      ctx.log.debug({ kind: updateKind(ctx), ms: Math.round(performance.now() - started) }, "update handled");
    }
  };
}
