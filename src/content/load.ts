// The one content loader. Everything under scenarios/ and locales/ is read and validated here, once,
// at start, into one immutable Content object that createBot hands to the features; `npm run
// content:check`, the tests and the command-line tools read it the same way. Every problem in every
// file is collected before failing, so writers fix them all in one pass.
import path from "node:path";
import { LOCALES, type Locale } from "../config/index.ts";
import { loadTemplates, type Template } from "../counselors/templates.ts";
import { type CrisisDetector, createCrisisDetector } from "../crisis/detector.ts";
import { type CrisisPhrases, loadCrisisPhrases } from "../crisis/phrases.ts";
import { indexKnowledge, type Knowledge } from "../knowledge/browse.ts";
import { loadKnowledgeBase } from "../knowledge/knowledge-base.ts";
import { type Directory, loadDirectory } from "../referral/directory.ts";
import { checkTriageLinks } from "../triage/plan.ts";
import { CONTENT_CACHE_FILE, readContentCache } from "./cache.ts";
import { readLocales } from "./locales.ts";
import { citationProblems, loadSources, type Source } from "./sources.ts";
import { ContentError, type ContentProblem, withParsedYaml } from "./yaml.ts";

export interface ContentPaths {
  scenarios: string;
  locales: string;
  /** The YAML parsed at build time (src/content/cache.ts), used for the files it holds unchanged. */
  cache?: string;
}

/** The project's own content folders. */
export const projectContent: ContentPaths = {
  scenarios: path.resolve(import.meta.dirname, "../../scenarios"),
  locales: path.resolve(import.meta.dirname, "../../locales"),
  cache: CONTENT_CACHE_FILE,
};

/** Everything the bot says and knows, validated; frozen, so no feature can change what another reads. */
export interface Content {
  /** scenarios/faq: the knowledge base with its matcher and free-text router. */
  readonly knowledge: Knowledge;
  /** scenarios/regions.yaml and centers.yaml. */
  readonly directory: Directory;
  /** scenarios/crisis: the phrases of each language and the detector compiled from them (and the model). */
  readonly crisis: { readonly phrases: CrisisPhrases; readonly detector: CrisisDetector };
  /** scenarios/templates.yaml: the counselors' canned replies. */
  readonly templates: readonly Template[];
  /** scenarios/sources.yaml: the documents every `source` field cites. */
  readonly sources: readonly Source[];
  /** locales/<locale>.ftl as text (src/i18n builds the one I18n instance from it). */
  readonly locales: Readonly<Record<Locale, string>>;
}

/** Runs one part's reader; its ContentError (or a missing file) becomes problems. */
function attempt<T>(problems: ContentProblem[], read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (error instanceof ContentError) problems.push(...error.problems);
    else if (error instanceof Error && "code" in error && error.code === "ENOENT" && "path" in error) {
      problems.push({
        file: path.relative(process.cwd(), String(error.path)),
        line: 1,
        message: "file is missing",
      });
    } else throw error;
    return undefined;
  }
}

/** Reads every part; `content` is set only when there is no problem at all. */
export function readContent(paths: ContentPaths = projectContent): {
  content?: Content;
  problems: ContentProblem[];
} {
  return withParsedYaml(paths.cache ? readContentCache(paths.cache) : undefined, () => readParts(paths));
}

function readParts(paths: ContentPaths): { content?: Content; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const { texts, problems: localeProblems } = readLocales(paths.locales);
  problems.push(...localeProblems);
  const base = attempt(problems, () => loadKnowledgeBase(path.join(paths.scenarios, "faq")));
  if (base) problems.push(...checkTriageLinks(base.entriesById));
  const directory = attempt(problems, () => loadDirectory(paths.scenarios));
  const phrases = attempt(problems, () => loadCrisisPhrases(paths.scenarios));
  const templates = attempt(problems, () => loadTemplates(paths.scenarios));
  const sources = attempt(problems, () => loadSources(paths.scenarios));
  if (sources) problems.push(...citationProblems(paths.scenarios, sources));
  if (problems.length > 0 || !base || !directory || !phrases || !templates || !sources) return { problems };
  const locales = Object.fromEntries(LOCALES.map((locale) => [locale, texts[locale] ?? ""])) as Record<
    Locale,
    string
  >;
  // The model's weights live on in the detector's own table only: kept here as well, they would double its
  // memory (and freezing ~90,000 arrays would slow the start).
  const { model: _weights, ...patterns } = phrases;
  deepFreeze([base, directory, patterns, templates, sources, locales]);
  return {
    content: Object.freeze({
      knowledge: Object.freeze(indexKnowledge(base)),
      directory,
      crisis: Object.freeze({ phrases: patterns, detector: createCrisisDetector(phrases) }),
      templates,
      sources,
      locales,
    }),
    problems,
  };
}

/** Reads and validates all content; throws ContentError listing every problem. */
export function loadContent(paths: ContentPaths = projectContent): Content {
  const { content, problems } = readContent(paths);
  if (!content) throw new ContentError(problems);
  return content;
}

/** Freezes plain objects, arrays, the values of maps and the fields of class instances, all the way down. */
function deepFreeze(value: unknown, seen = new Set<unknown>()): void {
  if (typeof value !== "object" || value === null || seen.has(value)) return;
  seen.add(value);
  if (value instanceof Map) {
    for (const item of value.values()) deepFreeze(item, seen);
    return;
  }
  for (const item of Object.values(value)) deepFreeze(item, seen);
  Object.freeze(value);
}
