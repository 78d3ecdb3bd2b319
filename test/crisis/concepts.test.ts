// The concept rules of scenarios/crisis/concepts.yaml: how a rule holds (one word of each concept
// in one sentence, within the window), negations, absent concepts, ordinary contexts, and the
// content check that reports a wrong file with its line.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { projectContent, readContent } from "../../src/content/load.ts";
import type { CrisisConcepts } from "../../src/crisis/concepts.ts";
import { createCrisisDetector } from "../../src/crisis/detector.ts";
import {
  type CrisisLanguage,
  type CrisisLanguagePhrases,
  loadCrisisPhrases,
} from "../../src/crisis/phrases.ts";

const phrases = loadCrisisPhrases(projectContent.scenarios);
const none = { kk: [], ru: [], en: [] };

/** Each language's negations, with no patterns, so that only the concepts given can match. */
function withoutPatterns(language: CrisisLanguage): CrisisLanguagePhrases {
  const nothing = ["никогдатакоенепишут"];
  return {
    ...phrases[language],
    exclusions: [],
    "ordinary-context": {},
    "travel-places": [],
    "self-harm": nothing,
    danger: nothing,
    violence: nothing,
    "travel-pressure": nothing,
  };
}

function detectorWith(concepts: Partial<CrisisConcepts>) {
  const detector = createCrisisDetector({
    kk: withoutPatterns("kk"),
    ru: withoutPatterns("ru"),
    en: withoutPatterns("en"),
    concepts: {
      window: 4,
      negatable: [],
      ordinary: {},
      firm: {},
      rules: {},
      concepts: {},
      ...concepts,
    },
  });
  return (text: string) => detector.detect(text).map((match) => `${match.category}: ${match.pattern}`);
}

const pills = { ...none, en: ["pills", "tablets"], ru: ["таблет*"], kk: ["дәрі*"] };
const ready = { ...none, en: ["ready", "lined+up"], ru: ["готов*"], kk: ["дайын*"] };

describe("crisis concept rules", () => {
  const detect = detectorWith({
    concepts: { pills, ready, birthday: { ...none, en: ["birthday"] } },
    rules: { "self-harm": [["pills", "ready"]] },
    ordinary: { "self-harm": ["birthday"] },
  });

  it("raise their category when a word of each concept stands near, in any order and language", () => {
    expect(detect("the pills are ready")).toContain("self-harm: pills + ready");
    expect(detect("ready, all the tablets")).toContain("self-harm: pills + ready");
    expect(detect("таблетки уже готовы")).toContain("self-harm: pills + ready");
    expect(detect("дәрілер дайын")).toContain("self-harm: pills + ready");
    expect(detect("dariler dayin")).toContain("self-harm: pills + ready");
  });

  it("need the words in one sentence and within the window", () => {
    expect(detect("the pills. ready")).toEqual([]);
    expect(detect("pills one two three four five ready")).toEqual([]);
    expect(detect("pills one two three ready")).toContain("self-harm: pills + ready");
  });

  it("are cancelled in a sentence that has an ordinary concept of their category", () => {
    expect(detect("the pills are ready for the birthday")).toEqual([]);
    expect(detect("birthday tomorrow. the pills are ready")).toContain("self-harm: pills + ready");
  });

  it("let a negation cancel the words of a negatable concept only", () => {
    const kill = { ...none, en: ["kill"], ru: ["убью"], kk: ["өлтір*"] };
    const them = { ...none, en: ["them"], ru: ["их"], kk: ["оларды"] };
    const negatable = detectorWith({
      concepts: { kill, them },
      negatable: ["kill"],
      rules: { violence: [["kill", "them"]] },
    });
    expect(negatable("i will kill them")).toContain("violence: kill + them");
    expect(negatable("i would never kill them")).toEqual([]);
    expect(negatable("я их не убью")).toEqual([]);
    expect(negatable("оларды өлтірмеймін")).toEqual([]);
    expect(negatable("оларды өлтіремін")).toContain("violence: kill + them");
  });

  it("do not hold where a concept marked with - stands near", () => {
    const want = { ...none, en: ["want"] };
    const die = { ...none, en: ["die"] };
    const others = { ...none, en: ["them"] };
    const detectOthers = detectorWith({
      concepts: { want, die, others },
      rules: { "self-harm": [["want", "die", "-others"]], violence: [["others", "die"]] },
    });
    expect(detectOthers("i want to die")).toEqual(["self-harm: want + die + -others"]);
    expect(detectOthers("i want them to die")).toEqual(["violence: others + die"]);
  });
});

describe("crisis concepts content check", () => {
  let scenarios: string;

  beforeEach(() => {
    scenarios = mkdtempSync(path.join(tmpdir(), "crisis-concepts-"));
    mkdirSync(path.join(scenarios, "crisis"));
    for (const file of ["kk.yaml", "ru.yaml", "en.yaml"]) {
      copyFileSync(path.join(projectContent.scenarios, "crisis", file), path.join(scenarios, "crisis", file));
    }
  });

  afterEach(() => {
    rmSync(scenarios, { recursive: true, force: true });
  });

  const write = (text: string) => writeFileSync(path.join(scenarios, "crisis", "concepts.yaml"), text);
  /** What the content loader (and so npm run content:check) reports about the crisis files. */
  const problems = () =>
    readContent({ ...projectContent, scenarios })
      .problems.filter((problem) => problem.file.includes(`${path.sep}crisis${path.sep}`))
      .map((problem) => `${path.basename(problem.file)}:${problem.line}: ${problem.message}`);

  it("loads the real concepts with the phrases", () => {
    expect(readContent().problems.filter((problem) => problem.file.includes("crisis"))).toEqual([]);
    expect(Object.keys(phrases.concepts?.rules ?? {})).toEqual([
      "self-harm",
      "danger",
      "violence",
      "travel-pressure",
    ]);
  });

  it("reports a rule naming an unknown concept with its line", () => {
    write(`window: 5
rules:
  self-harm:
    - [pills, redy]
concepts:
  pills:
    en: [pills]
`);
    expect(problems()).toEqual(['concepts.yaml:4: rules.self-harm.0.1: no concept "redy"']);
  });

  it("reports a word that does not compile with its line", () => {
    write(`window: 5
rules:
  self-harm:
    - [pills]
concepts:
  pills:
    en: [pills]
    ru: ["таб лет* ..."]
`);
    expect(problems()).toEqual([expect.stringMatching(/^concepts\.yaml:8: /)]);
  });

  it("refuses a rule made only of absent concepts", () => {
    write(`window: 5
rules:
  danger:
    - [-pills]
concepts:
  pills:
    en: [pills]
`);
    expect(problems()).toEqual(["concepts.yaml:4: rules.danger.0: a rule needs a concept that is present"]);
  });

  it("refuses a firm rule that is not a rule of its category", () => {
    write(`window: 5
rules:
  danger:
    - [pills]
firm:
  self-harm:
    - [pills]
concepts:
  pills:
    en: [pills]
`);
    expect(problems()).toEqual(["concepts.yaml:7: firm.self-harm.0: not a rule of self-harm: pills"]);
  });

  it("is optional: a directory without concepts.yaml has the patterns only", () => {
    expect(problems()).toEqual([]);
    expect(loadCrisisPhrases(scenarios).concepts).toBeUndefined();
  });
});
