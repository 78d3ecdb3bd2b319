// Judges the matcher on test/knowledge/held-out.yaml: phrasings written for outsiders' ways of asking,
// on which nothing was tuned. It prints the figures and asserts only low floors: the point is to
// measure how the matcher generalises, not to be fitted to these phrasings (README.md has the figures).
import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../src/knowledge/knowledge-base.ts";
import { classifyMatch, createMatcher } from "../../src/knowledge/matcher.ts";
import { faqLocales } from "../../src/knowledge/schema.ts";
import { fedPhrasings, measure, normalise, readPhrasings, report } from "./phrasings.ts";

const heldOut = readPhrasings("held-out.yaml");
const evalSet = readPhrasings("eval-set.yaml");
const knowledgeBase = loadKnowledgeBase();
const matcher = createMatcher(knowledgeBase);

describe("the held-out set", () => {
  it("is large, about as big in each language, and names only entries that exist", () => {
    expect(heldOut.cases.length).toBeGreaterThanOrEqual(120);
    for (const item of heldOut.cases)
      expect(knowledgeBase.entriesById.has(item.expect), item.expect).toBe(true);
    const perLanguage = faqLocales.map(
      (locale) => heldOut.cases.filter((item) => item.lang === locale).length,
    );
    expect(Math.min(...perLanguage)).toBeGreaterThanOrEqual(40);
    expect(Math.min(...perLanguage) / Math.max(...perLanguage)).toBeGreaterThanOrEqual(0.9);
    // every entry is asked about, in more than one way
    for (const { id } of knowledgeBase.entries)
      expect(heldOut.cases.filter((item) => item.expect === id).length, id).toBeGreaterThanOrEqual(3);
    const kinds = new Set(heldOut.cases.map((item) => item.kind));
    for (const kind of ["plain", "typo", "latin-kk", "translit", "slang", "short", "long", "mixed"])
      expect(kinds.has(kind), kind).toBe(true);
  });

  it("is new: no entry's question or keyword, and no phrasing of the evaluation set", () => {
    expect(fedPhrasings(knowledgeBase, heldOut)).toEqual([]);
    const evaluated = new Set(evalSet.cases.map((item) => normalise(item.text)));
    expect(
      heldOut.cases.filter((item) => evaluated.has(normalise(item.text))).map((item) => item.text),
    ).toEqual([]);
  });
});

describe("matching phrasings nobody tuned on", () => {
  it("finds the expected entry among the first three in at least 80% of cases", () => {
    const accuracy = measure(matcher, heldOut);
    console.log(report("knowledge matcher, held-out set", accuracy));
    expect(accuracy.top3 / accuracy.total).toBeGreaterThanOrEqual(0.8);
  });

  it("answers straight away mostly right, and rarely when no entry answers", () => {
    const classified = heldOut.cases.map((item) => ({
      item,
      found: classifyMatch(matcher.match(item.text)),
    }));
    const confident = classified.filter(({ found }) => found.kind === "confident");
    const right = confident.filter(
      ({ item, found }) => found.kind === "confident" && found.best.id === item.expect,
    );
    const offTopicConfident = heldOut.offTopic.filter(
      (text) => classifyMatch(matcher.match(text)).kind === "confident",
    );
    console.log(
      `held-out classification: ${confident.length} of ${heldOut.cases.length} confident, ${right.length} of them right; ` +
        `off-topic confident: ${offTopicConfident.length} of ${heldOut.offTopic.length}`,
    );
    expect(right.length / Math.max(1, confident.length)).toBeGreaterThanOrEqual(0.8);
    expect(offTopicConfident.length).toBeLessThanOrEqual(heldOut.offTopic.length / 4);
  });
});
