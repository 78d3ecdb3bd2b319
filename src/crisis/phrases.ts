// Loads and checks scenarios/crisis/{kk,ru,en}.yaml: per language, the patterns of each crisis
// category, the negation words, the figurative phrases that cancel a match, the groups patterns may
// name, and the conflict zones whose mention counts only when the trip is not told as past; and
// scenarios/crisis/concepts.yaml, the concept rules (concepts.ts).
import { existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { ContentError, type ContentProblem, readYaml, validate, type YamlSource } from "../content/yaml.ts";
import { type CrisisCategory, crisisCategories } from "./categories.ts";
import { type CrisisConcepts, readCrisisConcepts } from "./concepts.ts";
import { type CrisisModelData, readCrisisModel } from "./model.ts";
import { compileNegationRules, compileNegationWord } from "./negation.ts";
import { compilePattern, compilePatterns, type Gaps, PatternError } from "./patterns.ts";

export const crisisLanguages = ["kk", "ru", "en"] as const;
export type CrisisLanguage = (typeof crisisLanguages)[number];

const pattern = z.string({ error: "must be text in quotes" });
const patternList = z.array(pattern).min(1, "list at least one pattern");
const wordCount = z.int().min(0).max(6);

export const crisisFileSchema = z.strictObject({
  /** How many other words may stand between two words of a pattern. */
  words_between: wordCount,
  /** How many may stand between two words joined by "..." (always within one sentence). */
  wide_words_between: z.int().min(0).max(10).default(6),
  /** Named lists of words or phrases a pattern can use as <name>. */
  groups: z
    .record(
      z.string().regex(/^[a-z][a-z0-9-]*$/, "a group name is lowercase Latin letters, digits and -"),
      z.array(pattern).min(1, "list at least one entry"),
    )
    .default({}),
  negations: z.strictObject({
    words: z.array(pattern).min(1, "list at least one negation word"),
    words_before: wordCount,
    words_after: wordCount.default(0),
    verb_suffixes: z.array(pattern).default([]),
    verb_endings: z.array(pattern).default([]),
  }),
  /** Figurative phrases, matched as written (no words in between); they cancel matches they overlap. */
  exclusions: z.array(pattern).default([]),
  /**
   * Per category, words that make a sentence ordinary ("на каникулы", "a hunting rifle"): matched
   * as written, anywhere in the sentence, they cancel that category's matches in it.
   */
  "ordinary-context": z.partialRecord(z.enum(crisisCategories), z.array(pattern)).default({}),
  /**
   * Conflict zones named as a destination ("в шам", "to syria"): they raise travel-pressure unless
   * the sentence tells of a trip in the past ("he went to syria in 2014").
   */
  "travel-places": z.array(pattern).default([]),
  /** Words that put a trip in the past, and words that bring it back to now ("а сейчас зовёт"). */
  "past-travel": z
    .strictObject({ markers: z.array(pattern).default([]), present: z.array(pattern).default([]) })
    .default({ markers: [], present: [] }),
  /**
   * A self-harm act told as already done (pills or poison taken, a deep cut): read only in a message that raised
   * self-harm, so a pattern need not tell the danger by itself. The reply then says first to call an ambulance now.
   */
  "already-done": z.array(pattern).default([]),
  ...(Object.fromEntries(crisisCategories.map((category) => [category, patternList])) as Record<
    CrisisCategory,
    typeof patternList
  >),
});
export type CrisisLanguagePhrases = z.output<typeof crisisFileSchema>;
/** The pattern files per language, and the concept rules (concepts.ts) and model (model.ts) when the directory has them. */
export type CrisisPhrases = Record<CrisisLanguage, CrisisLanguagePhrases> & {
  concepts?: CrisisConcepts;
  model?: CrisisModelData;
};

/** The lists of a file that hold patterns: those that raise a category, and the acts told as done. */
export const crisisPatternLists = [...crisisCategories, "travel-places", "already-done"] as const;

export function gapsOf(phrases: CrisisLanguagePhrases): Gaps {
  return { wordsBetween: phrases.words_between, wideWordsBetween: phrases.wide_words_between };
}

/** Past-travel words are matched word for word. */
export const exactGaps: Gaps = { wordsBetween: 0, wideWordsBetween: 0 };

/**
 * Exclusions and ordinary contexts are matched word for word, but may name a group and let "..."
 * stand for a wide gap: a figure of speech is a class ("<kill-verbs> ... <trifles>"), not one phrasing.
 */
export function figureGapsOf(phrases: CrisisLanguagePhrases): Gaps {
  return { wordsBetween: 0, wideWordsBetween: phrases.wide_words_between };
}

function crisisFile(scenarios: string, language: CrisisLanguage): string {
  return path.join(scenarios, "crisis", `${language}.yaml`);
}

/** Compiles every pattern of a validated file, reporting each one that fails with its line. */
function patternProblems(source: YamlSource, phrases: CrisisLanguagePhrases): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const attempt = (where: PropertyKey[], compile: () => unknown): void => {
    try {
      compile();
    } catch (error) {
      if (!(error instanceof PatternError)) throw error;
      problems.push({ file: source.file, line: source.lineOf(where), message: error.message });
    }
  };
  // Each group entry is reported once, on its own line, not again on every pattern that names it.
  const groups: Record<string, string[]> = {};
  for (const [name, entries] of Object.entries(phrases.groups)) {
    groups[name] = entries.filter((text, index) => {
      const before = problems.length;
      attempt(["groups", name, index], () => compilePattern(text, gapsOf(phrases)));
      return problems.length === before;
    });
  }
  for (const list of crisisPatternLists) {
    const seen = new Map<string, number>();
    phrases[list].forEach((text, index) => {
      attempt([list, index], () => compilePatterns(text, gapsOf(phrases), groups));
      const words = text.trim().toLowerCase().split(/\s+/).join(" ");
      const first = seen.get(words);
      if (first === undefined) seen.set(words, index);
      else {
        const line = source.lineOf([list, first]);
        problems.push({
          file: source.file,
          line: source.lineOf([list, index]),
          message: `"${text}" is listed twice (also line ${line})`,
        });
      }
    });
  }
  const figures: [PropertyKey[], string[]][] = [
    [["exclusions"], phrases.exclusions],
    ...Object.entries(phrases["ordinary-context"]).map(([category, texts]): [PropertyKey[], string[]] => [
      ["ordinary-context", category],
      texts ?? [],
    ]),
  ];
  for (const [where, texts] of figures) {
    texts.forEach((text, index) => {
      attempt([...where, index], () => {
        if (/\s&\s/.test(text)) throw new PatternError(text, "& is for the category lists only");
        compilePatterns(text, figureGapsOf(phrases), groups);
      });
    });
  }
  const exact: [PropertyKey[], string[]][] = [
    [["past-travel", "markers"], phrases["past-travel"].markers],
    [["past-travel", "present"], phrases["past-travel"].present],
  ];
  for (const [where, texts] of exact) {
    texts.forEach((text, index) => {
      attempt([...where, index], () => compilePattern(text, exactGaps));
    });
  }
  phrases.negations.words.forEach((text, index) => {
    attempt(["negations", "words", index], () => compileNegationWord(text));
  });
  attempt(["negations", "verb_suffixes"], () => compileNegationRules({ ...phrases.negations, words: [] }));
  return problems.sort((a, b) => a.line - b.line);
}

