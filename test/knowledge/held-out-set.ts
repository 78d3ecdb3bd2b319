// What every FAQ held-out set's test checks (held-out-2.test.ts, held-out-3.test.ts): its shape (at least 100
// phrasings per language, every entry in every language, every kind of phrasing, nothing copied from the content
// or the earlier sets), the router's figures printed through the same scoring as `npm run eval`
// (scripts/eval/faq.ts), never the missed phrasings, so that running the test does not turn the set into a tuning
// set, and a floor.
import { describe, expect, it } from "vitest";
import { evaluateFaq, phrasingsOf, scoreRouting } from "../../scripts/eval/faq.ts";
import { routerFor } from "../../src/knowledge/browse.ts";
import { faqLocales } from "../../src/knowledge/schema.ts";
import { testContent } from "../support/content.ts";
import { fedPhrasings, normalise, PHRASING_KINDS, ROUTES, readPhrasings } from "./phrasings.ts";

export interface FaqHeldOutCheck {
  /** "third": the set's name in the test titles. */
  name: string;
  number: number;
  /** The set's file in test/knowledge. */
  file: string;
  /** The sets in test/knowledge tuned or measured on before this one. */
  earlierFiles: string[];
  floor: { measured: string; top1: number; top3: number; confidentWrong: number };
}

const knowledgeBase = testContent().knowledge.base;

/** Entries added after a set was written, by the first set that could ask about them: older sets do not. */
const ENTRY_FIRST_SET: Record<string, number> = { "how-to-reach-us": 11, "forced-to-attend": 13 };

export function describeFaqHeldOutSet({ name, number, file, earlierFiles, floor }: FaqHeldOutCheck): void {
  const heldOut = readPhrasings(file);
  describe(`the ${name} FAQ held-out set`, () => {
    it("holds at least 100 phrasings per language, every entry in every language, and every kind", () => {
      expect(heldOut.cases.length).toBeGreaterThanOrEqual(300);
      expect(heldOut.offTopic).toEqual([]);
      for (const locale of faqLocales) {
        const inLocale = heldOut.cases.filter((item) => item.lang === locale);
        expect(inLocale.length, locale).toBeGreaterThanOrEqual(100);
        for (const { id } of knowledgeBase.entries.filter(({ id }) => (ENTRY_FIRST_SET[id] ?? 0) <= number))
          expect(
            inLocale.filter((item) => item.expect === id).length,
            `${locale} ${id}`,
          ).toBeGreaterThanOrEqual(2);
        for (const route of ROUTES)
          expect(
            inLocale.filter((item) => item.expect === route).length,
            `${locale} ${route}`,
          ).toBeGreaterThanOrEqual(4);
      }
      for (const item of heldOut.cases) {
        expect(faqLocales as readonly string[], item.text).toContain(item.lang);
        expect(PHRASING_KINDS, item.text).toContain(item.kind);
        expect(knowledgeBase.entriesById.has(item.expect) || ROUTES.includes(item.expect), item.expect).toBe(
          true,
        );
      }
      expect(new Set(heldOut.cases.map((item) => item.kind))).toEqual(new Set(PHRASING_KINDS));
    });

    it("is new: no phrasing twice, no entry's question or keyword, nothing from the earlier sets", () => {
      const texts = heldOut.cases.map((item) => normalise(item.text));
      expect(new Set(texts).size).toBe(texts.length);
      expect(fedPhrasings(knowledgeBase, heldOut)).toEqual([]);
      const earlier = new Set(
        earlierFiles
          .map(readPhrasings)
          .flatMap((set) => [...set.cases.map((item) => item.text), ...set.offTopic])
          .map(normalise),
      );
      expect(
        heldOut.cases.filter((item) => earlier.has(normalise(item.text))).map((item) => item.text),
      ).toEqual([]);
    });

    it(`prints the router's figures on it, without the phrasings, and keeps the figures measured ${floor.measured} as a floor`, () => {
      const router = routerFor(knowledgeBase);
      const percent = (fraction: number) => `${(100 * fraction).toFixed(1)}%`;
      const overall = evaluateFaq(file);
      const byLanguage = faqLocales.map((locale) => {
        const score = scoreRouting(
          router,
          phrasingsOf(heldOut).filter((item) => item.lang === locale),
        );
        return `  ${locale}: ${score.n} phrasings, top-1 ${percent(score.top1)}, top-3 ${percent(score.top3)}, confident and wrong ${score.confidentWrong}`;
      });
      const byExpectation = ["entries", ...ROUTES].map((group) => {
        const score = scoreRouting(
          router,
          phrasingsOf(heldOut).filter((item) =>
            group === "entries" ? !ROUTES.includes(item.expect) : item.expect === group,
          ),
        );
        return `  ${group}: ${score.n} phrasings, top-1 ${Math.round(score.top1 * score.n)}, top-3 ${Math.round(score.top3 * score.n)}, confident and wrong ${score.confidentWrong}`;
      });
      console.log(
        [
          `FAQ held-out ${number} (${overall.n} phrasings): top-1 ${percent(overall.top1)}, top-3 ${percent(overall.top3)}, confident and wrong ${overall.confidentWrong}`,
          ...byLanguage,
          ...byExpectation,
        ].join("\n"),
      );
      expect(overall.n).toBe(heldOut.cases.length);
      expect(Math.round(overall.top1 * overall.n)).toBeGreaterThanOrEqual(floor.top1);
      expect(Math.round(overall.top3 * overall.n)).toBeGreaterThanOrEqual(floor.top3);
      expect(overall.confidentWrong).toBeLessThanOrEqual(floor.confidentWrong);
    });
  });
}
