// Finds the knowledge base entries that answer a free-text message, in any of the three languages.
// Each word of the message is read every plausible way (word-keys.ts), looked up in an inverted index of
// our own (search-index.ts), and scores each entry by its best reading; README.md explains the why.
import type { Asked } from "./asked.ts";
import type { KnowledgeBase } from "./knowledge-base.ts";
import { messageLanguage, sentencesOf } from "./message.ts";
import type { FaqLocale } from "./schema.ts";
import { SCORING, type Scoring } from "./scoring.ts";
import { buildSearchIndex, pairCode, type SearchIndex } from "./search-index.ts";
import type { SynonymGroup } from "./synonyms.ts";
import type { Token } from "./tokens.ts";
import { TopScores } from "./top-scores.ts";
import { TypingSlips } from "./typing-slips.ts";
import { Vocabulary } from "./vocabulary.ts";
import { candidateKeys, type KeyCandidate } from "./word-keys.ts";

export interface MatchResult {
  id: string;
  score: number;
  /**
   * The share (0..1) of the message's words, by importance, that the entry's question, keywords or
   * their synonyms have as written or transliterated: not a typo's guess, not only its answer or its other
   * ways to ask it. A message the entry explains is mostly covered; an off-topic one that grazes it by
   * a word or a guess is not. Absent only in results made by hand.
   */
  coverage?: number;
  /**
   * The share of the message's words, by importance, that the entry's own words have as written or
   * transliterated, typing slips left out: 0 when every word it shares is a guess ("score" read as "store").
   */
  exactCoverage?: number;
}

export interface MatchOptions {
  /** The person's language: how Latin letters are read first, when the message does not tell. */
  locale?: FaqLocale;
  /** How many results at most (default 10). */
  limit?: number;
}

export interface Matcher {
  /** Entries best first; empty when nothing in the message relates to any entry. */
  match(text: string, options?: MatchOptions): MatchResult[];
}

// Only a short message can echo an entry's question.
const MAX_ECHO_WORDS = 12;
type MatcherInput = Pick<KnowledgeBase, "entries"> & { synonyms?: readonly SynonymGroup[]; asked?: Asked };

export function createMatcher(knowledgeBase: MatcherInput): Matcher {
  const { entries, synonyms = [], asked } = knowledgeBase;
  const index = buildSearchIndex(entries, synonyms, SCORING, asked);
  const slips = new TypingSlips(index.writtenWords);
  return new IndexMatcher(index, new Vocabulary(index.termIds.keys(), SCORING), slips, SCORING);
}

/**
 * Scores messages against the index. Its work arrays are made once and reused, so that a match
 * allocates little (no garbage collection pauses under load); matching is synchronous, so one set of
 * them serves every call.
 */
class IndexMatcher implements Matcher {
  // Per entry: the message's score so far, and how much of the message it covers.
  private readonly total: Float64Array;
  private readonly covered: Float64Array;
  /** Per entry: the importance of the message's words its own words match exactly (for `coverage`). */
  private readonly ownWords: Float64Array;
  /** The same, only words read as written or transliterated (not a typing slip). */
  private readonly exactWords: Float64Array;
  /** The importance of all the message's words that mean something (not stopwords). */
  private messageImportance = 0;
  // Per entry, for the word being read: its best reading's score, and the share of the word its own words
  // cover (1 read as written or transliterated, slipCoverage as a typing slip, 0 as another guess).
  private readonly wordBest: Float64Array;
  private readonly wordOwn: Float64Array;
  // The entries the word, and the whole message, touched: only those are scored and cleared.
  private readonly wordTouched: Int32Array;
  private readonly touched: Int32Array;
  private readonly inTouched: Uint8Array;
  private touchedCount = 0;
  /** Per term: the number of the last match that matched it (for the question overlap). */
  private readonly matchedIn: Int32Array;
  private matchNumber = 0;
  // The ways to read the word being read: terms of the index, and how much each counts.
  private readonly readingTerms: number[] = [];
  private readonly readingWeights: number[] = [];
  /** Per reading: how much of the word it covers for an entry whose own words have it. */
  private readonly readingCover: number[] = [];
  // The terms the message's previous and current words are read as exactly, for word pairs.
  private previousTerms: number[] = [];
  private currentTerms: number[] = [];
  /** The message's words as written, small words too. */
  private readonly messageWords: string[] = [];
  /** Per term: whether an entry's question or keywords have it (not only an answer). */
  private readonly aboutTerm: Uint8Array;

