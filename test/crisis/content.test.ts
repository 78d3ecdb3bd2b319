import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { projectContent, readContent } from "../../src/content/load.ts";
import { ContentError } from "../../src/content/yaml.ts";
import { loadCrisisPhrases } from "../../src/crisis/phrases.ts";

let scenarios: string;

beforeEach(() => {
  scenarios = mkdtempSync(path.join(tmpdir(), "crisis-"));
  mkdirSync(path.join(scenarios, "crisis"));
  for (const language of ["kk", "ru", "en"]) {
    copyFileSync(
      path.join(projectContent.scenarios, "crisis", `${language}.yaml`),
      path.join(scenarios, "crisis", `${language}.yaml`),
    );
  }
});

afterEach(() => {
  rmSync(scenarios, { recursive: true, force: true });
});

const minimalFile = (body: string) => `words_between: 2
negations:
  words: [not]
  words_before: 3
${body}`;

const categories = `self-harm: [want to die]
danger: [beats me]
violence: [i will kill]
travel-pressure: [to sham]
`;

function writeEnglish(text: string): void {
  writeFileSync(path.join(scenarios, "crisis", "en.yaml"), text);
}

/** What the content loader (and so npm run content:check) reports about the crisis files. */
function problems(): string[] {
  return readContent({ ...projectContent, scenarios })
    .problems.filter((problem) => problem.file.includes(`${path.sep}crisis${path.sep}`))
    .map((problem) => `${path.basename(problem.file)}:${problem.line}: ${problem.message}`);
}

describe("crisis phrases content check", () => {
  it("passes the real phrases", () => {
    expect(readContent().problems.filter((problem) => problem.file.includes("crisis"))).toEqual([]);
  });

  it("passes a minimal valid file", () => {
    writeEnglish(minimalFile(categories));
    expect(problems()).toEqual([]);
    expect(loadCrisisPhrases(scenarios).en.violence).toEqual(["i will kill"]);
  });

  it("reports an empty category and a misspelt key with their lines", () => {
    writeEnglish(
      minimalFile(`self-harm: []
danger: [beats me]
violence: [i will kill]
travel_pressure: [to sham]
`),
    );
    const found = problems();
    expect(found).toContainEqual(expect.stringMatching(/^en\.yaml:5: self-harm: list at least one pattern/));
    expect(found).toContainEqual(expect.stringMatching(/^en\.yaml:1: .*travel_pressure/));
    expect(found).toContainEqual(expect.stringMatching(/^en\.yaml:1: travel-pressure: /));
  });

  it("reports patterns that do not compile or match the empty string, on their lines", () => {
    writeEnglish(
      minimalFile(`self-harm:
  - want to die
  - "(die|dead)*"
  - "k*ll"
  - "kіll"
danger:
  - ""
  - "*"
violence: [i will kill]
travel-pressure: [to sham]
exclusions: ["  "]
`),
    );
    expect(problems()).toEqual([
      'en.yaml:7: "(die|dead)*": "(die|dead)*" may only hold letters, digits, apostrophes and * at its end',
      'en.yaml:8: "k*ll": "k*ll" may only hold letters, digits, apostrophes and * at its end',
      'en.yaml:9: "kіll": "kіll" mixes Latin and Cyrillic letters (look for a Latin "a", "e", "o", "c")',
      'en.yaml:11: "": the pattern is empty and matches the empty string',
      'en.yaml:12: "*": a lone * matches the empty string',
      'en.yaml:15: "  ": the pattern is empty and matches the empty string',
    ]);
  });

  it("reports a stem too short for *, a pattern listed twice and a bad negation", () => {
    writeEnglish(`words_between: 2
negations:
  words: [not, "n't*x"]
  words_before: 3
self-harm: [want to die, "d*", Want  to die]
${categories.split("\n").slice(1).join("\n")}`);
    expect(problems()).toEqual([
      'en.yaml:3: "n\'t*x": "n\'t*x" may only hold letters, digits, apostrophes and * at its end',
      'en.yaml:5: "d*": "d*" needs at least two letters before * (it would match too many words)',
      'en.yaml:5: "Want  to die" is listed twice (also line 5)',
    ]);
  });

  it("reports an unknown group, a misplaced + or ... and a bad group entry", () => {
    writeEnglish(
      minimalFile(`groups:
  pills: [pills, "p*"]
self-harm:
  - all my <pills>
  - all my <drugs>
  - + want to die
  - want ... + die
  - want to die +
danger: [beats me]
violence: [i will kill]
travel-pressure: [to sham]
travel-places: [to syria]
past-travel:
  markers: [ago]
  present: [now]
`),
    );
    expect(problems()).toEqual([
      'en.yaml:6: "p*": "p*" needs at least two letters before * (it would match too many words)',
      'en.yaml:9: "all my <drugs>": <drugs> is not a group of this file',
      'en.yaml:10: "+ want to die": "+" must stand between two words',
      'en.yaml:11: "want ... + die": "+" must stand between two words',
      'en.yaml:12: "want to die +": a pattern may not end with + or ...',
    ]);
  });

  it("reports Kazakh verb suffixes that are not Cyrillic letters", () => {
    writeEnglish(`words_between: 2
negations:
  words: [not]
  words_before: 3
  verb_suffixes: [ма, "m*"]
  verb_endings: [й]
${categories}`);
    expect(problems()).toEqual(['en.yaml:5: "m*": a verb suffix or ending is Cyrillic letters only']);
  });

  it("reports a YAML syntax error and a missing file, and load throws them all", () => {
    writeEnglish("words_between: [2\n");
    rmSync(path.join(scenarios, "crisis", "kk.yaml"));
    const found = problems();
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^kk\.yaml:1: missing: crisis phrases for "kk"/);
    expect(found[1]).toMatch(/^en\.yaml:\d+: /);
    expect(() => loadCrisisPhrases(scenarios)).toThrow(ContentError);
  });
});
