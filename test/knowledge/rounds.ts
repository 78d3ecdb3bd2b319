// What the FAQ rounds' tests (round-13.test.ts onwards) share: the router on the test content, a development
// half's figures, the entry a message puts first, and a suite through the real bot on each database.
import { describe } from "vitest";
import { type Phrasing, scoreRouting } from "../../scripts/eval/faq.ts";
import { routerFor } from "../../src/knowledge/browse.ts";
import { rankedIds } from "../../src/knowledge/routing.ts";
import type { FaqLocale } from "../../src/knowledge/schema.ts";
import { testContent } from "../support/content.ts";
import { DATABASE_KINDS, type Harness, harnessHooks } from "../support/harness.ts";

export const { base } = testContent().knowledge;
export const router = routerFor(base);

/** A development half's [top-1, top-3, confident and wrong], as counts. */
export function counts(phrasings: Phrasing[]): number[] {
  const score = scoreRouting(router, phrasings);
  return [Math.round(score.top1 * score.n), Math.round(score.top3 * score.n), score.confidentWrong];
}

/** The entry (or `directory`, `none`…) a message puts first. */
export const first = (text: string, locale: FaqLocale) => rankedIds(router.route(text, { locale }))[0];

/** A suite through the real bot on each database, clean before each test; `bot()` is the open harness. */
export function describeThroughBot(title: string, body: (bot: () => Harness) => void): void {
  describe.each(DATABASE_KINDS)(`${title}, through the bot on %s`, (kind) => {
    let h: Harness | undefined;
    harnessHooks(kind, {}, (opened) => {
      h = opened;
    });
    body(() => {
      if (!h) throw new Error("the harness is not open yet");
      return h;
    });
  });
}