  constructor(
    private readonly index: SearchIndex,
    private readonly vocabulary: Vocabulary,
    private readonly slips: TypingSlips,
    private readonly scoring: Scoring,
  ) {
    const entryCount = index.ids.length;
    this.total = new Float64Array(entryCount);
    this.covered = new Float64Array(entryCount);
    this.ownWords = new Float64Array(entryCount);
    this.exactWords = new Float64Array(entryCount);
    this.wordBest = new Float64Array(entryCount);
    this.wordOwn = new Float64Array(entryCount);
    this.wordTouched = new Int32Array(entryCount);
    this.touched = new Int32Array(entryCount);
    this.inTouched = new Uint8Array(entryCount);
    this.matchedIn = new Int32Array(index.termCount);
    this.aboutTerm = new Uint8Array(index.termCount);
    for (let term = 0; term < index.termCount; term++) {
      const end = index.postingStart[term + 1] ?? 0;
      for (let at = index.postingStart[term] ?? 0; at < end; at++)
        if (index.postingOwn[at]) this.aboutTerm[term] = 1;
    }
  }

  match(text: string, options: MatchOptions = {}): MatchResult[] {
    const limit = options.limit ?? 10;
    if (limit <= 0) return [];
    this.matchNumber++;
    this.touchedCount = 0;
    this.messageImportance = 0;
    const sentences = sentencesOf(text);
    const language = messageLanguage(sentences) ?? options.locale;
    this.messageWords.length = 0;
    for (const sentence of sentences) for (const token of sentence.tokens) this.messageWords.push(token.word);
    // In a message that tells a story and asks a question, the question says what it is about: its
    // sentences are read first (so that their words count in full), the story's words count less.
    const asks = sentences.some((sentence) => sentence.asks);
    const tells = sentences.some((sentence) => !sentence.asks);
    if (asks && tells) sentences.sort((a, b) => Number(b.asks) - Number(a.asks));
    const seen = new Set<string>();
    for (const sentence of sentences) {
      const sentenceWeight = asks && tells && !sentence.asks ? this.scoring.storyWeight : 1;
      this.previousTerms.length = 0;
      for (const token of sentence.tokens) {
        const candidates = candidateKeys(token);
        if (candidates.length === 0) continue;
        // A word repeated, or another form of it, adds nothing new.
        const first = candidates[0]?.key ?? "";
        if (seen.has(first)) continue;
        seen.add(first);
        const generic = candidates.some(({ key }) => this.index.genericKeys.has(key));
        const importance = sentenceWeight * (generic ? this.scoring.genericWeight : 1);
        this.messageImportance += importance;
        this.readWord(token, candidates, language);
        this.scoreWord(importance);
        this.scorePairs(importance);
        [this.previousTerms, this.currentTerms] = [this.currentTerms, this.previousTerms];
      }
    }
    return this.collect(limit);
  }

  /**
   * Fills the readings with the terms a word may mean, and `currentTerms` with those it is exactly.
   * Readings the index knows (as a key or through a synonym) are taken as they are; a word it does
   * not know is looked up as its nearest keys.
   */
  private readWord(token: Token, candidates: readonly KeyCandidate[], language: FaqLocale | undefined): void {
    const { termIds, conceptsByKey } = this.index;
    const { readingTerms, readingWeights, readingCover, currentTerms } = this;
    const isLatin = token.script === "latin";
    readingTerms.length = 0;
    readingWeights.length = 0;
    readingCover.length = 0;
    currentTerms.length = 0;
    for (const candidate of candidates) {
      const term = termIds.get(candidate.key);
      if (term === undefined) continue;
      const weight = this.readingWeight(candidate, candidates.length, language);
      this.addReading(term, weight, 1);
      currentTerms.push(term);
      for (const concept of conceptsByKey.get(candidate.key) ?? [])
        this.addReading(concept, weight * this.scoring.synonymWeight, 1);
      // A Latin-letter word an entry's question or keywords know in English is English ("chat" is not
      // also "чат"); one only an answer mentions ("khalifat" in a group's name) may still be Kazakh.
      if (
        isLatin &&
        candidate.language === "en" &&
        (this.aboutTerm[term] || conceptsByKey.has(candidate.key))
      )
        return;
    }
    if (readingTerms.length > 0) return;
    for (const candidate of candidates) {
      const weight = this.readingWeight(candidate, candidates.length, language);
      for (const near of this.vocabulary.near(candidate.key)) {
        const term = termIds.get(near.key);
        if (term === undefined) continue;
        this.addReading(term, weight * near.weight, 0);
        for (const concept of conceptsByKey.get(near.key) ?? [])
          this.addReading(concept, weight * near.weight * this.scoring.synonymWeight, 0);
      }
    }
    this.readSlips(token, language);
  }

