// scenarios/faq/synonyms.yaml: groups of words people use for one thing ("полиция", "менты", "cops"),
// so that a message in its own words meets an entry written in others. Optional: no file, no groups.
import { existsSync } from "node:fs";
import { z } from "zod";
import { ContentError, type ContentProblem, readYaml, type YamlSource } from "../content/yaml.ts";
import { type FaqLocale, faqLocales, kebabId } from "./schema.ts";
import { tokenize } from "./tokens.ts";
import { keyInLocale } from "./word-keys.ts";

export const SYNONYMS_FILE = "synonyms.yaml";

const word = z.string().trim().min(1, "must not be empty");

export const synonymGroupSchema = z.strictObject({
  id: kebabId,
  kk: z.array(word),
  ru: z.array(word),
  en: z.array(word),
});

export const synonymsFileSchema = z.strictObject({
  groups: z.array(z.unknown()).min(1, "list at least one group, or delete the file"),
});

export type SynonymGroup = z.output<typeof synonymGroupSchema>;

/** Reads the synonyms file if there is one; its problems are added to `problems`. */
export function readSynonyms(file: string, problems: ContentProblem[]): SynonymGroup[] {
  if (!existsSync(file)) return [];
  let source: YamlSource;
  try {
    source = readYaml(file);
  } catch (error) {
    if (error instanceof ContentError) {
      problems.push(...error.problems);
      return [];
    }
    throw error;
  }
  const fileResult = synonymsFileSchema.safeParse(source.data);
  if (!fileResult.success) {
    problems.push(...issuesAt(source, [], fileResult.error.issues));
    return [];
  }
  const groups: SynonymGroup[] = [];
  const seenIds = new Map<string, number>();
  fileResult.data.groups.forEach((raw, index) => {
    const result = synonymGroupSchema.safeParse(raw);
    if (!result.success) {
      problems.push(...issuesAt(source, ["groups", index], result.error.issues));
      return;
    }
    const group = result.data;
    const at = (...rest: (string | number)[]) => source.lineOf(["groups", index, ...rest]);
    const earlier = seenIds.get(group.id);
    if (earlier !== undefined) {
      problems.push({
        file: source.file,
        line: at("id"),
        message: `groups.${index}.id: duplicate id "${group.id}" (also on line ${source.lineOf(["groups", earlier, "id"])})`,
      });
    }
    seenIds.set(group.id, index);
    for (const locale of faqLocales) {
      group[locale].forEach((listed, position) => {
        const problem = wordProblem(listed, locale);
        if (problem)
          problems.push({
            file: source.file,
            line: at(locale, position),
            message: `groups.${index}.${locale}.${position}: "${listed}" ${problem}`,
          });
      });
    }
    if (faqLocales.reduce((count, locale) => count + group[locale].length, 0) < 2) {
      problems.push({
        file: source.file,
        line: at("id"),
        message: `groups.${index}: a group needs at least two words`,
      });
    }
    groups.push(group);
  });
  return groups;
}

/** Why a listed word could never match, if it could not. */
function wordProblem(listed: string, locale: FaqLocale): string | undefined {
  const tokens = tokenize(listed);
  if (tokens.length !== 1) return "must be one word";
  const [token] = tokens;
  if (!token || keyInLocale(token, locale) === undefined) return "is a stopword: it would never match";
  return undefined;
}

function issuesAt(
  source: YamlSource,
  at: readonly (string | number)[],
  issues: readonly z.core.$ZodIssue[],
): ContentProblem[] {
  return issues.map((issue) => {
    const issuePath = [...at, ...issue.path.map((part) => (typeof part === "symbol" ? String(part) : part))];
    return {
      file: source.file,
      line: source.lineOf(issuePath),
      message: `${issuePath.length > 0 ? `${issuePath.join(".")}: ` : ""}${issue.message}`,
    };
  });
}
