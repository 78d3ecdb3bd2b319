// The YAML parsed at build time (`npm run build` → dist/content-cache.json): the bot reads the same
// content with it as without, a file changed since the build is read from its YAML (the cache cannot
// go stale), problems keep their lines, and a broken or foreign cache file is ignored.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readContentCache, writeContentCache } from "../../src/content/cache.ts";
import { type Content, readContent } from "../../src/content/load.ts";
import { contentCopies } from "./copy.ts";

const copy = contentCopies();

/** A copy of the project's content with a cache written for it, beside it. */
function cachedCopy() {
  const content = copy();
  const cache = path.join(content.scenarios, "..", "content-cache.json");
  const files = writeContentCache(content.scenarios, cache);
  return { content, cache, files };
}

/** What the features read, as data (the detector and matcher are built from these). */
function dataOf(content: Content | undefined) {
  expect(content).toBeDefined();
  const { knowledge, directory, crisis, templates, sources, locales } = content!;
  return JSON.parse(
    JSON.stringify({
      entries: knowledge.base.entries,
      categories: knowledge.base.categories,
      centers: directory.centers,
      crisis: crisis.phrases,
      templates,
      sources,
      locales,
    }),
  ) as unknown;
}

describe("the content cache", () => {
  it("holds every YAML file of scenarios/, and the content read through it is the content read from YAML", () => {
    const { content, cache, files } = cachedCopy();
    expect(files).toBeGreaterThanOrEqual(10);
    expect(readContentCache(cache)?.size).toBe(files);
    const fromYaml = readContent(content);
    const fromCache = readContent({ ...content, cache });
    expect(fromCache.problems).toEqual([]);
    expect(dataOf(fromCache.content)).toEqual(dataOf(fromYaml.content));
    expect(fromCache.content?.crisis.detector.detect("I want to die")[0]?.category).toBe("self-harm");
    expect(Object.isFrozen(fromCache.content?.knowledge.base.entries[0])).toBe(true);
  });

  it("never goes stale: a file edited after the build is read from its YAML", () => {
    const { content, cache } = cachedCopy();
    content.edit("scenarios/templates.yaml", (text) =>
      text.replace("  - id: greeting", "  - id: greeting-edited"),
    );
    const { content: read, problems } = readContent({ ...content, cache });
    expect(problems).toEqual([]);
    const ids = read?.templates.map((template) => template.id);
    expect(ids).toContain("greeting-edited");
    expect(ids).not.toContain("greeting");
  });

  it("reports a problem in a cached file on the line the YAML has it", () => {
    const content = copy();
    content.edit("scenarios/centers.yaml", (text) => text.replace("    lat: 43.6611", "    lat: north"));
    const cache = path.join(content.scenarios, "..", "content-cache.json");
    writeContentCache(content.scenarios, cache);
    const fromYaml = readContent(content).problems;
    expect(fromYaml).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/lat/) }));
    expect(readContent({ ...content, cache }).problems).toEqual(fromYaml);
  });

  it("is ignored when it is missing, broken or of another version", () => {
    const { content, cache } = cachedCopy();
    for (const text of ["{not json", JSON.stringify({ version: 0, files: {} }), "[]"]) {
      writeFileSync(cache, text);
      expect(readContentCache(cache)).toBeUndefined();
      expect(readContent({ ...content, cache }).problems).toEqual([]);
    }
    expect(readContentCache(path.join(content.scenarios, "none.json"))).toBeUndefined();
  });
});
