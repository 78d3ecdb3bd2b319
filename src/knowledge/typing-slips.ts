// Typing slips: a message's word the index does not know ("sings", "anonymus", "қорғймын") read as a word of the
// knowledge base as written that is one slip away (a letter dropped, added or changed, or two neighbours
// swapped). Compared as written, not as keys: a stemmer cuts a misspelt word anywhere ("sings" → "sing", four
// letters, while "signs" → "sign"), so its key can be further from the right one than the word is. Found
// SymSpell-style: every word of the base is stored under each of its one-letter deletions at start, so a
// lookup is a few map reads, not a scan. README.md, "Typing slips", says why these lengths and weights.
import { findPlace, findPlaceNearby } from "../referral/place-names.ts";
import { latinToCyrillic } from "../text/kazakh-latin.ts";
import { foldKazakh } from "./kazakh-stemmer.ts";
import type { FaqLocale } from "./schema.ts";
import { plainRussian } from "./stopwords.ts";
import type { Token } from "./tokens.ts";
import { editDistance } from "./vocabulary.ts";

/**
 * A shorter word, of the message or of the base, has too many neighbours one slip away to guess from ("sing" is
 * also "sign" and "song"; "вышел" would be "выше").
 */
export const MIN_SLIP_LENGTH = 5;
/** More words than this one slip away is no guess at all. */
const MAX_SLIP_WORDS = 4;
const MEMO_SIZE = 10_000;

/**
 * How a word is compared: Cyrillic with the letters people type without a Kazakh keyboard folded and
 * ё, ь, ъ dropped (so "қорғймын" meets "қорғаймын" by one slip, not three); Latin as typed.
 */
export function spellingOf(word: string): string {
  return /[\u0400-\u04ff]/.test(word) ? foldKazakh(plainRussian(word)) : word;
}

/** How much a Latin-letter word read as Kazakh or Russian counts, in the message's language or not. */
export interface TransliterationWeights {
  transliterationPreferred: number;
  transliterationOther: number;
}

export class TypingSlips {
  /** The base's words as spelt, each with the term it is keyed to (several for a spelling of two languages). */
  private readonly spellings: string[] = [];
  private readonly terms: number[][] = [];
  private readonly bySpelling = new Map<string, number>();
  /**
   * Each one-letter deletion of a spelling, by its hash (a few bytes, where a string would take tens: the
   * deletions are most of the memory; a collision only adds a candidate that the edit distance rejects) →
   * the spelling it is a deletion of, or the several.
   */
  private readonly byDeletion = new Map<number, number | number[]>();
  private readonly memo = new Map<string, readonly number[]>();

  /** `words`: the base's words as written, with their terms. */
  constructor(words: ReadonlyMap<string, readonly number[]>) {
    for (const [word, wordTerms] of words) {
      const spelling = spellingOf(word);
      if (spelling.length < MIN_SLIP_LENGTH) continue;
      let at = this.bySpelling.get(spelling);
      if (at === undefined) {
        at = this.spellings.length;
        this.bySpelling.set(spelling, at);
        this.spellings.push(spelling);
        this.terms.push([]);
        for (const deletion of new Set(deletionsOf(spelling))) {
          const hash = hashOf(deletion);
          const found = this.byDeletion.get(hash);
          if (found === undefined) this.byDeletion.set(hash, at);
          else if (typeof found === "number") this.byDeletion.set(hash, [found, at]);
          else found.push(at);
        }
      }
      const terms = this.terms[at] as number[];
      for (const term of wordTerms) if (!terms.includes(term)) terms.push(term);
    }
  }

  /**
   * Calls `visit` with each term a message's word may be a slip of, and how much that reading counts: a word
   * in Latin letters is also read as Kazakh and as Russian translit, for less (as word-keys.ts reads it).
   * Never a number or a place name: the directory reads those, with slips of its own (findPlaceNearby).
   */
  read(
    token: Token,
    language: FaqLocale | undefined,
    weights: TransliterationWeights,
    visit: (term: number, weight: number) => void,
  ): void {
    if (token.script === "number" || findPlace(token.word) || findPlaceNearby(token.word)) return;
    const readAs = (spelling: string, weight: number) => {
      for (const term of this.near(spelling)) visit(term, weight);
    };
    if (token.script === "cyrillic") {
      readAs(spellingOf(token.word), 1);
      return;
    }
    const transliterated = (reading: "kk" | "ru") =>
      language === reading ? weights.transliterationPreferred : weights.transliterationOther;
    readAs(token.word, 1);
    readAs(spellingOf(latinToCyrillic(token.word, "kk")), transliterated("kk"));
    readAs(spellingOf(latinToCyrillic(token.word, "ru")), transliterated("ru"));
  }

  /** The terms of the base's words one slip from `spelling` (none if it is short, or has too many). */
  near(spelling: string): readonly number[] {
    const found = this.memo.get(spelling);
    if (found) return found;
    if (this.memo.size >= MEMO_SIZE) this.memo.clear();
    const near = spelling.length < MIN_SLIP_LENGTH ? [] : this.findNear(spelling);
    this.memo.set(spelling, near);
    return near;
  }

  private findNear(spelling: string): readonly number[] {
    const candidates = new Set<number>();
    const addDeletionsOf = (deletion: string) => {
      const found = this.byDeletion.get(hashOf(deletion));
      if (typeof found === "number") candidates.add(found);
      else for (const at of found ?? []) candidates.add(at);
    };
    addDeletionsOf(spelling);
    for (const deletion of deletionsOf(spelling)) {
      const exact = this.bySpelling.get(deletion);
      if (exact !== undefined) candidates.add(exact);
      addDeletionsOf(deletion);
    }
    const near: number[] = [];
    for (const at of candidates) {
      const candidate = this.spellings[at] ?? "";
      // Words sharing a deletion are at most two apart; a swap of two neighbours is one slip.
      if (candidate !== spelling && editDistance(spelling, candidate, 1) === 1) near.push(at);
    }
    if (near.length > MAX_SLIP_WORDS) return [];
    return [...new Set(near.flatMap((at) => this.terms[at] ?? []))];
  }
}

/** FNV-1a, 32 bits. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < text.length; at++) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
  return hash >>> 0;
}

function deletionsOf(word: string): string[] {
  const deletions: string[] = [];
  for (let at = 0; at < word.length; at++) deletions.push(word.slice(0, at) + word.slice(at + 1));
  return deletions;
}
