// Loads scenarios/faq/: categories.yaml (their order), one <category>.yaml per category, and the
// matcher's synonyms.yaml and asked-<language>.yaml.
// Every problem in every file is collected before failing, so writers fix them all in one pass.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { ContentError, type ContentProblem, readYaml, type YamlSource } from "../content/yaml.ts";
import { ASKED_FILE, type Asked, readAsked } from "./asked.ts";
import {
  type FaqCategory,
  type FaqEntry,
  faqCategoriesFileSchema,
  faqEntryFileSchema,
  faqEntrySchema,
} from "./schema.ts";
import { readSynonyms, SYNONYMS_FILE, type SynonymGroup } from "./synonyms.ts";

export interface KnowledgeBase {
  /** In the order of categories.yaml. */
  categories: readonly FaqCategory[];
  /** Every entry, category by category, in file order. */
  entries: readonly FaqEntry[];
  entriesById: ReadonlyMap<string, FaqEntry>;
  entriesByCategory: ReadonlyMap<string, readonly FaqEntry[]>;
  /** Words that mean the same for the matcher (synonyms.yaml; none without it). */
  synonyms: readonly SynonymGroup[];
  /** Other ways to ask each entry, per language (asked-<language>.yaml): for the matcher only, never shown. */
  asked: Asked;
}

const CATEGORIES_FILE = "categories.yaml";

/** Reads the knowledge base of one faq folder; throws ContentError listing every problem. */
export function loadKnowledgeBase(dir: string): KnowledgeBase {
  const problems: ContentProblem[] = [];
  const categoriesSource = readSource(path.join(dir, CATEGORIES_FILE), problems);
  const categories = categoriesSource
    ? (parseAt(categoriesSource, [], faqCategoriesFileSchema, problems)?.categories ?? [])
    : [];
  const categoryIds = new Set(categories.map((category) => category.id));

  const entryFiles = existsSync(dir)
    ? readdirSync(dir)
        .filter(
          (name) =>
            name.endsWith(".yaml") &&
            name !== CATEGORIES_FILE &&
            name !== SYNONYMS_FILE &&
            !ASKED_FILE.test(name),
        )
        .sort()
    : [];
  const located: LocatedEntry[] = [];
  for (const name of entryFiles) {
    const fileCategory = name.slice(0, -".yaml".length);
    const source = readSource(path.join(dir, name), problems);
    if (!source) continue;
    if (categories.length > 0 && !categoryIds.has(fileCategory)) {
      problems.push({
        file: source.file,
        line: 1,
        message: `unknown category "${fileCategory}": it is not listed in ${CATEGORIES_FILE}`,
      });
    }
    located.push(...readEntries(source, fileCategory, problems));
  }
  categories.forEach((category, index) => {
    if (!categoriesSource || entryFiles.includes(`${category.id}.yaml`)) return;
    problems.push({
      file: categoriesSource.file,
      line: categoriesSource.lineOf(["categories", index, "id"]),
      message: `category "${category.id}" has no file ${category.id}.yaml`,
    });
  });
  checkIds(located, problems);
  const synonyms = readSynonyms(path.join(dir, SYNONYMS_FILE), problems);
  const ids = new Set(located.flatMap(({ id }) => (typeof id === "string" ? [id] : [])));
  const asked = readAsked(dir, ids, problems);

  if (problems.length > 0) throw new ContentError(problems);

  const entries: FaqEntry[] = [];
  const entriesByCategory = new Map<string, FaqEntry[]>(categories.map((category) => [category.id, []]));
  for (const category of categories) {
    for (const { entry } of located) {
      if (entry?.category !== category.id) continue;
      entries.push(entry);
      entriesByCategory.get(category.id)?.push(entry);
    }
  }
  return {
    categories,
    entries,
    entriesById: new Map(entries.map((entry) => [entry.id, entry])),
    entriesByCategory,
    synonyms,
    asked,
  };
}

/** One raw entry with where it was found; `entry` is set only when it passed the schema. */
interface LocatedEntry {
  id: unknown;
  related: unknown;
  source: YamlSource;
  index: number;
  entry: FaqEntry | undefined;
}

function readEntries(source: YamlSource, fileCategory: string, problems: ContentProblem[]): LocatedEntry[] {
  const file = parseAt(source, [], faqEntryFileSchema, problems);
  if (!file) return [];
  return file.entries.map((raw, index) => {
    const entry = parseAt(source, ["entries", index], faqEntrySchema, problems);
    if (entry && entry.category !== fileCategory) {
      problems.push({
        file: source.file,
        line: source.lineOf(["entries", index, "category"]),
        message: `entries.${index}.category: "${entry.category}" does not belong in ${fileCategory}.yaml (move the entry or set category: ${fileCategory})`,
      });
    }
    const fields = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : {};
    return { id: fields.id, related: fields.related, source, index, entry };
  });
}

/** Duplicate ids (reported at every place) and `related` ids that name no entry. */
function checkIds(located: readonly LocatedEntry[], problems: ContentProblem[]): void {
  const placesById = new Map<string, LocatedEntry[]>();
  for (const item of located) {
    if (typeof item.id !== "string") continue;
    placesById.set(item.id, [...(placesById.get(item.id) ?? []), item]);
  }
  const where = (item: LocatedEntry) =>
    `${item.source.file}:${item.source.lineOf(["entries", item.index, "id"])}`;
  for (const [id, places] of placesById) {
    if (places.length < 2) continue;
    for (const place of places) {
      const others = places.filter((other) => other !== place).map(where);
      problems.push({
        file: place.source.file,
        line: place.source.lineOf(["entries", place.index, "id"]),
        message: `duplicate id "${id}" (also at ${others.join(", ")})`,
      });
    }
  }
  // Checked on the raw value too, so that an entry with another problem still gets this one reported.
  for (const { related, source, index } of located) {
    if (!Array.isArray(related)) continue;
    related.forEach((relatedId: unknown, position) => {
      if (typeof relatedId !== "string" || placesById.has(relatedId)) return;
      problems.push({
        file: source.file,
        line: source.lineOf(["entries", index, "related", position]),
        message: `entries.${index}.related: no entry has the id "${relatedId}"`,
      });
    });
  }
}

function readSource(file: string, problems: ContentProblem[]): YamlSource | undefined {
  try {
    return readYaml(file);
  } catch (error) {
    if (error instanceof ContentError) {
      problems.push(...error.problems);
      return undefined;
    }
    if (isMissingFile(error)) {
      problems.push({ file: path.relative(process.cwd(), file), line: 1, message: "file is missing" });
      return undefined;
    }
    throw error;
  }
}

/** Validates the value at `at` in the file, reporting issues with the line they are on. */
function parseAt<Schema extends z.ZodType>(
  source: YamlSource,
  at: readonly (string | number)[],
  schema: Schema,
  problems: ContentProblem[],
): z.output<Schema> | undefined {
  const value = at.reduce<unknown>(
    (node, key) => (node as Record<string | number, unknown> | undefined)?.[key],
    source.data,
  );
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const issuePath = [...at, ...issue.path];
    problems.push({
      file: source.file,
      line: source.lineOf(issuePath),
      message: `${issuePath.length > 0 ? `${issuePath.join(".")}: ` : ""}${issue.message}`,
    });
  }
  return undefined;
}

function isMissingFile(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "ENOENT";
}
