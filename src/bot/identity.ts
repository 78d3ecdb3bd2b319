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
      get: () => (log ??= app.logger.child(bindings())),
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
