// scenarios/sources.yaml names every document the content's facts come from; every `source` field in
// scenarios/ cites its entries by id. The loader (and so npm run content:check) fails on a citation
// of an unknown id, on a free-text source, and on a malformed entry. And no file of the repository
// points at a folder outside it.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectContent, readContent } from "../../src/content/load.ts";
import { formatProblem } from "../../src/content/yaml.ts";
import { testContent } from "../support/content.ts";
import { contentCopies } from "./copy.ts";

const copy = contentCopies();

function problemsIn(paths: { scenarios: string; locales: string }): string[] {
  return readContent(paths).problems.map((problem) =>
    formatProblem(problem).replace(/^.*?content-[^/]+\//, ""),
  );
}

describe("scenarios/sources.yaml", () => {
  it("lists the two articles with what they say of themselves, and nothing they do not say", () => {
    const byId = new Map(testContent().sources.map((source) => [source.id, source]));
    expect(byId.get("rehabilitation-2021")).toMatchObject({
      title: "A lot of work is being done in Kazakhstan with persons subject to radical ideology",
      date: "2021-10-07",
    });
    expect(byId.get("rehabilitation-2021")?.address).toBeUndefined();
    // The 2017 article gives no publication date and no address: both are left out.
    expect(byId.get("prevention-2017")).toMatchObject({
      title: "Measures of the Government strengthened the prevention of religious radicalism in Kazakhstan",
    });
    expect(byId.get("prevention-2017")?.date).toBeUndefined();
    expect(byId.get("prevention-2017")?.address).toBeUndefined();
  });

  it("is cited by every FAQ entry and every center, by ids it lists", () => {
    const known = new Set(testContent().sources.map((source) => source.id));
    const cited = [
      ...testContent().knowledge.base.entries.flatMap((entry) => entry.source),
      ...[...testContent().directory.centers, ...testContent().directory.hotlines].flatMap(
        (center) => center.source,
      ),
    ].map((citation) => citation.split(":")[0]!);
    expect(cited.length).toBeGreaterThan(60);
    expect(cited.filter((id) => !known.has(id))).toEqual([]);
  });

  it("fails the content on a citation of an unknown id, with its file and line", () => {
    const content = copy();
    content.edit("scenarios/faq/law.yaml", (text) => text.replace('- "rehabilitation-2021:', '- "seed-000:'));
    const line = readFileSync(path.join(content.scenarios, "faq/law.yaml"), "utf8")
      .split("\n")
      .findIndex((text) => text.includes('"seed-000:'));
    expect(problemsIn(content)).toEqual([
      `scenarios/faq/law.yaml:${line + 1}: entries.0.source.0: "seed-000" is not an entry of scenarios/sources.yaml`,
    ]);
  });

  it("fails on a source written as free text instead of citations", () => {
    const content = copy();
    content.edit("scenarios/centers.yaml", (text) =>
      text.replace(
        /source:\n\s+- "rehabilitation-2021: public-association centers"/,
        'source: "Seed article 000 (2021)"',
      ),
    );
    expect(problemsIn(content)).toContainEqual(
      expect.stringMatching(/^scenarios\/centers\.yaml:\d+: centers\.0\.source: .*expected array/i),
    );
  });

  it("fails on a malformed entry: a date that is not YYYY[-MM[-DD]], a duplicate id", () => {
    const content = copy();
    content.edit("scenarios/sources.yaml", (text) =>
      text.replace('date: "2021-10-07"', 'date: "07.10.2021"').replace("- id: geonames", "- id: readme"),
    );
    const problems = problemsIn(content);
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^scenarios\/sources\.yaml:\d+: sources\.0\.date: a date is YYYY, YYYY-MM or YYYY-MM-DD$/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^scenarios\/sources\.yaml:\d+: sources\.\d+\.id: duplicate id "readme"$/),
    );
  });
});

describe("the repository", () => {
  it("points at no folder outside it", () => {
    const root = path.resolve(projectContent.scenarios, "..");
    const files = spawnSync("git", ["ls-files"], { cwd: root, encoding: "utf8" })
      .stdout.split("\n")
      .filter((file) => file !== "" && !file.startsWith("src/generated/"));
    expect(files.length).toBeGreaterThan(100);
    // Written in pieces so that this file does not name them itself.
    const outside = [
      "/work" + "/",
      "../" + "shared",
      "shared/" + "seeds",
      "shared/" + "notes",
      "notes/" + "domain.md",
    ];
    const pointing = files.filter((file) => {
      const text = readFileSync(path.join(root, file), "utf8");
      return outside.some((fragment) => text.includes(fragment));
    });
    expect(pointing).toEqual([]);
  });
});
