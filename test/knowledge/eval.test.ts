// Judges the matcher on test/knowledge/eval-set.yaml against the real knowledge base. The matcher's
// weights were tuned on this set; held-out.test.ts judges it on phrasings it was not tuned on.
import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../src/knowledge/knowledge-base.ts";
import { classifyMatch, createMatcher } from "../../src/knowledge/matcher.ts";
import { faqLocales } from "../../src/knowledge/schema.ts";
import { fedPhrasings, measure, readPhrasings, report } from "./phrasings.ts";

const evalSet = readPhrasings("eval-set.yaml");
const knowledgeBase = loadKnowledgeBase();
const matcher = createMatcher(knowledgeBase);

const REQUIRED_IDS = [
  "warning-signs",
  "talk-to-relative",
  "what-not-to-do",
  "devout-or-radical",
  "online-recruitment",
  "legal-consequences",
  "banned-organizations",
  "extremist-materials",
  "is-this-anonymous",
  "when-confidentiality-ends",
  "hotline-114",
  "what-centers-do",
  "study-abroad",
  "returnees",
  "convict-family",
  "leave-a-group",
  "who-are-counselors",
  "emotional-support",
  "hijra-conflict-zone",
  "takfir",
  "meaning-of-jihad",
  "obey-the-law",
  "promises-to-women",
  "traditional-scholars",
];

describe("the evaluation set", () => {
  it("is large and varied, and names only entries that exist", () => {
    expect(evalSet.cases.length).toBeGreaterThanOrEqual(150);
    for (const item of evalSet.cases)
      expect(knowledgeBase.entriesById.has(item.expect), item.expect).toBe(true);
    const expected = new Set(evalSet.cases.map((item) => item.expect));
    for (const id of REQUIRED_IDS) expect(expected.has(id), id).toBe(true);
    const kinds = new Set(evalSet.cases.map((item) => item.kind));
    for (const kind of ["plain", "typo", "latin-kk", "translit", "one-word", "long", "mixed"]) {
      expect(kinds.has(kind), kind).toBe(true);
    }
    const languages = new Set(evalSet.cases.map((item) => item.lang));
    for (const language of [...faqLocales, "mixed"]) expect(languages.has(language), language).toBe(true);
  });

  it("copies no entry's question or keyword: the matcher is judged on phrasings it was not fed", () => {
    expect(fedPhrasings(knowledgeBase, evalSet)).toEqual([]);
  });
});

describe("matching accuracy", () => {
  it("finds the expected entry first in at least 85% of cases, and in the top 3 in at least 95%", () => {
    const accuracy = measure(matcher, evalSet);
    console.log(report("knowledge matcher, eval set", accuracy));
    expect(accuracy.top1 / accuracy.total).toBeGreaterThanOrEqual(0.85);
    expect(accuracy.top3 / accuracy.total).toBeGreaterThanOrEqual(0.95);
  });

  it("is never confident about a message no entry answers", () => {
    for (const text of evalSet.offTopic)
      expect(classifyMatch(matcher.match(text)).kind, text).not.toBe("confident");
  });

  it("answers most messages straight away, and those mostly right", () => {
    const confident = evalSet.cases
      .map((item) => ({ item, classified: classifyMatch(matcher.match(item.text)) }))
      .filter(({ classified }) => classified.kind === "confident");
    const right = confident.filter(
      ({ item, classified }) => classified.kind === "confident" && classified.best.id === item.expect,
    );
    console.log(
      `classification: ${confident.length} of ${evalSet.cases.length} confident, ${right.length} of them right`,
    );
    expect(confident.length / evalSet.cases.length).toBeGreaterThanOrEqual(0.6);
    expect(right.length / confident.length).toBeGreaterThanOrEqual(0.85);
  });
});
