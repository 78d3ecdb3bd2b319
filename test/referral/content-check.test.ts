import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { projectContent } from "../../src/content/load.ts";
import { ContentError, type ContentProblem, formatProblem } from "../../src/content/yaml.ts";
import { centersFile, loadDirectory, regionsFile } from "../../src/referral/directory.ts";
import { testContent } from "../support/content.ts";

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "referral-"));
  for (const file of [regionsFile, centersFile])
    cpSync(path.join(projectContent.scenarios, file), path.join(dir, file));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Every problem the directory's reader (a part of the content loader) finds in a folder. */
function checkDirectory(folder: string): ContentProblem[] {
  try {
    loadDirectory(folder);
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}

/** Replaces the first occurrence of `from` after the line containing `anchor`; returns the 1-based line. */
function breakCenters(anchor: string, from: string, to: string): number {
  const file = path.join(dir, centersFile);
  const lines = readFileSync(file, "utf8").split("\n");
  const start = lines.findIndex((line) => line.includes(anchor));
  const index = lines.findIndex((line, i) => i >= start && line.includes(from));
  expect(start, anchor).toBeGreaterThanOrEqual(0);
  expect(index, from).toBeGreaterThanOrEqual(0);
  lines[index] = lines[index]!.replace(from, to);
  writeFileSync(file, lines.join("\n"));
  return index + 1;
}

describe("the centers content check", () => {
  it("passes on the real files, which the content loader reads", () => {
    expect(checkDirectory(projectContent.scenarios)).toEqual([]);
    expect(testContent().directory.centers.map((center) => center.id)).toContain("akniet-aktau");
  });

  it("reports every kind of problem in a broken copy, each with its file and line", () => {
    const duplicateId = breakCenters("id: akniet-aktau", "id: akniet-aktau", "id: akniet-atyrau");
    const outside = breakCenters("id: public-association-kokshetau", "lat: 53.2841", "lat: 55.7558");
    const unknownRegion = breakCenters("id: akniet-zhezkazgan", "region: ulytau", "region: zhezkazgan");
    const badHours = breakCenters("id: hotline-114", 'wed: ["10:00-19:00"]', 'wed: ["10-19"]');
    const badPhone = breakCenters("id: hotline-114", 'phone: "114"', 'phone: "+7 12"');
    const missingTranslation = breakCenters("id: akniet-almaty", "en: Republican", "fr: Republican");

    const problems = checkDirectory(dir);
    const report = problems.map(formatProblem);
    const at = (line: number, text: string) =>
      expect(report, `line ${line}: ${text}`).toContainEqual(
        expect.stringMatching(new RegExp(`centers\\.yaml:${line}: .*${text}`)),
      );
    at(duplicateId, 'duplicate id "akniet-atyrau"');
    at(outside, "outside Kazakhstan");
    at(unknownRegion, 'unknown region code "zhezkazgan"');
    at(badHours, '"10-19" is not a time range');
    at(badPhone, "must be");
    // A missing key is reported where its mapping starts: the kk line, two lines above en.
    at(missingTranslation - 2, "name.en: missing translation");
    expect(problems.every((problem) => problem.file.endsWith(centersFile))).toBe(true);

    expect(() => loadDirectory(dir)).toThrow(ContentError);
  });

  it("reports a duplicate region code and a malformed file", () => {
    const regions = path.join(dir, regionsFile);
    writeFileSync(regions, readFileSync(regions, "utf8").replace("code: shymkent", "code: astana"));
    expect(checkDirectory(dir).map(formatProblem)).toContainEqual(
      expect.stringMatching(/regions\.yaml:\d+: regions\.\d+\.code: duplicate code "astana"/),
    );

    writeFileSync(path.join(dir, centersFile), "centers: [\n");
    const problems = checkDirectory(dir);
    expect(problems.some((problem) => problem.file.endsWith(centersFile))).toBe(true);
    expect(() => loadDirectory(dir)).toThrow(ContentError);
  });
});
