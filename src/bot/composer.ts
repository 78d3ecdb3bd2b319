// grammY's Composer with a cheaper `branch`. Its filters (`on`, `command`, `callbackQuery`,
// `chatType`, `filter`…) all go through `branch`, which grammY builds on `lazy`: for every update
// and every filter it passes, a new Composer, its arrays and closures, and three awaited promises.
// An update of the bench's `mixed` journey passes about 37 of them; they were the largest source of
// garbage in its profile (README, "Benchmarks", seventh pass). Here both sides are flattened once,
// when the filter is installed, and a synchronous predicate is not awaited: same order, same
// `next`, same errors (a throwing predicate rejects). The features build their handlers on it.
import { type Context, Composer as GrammyComposer, type Middleware, type MiddlewareFn } from "grammy";

type MaybePromise<T> = T | Promise<T>;

/** grammY's own flattening: a Composer is asked for its middleware at each call (it may still grow). */
function asFunction<C extends Context>(middleware: Middleware<C> | Middleware<C>[]): MiddlewareFn<C> {
  if (Array.isArray(middleware)) return new GrammyComposer(...middleware).middleware();
  if (typeof middleware === "function") return middleware;
  return (ctx, next) => middleware.middleware()(ctx, next);
}

const pass: MiddlewareFn<Context> = (_ctx, next) => next();

export class Composer<C extends Context> extends GrammyComposer<C> {
  override branch(
    predicate: (ctx: C) => MaybePromise<boolean>,
    trueMiddleware: Middleware<C> | Middleware<C>[],
    falseMiddleware: Middleware<C> | Middleware<C>[],
  ): GrammyComposer<C> {
    const onTrue = asFunction(trueMiddleware);
    const onFalse = asFunction(falseMiddleware);
    return this.use((ctx, next) => {
      try {
        const verdict = predicate(ctx);
        if (typeof verdict === "boolean") return (verdict ? onTrue : onFalse)(ctx, next);
        return Promise.resolve(verdict).then((yes) => (yes ? onTrue : onFalse)(ctx, next));
      } catch (error) {
        return Promise.reject(error);
      }
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
