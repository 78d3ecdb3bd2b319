// Decides whether a match is negated: "I would never hurt anyone", "не собираюсь никого убивать",
// "ешкімді өлтірмеймін". Russian and English negate with a word before the verb; Kazakh negates
// the verb itself with -ма/-ме/-ба/-бе/-па/-пе and a person ending, often on a verb after the match
// ("өлтіргім келмейді"), so each language says how far before and after to look.
import {
  compileWord,
  PatternError,
  type PatternWord,
  spellingOf,
  type WordMatcher,
  wordMatches,
} from "./patterns.ts";
import { isLatinWord, type Token, wordForms } from "./text.ts";

export interface NegationSettings {
  words: string[];
  words_before: number;
  words_after: number;
  verb_suffixes: string[];
  verb_endings: string[];
}

export interface NegationRules {
  words: WordMatcher[];
  before: number;
  after: number;
  /** Tells a negated ending after a matched stem: "өлтір*" + "меймін". */
  negatedEnding?: RegExp;
  /** Tells a negated verb near the match: "келмейді". */
  negatedVerb?: RegExp;
}

function verbPart(source: string): string {
  if (!/^[\p{Script=Cyrillic}]+$/u.test(source)) {
    throw new PatternError(source, "a verb suffix or ending is Cyrillic letters only");
  }
  return wordForms(source).bare;
}

export function compileNegationWord(source: string): WordMatcher {
  const matcher = compileWord(source, source.trim(), { anyBeginning: true });
  if (matcher.anyBeginning && !isLatinWord(source)) {
    throw new PatternError(source, "* may start only a Latin negation such as *n't");
  }
  return matcher;
}

export function compileNegationRules(settings: NegationSettings): NegationRules {
  const rules: NegationRules = {
    words: settings.words.map(compileNegationWord),
    before: settings.words_before,
    after: settings.words_after,
  };
  if (settings.verb_suffixes.length > 0 || settings.verb_endings.length > 0) {
    if (settings.verb_suffixes.length === 0 || settings.verb_endings.length === 0) {
      throw new PatternError("verb_suffixes", "verb_suffixes and verb_endings go together");
    }
    const suffixes = settings.verb_suffixes.map(verbPart).join("|");
    const endings = settings.verb_endings.map(verbPart).join("|");
    // After a known stem the suffix may also end the word: "өлтірме!" (don't kill).
    rules.negatedEnding = new RegExp(`^(?:${suffixes})(?:${endings}|$)`, "u");
    rules.negatedVerb = new RegExp(`^\\p{L}{2,}(?:${suffixes})(?:${endings})`, "u");
  }
  return rules;
}

function isNegationWord(rules: NegationRules, token: Token): boolean {
  for (const word of rules.words) if (wordMatches(word, token)) return true;
  return false;
}

/**
 * Whether the words matched at `positions` (by `words`) are negated: a negation word shortly before
 * them in the same clause or between them, a negated ending on a matched stem, or a negation
 * shortly after them in the same clause.
 */
export function isNegated(
  rules: NegationRules,
  tokens: readonly Token[],
  positions: readonly number[],
  words: readonly PatternWord[],
): boolean {
  const first = positions[0]!;
  const last = positions[positions.length - 1]!;
  const clause = tokens[first]!.clause;
  for (let index = Math.max(0, first - rules.before); index < first; index++) {
    const token = tokens[index]!;
    if (token.clause === clause && isNegationWord(rules, token)) return true;
  }
  for (let index = first + 1; index < last; index++) {
    if (!positions.includes(index) && isNegationWord(rules, tokens[index]!)) return true;
  }
  if (rules.negatedEnding) {
    for (const [wordIndex, position] of positions.entries()) {
      const token = tokens[position]!;
      const word = spellingOf(words[wordIndex]!, token);
      if (word?.script !== "cyrillic" || !word.anyEnding) continue;
      if (rules.negatedEnding.test(token.bare.slice(word.stem.length))) return true;
    }
  }
  const lastClause = tokens[last]!.clause;
  for (let index = last + 1; index <= Math.min(tokens.length - 1, last + rules.after); index++) {
    const token = tokens[index]!;
    if (token.clause !== lastClause) break;
    if (isNegationWord(rules, token) || rules.negatedVerb?.test(token.bare)) return true;
  }
  return false;
}
