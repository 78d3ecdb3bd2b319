// Shared by the tests that judge the matcher on sets of labelled phrasings (eval-set.yaml, held-out.yaml).
import { expect } from "vitest";
import { type PhrasingSet, readPhrasingSet } from "../../scripts/eval/faq.ts";
import { DEVELOPMENT_SET, DEVELOPMENT_SET_5, TUNING_SETS } from "../../scripts/eval/faq-dev.ts";
import type { KnowledgeBase } from "../../src/knowledge/knowledge-base.ts";
import type { Matcher } from "../../src/knowledge/matcher.ts";
import { faqLocales } from "../../src/knowledge/schema.ts";

export type { Phrasing, PhrasingSet } from "../../scripts/eval/faq.ts";

export function readPhrasings(file: string): PhrasingSet & { offTopic: string[] } {
  const set = readPhrasingSet(file);
  return { ...set, offTopic: set.offTopic ?? [] };
}

/** Case, spaces and end punctuation aside, two phrasings are the same. */
/** Outcomes a phrasing may expect besides an entry: the center directory, or no confident answer at all. */
export const ROUTES = ["directory", "none"];
/** How a phrasing of a held-out set is written (its `kind`); each set has every kind. */
export const PHRASING_KINDS = [
  "plain",
  "typo",
  "latin-kk",
  "translit",
  "slang",
  "short",
  "long",
  "mixed",
  "third-person",
  "first-person",
];

/**
 * A tuning round's own phrasings are well formed and new: no phrasing twice, only outcomes that exist, no
 * entry's question or keyword copied, and none repeated from the sets in `earlierFiles`.
 */
export function expectNewTuningSet(
  knowledgeBase: KnowledgeBase,
  tuning: PhrasingSet,
  earlierFiles: string[],
) {
  const earlier = new Set(
    earlierFiles.map(readPhrasings).flatMap((set) => set.cases.map((item) => normalise(item.text))),
  );
  const texts = tuning.cases.map((item) => normalise(item.text));
  expect(new Set(texts).size).toBe(texts.length);
  for (const item of tuning.cases)
    expect(knowledgeBase.entriesById.has(item.expect) || ROUTES.includes(item.expect), item.expect).toBe(
      true,
    );
  expect(fedPhrasings(knowledgeBase, tuning)).toEqual([]);
  expect(tuning.cases.filter((item) => earlier.has(normalise(item.text))).map((item) => item.text)).toEqual(
    [],
  );
}

export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[\s?!.,…]+$/u, "")
    .trim();
}

/** The phrasings that are, normalised, an entry's question, keyword or other way to ask it: the matcher was fed those. */
export function fedPhrasings(knowledgeBase: KnowledgeBase, set: PhrasingSet): string[] {
  const fed = new Set(
    knowledgeBase.entries.flatMap((entry) =>
      faqLocales.flatMap((locale) =>
        [
          entry[locale].question,
          ...entry[locale].keywords,
          ...(knowledgeBase.asked[locale].get(entry.id) ?? []),
        ].map(normalise),
      ),
    ),
  );
  return set.cases.filter((item) => fed.has(normalise(item.text))).map((item) => item.text);
}

export interface Accuracy {
  total: number;
  top1: number;
  top3: number;
  /** Per kind and per language ("lang:ru"). */
  groups: Map<string, { total: number; top1: number; top3: number }>;
  /** "rank expected <- text" for every phrasing not found first. */
  misses: string[];
}

export function measure(matcher: Matcher, set: PhrasingSet): Accuracy {
  const accuracy: Accuracy = { total: 0, top1: 0, top3: 0, groups: new Map(), misses: [] };
  for (const item of set.cases) {
    const rank = matcher.match(item.text, { limit: 3 }).findIndex((result) => result.id === item.expect);
    for (const tally of [accuracy, group(accuracy, item.kind), group(accuracy, `lang:${item.lang}`)]) {
      tally.total++;
      if (rank === 0) tally.top1++;
      if (rank >= 0) tally.top3++;
    }
    if (rank !== 0) accuracy.misses.push(`${rank < 0 ? "-" : rank + 1} ${item.expect} <- ${item.text}`);
  }
  return accuracy;
}

function group(accuracy: Accuracy, name: string) {
  let tally = accuracy.groups.get(name);
  if (!tally) {
    tally = { total: 0, top1: 0, top3: 0 };
    accuracy.groups.set(name, tally);
  }
  return tally;
}

export function report(name: string, accuracy: Accuracy): string {
  const percent = (count: number, total: number) => `${((count / total) * 100).toFixed(1)}%`;
  const line = (label: string, { total, top1, top3 }: { total: number; top1: number; top3: number }) =>
    `${label}: ${total}, top-1 ${percent(top1, total)}, top-3 ${percent(top3, total)}`;
  return [
    line(name, accuracy),
    ...[...accuracy.groups]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([label, tally]) => `  ${line(label, tally)}`),
    `  not first (rank, expected <- text):\n    ${accuracy.misses.join("\n    ")}`,
  ].join("\n");
}

/** A round's own probes (`file`), new against every other tuning set and the spent development sets. */
export function expectNewRoundProbes(knowledgeBase: KnowledgeBase, file: string) {
  expectNewTuningSet(knowledgeBase, readPhrasings(file), [
    ...TUNING_SETS.filter((other) => other !== file),
    DEVELOPMENT_SET,
    DEVELOPMENT_SET_5,
  ]);
}
