// Loads and checks scenarios/crisis/concepts.yaml: small word lists per concept and language
// (intent, death, means at hand, farewells, others who arrange a trip, documents held, weapons...)
// and per category the rules that combine them. A rule raises its category when one word of each
// of its concepts stands in the same sentence, close together, in any order and any phrasing: this
// is what lets the detector find messages nobody wrote a pattern for (see concept-rules.ts).
import { existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { type ContentProblem, readYaml, validate, type YamlSource } from "../content/yaml.ts";
import { type CrisisCategory, crisisCategories } from "./categories.ts";
import { compilePattern, PatternError } from "./patterns.ts";
import { crisisLanguages, exactGaps } from "./phrases.ts";

const conceptName = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, "a concept name is lowercase Latin letters, digits and -");
/** A rule's concepts: "name" must be found, "-name" must be absent. */
const ruleConcepts = z
  .array(z.string().regex(/^-?[a-z][a-z0-9-]*$/, "a concept name, or - and a concept name"))
  .min(1);
const words = z.array(z.string({ error: "must be text in quotes" })).default([]);

export const conceptsFileSchema = z
  .strictObject({
    /** How many words a rule's concepts may span at most, first to last. */
    window: z.int().min(1).max(30),
    /** Concepts whose words do not count when negated ("не хочу умирать", "I won't kill"). */
    negatable: z.array(conceptName).default([]),
    /** Per concept, its words per language: "word", "stem*", or a few words "в+пятницу". */
    concepts: z.record(conceptName, z.strictObject({ kk: words, ru: words, en: words })),
    /** Per category, rules: the concepts that must all be found together; "-name": must be absent. */
    rules: z.partialRecord(z.enum(crisisCategories), z.array(ruleConcepts).min(1)),
    /** Per category, concepts that make a sentence ordinary: they cancel the category in it. */
    ordinary: z.partialRecord(z.enum(crisisCategories), z.array(conceptName)).default({}),
    /** Per category, rules (of `rules`) whose match the model may not drop as ordinary. */
    firm: z.partialRecord(z.enum(crisisCategories), z.array(ruleConcepts)).default({}),
  })
  .superRefine((file, context) => {
    const named = (names: readonly string[], where: PropertyKey[]) => {
      names.forEach((name, index) => {
        if (!(name.replace(/^-/, "") in file.concepts))
          context.addIssue({ code: "custom", message: `no concept "${name}"`, path: [...where, index] });
      });
    };
    named(file.negatable, ["negatable"]);
    for (const [category, rules] of Object.entries(file.rules))
      rules?.forEach((rule, index) => {
        named(rule, ["rules", category, index]);
        if (rule.every((name) => name.startsWith("-"))) {
          context.addIssue({
            code: "custom",
            message: "a rule needs a concept that is present",
            path: ["rules", category, index],
          });
        }
      });
    for (const [category, names] of Object.entries(file.ordinary)) named(names ?? [], ["ordinary", category]);
    for (const [category, rules] of Object.entries(file.firm))
      rules?.forEach((rule, index) => {
        const source = rule.join(" + ");
        if (!file.rules[category as CrisisCategory]?.some((known) => known.join(" + ") === source))
          context.addIssue({
            code: "custom",
            message: `not a rule of ${category}: ${source}`,
            path: ["firm", category, index],
          });
      });
  });
export type CrisisConcepts = z.output<typeof conceptsFileSchema>;

export function conceptsFile(scenarios: string): string {
  return path.join(scenarios, "crisis", "concepts.yaml");
}

function conceptProblems(source: YamlSource, concepts: CrisisConcepts): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [name, lists] of Object.entries(concepts.concepts)) {
    for (const language of crisisLanguages) {
      lists[language].forEach((text, index) => {
        try {
          compilePattern(text, exactGaps);
        } catch (error) {
          if (!(error instanceof PatternError)) throw error;
          problems.push({
            file: source.file,
            line: source.lineOf(["concepts", name, language, index]),
            message: error.message,
          });
        }
      });
    }
  }
  return problems;
}

/** Reads concepts.yaml, or nothing when the directory has none (a test's own scenarios). */
export function readCrisisConcepts(scenarios: string): {
  concepts?: CrisisConcepts;
  problems: ContentProblem[];
} {
  const file = conceptsFile(scenarios);
  if (!existsSync(file)) return { problems: [] };
  const source = readYaml(file);
  const concepts = validate(source, conceptsFileSchema);
  return { concepts, problems: conceptProblems(source, concepts) };
}
