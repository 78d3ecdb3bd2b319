// Finds the knowledge base entries that answer a free-text message, in any of the three languages.
// Ranking is MiniSearch's BM25 over pre-computed keys (see text.ts); see README.md for the why.
import MiniSearch from "minisearch";
import type { KnowledgeBase } from "./knowledge-base.ts";
import { type FaqLocale, faqLocales } from "./schema.ts";
import { candidateKeys, keyInLocale, tokenize } from "./text.ts";

export interface MatchResult {
  id: string;
  score: number;
}

export interface MatchOptions {
  /** The person's language: only decides how Latin letters are read first (Kazakh or Russian). */
  locale?: FaqLocale;
  /** How many results at most (default 10). */
  limit?: number;
}

export interface Matcher {
  /** Entries best first; empty when nothing in the message relates to any entry. */
  match(text: string, options?: MatchOptions): MatchResult[];
}

// Scoring (tuned on test/knowledge/eval-set.yaml; README.md explains it):
// - the question and keywords say what an entry is about: BM25 over them, times the number of the
//   message's words they cover, so an entry that explains more of the message wins;
const ABOUT_FIELDS = { question: 2, keywords: 4 } as const;
// - short questions are not favoured much over long keyword lists (BM25's length normalisation, b);
const BM25 = { k: 2, b: 0.3, d: 0.5 } as const;
// - the answer adds a little evidence; an entry only its answer matches covers half a word;
const ANSWER_WEIGHT = 0.5;
const ANSWER_ONLY_COVERAGE = 0.5;
// - a message that repeats much of an entry's own question (in any language) is likely asking it;
const QUESTION_OVERLAP_WEIGHT = 1;
// - words found in many entries ("сын", "группа", "help") count less than rare ones ("хиджра", "114").
const RARITY_EXPONENT = 0.75;
// The raw score is unbounded (it grows with the words matched); it is mapped to 0..1, where this raw
// score gives 0.5: about what a short question that plainly names one entry's topic gets.
const HALF_CONFIDENCE_RAW_SCORE = 20;
// Transliteration of Latin letters is a guess; the reading that fits the person's language counts more.
const TRANSLITERATION_WEIGHT = { preferred: 0.9, other: 0.7 } as const;
// A very long message is cut: matching stays fast, and its first sentences say what it is about.
const MAX_QUERY_WORDS = 80;
// Of a long message's words, the rarest say the most; the rest are left out to keep matching fast.
// Answers are long, so only the rarest few keys are looked up there, and exactly.
const MAX_QUERY_KEYS = 24;
const MAX_ANSWER_KEYS = 8;

type IndexedEntry = { id: string; question: string; keywords: string; answer: string };

interface QueryTerm {
  fuzzy: number | false;
  prefix: boolean;
  boost: number;
  /** Positions of the message's words this key came from. */
  words: Set<number>;
}

interface Evidence {
  about: number;
  answer: number;
  /** How many of the message's words the question and keywords matched. */
  coveredWords: number;
  /** The entry's keys that the question and keywords search matched. */
  matchedKeys: string[];
}

