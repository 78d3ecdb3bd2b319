// Judges the matcher and the free-text router on test/knowledge/eval-set.yaml against the real knowledge
// base. The matcher's weights and the router's thresholds were tuned on this set; held-out.test.ts
// judges them on phrasings they were not tuned on.
import { describe, expect, it } from "vitest";
import { phrasingsOf, scoreRouting } from "../../scripts/eval/faq.ts";
import { routerFor } from "../../src/knowledge/browse.ts";
import { classifyMatch } from "../../src/knowledge/match-decision.ts";
import { createMatcher } from "../../src/knowledge/matcher.ts";
import { faqLocales } from "../../src/knowledge/schema.ts";
import { testContent } from "../support/content.ts";
import { fedPhrasings, measure, readPhrasings, report } from "./phrasings.ts";

const evalSet = readPhrasings("eval-set.yaml");
const knowledgeBase = testContent().knowledge.base;
const matcher = createMatcher(knowledgeBase);
const router = routerFor(knowledgeBase, matcher);
/** Outcomes that are not entries: the center directory, and no confident answer at all. */
const ROUTES = new Set(["directory", "none"]);
/** Phrasings the matcher alone is judged on: those that expect an entry. */
const entryCases = { ...evalSet, cases: evalSet.cases.filter((item) => !ROUTES.has(item.expect)) };

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
  "invited-to-meeting",
  "will-they-find-me",
  "parents-will-find-out",
  "mixed-marriage",
  "after-i-write",
  "counselor-languages",
  "directory",
  "none",
];

describe("the evaluation set", () => {
  it("is large and varied, and names only entries that exist", () => {
    expect(evalSet.cases.length).toBeGreaterThanOrEqual(150);
    for (const item of evalSet.cases)
      expect(knowledgeBase.entriesById.has(item.expect) || ROUTES.has(item.expect), item.expect).toBe(true);
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
    const accuracy = measure(matcher, entryCases);
    console.log(report("knowledge matcher, eval set", accuracy));
    expect(accuracy.top1 / accuracy.total).toBeGreaterThanOrEqual(0.85);
    expect(accuracy.top3 / accuracy.total).toBeGreaterThanOrEqual(0.95);
  });

  it("is never confident about a message no entry answers", () => {
    for (const text of evalSet.offTopic)
      expect(classifyMatch(matcher.match(text)).kind, text).not.toBe("confident");
  });

  it("answers most messages straight away, and those mostly right", () => {
    const confident = entryCases.cases
      .map((item) => ({ item, classified: classifyMatch(matcher.match(item.text)) }))
      .filter(({ classified }) => classified.kind === "confident");
    const right = confident.filter(
      ({ item, classified }) => classified.kind === "confident" && classified.best.id === item.expect,
    );
    console.log(
      `classification: ${confident.length} of ${evalSet.cases.length} confident, ${right.length} of them right`,
    );
    expect(confident.length / entryCases.cases.length).toBeGreaterThanOrEqual(0.6);
    expect(right.length / confident.length).toBeGreaterThanOrEqual(0.85);
  });
});

describe("routing free text", () => {
  it("routes the evaluation set right first in at least 90% of cases, and never answers alone wrongly", () => {
    const score = scoreRouting(router, phrasingsOf(evalSet));
    console.log(
      `router, eval set: ${score.n}, top-1 ${(score.top1 * 100).toFixed(1)}%, top-3 ${(score.top3 * 100).toFixed(1)}%, ` +
        `confident wrong ${score.confidentWrong}\n  ${score.misses.join("\n  ")}`,
    );
    expect(score.top1).toBeGreaterThanOrEqual(0.9);
    expect(score.top3).toBeGreaterThanOrEqual(0.97);
    // The thresholds for an answer shown alone were chosen so (src/knowledge/README.md).
    expect(score.confidentWrong).toBe(0);
  });
});
