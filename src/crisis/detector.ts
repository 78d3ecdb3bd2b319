// Finds crisis signals in a message, in every language at once (people mix them). Patterns are
// compiled once and indexed by their first word (whole, or the first letters of a stem before *),
// so a message only tries the few patterns that can start at each of its words.
import { type CrisisCategory, crisisCategories, negatableCategories } from "./categories.ts";
import { compileNegationRules, isNegated, type NegationRules } from "./negation.ts";
import { type CompiledPattern, compilePattern, compilePatterns, matchAt } from "./patterns.ts";
import { type CrisisLanguage, type CrisisPhrases, crisisLanguages, exactGaps, gapsOf } from "./phrases.ts";
import { type Token, tokenize } from "./text.ts";

export interface CrisisMatch {
  category: CrisisCategory;
  /** The words of the message that matched, as the person wrote them. */
  matched: string;
  /** Which file and pattern matched, so content editors can see why. */
  language: CrisisLanguage;
  pattern: string;
}

export interface CrisisDetector {
  /** Every category found, most severe first, one match each; empty when there is none. */
  detect(text: string): CrisisMatch[];
}

interface Entry {
  pattern: CompiledPattern;
  language: CrisisLanguage;
}

interface PatternEntry extends Entry {
  category: CrisisCategory;
  negation?: NegationRules;
  /** A conflict zone named alone: dropped when the sentence tells of a past trip. */
  place?: boolean;
}

interface Found {
  entry: PatternEntry;
  positions: number[];
}

class PatternIndex<T extends Entry> {
  /**
   * Per script: `exact` files a pattern under its first word when that word has no *; `prefixes[n]`
   * files one under the first n letters of a stem before * (n up to 3), so that "топор*" is not
   * tried on "то" or "только".
   */
  private readonly maps = {
    latin: { exact: new Map<string, T[]>(), prefixes: [1, 2, 3].map(() => new Map<string, T[]>()) },
    cyrillic: { exact: new Map<string, T[]>(), prefixes: [1, 2, 3].map(() => new Map<string, T[]>()) },
  };

  /** Files the pattern under each spelling of its first word, once per place. */
  add(entry: T): void {
    for (const word of entry.pattern.words[0]!) {
      const maps = this.maps[word.script];
      const length = Math.min(3, word.stem.length);
      const map = word.anyEnding ? maps.prefixes[length - 1]! : maps.exact;
      const key = word.anyEnding ? word.stem.slice(0, length) : word.stem;
      const list = map.get(key);
      if (list?.at(-1) === entry) continue;
      if (list) list.push(entry);
      else map.set(key, [entry]);
    }
  }

  /** Replaces the contents of `into` with the patterns whose first word may match this token. */
  collect(token: Token, into: T[]): void {
    into.length = 0;
    collectFrom(this.maps.latin, token.latin, into);
    collectFrom(this.maps.cyrillic, token.bare, into);
  }
}

function collectFrom<T>(
  maps: { exact: Map<string, T[]>; prefixes: Map<string, T[]>[] },
  form: string,
  into: T[],
): void {
  append(into, maps.exact.get(form));
  for (let length = 1; length <= 3 && length <= form.length; length++) {
    append(into, maps.prefixes[length - 1]!.get(form.slice(0, length)));
  }
}

function append<T>(into: T[], list: readonly T[] | undefined): void {
  if (list) for (const item of list) into.push(item);
}

/** A four-digit year before this one ("2014", "2015-м", "2016жылы") tells of the past. */
const yearPattern = /^(?:19|20)\d\d(?!\d)/;

const pastMark = 1;
const presentMark = 2;

/** Compiles the phrases; throws PatternError on a pattern that does not compile. */
export function createCrisisDetector(phrases: CrisisPhrases): CrisisDetector {
  const patterns = new PatternIndex<PatternEntry>();
  const exclusions = new PatternIndex<Entry>();
  const timeWords = new PatternIndex<Entry & { mark: number }>();
  const currentYear = new Date().getFullYear();
  for (const language of crisisLanguages) {
    const file = phrases[language];
    const negation = compileNegationRules(file.negations);
    const add = (sources: readonly string[], category: CrisisCategory, place: boolean) => {
      for (const source of sources) {
        for (const pattern of compilePatterns(source, gapsOf(file), file.groups)) {
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
    for (const source of file.exclusions)
      exclusions.add({ pattern: compilePattern(source, exactGaps), language });
    const { markers, present } = file["past-travel"];
    for (const source of markers) {
      timeWords.add({ pattern: compilePattern(source, exactGaps), language, mark: pastMark });
    }
    for (const source of present) {
      timeWords.add({ pattern: compilePattern(source, exactGaps), language, mark: presentMark });
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

  function findAll(tokens: readonly Token[]): Found[] {
    const excluded = excludedPositions(tokens);
    const found: Found[] = [];
    const candidates: PatternEntry[] = [];
    let marks: Uint8Array | undefined;
    for (let index = 0; index < tokens.length; index++) {
      patterns.collect(tokens[index]!, candidates);
      for (const entry of candidates) {
        const positions = matchAt(entry.pattern, tokens, index);
        if (!positions || positions.some((position) => excluded[position] === 1)) continue;
        if (entry.negation && isNegated(entry.negation, tokens, positions, entry.pattern.words)) continue;
        if (entry.place) {
          marks ??= timeMarks(tokens);
          if (toldAsPast(tokens, marks, positions)) continue;
        }
        found.push({ entry, positions });
      }
    }
    return found;
  }

  return {
    detect(text) {
      const tokens = tokenize(text);
      const found = findAll(tokens);
      // Words that raised a more severe category cannot raise a milder one: "убью себя" is
      // self-harm, not a threat to others.
      const claimed = new Uint8Array(tokens.length);
      const matches: CrisisMatch[] = [];
      for (const category of crisisCategories) {
        const own = found.filter((item) => item.entry.category === category);
        const chosen = own.find((item) => !item.positions.some((position) => claimed[position] === 1));
        for (const item of own) for (const position of item.positions) claimed[position] = 1;
        if (!chosen) continue;
        const first = tokens[chosen.positions[0]!]!;
        const last = tokens[chosen.positions[chosen.positions.length - 1]!]!;
        matches.push({
          category,
          matched: text.slice(first.start, last.end),
          language: chosen.entry.language,
          pattern: chosen.entry.pattern.source,
        });
      }
      return matches;
    },
  };
}
