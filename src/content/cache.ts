// The YAML under scenarios/, parsed at build time (`npm run build` writes dist/content-cache.json):
// parsing it was about a third of the start-up. Each file's data is kept under the SHA-256 of its
// text, so an edited, added or replaced file simply misses and is parsed as before; the data is
// validated by the same schemas either way, and the cache can only make the start faster.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { hashOf, type ParsedYaml, parseYaml } from "./yaml.ts";

const VERSION = 1;

/** Where the compiled bot looks for it (dist/content-cache.json); from src/ there is none. */
export const CONTENT_CACHE_FILE = path.resolve(import.meta.dirname, "../content-cache.json");

interface CacheFile {
  version: number;
  /** SHA-256 of a YAML file's text → its data as JSON text. */
  files: Record<string, string>;
}

/** The cache, or undefined when there is none or it is not one this version wrote. */
export function readContentCache(file: string = CONTENT_CACHE_FILE): ParsedYaml | undefined {
  let cache: Partial<CacheFile>;
  try {
    cache = JSON.parse(readFileSync(file, "utf8")) as Partial<CacheFile>;
  } catch {
    return undefined;
  }
  if (cache.version !== VERSION || typeof cache.files !== "object" || cache.files === null) return undefined;
  return new Map(Object.entries(cache.files).filter((entry) => typeof entry[1] === "string"));
}

/** Parses every YAML file under `scenarios` and writes the cache; returns how many files it holds. */
export function writeContentCache(scenarios: string, file: string = CONTENT_CACHE_FILE): number {
  const files: Record<string, string> = {};
  const yamlFiles = readdirSync(scenarios, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".yaml"))
    .map((entry) => path.join(entry.parentPath, entry.name));
  for (const yamlFile of yamlFiles) {
    const text = readFileSync(yamlFile, "utf8");
    let data: unknown;
    try {
      data = parseYaml(text, yamlFile).data;
    } catch {
      continue; // a syntax problem is reported at start, from the YAML itself
    }
    const json = JSON.stringify(data);
    // Only data JSON carries unchanged (no -0, no undefined, no non-finite number).
    if (json !== undefined && isDeepStrictEqual(JSON.parse(json), data)) files[hashOf(text)] = json;
  }
  writeFileSync(file, JSON.stringify({ version: VERSION, files } satisfies CacheFile));
  return Object.keys(files).length;
}
