// Typed, validated callback data: "<prefix>:<arg>:<arg>…", each argument checked by zod.
// Telegram allows 64 bytes; encode() refuses more so a bug shows in tests, not in production.
// Data that does not parse (stale or forged buttons) falls through to src/unhandled.
import type { Filter, Middleware, MiddlewareFn } from "grammy";
import { z } from "zod";
import type { BotContext } from "./context.ts";

const MAX_CALLBACK_BYTES = 64;

export interface CallbackCodec<Args extends unknown[]> {
  readonly prefix: string;
  encode(...args: Args): string;
  parse(data: string): Args | undefined;
  /** A handler that runs only for well-formed data of this codec; anything else goes on to `next`. */
  handle(
    handler: (ctx: Filter<BotContext, "callback_query:data">, ...args: Args) => unknown,
  ): [RegExp, Middleware<Filter<BotContext, "callback_query:data">>];
}

type TupleOf<Schema extends z.ZodTuple> =
  z.output<Schema> extends infer Args extends unknown[] ? Args : never;

export function callbackCodec<Schema extends z.ZodTuple>(
  prefix: string,
  schema: Schema,
): CallbackCodec<TupleOf<Schema>> {
  type Args = TupleOf<Schema>;
  if (!/^[a-z][a-z0-9-]*$/.test(prefix)) throw new Error(`bad callback prefix ${prefix}`);
  const parse = (data: string): Args | undefined => {
    if (!data.startsWith(`${prefix}:`) && data !== prefix) return undefined;
    const parts = data === prefix ? [] : data.slice(prefix.length + 1).split(":");
    const result = schema.safeParse(parts);
    return result.success ? (result.data as Args) : undefined;
  };
  return {
    prefix,
    encode(...args) {
      // Appended in place: two arrays per button (a menu has six) were a byte in a hundred of an update's.
      let data = prefix;
      for (const arg of args) data += `:${String(arg)}`;
      if (Buffer.byteLength(data) > MAX_CALLBACK_BYTES) throw new Error(`callback data too long: ${data}`);
      return data;
    },
    parse,
    handle(handler) {
      const middleware: MiddlewareFn<Filter<BotContext, "callback_query:data">> = async (ctx, next) => {
        const args = parse(ctx.callbackQuery.data);
        if (args === undefined) return next();
        await handler(ctx, ...args);
      };
      return [new RegExp(`^${prefix}(:|$)`), middleware];
    },
  };
}

/** A non-negative integer argument (page numbers, case ids). */
export const intArg = z.coerce.number().int().nonnegative().max(1_000_000);
