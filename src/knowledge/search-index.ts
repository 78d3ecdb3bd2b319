// The matcher's inverted index: for every term, the entries that have it and how strongly, in flat
// typed arrays (little memory, fast loops, quick to build). A term is a key (word-keys.ts), a synonym group
// (synonyms.yaml) or a pair of neighbouring keys of an entry's question, keyword or other way to ask it.
import type { Asked } from "./asked.ts";
import { type FaqEntry, type FaqLocale, faqLocales } from "./schema.ts";
import { GENERIC_WORDS } from "./stopwords.ts";
import type { SynonymGroup } from "./synonyms.ts";
import { type Script, scanWords } from "./tokens.ts";
import { keysInLocale, wordKeyInLocale } from "./word-keys.ts";

export interface IndexWeights {
  /** How much a key counts in an entry's question and in its keywords (its answer counts 1). */
  questionWeight: number;
  keywordsWeight: number;
  /** ...and in the other ways to ask it (asked-<language>.yaml), which say what it is about too. */
  askedWeight: number;
  /** BM25: how soon repeating a key stops adding (k); how much a long field weakens its keys (b). */
  k: number;
  aboutB: number;
  answerB: number;
  /** An entry whose answer only mentions a key counts as this much of one for the key's rarity. */
  answerDocumentFrequency: number;
  idfExponent: number;
}

export interface SearchIndex {
  ids: readonly string[];
  /** Every key of the knowledge base and its term; a key can be known only through a synonym. */
  termIds: ReadonlyMap<string, number>;
  termCount: number;
  /**
   * Per term, from postingStart[term] to postingStart[term + 1]: the entries that have it, with their
   * saturated about-score (question and keywords) and answer-score.
   */
  postingStart: Int32Array;
  postingEntry: Int32Array;
  postingAbout: Float32Array;
  postingAnswer: Float32Array;
  /** Whether the entry's question or keywords have the term (its other ways to ask it do not count). */
  postingOwn: Uint8Array;
  /** How rare a term is among the entries (inverse document frequency). */
  idf: Float64Array;
  /** The synonym groups a key is in, as their terms. */
  conceptsByKey: ReadonlyMap<string, readonly number[]>;
  /** ...and by the key's term. */
  conceptsByTerm: ReadonlyMap<number, readonly number[]>;
  /** A synonym group's member terms, which count as matched when the group matches. */
  conceptMembers: ReadonlyMap<number, readonly number[]>;
  /** The term of two neighbouring keys (see pairCode). */
  pairTerms: ReadonlyMap<number, number>;
  /** Per entry and language: the distinct terms of its question. */
  questionTerms: readonly (readonly Int32Array[])[];
  /** Per entry: the words of its questions as written (small words too), to see a message echo one. */
  questionWords: readonly ReadonlySet<string>[];
  /** Keys of the generic words ("помогите", "question"), which count for little. */
  genericKeys: ReadonlySet<string>;
  /**
   * The words of the entries' questions, keywords and other ways to ask them as written, with their terms, for
   * typing slips (not the answers': a word only an answer has says little, and they are most of the words).
   */
  writtenWords: ReadonlyMap<string, readonly number[]>;
}

const QUESTION = 0;
const KEYWORDS = 1;
const ANSWER = 2;
const ASKED = 3;
type Field = typeof QUESTION | typeof KEYWORDS | typeof ANSWER | typeof ASKED;
const FIELDS: readonly Field[] = [QUESTION, KEYWORDS, ANSWER, ASKED];

/**
 * Word pairs are unordered ("сын изменился", "изменился сын"): one number for two terms (of fewer than
 * two million, far more than a knowledge base has).
 */
export function pairCode(first: number, second: number): number {
  return first < second ? first * 0x200000 + second : second * 0x200000 + first;
}

