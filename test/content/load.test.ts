// The one content loader: reads everything under scenarios/ and locales/ into one frozen object,
// or fails with every problem of every file, each as "file:line: what is wrong".
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent, readContent } from "../../src/content/load.ts";
import { ContentError } from "../../src/content/yaml.ts";
import type { Template } from "../../src/counselors/templates.ts";
import { testContent } from "../support/content.ts";
import { contentCopies } from "./copy.ts";

const copy = contentCopies();

describe("the content loader", () => {
  it("reads the project's content with no problem", () => {
    const { content, problems } = readContent();
    expect(problems).toEqual([]);
    expect(content?.knowledge.base.entriesById.has("what-this-bot-is")).toBe(true);
    expect(content?.directory.region("karaganda")?.name.en).toBe("Karaganda Region");
    expect(content?.crisis.detector.detect("I want to die")[0]?.category).toBe("self-harm");
    expect(content?.templates.map((template) => template.id)).toContain("greeting");
    expect(content?.locales.kk).toMatch(/^welcome-back = /m);
  });

  it("hands out a frozen object: no feature can change what another reads", () => {
    const content = testContent();
    expect(Object.isFrozen(content)).toBe(true);
    expect(() => (content.templates as Template[]).push(content.templates[0]!)).toThrow(TypeError);
    const entry = content.knowledge.base.entries[0]!;
    expect(() => Object.assign(entry.en, { answer: "changed" })).toThrow(TypeError);
    expect(() => Object.assign(content.directory.centers[0]!, { lat: 0 })).toThrow(TypeError);
  });

  it("collects every problem of every part before failing, each with its file and line", () => {
    const content = copy();
    content.edit("scenarios/centers.yaml", (text) => text.replace("    lat: 43.6611", "    lat: north"));
    content.edit("scenarios/templates.yaml", (text) => text.replace("  - id: greeting", "  - id: Greeting!"));
    content.edit("scenarios/faq/law.yaml", (text) =>
      text.replace(/^ {2}- id: ([a-z-]+)$/m, "  - id: Bad_Id"),
    );
    content.edit("locales/en.ftl", (text) => text.replace(/^welcome-back = .*$/m, ""));
    let error: unknown;
    try {
      loadContent(content);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ContentError);
    const lines = (error as ContentError).message
      .split("\n")
      .map((line) => line.replace(/^.*?content-[^/]+\//, ""));
    expect(lines).toContainEqual(expect.stringMatching(/^scenarios\/centers\.yaml:\d+: centers\.\d+\.lat: /));
    expect(lines).toContainEqual(
      expect.stringMatching(/^scenarios\/templates\.yaml:5: templates\.0\.id: expected a short id/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^scenarios\/faq\/law\.yaml:\d+: entries\.0\.id: /));
    const welcome =
      readFileSync("locales/kk.ftl", "utf8")
        .split("\n")
        .findIndex((line) => line.startsWith("welcome-back =")) + 1;
    expect(lines).toContainEqual(
      `locales/en.ftl:1: "welcome-back" is missing (defined in kk.ftl:${welcome})`,
    );
  });

  it("names a missing file", () => {
    const content = copy();
    const { problems } = readContent({ ...content, scenarios: path.join(content.scenarios, "nowhere") });
    expect(
      problems.map((problem) => `${path.basename(problem.file)}:${problem.line}: ${problem.message}`),
    ).toEqual(
      expect.arrayContaining(["templates.yaml:1: file is missing", "categories.yaml:1: file is missing"]),
    );
  });
});