  /** A word the index does not know, one typing slip from a word of the base ("sings"): that word, for less. */
  private readSlips(token: Token, language: FaqLocale | undefined): void {
    const { slipWeight, slipCoverage, synonymWeight } = this.scoring;
    this.slips.read(token, language, this.scoring, (term, weight) => {
      this.addReading(term, weight * slipWeight, slipCoverage);
      for (const concept of this.index.conceptsByTerm.get(term) ?? [])
        this.addReading(concept, weight * slipWeight * synonymWeight, slipCoverage);
    });
  }

  private addReading(term: number, weight: number, cover: number): void {
    this.readingTerms.push(term);
    this.readingWeights.push(weight);
    this.readingCover.push(cover);
  }

  /**
   * How much a reading counts: a transliteration is a guess, better in the message's language; so is
   * a Cyrillic word read as Kazakh in a Russian message, or the other way round.
   */
  private readingWeight(
    candidate: KeyCandidate,
    readingCount: number,
    language: FaqLocale | undefined,
  ): number {
    const { scoring } = this;
    if (candidate.transliteratedAs)
      return candidate.transliteratedAs === language
        ? scoring.transliterationPreferred
        : scoring.transliterationOther;
    const other = candidate.language !== language && candidate.language !== "en";
    if (readingCount > 1 && language && candidate.language && other) return scoring.otherLanguageWeight;
    return 1;
  }

  /**
   * Adds the word's best reading per entry to the entries' totals, and to what they cover the share
   * of the word they match, next to the entry that matches it best: an entry that matches a word
   * only through its answer, a synonym or a guess covers less of it.
   */
  private scoreWord(importance: number): void {
    const { postingStart, postingEntry, postingAbout, postingAnswer, idf, conceptMembers } = this.index;
    const { wordBest, wordOwn, wordTouched, total, covered, ownWords, exactWords } = this;
    const { answerWeight } = this.scoring;
    let wordTouchedCount = 0;
    let wordMax = 0;
    for (let reading = 0; reading < this.readingTerms.length; reading++) {
      const term = this.readingTerms[reading] ?? 0;
      const weight = this.readingWeights[reading] ?? 0;
      const cover = this.readingCover[reading] ?? 0;
      this.matchedIn[term] = this.matchNumber;
      for (const member of conceptMembers.get(term) ?? []) this.matchedIn[member] = this.matchNumber;
      const termWeight = importance * weight * (idf[term] ?? 0);
      const end = postingStart[term + 1] ?? 0;
      for (let at = postingStart[term] ?? 0; at < end; at++) {
        const entry = postingEntry[at] ?? 0;
        const about = postingAbout[at] ?? 0;
        const score = termWeight * (about + answerWeight * (postingAnswer[at] ?? 0));
        // The entry's own words have this word, read as written or transliterated (or as a slip, for less).
        if (this.index.postingOwn[at] && score > 0 && cover > (wordOwn[entry] ?? 0)) wordOwn[entry] = cover;
        const best = wordBest[entry] ?? 0;
        if (score <= best) continue;
        if (best === 0) wordTouched[wordTouchedCount++] = entry;
        wordBest[entry] = score;
        if (score > wordMax) wordMax = score;
      }
    }
    for (let position = 0; position < wordTouchedCount; position++) {
      const entry = wordTouched[position] ?? 0;
      const best = wordBest[entry] ?? 0;
      total[entry] = (total[entry] ?? 0) + best;
      covered[entry] = (covered[entry] ?? 0) + (importance * best) / wordMax;
      ownWords[entry] = (ownWords[entry] ?? 0) + importance * (wordOwn[entry] ?? 0);
      if (wordOwn[entry] === 1) exactWords[entry] = (exactWords[entry] ?? 0) + importance;
      wordBest[entry] = 0;
      wordOwn[entry] = 0;
      this.touch(entry);
    }
  }

