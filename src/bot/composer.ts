// grammY's Composer, flat. grammY chains middleware with `concat`: every `use` (and every filter:
// `on`, `command`, `callbackQuery`, `chatType`…) wraps the chain so far in two more async
// functions, so an update that reaches the last feature ran two async frames, their promises and
// awaits per handler installed before it, about 7% of all the bytes a `mixed` run allocated
// (README, "Benchmarks", seventh and eighth passes). Here a Composer keeps its middleware in a list
// and one dispatch walks it; `branch` flattens both sides once, when the filter is installed, and
// does not await a synchronous predicate. Same order, same `next` (a promise; calling it twice
// rejects), same errors (a throwing middleware or predicate rejects). The bot and the features
// build their handlers on it.
import {
  BotError,
  type Context,
  Composer as GrammyComposer,
  type Middleware,
  type MiddlewareFn,
  type NextFunction,
} from "grammy";

type MaybePromise<T> = T | Promise<T>;

const done: Promise<void> = Promise.resolve();

/** grammY's own flattening: a Composer is asked for its middleware at each call (it may still grow). */
function asFunction<C extends Context>(middleware: Middleware<C> | Middleware<C>[]): MiddlewareFn<C> {
  if (Array.isArray(middleware)) return new Composer(...middleware).middleware();
  if (typeof middleware === "function") return middleware;
  if (middleware instanceof Composer) return middleware.middleware();
  return (ctx, next) => middleware.middleware()(ctx, next);
}

/** Runs chain[index] with a `next` that runs the rest, then the caller's `next`. */
function dispatch<C extends Context>(
  chain: readonly MiddlewareFn<C>[],
  index: number,
  ctx: C,
  next: () => Promise<void>,
): Promise<void> {
  if (index === chain.length) return next();
  let called = false;
  try {
    const result = chain[index]!(ctx, () => {
      if (called) return Promise.reject(new Error("`next` already called before!"));
      called = true;
      return dispatch(chain, index + 1, ctx, next);
    });
    // A synchronous middleware's caller still gets a promise, as from grammY's async chain.
    if (result instanceof Promise) return result;
    return result === undefined ? done : Promise.resolve(result).then(() => undefined);
  } catch (error) {
    return Promise.reject(error);
  }
}

const pass: MiddlewareFn<Context> = (_ctx, next) => next();

export class Composer<C extends Context> extends GrammyComposer<C> {
  /** What was installed, in order; a Composer returned by `use` is one entry and may still grow. */
  private readonly chain: MiddlewareFn<C>[];
  /** The same function every time: a parent holds it and walks this chain as it is at each call. */
  private readonly run: MiddlewareFn<C>;

  constructor(...middleware: Array<Middleware<C>>) {
    super();
    const chain = middleware.map((entry) => asFunction(entry));
    this.chain = chain;
    this.run = (ctx, next) => dispatch(chain, 0, ctx, next);
  }

  override middleware(): MiddlewareFn<C> {
    return this.run;
  }

  override use(...middleware: Array<Middleware<C>>): Composer<C> {
    const composer = new Composer<C>(...middleware);
    this.chain.push(composer.run);
    return composer;
  }

  // grammY's, with the boundary's inside on this Composer (grammY's would be one of its own).
  override errorBoundary(
    errorHandler: (error: BotError<C>, next: NextFunction) => unknown,
    ...middleware: Array<Middleware<C>>
  ): Composer<C> {
    const composer = new Composer<C>(...middleware);
    this.use(async (ctx, next) => {
      let nextCalled = false;
      const cont = () => {
        nextCalled = true;
        return done;
      };
      try {
        await composer.run(ctx, cont);
      } catch (error) {
        nextCalled = false;
        await errorHandler(new BotError(error, ctx), cont);
      }
      if (nextCalled) await next();
    });
    return composer;
  }

  override branch(
    predicate: (ctx: C) => MaybePromise<boolean>,
    trueMiddleware: Middleware<C> | Middleware<C>[],
    falseMiddleware: Middleware<C> | Middleware<C>[],
  ): Composer<C> {
    const onTrue = asFunction(trueMiddleware);
    const onFalse = asFunction(falseMiddleware);
    return this.use((ctx, next) => {
      const verdict = predicate(ctx);
      if (typeof verdict === "boolean") return (verdict ? onTrue : onFalse)(ctx, next);
      return Promise.resolve(verdict).then((yes) => (yes ? onTrue : onFalse)(ctx, next));
    });
  }

  // What filter() returns is a Composer of this kind too, so that the filters installed on it
  // (`composer.chatType("private").callbackQuery(…)`) branch the same cheap way.
  override filter<D extends C>(
    predicate: (ctx: C) => ctx is D,
    ...middleware: Array<Middleware<D>>
  ): Composer<D>;
  override filter(
    predicate: (ctx: C) => MaybePromise<boolean>,
    ...middleware: Array<Middleware<C>>
  ): Composer<C>;
  override filter(
    predicate: (ctx: C) => MaybePromise<boolean>,
    ...middleware: Array<Middleware<C>>
  ): Composer<C> {
    const composer = new Composer<C>(...middleware);
    this.branch(predicate, composer, pass);
    return composer;
  }

  override drop(
    predicate: (ctx: C) => MaybePromise<boolean>,
    ...middleware: Array<Middleware<C>>
  ): Composer<C> {
    const composer = new Composer<C>(...middleware);
    this.branch(predicate, pass, composer);
    return composer;
  }
}
