// The first middleware: turns the sender's Telegram id into a pseudonym and gives the
// update its own logger. Everything after it uses ctx.person.pseudonym.
import type { MiddlewareFn } from "grammy";
import { logTag } from "../privacy/pseudonym.ts";
import type { AppServices, BaseContext } from "./context.ts";

export function identify(app: AppServices): MiddlewareFn<BaseContext> {
  return (ctx, next) => {
    ctx.app = app;
    const from = ctx.from;
    if (from && !from.is_bot) ctx.person = { pseudonym: app.pseudonymize(from.id) };
    ctx.log = app.logger.child({
      update: ctx.update.update_id,
      ...(ctx.person ? { who: logTag(ctx.person.pseudonym) } : {}),
    });
    return next();
  };
}
