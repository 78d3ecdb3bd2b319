// grammY's Composer, flat. grammY chains middleware with `concat`: every `use` (and every filter:
// `on`, `command`, `callbackQuery`, `chatType`…) wraps the chain so far in two more async
// functions, and grammY's filters build a new Composer on every update (`lazy`). An update that
// reached the last feature ran two async frames, their promises and awaits for every handler
// installed before it: the largest share of what a `mixed` run allocated (docs/BENCHMARKS.md,
// seventh and eighth passes). Here a Composer keeps what was installed in a list and one loop walks
// it: a filter's predicate is called in place and, when it does not match, the walk goes on without
// a call, a `next` or a promise; only a middleware that runs gets a `next`. Same order, same `next`
// (a promise; calling it twice rejects), same errors (a throwing middleware or predicate rejects),
// and a Composer returned by `use` or `filter` may still grow. The bot and the features build on it.
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

const pass: MiddlewareFn<Context> = (_ctx, next) => next();

/** A filter as installed: its predicate, and what runs on either side (`pass`: the walk goes on). */
class Branch<C extends Context> {
  constructor(
    readonly predicate: (ctx: C) => MaybePromise<boolean>,
    readonly onTrue: Entry<C>,
    readonly onFalse: Entry<C>,
  ) {}
}

type Entry<C extends Context> = MiddlewareFn<C> | Composer<C> | Branch<C>;

/** A Composer stays one (it may still grow and is walked as it is at each update); grammY's own is asked each time. */
function asEntry<C extends Context>(middleware: Middleware<C> | Middleware<C>[]): Entry<C> {
  if (Array.isArray(middleware)) return new Composer(...middleware);
  if (typeof middleware === "function" || middleware instanceof Composer) return middleware;
  return (ctx, next) => middleware.middleware()(ctx, next);
}

/** Runs chain[index] onwards, then `next`: filters that do not match cost their predicate only. */
function walk<C extends Context>(
  chain: readonly Entry<C>[],
  index: number,
  ctx: C,
  next: () => Promise<void>,
): Promise<void> {
  try {
    entries: for (; index < chain.length; index++) {
      let entry = chain[index]!;
      // What runs here: a filter's side, a Composer's only entry, until a middleware (or nothing).
      for (;;) {
        if (entry instanceof Branch) {
          const verdict = entry.predicate(ctx);
          if (typeof verdict !== "boolean") return afterVerdict(verdict, entry, chain, index, ctx, next);
          entry = verdict ? entry.onTrue : entry.onFalse;
        } else if (entry instanceof Composer) {
          if (entry.chain.length === 0) continue entries;
          if (entry.chain.length > 1) return call(entry.middleware(), chain, index, ctx, next);
          entry = entry.chain[0]!;
        } else {
          if (entry === pass) continue entries;
          return call(entry, chain, index, ctx, next);
        }
      }
    }
    return next();
  } catch (error) {
    return Promise.reject(error);
  }
}

/** Calls one middleware with a `next` that walks the rest of the chain. */
function call<C extends Context>(
  middleware: MiddlewareFn<C>,
  chain: readonly Entry<C>[],
  index: number,
  ctx: C,
  next: () => Promise<void>,
): Promise<void> {
  let called = false;
  const result = middleware(ctx, () => {
    if (called) return Promise.reject(new Error("`next` already called before!"));
    called = true;
    return walk(chain, index + 1, ctx, next);
  });
  // A synchronous middleware's caller still gets a promise, as from grammY's async chain.
  if (result instanceof Promise) return result;
  return result === undefined ? done : Promise.resolve(result).then(() => undefined);
}

/** A predicate that returned a promise: its side runs once it is known. */
function afterVerdict<C extends Context>(
  verdict: Promise<boolean>,
  branch: Branch<C>,
  chain: readonly Entry<C>[],
  index: number,
  ctx: C,
  next: () => Promise<void>,
): Promise<void> {
  return Promise.resolve(verdict).then((yes) => {
    const side = yes ? branch.onTrue : branch.onFalse;
    // The side as a chain of its own, then the rest of this one.
    return walk([side], 0, ctx, () => walk(chain, index + 1, ctx, next));
  });
}

export class Composer<C extends Context> extends GrammyComposer<C> {
  /** What was installed, in order (read by `walk` only). */
  readonly chain: Entry<C>[];
  /** The same function every time: a parent holds it and walks this chain as it is at each call. */
  private readonly run: MiddlewareFn<C>;

  constructor(...middleware: Array<Middleware<C>>) {
    super();
    const chain = middleware.map((entry) => asEntry(entry));
    this.chain = chain;
    this.run = (ctx, next) => walk(chain, 0, ctx, next);
  }

  override middleware(): MiddlewareFn<C> {
    return this.run;
  }

  override use(...middleware: Array<Middleware<C>>): Composer<C> {
    const composer = new Composer<C>(...middleware);
    this.chain.push(composer);
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

  // grammY's `branch` returns a Composer holding the branch, which may grow: the same here, the
  // branch first in it.
  override branch(
    predicate: (ctx: C) => MaybePromise<boolean>,
    trueMiddleware: Middleware<C> | Middleware<C>[],
    falseMiddleware: Middleware<C> | Middleware<C>[],
  ): Composer<C> {
    const composer = new Composer<C>();
    composer.chain.push(new Branch(predicate, asEntry(trueMiddleware), asEntry(falseMiddleware)));
    this.chain.push(composer);
    return composer;
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
    this.chain.push(new Branch(predicate, composer, pass as MiddlewareFn<C>));
    return composer;
  }

  override drop(
    predicate: (ctx: C) => MaybePromise<boolean>,
    ...middleware: Array<Middleware<C>>
  ): Composer<C> {
    const composer = new Composer<C>(...middleware);
    this.chain.push(new Branch(predicate, pass as MiddlewareFn<C>, composer));
    return composer;
  }
}
