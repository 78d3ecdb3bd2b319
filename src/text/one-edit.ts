// Whether a typed word is one slip from a word we look for: a letter dropped, added, changed, or two
// neighbours swapped ("Актое" for "Актобе", "cenrt" for "centr"). Used where a slip must not lose a place or
// a center (src/referral/place-names.ts, src/knowledge/cues).

export function oneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) {
    const diff = [...a].flatMap((letter, index) => (letter === b[index] ? [] : [index]));
    if (diff.length === 1) return true;
    const [first = 0, second = 0] = diff;
    return diff.length === 2 && second === first + 1 && a[first] === b[second] && a[second] === b[first];
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return false;
  for (let index = 0; index < long.length; index++)
    if (long.slice(0, index) + long.slice(index + 1) === short) return true;
  return false;
}

/**
 * Whether a start of `word` is one slip from `stem` (same first letter) and the rest passes `isEnding`
 * (a case ending): "орталқа" is "орталық" + "а".
 */
export function nearStart(word: string, stem: string, isEnding: (rest: string) => boolean): boolean {
  if (word[0] !== stem[0]) return false;
  for (const length of [stem.length - 1, stem.length, stem.length + 1]) {
    if (length > word.length || !isEnding(word.slice(length))) continue;
    if (oneEdit(word.slice(0, length), stem)) return true;
  }
  return false;
}
