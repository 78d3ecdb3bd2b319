// The pattern language of scenarios/crisis/*.yaml, kept simple enough for non-engineers:
//   "хочу умереть"   words in this order, with up to N other words between them (N per file)
//   "мен+болмаймын"  + joins words that must stand next to each other
//   "отобрал* ... паспорт"  ... allows a wider gap (the file's wide_words_between)
//   "повес*"         * ends a word: any ending ("повеситься", "повесилась")
//   "выпил* <pills>" <name> is any entry of the file's group "name"
//   "мен+болмаймын." a final . means the last word ends its clause ("ертең мен болмаймын", not
//                    "мен болмаймын ертең кеңесте")
//   "паспорт* & <holders> & забрал*"  & joins parts that must all be found in the same sentence,
//                    in any order: a family tells the same thing in many word orders
//   "*n't"           in negation lists only, * may start a word: any beginning ("don't", "won't")
// The words of a pattern never reach across the end of a sentence (. ! ? or a new line).
// Kazakh and Russian words are written in Cyrillic and also match Latin spellings and Kazakh typed
// on a Russian keyboard (see text.ts); a soft sign is optional unless it comes right before *.
import { isCyrillicWord, isLatinWord, looseVowels, type Token, wordForms } from "./text.ts";

export class PatternError extends Error {
  constructor(
    readonly pattern: string,
    reason: string,
  ) {
    super(`"${pattern}": ${reason}`);
    this.name = "PatternError";
  }
}

export interface WordMatcher {
  script: "latin" | "cyrillic";
  /** The word in the form it is compared in (Token.latin or Token.bare). */
  stem: string;
  /** "word*": any ending. */
  anyEnding: boolean;
  /** "*word": any beginning, compared with Token.lower (negation lists only). */
  anyBeginning: boolean;
  /** A Cyrillic stem that ends in a soft sign before *: the token's key must start with it. */
  keyPrefix?: string;
  /** A Kazakh word: compared with Token.loose, ы read as и (see looseVowels in text.ts). */
  loose?: boolean;
  /** A Kazakh word's stem as written, with ы: what a word typed in Cyrillic is looked up by. */
  writtenStem?: string;
}

/**
 * One word of a pattern, as the spellings it may take: one, or every single-word entry of a group
 * it names ("<weapons>"), so that "<weapons> ... <places>" stays one pattern, not their product.
 */
export type PatternWord = readonly WordMatcher[];

export interface CompiledPattern {
  source: string;
  words: PatternWord[];
  /** gaps[i]: how many other words may stand between words[i] and words[i + 1]. */
  gaps: number[];
  /** The last word must be the last of its clause. */
  endsClause: boolean;
  /**
   * "a & b & c": the parts after the first, each to be found somewhere in the same sentence as
   * the first, as any one of its alternatives (a group entry of several words is one of them).
   */
  also?: CompiledPattern[][];
}

export interface Gaps {
  /** Between words separated by a space. */
  wordsBetween: number;
  /** Between words separated by "...". */
  wideWordsBetween: number;
}

