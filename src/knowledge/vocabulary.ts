// The keys nearest to one the index does not know (a typo, an odd form): one or two edits away, found
// through the letter pairs they share; longer keys that start with it; or its longest known start.

export interface NearKeyWeights {
  oneEditWeight: number;
  twoEditsWeight: number;
  /** Times the share of the longer key that the shorter one is. */
  prefixWeight: number;
}

export interface NearKey {
  key: string;
  /** 1 for the key itself, less the further it is. */
  weight: number;
}

// Too short a key has too many neighbours to guess from ("плов" is one letter from "плох", "пала"
// from "бала"): a key is looked up with an edit from five letters, as the start of others from four.
const MIN_EDIT_LENGTH = 5;
const MIN_LENGTH = 4;
const TWO_EDITS_LENGTH = 8;
const MAX_NEAR_KEYS = 6;
// Its start is only tried this many letters shorter.
const MAX_STRIPPED_LETTERS = 3;
const MEMO_SIZE = 10_000;

export class Vocabulary {
  private readonly keys: readonly string[];
  private readonly sorted: readonly string[];
  private readonly known: ReadonlySet<string>;
  private readonly keysByBigram = new Map<string, number[]>();
  // Work arrays for counting shared letter pairs, reused by every lookup.
  private readonly sharedBigrams: Uint16Array;
  private readonly touched: Int32Array;
  private readonly memo = new Map<string, readonly NearKey[]>();

  constructor(
    keys: Iterable<string>,
    private readonly weights: NearKeyWeights,
  ) {
    this.keys = [...keys];
    this.sorted = [...this.keys].sort();
    this.known = new Set(this.keys);
    this.keys.forEach((key, keyIndex) => {
      for (const bigram of new Set(bigramsOf(key))) {
        let list = this.keysByBigram.get(bigram);
        if (!list) {
          list = [];
          this.keysByBigram.set(bigram, list);
        }
        list.push(keyIndex);
      }
    });
    this.sharedBigrams = new Uint16Array(this.keys.length);
    this.touched = new Int32Array(this.keys.length);
  }

  /** The known keys near `key`, nearest first; memoised, as the same typos come back. */
  near(key: string): readonly NearKey[] {
    const found = this.memo.get(key);
    if (found) return found;
    if (this.memo.size >= MEMO_SIZE) this.memo.clear();
    const near = key.length < MIN_LENGTH ? [] : this.findNear(key);
    this.memo.set(key, near);
    return near;
  }

  private findNear(key: string): readonly NearKey[] {
    const best = new Map<string, number>();
    const offer = (found: string, weight: number) => best.set(found, Math.max(best.get(found) ?? 0, weight));

    const maxEdits = key.length >= TWO_EDITS_LENGTH ? 2 : key.length >= MIN_EDIT_LENGTH ? 1 : 0;
    // An edit changes at most three of a word's letter pairs (a swap of two letters does).
    const bigrams = bigramsOf(key);
    const needed = Math.max(1, bigrams.length - 3 * maxEdits);
    let touchedCount = 0;
    for (const bigram of maxEdits > 0 ? new Set(bigrams) : []) {
      for (const keyIndex of this.keysByBigram.get(bigram) ?? []) {
        if (this.sharedBigrams[keyIndex] === 0) this.touched[touchedCount++] = keyIndex;
        this.sharedBigrams[keyIndex] = (this.sharedBigrams[keyIndex] ?? 0) + 1;
      }
    }
    for (let position = 0; position < touchedCount; position++) {
      const keyIndex = this.touched[position] ?? 0;
      const shared = this.sharedBigrams[keyIndex] ?? 0;
      this.sharedBigrams[keyIndex] = 0;
      const candidate = this.keys[keyIndex] ?? "";
      if (shared < needed || Math.abs(candidate.length - key.length) > maxEdits) continue;
      const edits = editDistance(key, candidate, maxEdits);
      if (edits === 1) offer(candidate, this.weights.oneEditWeight);
      // Two edits only within a word that starts right: "отвернулись" is not "вернулись".
      else if (edits === 2 && maxEdits === 2 && candidate[0] === key[0])
        offer(candidate, this.weights.twoEditsWeight);
    }
    // Longer keys that start with it ("радикал" → "радикализац"), by how much of them it is.
    let at = lowerBound(this.sorted, key);
    for (let count = 0; count < MAX_NEAR_KEYS; count++, at++) {
      const candidate = this.sorted[at];
      if (!candidate?.startsWith(key)) break;
      if (candidate !== key) offer(candidate, this.weights.prefixWeight * (key.length / candidate.length));
    }
    // Its longest known start, for forms the stemmers leave longer than usual.
    for (
      let length = key.length - 1;
      length >= MIN_LENGTH && length >= key.length - MAX_STRIPPED_LETTERS;
      length--
    ) {
      const start = key.slice(0, length);
      if (this.known.has(start)) {
        offer(start, this.weights.prefixWeight * (length / key.length));
        break;
      }
    }
    return [...best]
      .map(([found, weight]) => ({ key: found, weight }))
      .sort((a, b) => b.weight - a.weight)
      .slice(0, MAX_NEAR_KEYS);
  }
}

function bigramsOf(key: string): string[] {
  const padded = `^${key}$`;
  const bigrams: string[] = [];
  for (let position = 1; position < padded.length; position++)
    bigrams.push(padded.slice(position - 1, position + 1));
  return bigrams;
}

function lowerBound(sorted: readonly string[], key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? "") < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Edits (insert, delete, substitute, swap two neighbours) between two words; anything over `max`
 * is reported as `max` + 1, as soon as it is sure.
 */
export function editDistance(a: string, b: string, max: number): number {
  const width = b.length + 1;
  let beforePrevious = new Array<number>(width).fill(0);
  let previous = Array.from({ length: width }, (_, column) => column);
  let current = new Array<number>(width).fill(0);
  for (let row = 1; row <= a.length; row++) {
    current[0] = row;
    let rowMinimum = row;
    for (let column = 1; column <= b.length; column++) {
      const cost = a[row - 1] === b[column - 1] ? 0 : 1;
      let value = Math.min(
        (previous[column] ?? 0) + 1,
        (current[column - 1] ?? 0) + 1,
        (previous[column - 1] ?? 0) + cost,
      );
      if (row > 1 && column > 1 && a[row - 1] === b[column - 2] && a[row - 2] === b[column - 1])
        value = Math.min(value, (beforePrevious[column - 2] ?? 0) + 1);
      current[column] = value;
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > max) return max + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return Math.min(previous[b.length] ?? max + 1, max + 1);
}
