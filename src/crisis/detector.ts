// Finds crisis signals in a message, in every language at once (people mix them), in two passes:
// the patterns of scenarios/crisis/{kk,ru,en}.yaml (exact phrasings), then the concept rules of
// scenarios/crisis/concepts.yaml (words of the same kind found together, in any phrasing); then,
// when scenarios/crisis/model.json is there, the model (model.ts), which sees what the rules raised,
// may drop a match it finds ordinary and may add its own category (src/crisis/README.md).

import { withActsDone } from "./already-done.ts";
import { type CrisisCategory, crisisCategories, negatableCategories } from "./categories.ts";
import { type ConceptHit, compileConceptRules } from "./concept-rules.ts";
import { fearOfPolice } from "./fear-of-police.ts";
import { createCrisisModel, modelCategory } from "./model.ts";
import { compileNegationRules, isNegated, type NegationRules } from "./negation.ts";
import { type Entry, PatternIndex } from "./pattern-index.ts";
import { type CompiledPattern, compilePattern, compilePatterns, loosenPattern, matchAt } from "./patterns.ts";
import {
  type CrisisLanguage,
  type CrisisPhrases,
  crisisLanguages,
  exactGaps,
  figureGapsOf,
  gapsOf,
} from "./phrases.ts";
import { type Token, tokenize } from "./text.ts";

export interface CrisisMatch {
  category: CrisisCategory;
  /** The words of the message that matched, as the person wrote them. */
  matched: string;
  /** Which file and pattern (or concept rule: "intent + death") matched, so editors can see why. */
  language: CrisisLanguage;
  pattern: string;
  /** A firm concept rule (concepts.yaml) holds for this category too: the model may not drop the match. */
  firm?: true;
  /** Self-harm only: the act is told as already done ("already-done" in the files): pills taken, a deep cut. */
  done?: true;
}

export interface CrisisDetector {
  /** Every category found, most severe first, one match each; empty when there is none. */
  detect(text: string): CrisisMatch[];
}

interface PatternEntry extends Entry {
  category: CrisisCategory;
  negation?: NegationRules;
  /** A conflict zone named alone: dropped when the sentence tells of a past trip. */
  place?: boolean;
}

/** Where the "&" parts looked for so far stand in the current sentence (null: nowhere). */
interface SentenceParts {
  start: number;
  parts: Map<readonly CompiledPattern[], number[] | null>;
}

interface Found {
  entry: PatternEntry;
  positions: number[];
}

/** A pattern's or a concept rule's match, before categories claim their words. */
interface Hit extends ConceptHit {
  /** A concept rule's: only self-harm's words are denied to it (see detect). */
  concept?: boolean;
}

/** A four-digit year before this one ("2014", "2015-м", "2016жылы") tells of the past. */
const yearPattern = /^(?:19|20)\d\d(?!\d)/;

const pastMark = 1;
const presentMark = 2;

