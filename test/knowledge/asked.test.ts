// The other ways to ask each entry (scenarios/faq/asked-<language>.yaml): read for the matcher, checked like the
// rest of the content, never part of an entry (so never shown).
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../src/knowledge/knowledge-base.ts";
import { createMatcher } from "../../src/knowledge/matcher.ts";
import { problemsOf, testContent } from "../support/content.ts";
import { temporaryKnowledgeBase } from "./temp-content.ts";

const CATEGORIES = `categories:
  - id: law
    kk: "Заң"
    ru: "Закон"
    en: "The law"
`;

function entry(id: string, related: string, question: string) {
  const translation = `{ question: "${question}", answer: "A plain answer.", keywords: ["${id}"] }`;
  return [
    `  - id: ${id}`,
    "    category: law",
    `    related: [${related}]`,
    "    source: [test-fixture]",
    ...["kk", "ru", "en"].map((language) => `    ${language}: ${translation}`),
  ].join("\n");
}

const LAW = `entries:
${entry("find-a-lawyer", "fear-of-police", "How do I find a lawyer?")}
${entry("fear-of-police", "find-a-lawyer", "Should I be afraid of the police?")}
`;

const writeKnowledgeBase = temporaryKnowledgeBase();

describe("asked-<language>.yaml", () => {
  it("is read per language for the matcher, and is no part of an entry", () => {
    const base = loadKnowledgeBase(
      writeKnowledgeBase({
        "categories.yaml": CATEGORIES,
        "law.yaml": LAW,
        "asked-en.yaml": 'find-a-lawyer:\n  - "who can defend me in court"\n  - "I need an advocate"\n',
      }),
    );
    expect(base.asked.en.get("find-a-lawyer")).toEqual(["who can defend me in court", "I need an advocate"]);
    expect(base.asked.ru.size).toBe(0);
    expect(JSON.stringify(base.entries)).not.toContain("advocate");
    expect(createMatcher(base).match("an advocate to defend me")[0]?.id).toBe("find-a-lawyer");
    expect(createMatcher({ entries: base.entries }).match("an advocate to defend me")).toEqual([]);
  });

  it("reports an unknown entry, a blank or over-long list and a file of an unknown language, with lines", () => {
    const dir = writeKnowledgeBase({
      "categories.yaml": CATEGORIES,
      "law.yaml": LAW,
      "asked-ru.yaml": 'find-a-lawyer:\n  - "нужен адвокат"\nno-such-entry:\n  - "что-то"\n',
      "asked-kk.yaml": `find-a-lawyer:\n  - "  "\nfear-of-police: [${Array(17).fill('"a"').join(", ")}]\n`,
      "asked-de.yaml": 'find-a-lawyer:\n  - "Anwalt"\n',
    });
    const file = (name: string) => path.relative(process.cwd(), path.join(dir, name));
    expect(problemsOf(() => loadKnowledgeBase(dir))).toEqual([
      `${file("asked-de.yaml")}:1: unknown language "de": name it asked-kk.yaml, asked-ru.yaml, asked-en.yaml`,
      `${file("asked-kk.yaml")}:2: find-a-lawyer.0: must not be blank`,
      expect.stringMatching(new RegExp(`^${file("asked-kk.yaml")}:3: fear-of-police: .*16`)),
      `${file("asked-ru.yaml")}:4: no-such-entry: no entry has this id`,
    ]);
  });

  it("loads with the project's content", () => {
    const { base } = testContent().knowledge;
    for (const [, byId] of Object.entries(base.asked))
      for (const id of byId.keys()) expect(base.entriesById.has(id), id).toBe(true);
  });
});
