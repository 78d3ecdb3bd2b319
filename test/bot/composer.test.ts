// The flat Composer (src/bot/composer.ts) keeps grammY's middleware semantics: order, `next`,
// a Composer that grows after it was installed, filters, errors and the error boundary.
import { Context, type NextFunction } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import { describe, expect, it } from "vitest";
import { Composer } from "../../src/bot/composer.ts";

const me = { id: 1, is_bot: true, first_name: "bot", username: "bot" } as UserFromGetMe;
const update = (text: string): Update =>
  ({
    update_id: 1,
    message: { message_id: 1, date: 0, chat: { id: 2, type: "private", first_name: "a" }, text },
  }) as Update;
const contextOf = (text: string) => new Context(update(text), {} as never, me);

async function runOn(composer: Composer<Context>, text = "hi"): Promise<string[]> {
  const seen: string[] = [];
  await composer.middleware()(Object.assign(contextOf(text), { seen }), async () => {
    seen.push("outer next");
  });
  return seen;
}

type Seen = Context & { seen: string[] };
const mark =
  (label: string, callNext = true) =>
  async (ctx: Context, next: NextFunction) => {
    (ctx as Seen).seen.push(label);
    if (callNext) await next();
    (ctx as Seen).seen.push(`${label} after`);
  };

describe("the flat Composer", () => {
  it("runs in order, each around the rest, then the caller's next", async () => {
    const composer = new Composer<Context>(mark("a"));
    composer.use(mark("b"), mark("c"));
    expect(await runOn(composer)).toEqual(["a", "b", "c", "outer next", "c after", "b after", "a after"]);
  });

  it("stops where a middleware does not call next", async () => {
    const composer = new Composer<Context>(mark("a"), mark("b", false), mark("c"));
    expect(await runOn(composer)).toEqual(["a", "b", "b after", "a after"]);
  });

  it("runs what is installed on a returned Composer after it was installed", async () => {
    const composer = new Composer<Context>();
    const inner = composer.use(mark("a"));
    composer.use(mark("c"));
    inner.use(mark("b"));
    expect(await runOn(composer)).toEqual(["a", "b", "c", "outer next", "c after", "b after", "a after"]);
  });

  it("branches by filter, synchronous or not", async () => {
    const composer = new Composer<Context>();
    composer.hears("hi", mark("hears hi", false));
    composer.filter(async () => true, mark("async filter"));
    composer.drop(() => true, mark("dropped"));
    expect(await runOn(composer, "hello")).toEqual(["async filter", "outer next", "async filter after"]);
    expect(await runOn(composer, "hi")).toEqual(["hears hi", "hears hi after"]);
  });

  it("rejects when a middleware throws, synchronously or not, or calls next twice", async () => {
    const sync = new Composer<Context>(() => {
      throw new Error("sync");
    });
    await expect(runOn(sync)).rejects.toThrow("sync");
    const predicate = new Composer<Context>();
    predicate.filter(() => {
      throw new Error("predicate");
    });
    await expect(runOn(predicate)).rejects.toThrow("predicate");
    const twice = new Composer<Context>(async (_ctx, next) => {
      await next();
      await next();
    });
    await expect(runOn(twice)).rejects.toThrow("`next` already called before!");
  });

  it("hands an error inside the boundary to its handler, which may go on", async () => {
    const composer = new Composer<Context>();
    const errors: string[] = [];
    const guarded = composer.errorBoundary(async (error, next) => {
      errors.push((error.error as Error).message);
      await next();
    });
    guarded.use(() => {
      throw new Error("inside");
    });
    composer.use(mark("after the boundary"));
    expect(await runOn(composer)).toEqual(["after the boundary", "outer next", "after the boundary after"]);
    expect(errors).toEqual(["inside"]);
  });
});
