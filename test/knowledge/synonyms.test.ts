import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectContent, readContent } from "../../src/content/load.ts";
import { formatProblem } from "../../src/content/yaml.ts";
import { loadKnowledgeBase } from "../../src/knowledge/knowledge-base.ts";
import { createMatcher } from "../../src/knowledge/matcher.ts";
import { problemsOf } from "../support/content.ts";
import { temporaryKnowledgeBase } from "./temp-content.ts";

const CATEGORIES = `categories:
  - id: law
    kk: "Заң"
    ru: "Закон"
    en: "The law"
`;

function translation(question: string, keywords: string[]) {
  return `{ question: "${question}", answer: "${question} A plain answer.", keywords: ${JSON.stringify(keywords)} }`;
}

const LAW = `entries:
  - id: fear-of-police
    category: law
    related: [lawyer-help]
    source: [test-fixture]
    kk: ${translation("Полициядан қорқамын", ["полиция"])}
    ru: ${translation("Боюсь полиции", ["полиция"])}
    en: ${translation("I am afraid of the police", ["police"])}
  - id: lawyer-help
    category: law
    related: [fear-of-police]
    source: [test-fixture]
    kk: ${translation("Адвокатты қалай табамын?", ["адвокат"])}
    ru: ${translation("Как найти адвоката?", ["адвокат"])}
    en: ${translation("How do I find a lawyer?", ["lawyer"])}
`;

const SYNONYMS = `groups:
  - id: police
    kk: [полиция, мент]
    ru: [полиция, менты, мусора]
    en: [police, cops]
  - id: lawyer
    kk: [адвокат, заңгер]
    ru: [адвокат, юрист]
    en: [lawyer, attorney]
`;

const writeKnowledgeBase = temporaryKnowledgeBase();

describe("synonyms.yaml", () => {
  it("is loaded with the knowledge base, not as a category, and lets slang find its entry", () => {
    const base = loadKnowledgeBase(
      writeKnowledgeBase({ "categories.yaml": CATEGORIES, "law.yaml": LAW, "synonyms.yaml": SYNONYMS }),
    );
    expect(base.synonyms.map((group) => group.id)).toEqual(["police", "lawyer"]);
    expect(base.entries.map((entry) => entry.id)).toEqual(["fear-of-police", "lawyer-help"]);
    const matcher = createMatcher(base);
    expect(matcher.match("боюсь что менты заберут")[0]?.id).toBe("fear-of-police");
    expect(matcher.match("need an attorney")[0]?.id).toBe("lawyer-help");
    // without the groups, the slang is unknown
    expect(createMatcher({ entries: base.entries }).match("менты, мусора")).toEqual([]);
  });

  it("counts an entry's own word more than a synonym of it", () => {
    const base = loadKnowledgeBase(
      writeKnowledgeBase({
        "categories.yaml": CATEGORIES,
        "law.yaml": LAW.replace(`["police"]`, `["cops"]`),
        "synonyms.yaml": `groups:\n  - id: police\n    kk: []\n    ru: []\n    en: [police, cops, lawyer]\n`,
      }),
    );
    // "lawyer" is its own keyword for lawyer-help, only a synonym for the other entry
    const [first, second] = createMatcher(base).match("lawyer");
    expect(first?.id).toBe("lawyer-help");
    expect(second?.id).toBe("fear-of-police");
    expect(second?.score).toBeLessThan(first?.score ?? 0);
  });

  it("is optional", () => {
    const base = loadKnowledgeBase(writeKnowledgeBase({ "categories.yaml": CATEGORIES, "law.yaml": LAW }));
    expect(base.synonyms).toEqual([]);
  });

  it("reports words that could never match, repeated ids and malformed groups, each on its line", () => {
    const broken = `groups:
  - id: police
    kk: [полиция]
    ru: [менты, "и"]
    en: [cops, "the police"]
  - id: police
    kk: []
    ru: [юрист]
    en: []
  - id: Bad_Id
    kk: []
    ru: []
    en: [one, two]
    extra: [three]
`;
    const dir = writeKnowledgeBase({
      "categories.yaml": CATEGORIES,
      "law.yaml": LAW,
      "synonyms.yaml": broken,
    });
    const problems = problemsOf(() => loadKnowledgeBase(dir));
    const file = path.relative(process.cwd(), path.join(dir, "synonyms.yaml"));
    expect(problems).toEqual(
      expect.arrayContaining([
        `${file}:4: groups.0.ru.1: "и" is a stopword: it would never match`,
        `${file}:5: groups.0.en.1: "the police" must be one word`,
        `${file}:6: groups.1.id: duplicate id "police" (also on line 2)`,
        `${file}:6: groups.1: a group needs at least two words`,
        expect.stringMatching(
          new RegExp(`^${escapeRegExp(file)}:10: groups\\.2\\.id: must be lowercase-kebab`),
        ),
        expect.stringMatching(new RegExp(`^${escapeRegExp(file)}:10: groups\\.2: .*extra`)),
      ]),
    );
    expect(problems).toHaveLength(6);
  });

  it("is checked by npm run content:check, with the rest of the knowledge base", () => {
    const scenarios = writeKnowledgeBase({});
    const faq = path.join(scenarios, "faq");
    mkdirSync(faq);
    writeFileSync(path.join(faq, "categories.yaml"), CATEGORIES);
    writeFileSync(path.join(faq, "law.yaml"), LAW);
    writeFileSync(path.join(faq, "synonyms.yaml"), "groups: []\n");
    const problems = readContent({ ...projectContent, scenarios }).problems.map(formatProblem);
    expect(problems.filter((line) => line.includes("/faq/"))).toEqual([
      expect.stringMatching(/faq\/synonyms\.yaml:1: groups: list at least one group, or delete the file/),
    ]);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