function readCrisisPhrases(scenarios: string): {
  phrases: Partial<CrisisPhrases>;
  problems: ContentProblem[];
} {
  const phrases: Partial<CrisisPhrases> = {};
  const problems: ContentProblem[] = [];
  for (const language of crisisLanguages) {
    const file = crisisFile(scenarios, language);
    if (!existsSync(file)) {
      const relative = path.relative(process.cwd(), file) || file;
      problems.push({ file: relative, line: 1, message: `missing: crisis phrases for "${language}"` });
      continue;
    }
    try {
      const source = readYaml(file);
      const data = validate(source, crisisFileSchema);
      problems.push(...patternProblems(source, data));
      phrases[language] = data;
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
    }
  }
  try {
    const { concepts, problems: conceptProblems } = readCrisisConcepts(scenarios);
    problems.push(...conceptProblems);
    if (concepts) phrases.concepts = concepts;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(...error.problems);
  }
  const model = path.join(scenarios, "crisis", "model.json");
  if (existsSync(model)) {
    try {
      phrases.model = readCrisisModel(model);
    } catch (error) {
      problems.push({ file: path.relative(process.cwd(), model), line: 1, message: String(error) });
    }
  }
  return { phrases, problems };
}

/** Reads <scenarios>/crisis/{kk,ru,en}.yaml; throws ContentError listing every problem. */
export function loadCrisisPhrases(scenarios: string): CrisisPhrases {
  const { phrases, problems } = readCrisisPhrases(scenarios);
  if (problems.length > 0) throw new ContentError(problems);
  return phrases as CrisisPhrases;
}