/** Compiles the phrases; throws PatternError on a pattern that does not compile. */
export function createCrisisDetector(phrases: CrisisPhrases): CrisisDetector {
  const patterns = new PatternIndex<PatternEntry>();
  const exclusions = new PatternIndex<Entry>();
  const contexts = new PatternIndex<Entry & { category: CrisisCategory }>();
  const timeWords = new PatternIndex<Entry & { mark: number }>();
  const currentYear = new Date().getFullYear();
  for (const language of crisisLanguages) {
    const file = phrases[language];
    const negation = compileNegationRules(file.negations);
    const adapt = language === "kk" ? loosenPattern : (pattern: CompiledPattern) => pattern;
    const add = (sources: readonly string[], category: CrisisCategory, place: boolean) => {
      for (const source of sources) {
        for (const compiled of compilePatterns(source, gapsOf(file), file.groups)) {
          const pattern = adapt(compiled);
          patterns.add({
            pattern,
            language,
            category,
            negation: negatableCategories.has(category) ? negation : undefined,
            place,
          });
        }
      }
    };
    for (const category of crisisCategories) add(file[category], category, false);
    add(file["travel-places"], "travel-pressure", true);
    const figures = (source: string) => compilePatterns(source, figureGapsOf(file), file.groups).map(adapt);
    for (const source of file.exclusions)
      for (const pattern of figures(source)) exclusions.add({ pattern, language });
    for (const category of crisisCategories) {
      for (const source of file["ordinary-context"][category] ?? []) {
        for (const pattern of figures(source)) contexts.add({ pattern, language, category });
      }
    }
    const { markers, present } = file["past-travel"];
    for (const source of markers) {
      timeWords.add({ pattern: adapt(compilePattern(source, exactGaps)), language, mark: pastMark });
    }
    for (const source of present) {
      timeWords.add({ pattern: adapt(compilePattern(source, exactGaps)), language, mark: presentMark });
    }
  }

  function excludedPositions(tokens: readonly Token[]): Uint8Array {
    const excluded = new Uint8Array(tokens.length);
    const candidates: Entry[] = [];
    for (let index = 0; index < tokens.length; index++) {
      exclusions.collect(tokens[index]!, candidates);
      for (const entry of candidates) {
        for (const position of matchAt(entry.pattern, tokens, index) ?? []) excluded[position] = 1;
      }
    }
    return excluded;
  }

  /** Per word: pastMark where a word tells of the past, presentMark where one tells of now. */
  function timeMarks(tokens: readonly Token[]): Uint8Array {
    const marks = new Uint8Array(tokens.length);
    const candidates: (Entry & { mark: number })[] = [];
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!;
      const year = yearPattern.exec(token.lower);
      if (year && Number(year[0]) < currentYear) marks[index] = pastMark;
      timeWords.collect(token, candidates);
      for (const entry of candidates) {
        for (const position of matchAt(entry.pattern, tokens, index) ?? []) marks[position] = entry.mark;
      }
    }
    return marks;
  }

  /**
   * Whether a word of the same sentence tells of the past with no word telling of now between it
   * and the match: "брат в 2014 уехал в сирию" is past, "в 2014 уехал, а теперь зовёт в шам" is not.
   */
  function toldAsPast(tokens: readonly Token[], marks: Uint8Array, positions: readonly number[]): boolean {
    const first = positions[0]!;
    const last = positions[positions.length - 1]!;
    const sentence = tokens[first]!.sentence;
    for (const [start, step] of [
      [first - 1, -1],
      [last + 1, 1],
    ] as const) {
      for (let index = start; index >= 0 && index < tokens.length; index += step) {
        if (tokens[index]!.sentence !== sentence || marks[index] === presentMark) break;
        if (marks[index] === pastMark) return true;
      }
    }
    return false;
  }

  /**
   * The positions of each "&" part of a pattern whose first part matched at `positions`: each
   * somewhere in the same sentence, not negated where the category takes negations; undefined if
   * a part is missing. `sentence` remembers where each part was found in the current sentence,
   * since many words of one sentence may start the same pattern.
   */
  function withParts(
    entry: PatternEntry,
    also: readonly (readonly CompiledPattern[])[],
    tokens: readonly Token[],
    positions: readonly number[],
    sentence: SentenceParts,
  ): number[] | undefined {
    const all = [...positions];
    for (const alternatives of also) {
      let part = sentence.parts.get(alternatives);
      if (part === undefined) {
        part = findInSentence(alternatives, tokens, sentence.start, entry.negation) ?? null;
        sentence.parts.set(alternatives, part);
      }
      if (!part) return undefined;
      all.push(...part);
    }
    return all.sort((a, b) => a - b);
  }

  function findInSentence(
    alternatives: readonly CompiledPattern[],
    tokens: readonly Token[],
    start: number,
    negation: NegationRules | undefined,
  ): number[] | undefined {
    const sentence = tokens[start]!.sentence;
    for (let index = start; index < tokens.length && tokens[index]!.sentence === sentence; index++) {
      for (const pattern of alternatives) {
        const positions = matchAt(pattern, tokens, index);
        if (positions && !(negation && isNegated(negation, tokens, positions, pattern.words))) {
          return positions;
        }
      }
    }
    return undefined;
  }

  function findAll(tokens: readonly Token[]): Found[] {
    const excluded = excludedPositions(tokens);
    const found: Found[] = [];
    const candidates: PatternEntry[] = [];
    let marks: Uint8Array | undefined;
    let sentenceStart = 0;
    let sentence: SentenceParts | undefined;
    for (let index = 0; index < tokens.length; index++) {
      // Words come in order: the first word of a new sentence is where it starts.
      if (index > 0 && tokens[index]!.sentence !== tokens[index - 1]!.sentence) {
        sentenceStart = index;
        sentence = undefined;
      }
      patterns.collect(tokens[index]!, candidates);
      for (const entry of candidates) {
        let positions = matchAt(entry.pattern, tokens, index);
        if (!positions) continue;
        if (entry.negation && isNegated(entry.negation, tokens, positions, entry.pattern.words)) continue;
        if (entry.pattern.also) {
          sentence ??= { start: sentenceStart, parts: new Map() };
          positions = withParts(entry, entry.pattern.also, tokens, positions, sentence);
          if (!positions) continue;
        }
        if (positions.some((position) => excluded[position] === 1)) continue;
        if (entry.place) {
          marks ??= timeMarks(tokens);
          if (toldAsPast(tokens, marks, positions)) continue;
        }
        found.push({ entry, positions });
      }
    }
    return found;
  }

  /** Per sentence, the categories its ordinary context cancels (a bit per category). */
  function ordinarySentences(tokens: readonly Token[]): Map<number, number> {
    const cancelled = new Map<number, number>();
    const candidates: (Entry & { category: CrisisCategory })[] = [];
    for (let index = 0; index < tokens.length; index++) {
      contexts.collect(tokens[index]!, candidates);
      for (const entry of candidates) {
        if (!matchAt(entry.pattern, tokens, index)) continue;
        const sentence = tokens[index]!.sentence;
        const bit = 1 << crisisCategories.indexOf(entry.category);
        cancelled.set(sentence, (cancelled.get(sentence) ?? 0) | bit);
      }
    }
    return cancelled;
  }

  const conceptRules =
    phrases.concepts &&
    compileConceptRules(
      phrases.concepts,
      Object.fromEntries(
        crisisLanguages.map((language) => [language, compileNegationRules(phrases[language].negations)]),
      ) as Record<CrisisLanguage, NegationRules>,
    );

  const model = phrases.model && createCrisisModel(phrases.model);

  /** The model's own match: the part it scored, its margin and the words that weighed most. */
  function modelMatch(text: string, category: CrisisCategory, margin: number, where: Token[]): CrisisMatch {
    const first = where[0]!;
    const last = where[where.length - 1]!;
    const words = model!
      .explain(where, category, 3)
      .map(({ word, weight }) => `${word} ${weight.toFixed(1)}`);
    return {
      category,
      matched: text.slice(first.start, last.end),
      language: languageOf(where),
      pattern: `model, margin ${margin.toFixed(1)}: ${words.join(", ")}`,
    };
  }

  const rules: CrisisDetector = {
    detect(text) {
      const tokens = tokenize(text);
      let hits: Hit[] = findAll(tokens).map(({ entry, positions }) => ({
        category: entry.category,
        positions,
        language: entry.language,
        source: entry.pattern.source,
      }));
      let cancelled = new Map<number, number>();
      if (conceptRules) {
        const scan = conceptRules.scan(tokens);
        cancelled = scan.cancelled;
        if (scan.hits.length > 0) {
          const excluded = excludedPositions(tokens);
          for (const hit of scan.hits)
            if (!hit.positions.some((position) => excluded[position] === 1))
              hits.push({ ...hit, concept: true });
        }
      }
      if (hits.length > 0) {
        for (const [sentence, bits] of ordinarySentences(tokens))
          cancelled.set(sentence, (cancelled.get(sentence) ?? 0) | bits);
        if (cancelled.size > 0) {
          hits = hits.filter((hit) => {
            const bits = cancelled.get(tokens[hit.positions[0]!]!.sentence) ?? 0;
            return (bits & (1 << crisisCategories.indexOf(hit.category))) === 0;
          });
        }
      }
      // Words that raised a more severe category cannot raise a milder one: "убью себя" is
      // self-harm, not a threat to others. Travel pressure is the exception: a passport taken
      // away is both a danger to the person and a sign that others arrange a trip. A concept rule
      // names its target, so only self-harm takes its words: "грозится застрелить отца" is a
      // danger told and a threat to the father.
      const firm = new Set(hits.filter((hit) => hit.firm).map((hit) => hit.category));
      const claimed = new Uint8Array(tokens.length);
      const bySelfHarm = new Uint8Array(tokens.length);
      const matches: CrisisMatch[] = [];
      for (const category of crisisCategories) {
        const own = hits.filter((hit) => hit.category === category);
        const free = (hit: Hit) =>
          category === "travel-pressure" ||
          !hit.positions.some((position) => (hit.concept ? bySelfHarm : claimed)[position] === 1);
        const chosen = own.find(free);
        for (const hit of own) for (const position of hit.positions) claimed[position] = 1;
        if (category === "self-harm") bySelfHarm.set(claimed);
        if (!chosen) continue;
        const first = tokens[chosen.positions[0]!]!;
        const last = tokens[chosen.positions[chosen.positions.length - 1]!]!;
        matches.push({
          category,
          matched: text.slice(first.start, last.end),
          language: chosen.language,
          pattern: chosen.source,
          ...(firm.has(category) && { firm: true as const }),
        });
      }
      if (!model || tokens.length === 0) return matches;
      const { margins, where } = model.score(
        tokens,
        matches.map((match) => match.category),
      );
      // The model drops a rule's match it finds ordinary; a margin of -Infinity means too few words
      // for it to judge, and the match stands, as a firm one does: the model, taught on short
      // messages, found "new friends are paying for his trip" ordinary among other worries.
      const { veto } = model;
      const kept = veto
        ? matches.filter(({ category, firm }) => {
            const margin = margins[crisisCategories.indexOf(category)]!;
            return firm || margin === -Infinity || margin >= veto[category];
          })
        : matches;
      if (matches.length > 0 && !model.alongside) return kept;
      const category = modelCategory(
        margins,
        model.thresholds,
        kept.map((match) => match.category),
      );
      if (!category || kept.some((match) => match.category === category)) return kept;
      // Nothing but the model's guess, and the message is a fear of the police: the fear-of-police answer's.
      if (kept.length === 0 && fearOfPolice(text)) return kept;
      const index = crisisCategories.indexOf(category);
      const found = modelMatch(text, category, margins[index]!, where[index]!);
      // Most severe first, as the rules' matches are, but the rules' first match keeps the lead: "he had his hands
      // around my throat" is danger first although the model adds self-harm (a guess from "throat").
      const [leading, ...rest] = kept;
      const severity = (match: CrisisMatch) => crisisCategories.indexOf(match.category);
      return [...(leading ? [leading] : []), ...[...rest, found].sort((a, b) => severity(a) - severity(b))];
    },
  };

  return withActsDone(rules, phrases);
}
/** A guess for the model's matches: Kazakh letters (either alphabet) say kk, other Cyrillic ru, else en. */
function languageOf(tokens: readonly Token[]): CrisisLanguage {
  const words = tokens.map((token) => token.lower).join(" ");
  if (/[әөүұқғңһіqğñşūäöüı]/.test(words)) return "kk";
  return /[а-яё]/.test(words) ? "ru" : "en";
}
