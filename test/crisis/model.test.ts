// The crisis model (src/crisis/model.ts) inside the one detector, with the trained candidate
// (scenarios/crisis/model.candidate.json, read by the detector once renamed model.json): it speaks
// only when the rules found nothing; its file is checked on load; it stays small and fast; its
// figures on the development set (held-out-5, never trained on) are held as a floor.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectContent } from "../../src/content/load.ts";
import { ContentError } from "../../src/content/yaml.ts";
import { crisisCategories } from "../../src/crisis/categories.ts";
import { createCrisisDetector } from "../../src/crisis/detector.ts";
import { readCrisisModel } from "../../src/crisis/model.ts";
import { crisisLanguages, loadCrisisPhrases } from "../../src/crisis/phrases.ts";
import { testContent } from "../support/content.ts";
import { fifthHeldOutRound } from "./held-out-5.ts";

const file = path.join(projectContent.scenarios, "crisis", "model.candidate.json");
const { phrases, detector: rules } = testContent().crisis;
const model = readCrisisModel(file);
const detector = createCrisisDetector({ ...phrases, model });
const categoriesOf = (text: string) => detector.detect(text).map((match) => match.category);

describe("the crisis model in the detector", () => {
  it("leaves what the rules find as they found it", () => {
    for (const text of [
      "я больше не могу, выпью все таблетки",
      "this job is going to be the death of me",
      "he says he'll be waiting for me in Syria and bought me a ticket",
    ])
      expect(detector.detect(text), text).toEqual(rules.detect(text));
  });

  it("finds alone what the rules miss, naming its margin and the words it scored", () => {
    const cases = [
      ["i'll go to him in sham and my mom won't know", "travel-pressure"],
      ["hochu uehat k muzhu v siriyu, roditeli ne znayut", "travel-pressure"],
      ["қайын атам жеке куәлігімді бермейді", "danger"],
      ["qyzym 'qosh bolyndar' dep jazyp ketti", "self-harm"],
    ] as const;
    for (const [text, category] of cases) {
      expect(rules.detect(text), text).toEqual([]);
      const [match, ...more] = detector.detect(text);
      expect(more, text).toEqual([]);
      expect(match?.category, text).toBe(category);
      expect(match?.pattern, text).toMatch(/^model, margin \d+\.\d$/);
      expect(match?.matched, text).toBe(text);
    }
    expect(detector.detect("қайын атам жеке куәлігімді бермейді")[0]?.language).toBe("kk");
  });

  it("scores a long message a sentence at a time, so one signal among ordinary sentences counts", () => {
    const ordinary = "Сын хочет учиться в Астане, какие документы нужны для общежития. ".repeat(12);
    expect(categoriesOf(ordinary)).toEqual([]);
    expect(categoriesOf(`${ordinary}i'll go to him in sham and my mom won't know`)).toEqual([
      "travel-pressure",
    ]);
  });

  it("is a small file (its speed is measured by npm run bench, scripts/bench/crisis.ts)", () => {
    expect(statSync(file).size).toBeLessThan(2_000_000);
  });
});

describe("the model file", () => {
  /** A copy of scenarios/crisis with the given model file, or none. */
  function scenariosWithModel(text?: string): string {
    const scenarios = mkdtempSync(path.join(tmpdir(), "crisis-model-"));
    mkdirSync(path.join(scenarios, "crisis"));
    for (const name of ["kk.yaml", "ru.yaml", "en.yaml", "concepts.yaml"])
      copyFileSync(path.join(projectContent.scenarios, "crisis", name), path.join(scenarios, "crisis", name));
    if (text !== undefined) writeFileSync(path.join(scenarios, "crisis", "model.json"), text);
    return scenarios;
  }

  it("is validated on load: a broken one is a content problem naming the file", () => {
    const scenarios = scenariosWithModel(JSON.stringify({ about: "x", bias: [0, 0], weights: {} }));
    try {
      expect(() => loadCrisisPhrases(scenarios)).toThrow(ContentError);
      expect(() => loadCrisisPhrases(scenarios)).toThrow(/model\.json/);
    } finally {
      rmSync(scenarios, { recursive: true, force: true });
    }
  });

  it("is optional: without it the detector is the rules alone", () => {
    const scenarios = scenariosWithModel();
    try {
      const loaded = loadCrisisPhrases(scenarios);
      expect(loaded.model).toBeUndefined();
      expect(createCrisisDetector(loaded).detect("qyzym 'qosh bolyndar' dep jazyp ketti")).toEqual([]);
    } finally {
      rmSync(scenarios, { recursive: true, force: true });
    }
  });
});

describe("the candidate on the development set (held-out-5, never trained on)", () => {
  it("finds more than the rules alone, for one ordinary message more in 300, as a floor", () => {
    const found = { rules: [0, 0, 0, 0], model: [0, 0, 0, 0] };
    for (const language of crisisLanguages)
      crisisCategories.forEach((category, index) => {
        for (const text of fifthHeldOutRound.signals[language][category]) {
          if (rules.detect(text).some((match) => match.category === category)) found.rules[index]!++;
          if (categoriesOf(text).includes(category)) found.model[index]!++;
        }
      });
    const raised = fifthHeldOutRound.ordinary.filter((text) => categoriesOf(text).length > 0).length;
    console.log(
      `held-out-5 with the model: ${crisisCategories.map((category, index) => `${category} ${found.model[index]} (rules ${found.rules[index]})`).join(", ")}; ordinary raised ${raised}/${fifthHeldOutRound.ordinary.length}`,
    );
    // npx tsx scripts/crisis-model/train.ts --dry-run: 68, 67, 51, 56 of 96 each; 33 of 642 (rules: 31)
    const floor = [68, 67, 51, 56];
    crisisCategories.forEach((category, index) => {
      expect(found.model[index], category).toBeGreaterThanOrEqual(floor[index]!);
      expect(found.model[index], category).toBeGreaterThanOrEqual(found.rules[index]!);
    });
    expect(raised).toBeLessThanOrEqual(33);
  });
});
