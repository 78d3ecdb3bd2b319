import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectContent, readContent } from "../../src/content/load.ts";
import { formatProblem } from "../../src/content/yaml.ts";
import { loadKnowledgeBase } from "../../src/knowledge/knowledge-base.ts";
import { problemsOf } from "../support/content.ts";
import { temporaryKnowledgeBase } from "./temp-content.ts";

const CATEGORIES = `categories:
  - id: families
    kk: "Отбасыға"
    ru: "Для семьи"
    en: "For families"
  - id: law
    kk: "Заң"
    ru: "Закон"
    en: "The law"
`;

function translation(question: string, answer = "A plain answer.\\n\\n• a bullet") {
  return `{ question: "${question}", answer: "${answer}", keywords: ["one", "two"] }`;
}

function entry(id: string, category: string, related: string[], languages = ["kk", "ru", "en"]) {
  return [
    `  - id: ${id}`,
    `    category: ${category}`,
    `    related: [${related.join(", ")}]`,
    `    source: [test-fixture]`,
    ...languages.map((language) => `    ${language}: ${translation(`${id} in ${language}?`)}`),
  ].join("\n");
}

const FAMILIES = `entries:
${entry("warning-signs", "families", ["talk-to-relative"])}
${entry("talk-to-relative", "families", ["warning-signs", "legal-consequences"])}
`;
const LAW = `entries:
${entry("legal-consequences", "law", ["warning-signs"])}
`;

const writeKnowledgeBase = temporaryKnowledgeBase();

describe("loadKnowledgeBase", () => {
  it("keeps the categories' order and indexes entries by id and by category", () => {
    const knowledgeBase = loadKnowledgeBase(
      writeKnowledgeBase({ "categories.yaml": CATEGORIES, "families.yaml": FAMILIES, "law.yaml": LAW }),
    );
    expect(knowledgeBase.categories.map((category) => category.id)).toEqual(["families", "law"]);
    expect(knowledgeBase.entries.map((item) => item.id)).toEqual([
      "warning-signs",
      "talk-to-relative",
      "legal-consequences",
    ]);
    expect(knowledgeBase.entriesById.get("talk-to-relative")?.ru.question).toBe("talk-to-relative in ru?");
    expect(knowledgeBase.entriesByCategory.get("law")?.map((item) => item.id)).toEqual([
      "legal-consequences",
    ]);
  });

  it("lists every problem of a broken copy with its file and line", () => {
    const longAnswer = "x".repeat(3_501);
    const broken = `entries:
${entry("warning-signs", "families", ["talk-to-relative"], ["kk", "ru"])}
  - id: talk-to-relative
    category: families
    related: [warning-signs, no-such-entry]
    source: [test-fixture]
    kk: ${translation("?")}
    ru: ${translation("?", longAnswer)}
    en: ${translation("?")}
${entry("legal-consequences", "law", ["warning-signs"])}
`;
    const dir = writeKnowledgeBase({
      "categories.yaml": CATEGORIES,
      "families.yaml": broken,
      "law.yaml": LAW,
    });
    const problems = problemsOf(() => loadKnowledgeBase(dir));
    const families = path.relative(process.cwd(), path.join(dir, "families.yaml"));
    const law = path.relative(process.cwd(), path.join(dir, "law.yaml"));
    expect(problems).toEqual(
      expect.arrayContaining([
        // the missing English translation is reported on the entry's first line
        expect.stringMatching(new RegExp(`^${escapeRegExp(families)}:2: entries\\.0\\.en: `)),
        expect.stringMatching(new RegExp(`^${escapeRegExp(families)}:13: entries\\.1\\.ru\\.answer: .*3500`)),
        `${families}:10: entries.1.related: no entry has the id "no-such-entry"`,
        `${families}:16: entries.2.category: "law" does not belong in families.yaml (move the entry or set category: families)`,
        `${families}:15: duplicate id "legal-consequences" (also at ${law}:2)`,
        `${law}:2: duplicate id "legal-consequences" (also at ${families}:15)`,
      ]),
    );
    expect(problems).toHaveLength(6);
  });

  it("reports a category file that categories.yaml does not list, and a listed category without a file", () => {
    const problems = problemsOf(() =>
      loadKnowledgeBase(
        writeKnowledgeBase({
          "categories.yaml": CATEGORIES,
          "families.yaml": FAMILIES.replace("legal-consequences", "warning-signs"),
          "rumours.yaml": `entries:\n${entry("gossip", "rumours", ["warning-signs"])}\n`,
        }),
      ),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/rumours\.yaml:1: unknown category "rumours"/),
        expect.stringMatching(/categories\.yaml:6: category "law" has no file law\.yaml/),
      ]),
    );
  });

  it("rejects markup, over-long questions, bad ids and an unknown review value", () => {
    const text = `entries:
  - id: Warning_Signs
    category: families
    related: [talk-to-relative]
    source: [test-fixture]
    review: imams
    kk: ${translation("x".repeat(121))}
    ru: ${translation("?", "See **this** <b>now</b>")}
    en: ${translation("?")}
`;
    const problems = problemsOf(() =>
      loadKnowledgeBase(
        writeKnowledgeBase({ "categories.yaml": CATEGORIES, "families.yaml": text, "law.yaml": LAW }),
      ),
    ).join("\n");
    expect(problems).toMatch(/families\.yaml:2: entries\.0\.id: must be lowercase-kebab/);
    expect(problems).toMatch(/families\.yaml:6: entries\.0\.review: /);
    expect(problems).toMatch(/families\.yaml:7: entries\.0\.kk\.question: .*120/);
    expect(problems).toMatch(/families\.yaml:8: entries\.0\.ru\.answer: plain text only: found HTML tags/);
    expect(problems).toMatch(
      /families\.yaml:8: entries\.0\.ru\.answer: plain text only: found Markdown emphasis/,
    );
  });

  it("wants a text for relatives in every language or none, and none in an entry for relatives", () => {
    const family = (question: string) =>
      `{ question: "${question}", answer: "To you.", family: "To someone close.", keywords: ["one"] }`;
    const text = `entries:
  - id: warning-signs
    category: families
    related: [talk-to-relative]
    source: [test-fixture]
    kk: ${family("kk?")}
    ru: ${translation("ru?")}
    en: ${family("en?")}
  - id: talk-to-relative
    category: families
    related: [warning-signs]
    source: [test-fixture]
    audience: family
    kk: ${family("kk?")}
    ru: ${family("ru?")}
    en: ${family("en?")}
`;
    const problems = problemsOf(() =>
      loadKnowledgeBase(
        writeKnowledgeBase({ "categories.yaml": CATEGORIES, "families.yaml": text, "law.yaml": LAW }),
      ),
    ).join("\n");
    expect(problems).toMatch(/entries\.0\.ru\.family: the text for relatives is missing in ru/);
    expect(problems).toMatch(/entries\.1\.kk\.family: an entry for relatives .* needs no text for relatives/);
  });

  it("is read by the content loader, and so checked by npm run content:check", () => {
    const scenarios = writeKnowledgeBase({});
    const problems = readContent({ ...projectContent, scenarios }).problems.map(formatProblem);
    expect(problems.filter((line) => line.includes("/faq/"))).toEqual([
      expect.stringMatching(/faq\/categories\.yaml:1: file is missing/),
    ]);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