export function createMatcher(knowledgeBase: Pick<KnowledgeBase, "entries">): Matcher {
  const entryCountByKey = new Map<string, number>();
  const questionKeysById = new Map<string, Set<string>[]>();
  const index = new MiniSearch<IndexedEntry>({
    fields: ["question", "keywords", "answer"],
    tokenize: splitKeys,
    processTerm: (term) => term || null,
  });
  const entryCount = knowledgeBase.entries.length;
  index.addAll(
    knowledgeBase.entries.map((entry) => {
      const keysIn = (pick: (locale: FaqLocale) => string) =>
        faqLocales.map((locale) => keysInLocale(pick(locale), locale));
      const question = keysIn((locale) => entry[locale].question);
      const keywords = keysIn((locale) => entry[locale].keywords.join(" "));
      const answer = keysIn((locale) => entry[locale].answer);
      questionKeysById.set(
        entry.id,
        question.map((keys) => new Set(keys)),
      );
      for (const key of new Set([...question, ...keywords, ...answer].flat())) {
        entryCountByKey.set(key, (entryCountByKey.get(key) ?? 0) + 1);
      }
      return {
        id: entry.id,
        question: question.flat().join(" "),
        keywords: keywords.flat().join(" "),
        answer: answer.flat().join(" "),
      };
    }),
  );
  const rarity = (key: string) =>
    (Math.log(1 + entryCount / (entryCountByKey.get(key) ?? 1)) / Math.log(1 + entryCount)) **
    RARITY_EXPONENT;

  return {
    match(text, options = {}) {
      const terms = queryTerms(text, entryCountByKey, options.locale);
      for (const [key, term] of terms) term.boost *= rarity(key);
      const keys = [...terms.keys()]
        .sort((a, b) => (entryCountByKey.get(a) ?? 0) - (entryCountByKey.get(b) ?? 0))
        .slice(0, MAX_QUERY_KEYS);
      if (keys.length === 0) return [];

      const query = keys.join(" ");
      const searchOptions = {
        tokenize: splitKeys,
        processTerm: (term: string) => term,
        fuzzy: (term: string) => terms.get(term)?.fuzzy ?? false,
        prefix: (term: string) => terms.get(term)?.prefix ?? false,
        boostTerm: (term: string) => terms.get(term)?.boost ?? 1,
        bm25: BM25,
      };
      // MiniSearch multiplies a score by the number of keys matched; both searches undo that.
      const evidence = new Map<string, Evidence>();
      for (const result of index.search(query, {
        ...searchOptions,
        fields: ["question", "keywords"],
        boost: ABOUT_FIELDS,
      })) {
        const coveredWords = new Set<number>();
        for (const key of result.queryTerms)
          for (const word of terms.get(key)?.words ?? []) coveredWords.add(word);
        evidence.set(String(result.id), {
          about: result.score / result.queryTerms.length,
          answer: 0,
          coveredWords: coveredWords.size,
          matchedKeys: Object.keys(result.match),
        });
      }
      const answerQuery = keys.slice(0, MAX_ANSWER_KEYS).join(" ");
      for (const result of index.search(answerQuery, {
        ...searchOptions,
        fuzzy: false,
        fields: ["answer"],
      })) {
        const id = String(result.id);
        const answer = result.score / result.queryTerms.length;
        const found = evidence.get(id);
        if (found) found.answer = answer;
        else evidence.set(id, { about: 0, answer, coveredWords: 0, matchedKeys: [] });
      }

      const best = new TopResults(options.limit ?? 10);
      for (const [id, { about, answer, coveredWords, matchedKeys }] of evidence) {
        const overlap = questionOverlap(questionKeysById.get(id) ?? [], matchedKeys);
        const raw =
          (about + ANSWER_WEIGHT * answer) *
          Math.max(coveredWords, ANSWER_ONLY_COVERAGE) *
          (1 + QUESTION_OVERLAP_WEIGHT * overlap);
        best.offer(id, raw / (raw + HALF_CONFIDENCE_RAW_SCORE));
      }
      return best.results;
    },
  };
}

/** The few best results, kept in order as they are offered: cheaper than sorting every entry. */
class TopResults {
  readonly results: MatchResult[] = [];
  constructor(private readonly limit: number) {}

  offer(id: string, score: number): void {
    if (this.limit <= 0 || (this.results.length === this.limit && score <= (this.results.at(-1)?.score ?? 0)))
      return;
    let position = this.results.length;
    while (position > 0 && (this.results[position - 1]?.score ?? 0) < score) position--;
    this.results.splice(position, 0, { id, score });
    if (this.results.length > this.limit) this.results.pop();
  }
}