export function buildSearchIndex(
  entries: readonly FaqEntry[],
  synonyms: readonly SynonymGroup[],
  weights: IndexWeights,
  asked?: Asked,
): SearchIndex {
  const termIds = new Map<string, number>();
  let termCount = 0;
  const conceptsByKey = new Map<string, number[]>();
  for (const group of synonyms) {
    const concept = termCount++;
    for (const locale of faqLocales) {
      for (const word of group[locale]) {
        const key = keysInLocale(word, locale)[0];
        if (!key) continue;
        const concepts = conceptsByKey.get(key) ?? [];
        if (!concepts.includes(concept)) concepts.push(concept);
        conceptsByKey.set(key, concepts);
      }
    }
  }
  // A key only a synonym group has is known too: the message's word finds the group through it.
  for (const key of conceptsByKey.keys()) termIds.set(key, termCount++);
  const conceptsOfTerm = new Map<number, readonly number[]>();
  for (const [key, concepts] of conceptsByKey) conceptsOfTerm.set(termIds.get(key) ?? -1, concepts);

  // Words to terms per language, so that each distinct word is keyed once.
  const termsByWord = new Map(faqLocales.map((locale) => [locale, new Map<string, number>()]));
  const writtenWords = new Map<string, number[]>();
  const termsOf = (text: string, locale: FaqLocale, written = true): number[] => {
    const known = termsByWord.get(locale) as Map<string, number>;
    const found: number[] = [];
    scanWords(text, (word: string, script: Script) => {
      let term = known.get(word);
      if (term === undefined) {
        term = -1;
        const key = wordKeyInLocale(word, script, locale);
        if (key !== undefined) {
          term = termIds.get(key) ?? termCount++;
          termIds.set(key, term);
        }
        known.set(word, term);
      }
      if (term < 0) return;
      found.push(term);
      if (!written) return;
      const terms = writtenWords.get(word);
      if (!terms) writtenWords.set(word, [term]);
      else if (!terms.includes(term)) terms.push(term);
    });
    return found;
  };
  const pairTerms = new Map<number, number>();
  const pairTermOf = (first: number, second: number) => {
    const code = pairCode(first, second);
    let term = pairTerms.get(code);
    if (term === undefined) {
      term = termCount++;
      pairTerms.set(code, term);
    }
    return term;
  };

  const counts = new EntryCounts();
  const conceptMemberSets = new Map<number, Set<number>>();
  const add = (terms: readonly number[], field: Field) => {
    counts.lengths[field] = (counts.lengths[field] ?? 0) + terms.length;
    for (const term of terms) {
      counts.add(term, field);
      for (const concept of conceptsOfTerm.get(term) ?? []) {
        counts.add(concept, field);
        let members = conceptMemberSets.get(concept);
        if (!members) {
          members = new Set();
          conceptMemberSets.set(concept, members);
        }
        members.add(term);
      }
    }
    if (field === ANSWER) return;
    for (let position = 1; position < terms.length; position++) {
      const first = terms[position - 1] ?? 0;
      const second = terms[position] ?? 0;
      if (first !== second) counts.add(pairTermOf(first, second), field);
    }
  };
  const entryTerms: EntryTerms[] = [];
  const questionTerms: Int32Array[][] = [];
  const questionWords: Set<string>[] = [];
  for (const entry of entries) {
    const words = new Set<string>();
    for (const locale of faqLocales) scanWords(entry[locale].question, (word) => words.add(word));
    questionWords.push(words);
    const ownQuestionTerms: Int32Array[] = [];
    for (const locale of faqLocales) {
      const translation = entry[locale];
      const question = termsOf(translation.question, locale);
      add(question, QUESTION);
      ownQuestionTerms.push(Int32Array.from(new Set(question)));
      for (const keyword of translation.keywords) add(termsOf(keyword, locale), KEYWORDS);
      add(termsOf(translation.answer, locale, false), ANSWER);
      for (const other of asked?.[locale].get(entry.id) ?? []) add(termsOf(other, locale), ASKED);
    }
    entryTerms.push(counts.take());
    questionTerms.push(ownQuestionTerms);
  }

  const postings = fillPostings(entryTerms, termCount, weights);
  const genericKeys = new Set<string>();
  for (const locale of faqLocales)
    for (const word of GENERIC_WORDS[locale])
      for (const key of keysInLocale(word, locale)) genericKeys.add(key);
  return {
    ids: entries.map((entry) => entry.id),
    termIds,
    termCount,
    ...postings,
    conceptsByKey,
    conceptsByTerm: conceptsOfTerm,
    conceptMembers: new Map([...conceptMemberSets].map(([concept, members]) => [concept, [...members]])),
    pairTerms,
    questionTerms,
    questionWords,
    genericKeys,
    writtenWords,
  };
}

/** One entry's terms and their counts per field. */
interface EntryTerms {
  terms: Int32Array;
  counts: readonly Uint16Array[];
  lengths: readonly number[];
}

/** Term counts of one entry at a time, in arrays that grow with the terms and are reused. */
class EntryCounts {
  readonly lengths = [0, 0, 0, 0];
  private readonly terms: number[] = [];
  private counts: Uint16Array[] = FIELDS.map(() => new Uint16Array(4096));
  private readonly seen: Uint8Array[] = [new Uint8Array(4096)];