const allowedCharacters = /^\*?[\p{L}\p{M}\p{N}'’ʼ‘`]+\*?$/u;

export function compileWord(
  source: string,
  word: string,
  options: { anyBeginning?: boolean } = {},
): WordMatcher {
  if (word === "*" || word === "**") throw new PatternError(source, "a lone * matches the empty string");
  if (!allowedCharacters.test(word)) {
    throw new PatternError(source, `"${word}" may only hold letters, digits, apostrophes and * at its end`);
  }
  const anyBeginning = word.startsWith("*");
  if (anyBeginning && !options.anyBeginning) {
    throw new PatternError(source, `"${word}": * may only end a word (only negations may start with *)`);
  }
  const anyEnding = word.endsWith("*");
  if (anyBeginning && anyEnding)
    throw new PatternError(source, `"${word}": * on both sides matches too much`);
  const letters = word.replace(/^\*|\*$/g, "");
  const latin = isLatinWord(letters);
  if (latin && isCyrillicWord(letters)) {
    throw new PatternError(
      source,
      `"${word}" mixes Latin and Cyrillic letters (look for a Latin "a", "e", "o", "c")`,
    );
  }
  const forms = wordForms(letters);
  if (anyBeginning) return wordMatcher("latin", forms.lower, false, true);
  const stem = latin ? forms.latin : forms.bare;
  const key = latin ? forms.latin : forms.key;
  if (stem.length === 0)
    throw new PatternError(source, `"${word}" has no letters and matches the empty string`);
  const keyPrefix = !latin && anyEnding && key.endsWith("ь") ? key : undefined;
  const matcher = wordMatcher(latin ? "latin" : "cyrillic", stem, anyEnding, false, keyPrefix);
  if (anyEnding && (matcher.keyPrefix ?? stem).length < 2) {
    throw new PatternError(
      source,
      `"${word}" needs at least two letters before * (it would match too many words)`,
    );
  }
  return matcher;
}

/**
 * Every matcher has the same fields in the same order: they are read for every word of every
 * message, and objects of one shape keep that fast.
 */
function wordMatcher(
  script: WordMatcher["script"],
  stem: string,
  anyEnding: boolean,
  anyBeginning: boolean,
  keyPrefix?: string,
  loose?: boolean,
  writtenStem?: string,
): WordMatcher {
  return { script, stem, anyEnding, anyBeginning, keyPrefix, loose, writtenStem };
}

const connectors = { "+": "adjacent", "...": "wide", "…": "wide" } as const;

/** A placeholder for a group of single words, left in the text by compilePatterns. */
const choiceReference = /^<([^<>]*)>$/;

/**
 * Words of a pattern and the gaps between them; hyphens split words like the tokenizer does
 * ("self-harm", "ұрып-соғады"). `choices` holds the spellings a "<name>" word may take.
 */
export function compilePattern(
  source: string,
  gaps: Gaps,
  choices: Readonly<Record<string, PatternWord>> = {},
): CompiledPattern {
  const endsClause = /[^.]\.\s*$/.test(source);
  const pieces = (endsClause ? source.replace(/\.\s*$/, "") : source)
    .split(/(\+|\.\.\.|…)|[\s\-–—]+/)
    .filter((piece) => piece !== undefined && piece !== "");
  if (pieces.length === 0)
    throw new PatternError(source, "the pattern is empty and matches the empty string");
  const pattern: CompiledPattern = { source, words: [], gaps: [], endsClause, also: undefined };
  let connector: "adjacent" | "wide" | undefined;
  for (const piece of pieces) {
    const next = connectors[piece as keyof typeof connectors];
    if (next !== undefined) {
      if (connector !== undefined || pattern.words.length === 0) {
        throw new PatternError(source, `"${piece}" must stand between two words`);
      }
      connector = next;
      continue;
    }
    if (pattern.words.length > 0) {
      pattern.gaps.push(
        connector === "adjacent" ? 0 : connector === "wide" ? gaps.wideWordsBetween : gaps.wordsBetween,
      );
    }
    const choice = choiceReference.exec(piece)?.[1];
    const spellings = choice === undefined ? undefined : choices[choice];
    pattern.words.push(spellings ?? [compileWord(source, piece)]);
    connector = undefined;
  }
  if (connector !== undefined) throw new PatternError(source, "a pattern may not end with + or ...");
  return pattern;
}

const groupReference = /<([^<>]*)>/g;
/** A group entry that is one word, with no clause end: it can be one of a word's spellings. */
const singleWord = /^[^\s+.…\-–—<>]+$/;

/**
 * The patterns a source stands for. A group's single-word entries become the spellings of one
 * word; each entry of several words makes a pattern of its own ("to <places>" with "the mosque").
 * Each keeps the source as written, so content editors see which line matched.
 */
export function compilePatterns(
  source: string,
  gaps: Gaps,
  groups: Readonly<Record<string, readonly string[]>>,
): CompiledPattern[] {
  const parts = source.split(/\s+&\s+/);
  if (parts.length > 1 && parts.some((part) => part.trim() === "")) {
    throw new PatternError(source, "& must stand between two parts");
  }
  const [first, ...rest] = parts.map((part) => alternativesOf(part, source, gaps, groups));
  const also = rest.length > 0 ? rest : undefined;
  for (const pattern of first!) pattern.also = also;
  return first!;
}

/** One part of a source (all of it when it has no &), as the patterns its groups expand to. */
function alternativesOf(
  part: string,
  source: string,
  gaps: Gaps,
  groups: Readonly<Record<string, readonly string[]>>,
): CompiledPattern[] {
  let texts = [part];
  const choices: Record<string, PatternWord> = {};
  for (const [reference, name] of part.matchAll(groupReference)) {
    const entries = Object.hasOwn(groups, name!) ? groups[name!] : undefined;
    if (!entries) throw new PatternError(source, `${reference} is not a group of this file`);
    const single = entries.filter((entry) => singleWord.test(entry.trim()));
    const several = entries.filter((entry) => !singleWord.test(entry.trim()));
    // Group names may hold hyphens, which split words: the placeholder is a number.
    const placeholder = `<${Object.keys(choices).length}>`;
    if (single.length > 0)
      choices[placeholder.slice(1, -1)] = single.map((entry) => compileWord(source, entry.trim()));
    texts = texts.flatMap((text) => [
      ...(single.length > 0 ? [text.replace(reference, placeholder)] : []),
      ...several.map((entry) => text.replace(reference, () => entry)),
    ]);
  }
  return texts.map((text) => {
    const pattern = compilePattern(text, gaps, choices);
    pattern.source = source;
    return pattern;
  });
}

/** The pattern as Kazakh patterns are matched: its Cyrillic words with ы read as и. */
export function loosenPattern(pattern: CompiledPattern): CompiledPattern {
  const loosen = (word: WordMatcher): WordMatcher =>
    word.script !== "cyrillic" || word.anyBeginning
      ? word
      : wordMatcher(
          word.script,
          looseVowels(word.stem),
          word.anyEnding,
          false,
          word.keyPrefix === undefined ? undefined : looseVowels(word.keyPrefix),
          true,
          word.stem,
        );
  return {
    source: pattern.source,
    words: pattern.words.map((spellings) => spellings.map(loosen)),
    gaps: pattern.gaps,
    endsClause: pattern.endsClause,
    also: pattern.also?.map((part) => part.map(loosenPattern)),
  };
}

/**
 * A word with many spellings (a group such as <travel>), filed by the form each spelling is
 * compared in: whole stems in `exact`, stems before * under their first two letters in `prefixes`.
 * "&" parts look for such words at every word of a sentence, so a linear scan would cost dearly.
 */
interface SpellingLookup {
  exact: Record<FormKind, Map<string, WordMatcher>>;
  prefixes: Record<FormKind, Map<string, WordMatcher[]>>;
  /** "*n't": any beginning, tried one by one. */
  rest: WordMatcher[];
  /** The forms some spelling is compared in: a Kazakh group needs only the loose one. */
  kinds: FormKind[];
}

type FormKind = "latin" | "bare" | "loose";
/** Below this many spellings a linear scan is as fast. */
const lookupFrom = 6;
const lookups = new WeakMap<PatternWord, SpellingLookup>();

function formKind(word: WordMatcher): FormKind {
  return word.script === "latin" ? "latin" : word.loose ? "loose" : "bare";
}

function lookupOf(word: PatternWord): SpellingLookup {
  let lookup = lookups.get(word);
  if (lookup) return lookup;
  const maps = <T>() => ({
    latin: new Map<string, T>(),
    bare: new Map<string, T>(),
    loose: new Map<string, T>(),
  });
  lookup = { exact: maps<WordMatcher>(), prefixes: maps<WordMatcher[]>(), rest: [], kinds: [] };
  for (const spelling of word) {
    const kind = formKind(spelling);
    if (!lookup.kinds.includes(kind)) lookup.kinds.push(kind);
    if (spelling.anyBeginning) lookup.rest.push(spelling);
    else if (!spelling.anyEnding) {
      if (!lookup.exact[kind].has(spelling.stem)) lookup.exact[kind].set(spelling.stem, spelling);
    } else {
      const key = spelling.stem.slice(0, 2);
      const list = lookup.prefixes[kind].get(key);
      if (list) list.push(spelling);
      else lookup.prefixes[kind].set(key, [spelling]);
    }
  }
  lookups.set(word, lookup);
  return lookup;
}

/** The spelling of a pattern word that this token takes, if any. */
export function spellingOf(word: PatternWord, token: Token): WordMatcher | undefined {
  if (word.length >= lookupFrom) return spellingByLookup(word, token);
  for (const spelling of word) if (wordMatches(spelling, token)) return spelling;
  return undefined;
}

function spellingByLookup(word: PatternWord, token: Token): WordMatcher | undefined {
  const lookup = lookupOf(word);
  for (const kind of lookup.kinds) {
    const form = kind === "latin" ? token.latin : kind === "bare" ? token.bare : token.loose;
    const exact = lookup.exact[kind].get(form);
    if (exact) return exact;
    const candidates = lookup.prefixes[kind].get(form.slice(0, 2));
    if (candidates) for (const spelling of candidates) if (wordMatches(spelling, token)) return spelling;
  }
  for (const spelling of lookup.rest) if (wordMatches(spelling, token)) return spelling;
  return undefined;
}

export function wordMatches(word: WordMatcher, token: Token): boolean {
  if (word.anyBeginning) return token.lower.endsWith(word.stem);
  const form = word.script === "latin" ? token.latin : word.loose ? token.loose : token.bare;
  if (!word.anyEnding) return form === word.stem;
  if (!form.startsWith(word.stem)) return false;
  return word.keyPrefix === undefined || keyOf(word, token).startsWith(word.keyPrefix);
}

function keyOf(word: WordMatcher, token: Token): string {
  return word.loose ? looseVowels(token.key) : token.key;
}

/**
 * Finds the pattern's words in order starting at tokens[first], each within its gap of the
 * previous one and in the same sentence; returns the positions of the matched words, or undefined.
 */
export function matchAt(
  pattern: CompiledPattern,
  tokens: readonly Token[],
  first: number,
): number[] | undefined {
  if (!spellingOf(pattern.words[0]!, tokens[first]!)) return undefined;
  const positions = [first];
  return extendMatch(pattern, tokens, positions) ? positions : undefined;
}

/** Tries each place for the next word in turn, backtracking when a later word cannot follow. */
function extendMatch(pattern: CompiledPattern, tokens: readonly Token[], positions: number[]): boolean {
  const word = pattern.words[positions.length];
  const previous = positions[positions.length - 1]!;
  if (word === undefined) {
    return !pattern.endsClause || tokens[previous + 1]?.clause !== tokens[previous]!.clause;
  }
  const sentence = tokens[previous]!.sentence;
  const last = Math.min(tokens.length - 1, previous + 1 + pattern.gaps[positions.length - 1]!);
  for (let position = previous + 1; position <= last; position++) {
    const token = tokens[position]!;
    if (token.sentence !== sentence) break;
    if (!spellingOf(word, token)) continue;
    positions.push(position);
    if (extendMatch(pattern, tokens, positions)) return true;
    positions.pop();
  }
  return false;
}