/** The largest share of an entry's question (in one of its languages) that the message matched. */
function questionOverlap(questionKeys: readonly Set<string>[], matchedKeys: readonly string[]): number {
  let best = 0;
  for (const keys of questionKeys) {
    if (keys.size === 0) continue;
    let matched = 0;
    for (const key of matchedKeys) if (keys.has(key)) matched++;
    best = Math.max(best, matched / keys.size);
  }
  return best;
}

function splitKeys(text: string): string[] {
  return text.split(" ");
}

function keysInLocale(text: string, locale: FaqLocale): string[] {
  return tokenize(text)
    .map((token) => keyInLocale(token, locale))
    .filter((key): key is string => key !== undefined);
}

/**
 * The keys to look up for a message. A word's readings the index knows are looked up exactly;
 * a word the index does not know (a typo, an odd form) is looked up in all its readings, fuzzily
 * and as the start of a longer key.
 */
function queryTerms(text: string, vocabulary: ReadonlyMap<string, number>, locale: FaqLocale | undefined) {
  const terms = new Map<string, QueryTerm>();
  const seenWords = new Set<string>();
  tokenize(text)
    .slice(0, MAX_QUERY_WORDS)
    .forEach((token, position) => {
      const candidates = candidateKeys(token);
      // A word repeated, or another form of it, adds nothing new.
      const wordKey = candidates.map((candidate) => candidate.key).join(" ");
      if (candidates.length === 0 || seenWords.has(wordKey)) return;
      seenWords.add(wordKey);
      const known = candidates.filter((candidate) => vocabulary.has(candidate.key));
      // A Latin-letter word the index knows in English is English ("chat" is not also "чат").
      if (known[0] && !known[0].transliteratedAs && token.script === "latin") known.splice(1);
      const isKnown = known.length > 0;
      const readings = isKnown ? known : candidates;
      for (const { key, transliteratedAs } of readings) {
        const existing = terms.get(key);
        if (existing) {
          existing.words.add(position);
          continue;
        }
        const guessWeight =
          isKnown || !transliteratedAs
            ? 1
            : transliteratedAs === locale
              ? TRANSLITERATION_WEIGHT.preferred
              : TRANSLITERATION_WEIGHT.other;
        terms.set(key, {
          fuzzy: isKnown || key.length < 5 ? false : key.length < 8 ? 1 : 2,
          prefix: !isKnown && key.length >= 4,
          // A word read two ways (Russian "телефона" and Kazakh) weighs as one word, not two.
          boost: guessWeight / readings.length,
          words: new Set([position]),
        });
      }
    });
  return terms;
}

export type MatchClass =
  | { kind: "confident"; best: MatchResult; alternatives: MatchResult[] }
  | { kind: "weak"; candidates: MatchResult[] }
  | { kind: "none" };

export interface MatchThresholds {
  /** The best score needed to answer straight away... */
  confident: number;
  /** ...provided its odds, score / (1 - score), are this many times the runner-up's. */
  lead: number;
  /** Below this score nothing is worth offering. */
  weak: number;
}

// Tuned on the evaluation set: about 3 in 4 messages are answered straight away, and 9 in 10 of
// those correctly; none of the off-topic messages is.
export const DEFAULT_THRESHOLDS: MatchThresholds = { confident: 0.5, lead: 1.5, weak: 0.15 };

/** Decides whether to answer, to offer a choice, or to say that nothing fits. */
export function classifyMatch(
  results: readonly MatchResult[],
  thresholds: MatchThresholds = DEFAULT_THRESHOLDS,
): MatchClass {
  const [best, second] = results;
  if (!best || best.score < thresholds.weak) return { kind: "none" };
  const odds = (score: number) => score / (1 - score);
  if (
    best.score >= thresholds.confident &&
    (!second || odds(best.score) >= odds(second.score) * thresholds.lead)
  ) {
    return { kind: "confident", best, alternatives: results.slice(1, 3) };
  }
  return {
    kind: "weak",
    candidates: results.slice(0, 3).filter((result) => result.score >= thresholds.weak),
  };
}