  add(term: number, field: Field): void {
    if (term >= (this.seen[0]?.length ?? 0)) this.grow(term);
    const seen = this.seen[0] as Uint8Array;
    if (!seen[term]) {
      seen[term] = 1;
      this.terms.push(term);
    }
    const counts = this.counts[field] as Uint16Array;
    counts[term] = (counts[term] ?? 0) + 1;
  }

  /** This entry's terms and counts; the counts start again from zero. */
  take(): EntryTerms {
    const terms = Int32Array.from(this.terms);
    const taken: EntryTerms = {
      terms,
      counts: this.counts.map((counts) => Uint16Array.from(terms, (term) => counts[term] ?? 0)),
      lengths: [...this.lengths],
    };
    const seen = this.seen[0] as Uint8Array;
    for (const term of this.terms) {
      seen[term] = 0;
      for (const counts of this.counts) counts[term] = 0;
    }
    this.terms.length = 0;
    this.lengths.fill(0);
    return taken;
  }

  private grow(term: number): void {
    let size = this.seen[0]?.length ?? 4096;
    while (size <= term) size *= 2;
    const grown = <T extends Uint8Array | Uint16Array>(array: T, make: (length: number) => T): T => {
      const bigger = make(size);
      bigger.set(array);
      return bigger;
    };
    this.counts = this.counts.map((counts) => grown(counts, (length) => new Uint16Array(length)));
    this.seen[0] = grown(this.seen[0] as Uint8Array, (length) => new Uint8Array(length));
  }
}

/** Lays the postings out term by term: count them, then fill them with the entries' BM25 scores. */
function fillPostings(entryTerms: readonly EntryTerms[], termCount: number, weights: IndexWeights) {
  const postingStart = new Int32Array(termCount + 1);
  for (const { terms } of entryTerms)
    for (const term of terms) postingStart[term + 1] = (postingStart[term + 1] ?? 0) + 1;
  for (let term = 0; term < termCount; term++)
    postingStart[term + 1] = (postingStart[term + 1] ?? 0) + (postingStart[term] ?? 0);
  const postingCount = postingStart[termCount] ?? 0;
  const postingEntry = new Int32Array(postingCount);
  const postingAbout = new Float32Array(postingCount);
  const postingAnswer = new Float32Array(postingCount);
  const postingOwn = new Uint8Array(postingCount);
  const next = postingStart.slice(0, termCount);
  const documentFrequency = new Float64Array(termCount);

  const entryCount = entryTerms.length;
  const averageLength = FIELDS.map((field) =>
    Math.max(
      1,
      entryTerms.reduce((sum, { lengths }) => sum + (lengths[field] ?? 0), 0) / Math.max(1, entryCount),
    ),
  );
  const saturate = (tf: number) => (tf * (weights.k + 1)) / (tf + weights.k);
  entryTerms.forEach(({ terms, counts, lengths }, entryIndex) => {
    const norm = (field: Field, b: number) =>
      1 - b + (b * (lengths[field] ?? 0)) / (averageLength[field] ?? 1);
    const questionNorm = norm(QUESTION, weights.aboutB);
    const keywordsNorm = norm(KEYWORDS, weights.aboutB);
    const answerNorm = norm(ANSWER, weights.answerB);
    const askedNorm = norm(ASKED, weights.aboutB);
    const [questionCounts, keywordsCounts, answerCounts, askedCounts] = counts;
    terms.forEach((term, position) => {
      const own =
        (weights.questionWeight * (questionCounts?.[position] ?? 0)) / questionNorm +
        (weights.keywordsWeight * (keywordsCounts?.[position] ?? 0)) / keywordsNorm;
      const about = own + (weights.askedWeight * (askedCounts?.[position] ?? 0)) / askedNorm;
      const answer = answerCounts?.[position] ?? 0;
      const at = next[term] ?? 0;
      next[term] = at + 1;
      postingEntry[at] = entryIndex;
      postingAbout[at] = about > 0 ? saturate(about) : 0;
      postingAnswer[at] = answer > 0 ? saturate(answer / answerNorm) : 0;
      postingOwn[at] = own > 0 ? 1 : 0;
      documentFrequency[term] =
        (documentFrequency[term] ?? 0) + (about > 0 ? 1 : weights.answerDocumentFrequency);
    });
  });
  const idf = documentFrequency.map((frequency) =>
    frequency > 0 ? Math.log(1 + entryCount / frequency) ** weights.idfExponent : 0,
  );
  return { postingStart, postingEntry, postingAbout, postingAnswer, postingOwn, idf };
}
