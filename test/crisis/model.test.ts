// The crisis model (src/crisis/model.ts) inside the one detector, as the bot reads it from
// scenarios/crisis/model.json: it speaks only when the rules found nothing and the message has enough
// words; its matches say which words weighed; its file is checked on load and stays small; its figures
// on the development set (held-out-5 and held-out-6, never trained on) are held as a floor.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { developmentExamples } from "../../scripts/crisis-model/corpus.ts";
import { projectContent } from "../../src/content/load.ts";
import { ContentError } from "../../src/content/yaml.ts";
import { crisisCategories } from "../../src/crisis/categories.ts";
import { createCrisisDetector } from "../../src/crisis/detector.ts";
import { loadCrisisPhrases } from "../../src/crisis/phrases.ts";
import { testContent } from "../support/content.ts";

const file = path.join(projectContent.scenarios, "crisis", "model.json");
// The content keeps the patterns without the model (its weights live in the detector only).
const { phrases: withoutModel, detector } = testContent().crisis;
const { model } = loadCrisisPhrases(projectContent.scenarios);
const rules = createCrisisDetector(withoutModel);
const categoriesOf = (text: string) => detector.detect(text).map((match) => match.category);

describe("the crisis model in the detector", () => {
  it("is in use", () => {
    expect(model?.minimumWords).toBeGreaterThan(3);
  });

  it("keeps the rules' matches on plain signals, and every self-harm match (questions about suicide get the gentle reply)", () => {
    for (const text of [
      "я больше не могу, выпью все таблетки",
      "he says he'll be waiting for me in Syria and bought me a ticket",
      "ұлым таблеткаларды жинап жүр, маған кешір деп жазды",
      "what does the quran say about taking your own life",
      "this job is going to be the death of me",
    ])
      expect(detector.detect(text), text).toEqual(expect.arrayContaining(rules.detect(text)));
  });

  it("finds alone what the rules miss, naming its margin and the words that weighed most", () => {
    const cases = [
      ["qyzym 'qosh bolyndar' dep jazyp ketti", "self-harm", "kk"],
      ["olar meni qorqytyp, aqsha bermeseñ suretterdi taratamyz deidi", "danger", "kk"],
      // ("інім бәрін жазалаймыз, кәпірлер жауап береді дейді" is the rules' since crisistune9: punishing "we" and a target)
      ["кездестірсем мойнын үземін, шын айтам", "violence", "kk"],
      ["мой муж говорит что мы поедем жить к его братьям по вере, уже собрал сумки", "travel-pressure", "ru"],
      [
        "they keep telling her the real muslims live over there and she should join them soon",
        "travel-pressure",
        "en",
      ],
    ] as const;
    for (const [text, category, language] of cases) {
      expect(rules.detect(text), text).toEqual([]);
      const [match, ...more] = detector.detect(text);
      expect(more, text).toEqual([]);
      expect(match, text).toMatchObject({ category, language, matched: text });
      expect(match?.pattern, text).toMatch(/^model, margin \d+\.\d: \S+ \d+\.\d(, \S+ \d+\.\d){0,2}$/);
    }
  });

  it("drops a rule's match it finds ordinary, and adds its category next to the rules' own", () => {
    // Retrained with round 8 (crisistune9), the model vetoes only travel pressure: the rules' danger and violence
    // matches stand ("after football practice my legs are all bruised" is danger again, as the rules read it).
    const tournament = "тренер везёт команду на турнир в бишкек, всё оплачивает федерация";
    expect(rules.detect(tournament).map((match) => match.category)).toEqual(["travel-pressure"]);
    expect(detector.detect(tournament)).toEqual([]);
    const knife = "ағам әйелін ұрып жүр, енді пышақпен қорқытады";
    expect(rules.detect(knife).map((match) => match.category)).toEqual(["danger"]);
    expect(categoriesOf(knife)).toEqual(["danger", "violence"]);
  });

  it("gives function words no weight of their own: a pronoun or 'said' never raises a line alone", () => {
    // Raised before crisistune15 ("they" weighed 3.4 towards danger, "олар" and "деді" towards travel pressure).
    for (const text of [
      "what's the next step once I reach out to you, do they call me?",
      "he said they will call him on friday",
      "олар маған телефонымды беруді сұрады, ата-анама айтпа деді",
      "olar magan telefonymdy berudi surady, ata-anama aitpa dedi",
      "олар ертең хабарласамыз деді",
    ])
      expect(categoriesOf(text), text).toEqual([]);
  });

  it("never speaks alone on a line of fewer words than its minimum, whatever the words", () => {
    for (const text of [
      "help me please",
      "помогите",
      "three",
      "Мен әлі күтіп отырмын",
      "Мне уже лучше",
      "danger",
      "ölgim keledi",
    ])
      expect(detector.detect(text), text).toEqual(rules.detect(text));
  });

  it("scores a long message a sentence at a time, so one signal among ordinary sentences counts", () => {
    const ordinary = "Сын хочет учиться в Астане, какие документы нужны для общежития. ".repeat(12);
    expect(categoriesOf(ordinary)).toEqual([]);
    expect(categoriesOf("как помочь брату? ".repeat(600))).toEqual([]);
    const signal = "qyzym 'qosh bolyndar' dep jazyp ketti";
    expect(categoriesOf(`${ordinary}${signal}`)).toEqual(["self-harm"]);
  });

  it("is a small file (its speed is measured by npm run bench, scripts/bench/crisis.ts)", () => {
    expect(statSync(file).size).toBeLessThan(5_000_000);
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
    const thresholds = { "self-harm": 1, danger: 1, violence: 1, "travel-pressure": 1 };
    const rowsShort = { about: "x", bias: [0, 0, 0, 0, 0], thresholds, minimumWords: 4 };
    for (const broken of [
      { about: "x", bias: [0, 0], weights: {} },
      // Two features, but weights for one: the rows would be read out of step.
      { ...rowsShort, features: ["w a", "w b"], weights: [0, 0, 0, 0, 0] },
    ]) {
      const scenarios = scenariosWithModel(JSON.stringify(broken));
      try {
        expect(() => loadCrisisPhrases(scenarios)).toThrow(ContentError);
        expect(() => loadCrisisPhrases(scenarios)).toThrow(/model\.json/);
      } finally {
        rmSync(scenarios, { recursive: true, force: true });
      }
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

describe("the development set's even half (held-out-5 and held-out-6, nothing chosen on it)", () => {
  it("finds more than the rules alone in every category, raising no more ordinary messages, as a floor", () => {
    const found = { rules: [0, 0, 0, 0], model: [0, 0, 0, 0] };
    const raised = { rules: 0, model: 0 };
    for (const { text, label } of developmentExamples("even")) {
      const byRules = rules.detect(text).map((match) => match.category);
      const byBoth = categoriesOf(text);
      if (label === "ordinary") {
        if (byRules.length > 0) raised.rules++;
        if (byBoth.length > 0) raised.model++;
        continue;
      }
      const index = crisisCategories.indexOf(label);
      if (byRules.includes(label)) found.rules[index]!++;
      if (byBoth.includes(label)) found.model[index]!++;
    }
    console.log(
      `development even half: ${crisisCategories.map((category, index) => `${category} ${found.model[index]} (rules ${found.rules[index]})`).join(", ")} of 96 each; ordinary raised ${raised.model} (rules ${raised.rules}) of 631`,
    );
    // npx tsx scripts/crisis-model/train.ts --dry-run, "even half": 90, 86, 86, 89 of 96 and 4 of 631 raised since
    // crisistune20 (round 19 trained on, its classes in the rules). Violence's floor is lowered by three: the odd
    // half's choice moved violence's threshold 0.25 -> 2.75 (violence was not its lowest category, so fewer raised won),
    // which costs four here; rounds left out in turn decide (src/crisis/README.md, "Round 19 spent"). 88, 86, 90, 89 and 6 since
    // crisistune19 (round 18 trained on, its false raises quiet as classes, pruned at 0.131 for model.json's size:
    // at 0.121 it gave 90, 86, 92, 89 and 6 but 5,023,861 bytes). Self-harm's floor is lowered by one: weights are
    // kept to 0.01, so there is no pruning between the two, and the pruning alone moves these 96 by two; 91, 86, 92,
    // 89 of 96 and 7 of 631 raised since crisistune17 (round 16 trained on, its classes widened in the rules, hand-written hard negatives for being made
    // to attend). Danger's floor is lowered by one for five signals more in the other three categories and one
    // ordinary message fewer (89, 87, 89, 88 and 8 before, crisistune16); 91, 87, 89, 88 of 96 and 7 of 631 raised since
    // crisistune15 (round 14 trained on, function words without features of their own, pruning at 0.12). Danger's
    // floor is lowered by one: rounds 3-14 left out in turn went 4970 -> 5029 of 5445 found and 77 -> 65 of 7277
    // ordinary raised (src/crisis/README.md, "Round 14 spent"), while danger here moves by a few messages with the
    // odd half's thresholds (85 pruning at 0.11). 89, 88, 89, 87 of 96 and 10 of 631 raised since
    // crisistune14 (round 13 and training round g trained on, a feature for the window's length, pruning at 0.11).
    // Travel pressure's floor is lowered by one and the ordinary one loosened by one: rounds 3-13 left out in turn
    // went 4551 -> 4580 of 4917 found (travel pressure 1172 -> 1174) and 68 -> 60 of 6572 ordinary raised
    // (src/crisis/README.md, "Round 13 spent"), while these 96 move by several messages with the odd half's
    // thresholds (violence 79, 89 and 79 here pruning at 0.1, 0.11 and 0.12). 88, 86, 86, 88 of 96 and 9 raised since
    // crisistune13 (round 12 and training rounds c to f trained on, thresholds aiming at a 92% floor, the figures of
    // speech pinned as ordinary). Self-harm's floor is lowered by two: without the pinned figures the same model gave
    // 90, 88, 86, 89, so these 96 move by two with a few dozen lines of data, while rounds 3-12 left out in turn
    // went 989 -> 993 of 1098 self-harm signals found and 68 -> 60 of 5884 ordinary raised (src/crisis/README.md,
    // "Round 12 spent"); 90, 86, 83, 88 and 12 raised
    // (rules alone: 56, 64, 41, 63 and 4) since the questions about being found out were pinned as ordinary
    // (test/crisis/pinned.ts foundOutQuestions: twelve lines moved this half by a few messages each way, while
    // rounds 3-11 left out in turn went 3553 -> 3560 of 3861 found, 62 raised either way); 91, 84, 82, 90 and 11
    // since crisistune12b (training rounds a and b); 89, 84, 81, 87 and 10
    // since crisistune12 (round 11 trained on, ordinary weighing 1.25); 89, 84, 81, 86 and 9 since crisistune11;
    // 87, 84, 79, 86 and 11 since crisistune9; before, 84, 77, 67, 82 and 13 (rules alone 54, 63, 37, 63 and 13).
    const floor = [88, 86, 86, 87];
    crisisCategories.forEach((category, index) => {
      expect(found.model[index], category).toBeGreaterThanOrEqual(floor[index]!);
      expect(found.model[index], category).toBeGreaterThanOrEqual(found.rules[index]!);
    });
    // The rules alone now raise 4 of these 631: the model raises 5 more for its 116 more signals, within its
    // 2% aim on the odd half, so it is held under its own figure, no longer under the rules' count.
    // 10, one more than crisistune11's 9: every setting that kept 9 here raised more over the spent rounds left
    // out in turn (src/crisis/README.md, "Round 11 spent"), so the leave-one-round-out figure decided. 11 since
    // training rounds a and b: 6 more signals here, and more found with fewer raised over rounds 3-11 left out in
    // turn ("Training rounds a and b").
    expect(raised.model).toBeLessThanOrEqual(10); // 9 before crisistune14, 12 before crisistune13, 11 before the pinned questions, 10 before crisistune12b, 9 before crisistune12, 11 before crisistune11
  });
});
