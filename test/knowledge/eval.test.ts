// Judges the matcher on test/knowledge/eval-set.yaml against the real knowledge base.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadKnowledgeBase } from "../../src/knowledge/knowledge-base.ts";
import { classifyMatch, createMatcher } from "../../src/knowledge/matcher.ts";
import { faqLocales } from "../../src/knowledge/schema.ts";

interface EvalCase {
  lang: string;
  kind: string;
  expect: string;
  text: string;
}

const evalSet = parse(readFileSync(path.join(import.meta.dirname, "eval-set.yaml"), "utf8")) as {
  cases: EvalCase[];
  offTopic: string[];
};
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

/** Case, spaces and end punctuation aside, two phrasings are the same. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[\s?!.,…]+$/u, "")
    .trim();
}

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
    const fed = new Set(
      knowledgeBase.entries.flatMap((entry) =>
        faqLocales.flatMap((locale) => [entry[locale].question, ...entry[locale].keywords].map(normalise)),
      ),
    );
    expect(evalSet.cases.filter((item) => fed.has(normalise(item.text))).map((item) => item.text)).toEqual(
      [],
    );
  });
});

describe("matching accuracy", () => {
  it("finds the expected entry first in at least 85% of cases, and in the top 3 in at least 95%", () => {
    const byKind = new Map<string, { total: number; top1: number; top3: number }>();
    let top1 = 0;
    let top3 = 0;
    const misses: string[] = [];
    for (const item of evalSet.cases) {
      const rank = matcher.match(item.text, { limit: 3 }).findIndex((result) => result.id === item.expect);
      const tally = byKind.get(item.kind) ?? { total: 0, top1: 0, top3: 0 };
      byKind.set(item.kind, tally);
      tally.total++;
      if (rank === 0) {
        top1++;
        tally.top1++;
      } else {
        misses.push(`${rank < 0 ? "-" : rank + 1} ${item.expect} <- ${item.text}`);
      }
      if (rank >= 0) {
        top3++;
        tally.top3++;
      }
    }
    const percent = (count: number, total: number) => `${((count / total) * 100).toFixed(1)}%`;
    const total = evalSet.cases.length;
    console.log(
      `knowledge matcher: ${total} phrasings, top-1 ${percent(top1, total)}, top-3 ${percent(top3, total)}`,
    );
    for (const [kind, tally] of byKind) {
      console.log(
        `  ${kind}: ${tally.total}, top-1 ${percent(tally.top1, tally.total)}, top-3 ${percent(tally.top3, tally.total)}`,
      );
    }
    console.log(`  not first (rank, expected <- text):\n    ${misses.join("\n    ")}`);
    expect(top1 / total).toBeGreaterThanOrEqual(0.85);
    expect(top3 / total).toBeGreaterThanOrEqual(0.95);
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
