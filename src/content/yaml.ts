// Reads YAML content files and validates them with zod, reporting every problem as
// "file:line: message" so that people who write content can find it in their editor.
// The parts of scenarios/ are read through these by the one loader, src/content/load.ts.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type * as Yaml from "yaml";
import type { z } from "zod";

let yamlLibrary: typeof Yaml | undefined;

/** The YAML parser, loaded when a file is not in the build's cache (most starts need none of it). */
function yaml(): typeof Yaml {
  yamlLibrary ??= createRequire(import.meta.url)("yaml") as typeof Yaml;
  return yamlLibrary;
}

export interface ContentProblem {
  file: string;
  line: number;
  message: string;
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "ContentError";
  }
}

/** A parsed YAML file that can tell on which line any value path starts. */
export interface YamlSource {
  file: string;
  data: unknown;
  lineOf(pathInDocument: readonly PropertyKey[]): number;
}

/** Parsed YAML files as JSON text, by the SHA-256 of their YAML text (src/content/cache.ts): a changed file misses. */
export type ParsedYaml = ReadonlyMap<string, string>;

/** The cache readYaml consults while a content load runs (loads are synchronous, so never two at once). */
let parsedYaml: ParsedYaml | undefined;

/** Runs a synchronous load with readYaml taking unchanged files' data from `cache` instead of parsing them. */
export function withParsedYaml<T>(cache: ParsedYaml | undefined, load: () => T): T {
  parsedYaml = cache;
  try {
    return load();
  } finally {
    parsedYaml = undefined;
  }
}

export function hashOf(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export function readYaml(file: string): YamlSource {
  const text = readFileSync(file, "utf8");
  const json = parsedYaml?.get(hashOf(text));
  if (json === undefined) return parseYaml(text, file);
  // Parsed at build time; JSON gives a fresh copy on every read. Lines are only wanted for
  // problems: the YAML is parsed then, once.
  let parsed: YamlSource | undefined;
  return {
    file: relativeName(file),
    data: JSON.parse(json),
    lineOf: (at) => {
      parsed ??= parseYaml(text, file);
      return parsed.lineOf(at);
    },
  };
}

function relativeName(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

export function parseYaml(text: string, file: string): YamlSource {
  const { isNode, LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true });
  const relative = relativeName(file);
  const lineOf = (pathInDocument: readonly PropertyKey[]): number => {
    // Walk up the path until a node with a known position is found.
    for (let depth = pathInDocument.length; depth >= 0; depth--) {
      const node = document.getIn(pathInDocument.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
  const syntaxProblems = document.errors.map((error) => ({
    file: relative,
    line: error.linePos?.[0]?.line ?? 1,
    message: error.message.split("\n")[0] ?? error.message,
  }));
  if (syntaxProblems.length > 0) throw new ContentError(syntaxProblems);
  return { file: relative, data: document.toJS(), lineOf };
}

/** Validates a parsed file; throws ContentError listing every problem with its line. */
export function validate<Schema extends z.ZodType>(source: YamlSource, schema: Schema): z.output<Schema> {
  const result = schema.safeParse(source.data);
  if (result.success) return result.data;
  throw new ContentError(
    result.error.issues.map((issue) => ({
      file: source.file,
      line: source.lineOf(issue.path),
      message: `${issue.path.length > 0 ? `${issue.path.join(".")}: ` : ""}${issue.message}`,
    })),
  );
}
