// Figures of speech as classes (scenarios/crisis/*.yaml, exclusions and ordinary contexts with groups): killing
// or dying said of a trifle, a feeling, time, a game; finding a friend in a crowd; saying no such thought; and the
// real signal next to each, which must still be raised. Phrasings written for this test, none from a held-out round.
import { describe, expect, it } from "vitest";
import { compilePatterns } from "../../src/crisis/patterns.ts";
import { figureGapsOf } from "../../src/crisis/phrases.ts";
import { testContent } from "../support/content.ts";
import { figuresOfSpeech as figures } from "./pinned.ts";

const { detector } = testContent().crisis;
const categoriesOf = (text: string) => detector.detect(text).map((match) => match.category);

const signals: [string, string][] = [
  ["i want to kill myself, failed the exam", "self-harm"],
  ["я убью себя из-за контрольной", "self-harm"],
  ["он сказал что убьёт меня", "danger"],
  ["отец меня убьёт если узнает", "danger"],
  ["i don't want to live anymore", "self-harm"],
  ["не хочу жить", "self-harm"],
  ["я тебя найду и ты пожалеешь", "violence"],
  ["сын составил список учителей которых хочет убить", "violence"],
  ["he won't let me go out of the flat", "danger"],
  ["муж грозится убить меня", "danger"],
];

describe("figures of speech, as classes", () => {
  it("keeps a figure of each class quiet, in kk, ru and en", () => {
    for (const text of figures) expect(categoriesOf(text), text).toEqual([]);
  });

  it("still raises the real signal next to each class", () => {
    for (const [text, category] of signals) expect(categoriesOf(text), text).toContain(category);
  });

  it("reads a group and a wide gap in an exclusion, other words stand next to each other", () => {
    const file = { words_between: 3, wide_words_between: 6 } as Parameters<typeof figureGapsOf>[0];
    const [pattern] = compilePatterns("<kill> ... <trifle>", figureGapsOf(file), {
      kill: ["убью"],
      trifle: ["цену"],
    });
    expect(pattern!.gaps).toEqual([6]);
    expect(compilePatterns("kill some time", figureGapsOf(file), {})[0]!.gaps).toEqual([0, 0]);
  });
});
