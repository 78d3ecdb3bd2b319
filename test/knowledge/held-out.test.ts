// Judges the matcher on test/knowledge/held-out.yaml: phrasings written for outsiders' ways of asking.
// Nothing was tuned on it until it was measured once; since then it is a tuning set (its header says
// so), and held-out-2.yaml is the one never tuned on. It prints the figures and asserts only low floors.
// Phrasings for entries issue 10 asks for are reported as pending until the entries exist; those meant
// for the center directory or for no answer count only in "confident and wrong" (held-out.yaml has the
// before figures).
import { describe, expect, it } from "vitest";
import { classifyMatch } from "../../src/knowledge/match-decision.ts";
import { createMatcher } from "../../src/knowledge/matcher.ts";
import { faqLocales } from "../../src/knowledge/schema.ts";
import { testContent } from "../support/content.ts";
import {
  fedPhrasings,
  measure,
  normalise,
  PHRASING_KINDS,
  type Phrasing,
  readPhrasings,
  report,
} from "./phrasings.ts";

const heldOut = readPhrasings("held-out.yaml");
const evalSet = readPhrasings("eval-set.yaml");
const knowledgeBase = testContent().knowledge.base;
const matcher = createMatcher(knowledgeBase);

// Expectations that are not FAQ entries: the message must reach the center directory, or get no
// confident answer at all (insults, gibberish, off-topic).
const routes = ["directory", "none"];
// Entries issue 10 asks for that may not exist yet: their phrasings are reported as pending until
// they do, and are measured like the others from then on.
const askedForEntries = [
  "invited-to-meeting",
  "will-they-find-me",
  "parents-will-find-out",
  "mixed-marriage",
  "after-i-write",
  "counselor-languages",
];
// Entries added after this set was written, which none of its phrasings can name.
const entriesAfterThisSet = ["how-to-reach-us", "forced-to-attend"];
const exists = (item: Phrasing) => knowledgeBase.entriesById.has(item.expect);
const measurable = { cases: heldOut.cases.filter(exists), offTopic: heldOut.offTopic };
const pending = heldOut.cases.filter((item) => !exists(item) && !routes.includes(item.expect));

describe("the held-out set", () => {
  it("is large, about as big in each language, and names only entries that exist", () => {
    expect(heldOut.cases.length).toBeGreaterThanOrEqual(120);
    for (const item of heldOut.cases)
      expect(exists(item) || [...routes, ...askedForEntries].includes(item.expect), item.expect).toBe(true);
    expect(heldOut.cases.length).toBeGreaterThanOrEqual(300);
    const perLanguage = faqLocales.map(
      (locale) => heldOut.cases.filter((item) => item.lang === locale).length,
    );
    expect(Math.min(...perLanguage)).toBeGreaterThanOrEqual(40);
    expect(Math.min(...perLanguage) / Math.max(...perLanguage)).toBeGreaterThanOrEqual(0.9);
    // every entry is asked about, in more than one way
    for (const { id } of knowledgeBase.entries.filter(({ id }) => !entriesAfterThisSet.includes(id)))
      expect(heldOut.cases.filter((item) => item.expect === id).length, id).toBeGreaterThanOrEqual(3);
    const kinds = new Set(heldOut.cases.map((item) => item.kind));
    for (const kind of PHRASING_KINDS) expect(kinds.has(kind), kind).toBe(true);
  });

  it("is new: no entry's question or keyword, and no phrasing of the evaluation set", () => {
    expect(fedPhrasings(knowledgeBase, heldOut)).toEqual([]);
    const evaluated = new Set(evalSet.cases.map((item) => normalise(item.text)));
    expect(
      heldOut.cases.filter((item) => evaluated.has(normalise(item.text))).map((item) => item.text),
    ).toEqual([]);
  });
});

describe("matching phrasings nobody tuned on", () => {
  it("finds the expected entry among the first three in at least 80% of cases", () => {
    const accuracy = measure(matcher, measurable);
    console.log(report("knowledge matcher, held-out set (phrasings whose entry exists)", accuracy));
    const pendingIds = [...new Set(pending.map((item) => item.expect))];
    console.log(
      `held-out pending entries (not measured until they exist): ${pending.length} phrasings for ${pendingIds.join(", ") || "none"}`,
    );
    expect(accuracy.top3 / accuracy.total).toBeGreaterThanOrEqual(0.8);
  });

  it("answers straight away mostly right, and rarely when no entry answers", () => {
    const classified = measurable.cases.map((item) => ({
      item,
      found: classifyMatch(matcher.match(item.text)),
    }));
    const confident = classified.filter(({ found }) => found.kind === "confident");
    const right = confident.filter(
      ({ item, found }) => found.kind === "confident" && found.best.id === item.expect,
    );
    const offTopicConfident = heldOut.offTopic.filter(
      (text) => classifyMatch(matcher.match(text)).kind === "confident",
    );
    console.log(
      `held-out classification: ${confident.length} of ${measurable.cases.length} confident, ${right.length} of them right; ` +
        `off-topic confident: ${offTopicConfident.length} of ${heldOut.offTopic.length}`,
    );
    expect(right.length / Math.max(1, confident.length)).toBeGreaterThanOrEqual(0.8);
    expect(offTopicConfident.length).toBeLessThanOrEqual(heldOut.offTopic.length / 4);
  });

  it("prints how many phrasings get a confident answer from the wrong entry", () => {
    // A confident answer is the full answer shown first (classifyMatch "confident"); for a message
    // meant for the directory, for no answer, or for an entry that does not exist yet, any
    // confident answer is wrong.
    const groups = new Map<string, { total: number; confidentWrong: string[] }>();
    for (const item of heldOut.cases) {
      const group = routes.includes(item.expect) ? item.expect : exists(item) ? "entries" : "pending";
      const tally = groups.get(group) ?? { total: 0, confidentWrong: [] };
      groups.set(group, tally);
      tally.total++;
      const found = classifyMatch(matcher.match(item.text));
      if (found.kind === "confident" && found.best.id !== item.expect)
        tally.confidentWrong.push(`${item.expect} <- ${item.text} (answered ${found.best.id})`);
    }
    const wrong = [...groups.values()].flatMap((tally) => tally.confidentWrong);
    console.log(
      [
        `held-out confident and wrong: ${wrong.length} of ${heldOut.cases.length} (${[...groups]
          .map(([group, tally]) => `${group} ${tally.confidentWrong.length}/${tally.total}`)
          .join(", ")})`,
        ...wrong.map((line) => `  ${line}`),
      ].join("\n"),
    );
    expect([...groups.values()].reduce((sum, tally) => sum + tally.total, 0)).toBe(heldOut.cases.length);
  });
});