  /** The previous and the current word, if an entry's question or keyword has them together. */
  private scorePairs(importance: number): void {
    const { pairTerms, postingStart, postingEntry, postingAbout, idf } = this.index;
    for (const first of this.previousTerms) {
      for (const second of this.currentTerms) {
        const term = first === second ? undefined : pairTerms.get(pairCode(first, second));
        if (term === undefined) continue;
        const termWeight = importance * this.scoring.pairWeight * (idf[term] ?? 0);
        const end = postingStart[term + 1] ?? 0;
        for (let at = postingStart[term] ?? 0; at < end; at++) {
          const entry = postingEntry[at] ?? 0;
          this.total[entry] = (this.total[entry] ?? 0) + termWeight * (postingAbout[at] ?? 0);
          this.touch(entry);
        }
      }
    }
  }

  private touch(entry: number): void {
    if (this.inTouched[entry]) return;
    this.inTouched[entry] = 1;
    this.touched[this.touchedCount++] = entry;
  }

  /**
   * Turns the totals into scores, keeps the best `limit`, and clears the work arrays. The words'
   * scores add up, and the sum is multiplied by how much of the message the entry covers, so the
   * entry that explains most of a message wins over one that repeats a common word.
   */
  private collect(limit: number): MatchResult[] {
    const { total, covered, inTouched, touched, touchedCount, scoring } = this;
    // The raw scores before the question's bonuses, kept in `total`; the best `limit` of them bound
    // from below what the results need, so that only entries that can reach it get the bonuses.
    const floor = new TopScores(limit);
    for (let position = 0; position < touchedCount; position++) {
      const entry = touched[position] ?? 0;
      inTouched[entry] = 0;
      const raw = (total[entry] ?? 0) * (covered[entry] ?? 0);
      total[entry] = raw;
      covered[entry] = 0;
      floor.offer(entry, raw);
    }
    const maxBonus = (1 + scoring.questionOverlapWeight) * (1 + scoring.echoWeight);
    const best = new TopScores(limit);
    for (let position = 0; position < touchedCount; position++) {
      const entry = touched[position] ?? 0;
      const raw = total[entry] ?? 0;
      total[entry] = 0;
      if (raw <= 0 || raw * maxBonus < floor.lowest) continue;
      const bonus =
        (1 + scoring.questionOverlapWeight * this.questionOverlap(entry)) *
        (1 + scoring.echoWeight * this.echo(entry));
      best.offer(entry, raw * bonus);
    }
    const results = best.entries.map((entry, rank) => {
      const raw = best.scores[rank] ?? 0;
      return {
        id: this.index.ids[entry] ?? "",
        score: raw / (raw + scoring.halfConfidenceRawScore),
        coverage: Math.min(1, (this.ownWords[entry] ?? 0) / (this.messageImportance || 1)),
        exactCoverage: Math.min(1, (this.exactWords[entry] ?? 0) / (this.messageImportance || 1)),
      };
    });
    for (let position = 0; position < touchedCount; position++) {
      this.ownWords[touched[position] ?? 0] = 0;
      this.exactWords[touched[position] ?? 0] = 0;
    }
    return results;
  }

  /** The largest share of an entry's question (in one of its languages) that the message matched. */
  private questionOverlap(entry: number): number {
    let overlap = 0;
    for (const terms of this.index.questionTerms[entry] ?? []) {
      if (terms.length === 0) continue;
      let matched = 0;
      for (const term of terms) if (this.matchedIn[term] === this.matchNumber) matched++;
      overlap = Math.max(overlap, matched / terms.length);
    }
    return overlap;
  }

  /**
   * How much a short message echoes an entry's question: the squared share of its words, small ones
   * too, that the question has ("is this chat really anonymous?" and "Is this really anonymous?").
   */
  private echo(entry: number): number {
    const words = this.messageWords;
    if (words.length === 0 || words.length > MAX_ECHO_WORDS) return 0;
    const questionWords = this.index.questionWords[entry];
    let echoed = 0;
    for (const word of words) if (questionWords?.has(word)) echoed++;
    return (echoed / words.length) ** 2;
  }
}
