// Splits a message into words and gives each word the forms patterns are matched against.
// One mechanism covers every alphabet people type in: Kazakh and Russian patterns are matched
// against a Cyrillic "key" of each word, where Latin letters are transliterated to Cyrillic
// ("hochu umeret", "olgim keledi") and Kazakh letters are folded to the Russian-keyboard
// letters people type instead (ө→о, қ→к, і→и, so "олгим келеди" is "өлгім келеді").
// English patterns are matched against the plain Latin form, never the transliterated one,
// so that "kill*" cannot match the Russian "километр". The Latin letters' table is src/text/kazakh-latin.ts.
import { KAZAKH_TO_RUSSIAN_LETTERS, latinToCyrillic } from "../text/kazakh-latin.ts";

export interface Token {
  /** Offsets of the word in the original text. */
  start: number;
  end: number;
  /** Lowercased, apostrophes written as ' (for negations such as "*n't"). */
  lower: string;
  /** Lowercased, without apostrophes or accents: what English patterns see. */
  latin: string;
  /** Cyrillic key with soft signs kept. */
  key: string;
  /** Cyrillic key without soft signs: what Russian patterns see. */
  bare: string;
  /** `bare` with ы read as и: what Kazakh patterns see (see looseVowels). */
  loose: string;
  /** Words separated by . , ! ? ; : or a dash are in different clauses; negations stay in theirs. */
  clause: number;
  /**
   * Words separated by . ! ? or a new line are in different sentences; an ellipsis is a pause, and so is a ! or ?
   * closing a quotation the sentence goes on after ("брат кричит «убью!», мы играем в приставку").
   */
  sentence: number;
}

const wordPattern = /[\p{L}\p{M}\p{N}]+(?:['’ʼ‘`][\p{L}\p{M}\p{N}]+)*/gu;
const clauseBreak = /[.,!?;:()\n—–]/;
const sentenceBreak = /[!?\n]|(?<!\.)\.(?!\.)/;
/** A quotation closed by ! or ?, then at most a comma or a dash: the sentence may go on after it. */
const quotationEnd = /^[!?]+["'»”’]+\s*(?:[,—–-]\s*)?$/;
const apostrophes = /['’ʼ‘`]/g;
const marks = /\p{M}/gu;
const combiningOrApostrophe = /[\u0300-\u036f’ʼ‘`]/;
const accentable = /[^a-z0-9']/;
// Plain ranges: much faster than \p{Script=...} on every word of a 4,000-character message.
const latinLetter = /[a-z\u00c0-\u024f\u1e00-\u1eff]/;
const cyrillicLetter = /[\u0400-\u04ff]/;
const digitLetter = /[a-z][46]|[46][a-z]/;
const digitLetters = /(?<=[a-z])[46]|[46](?=[a-z])/g;

/** Letters people type from the other keyboard inside a Cyrillic word ("xочу" with a Latin x). */
const lookAlikes: Record<string, string> = {
  a: "а",
  c: "с",
  e: "е",
  o: "о",
  p: "р",
  x: "х",
  y: "у",
  k: "к",
  m: "м",
  t: "т",
  h: "н",
  i: "і",
};

/** Kazakh letters and Russian variants folded to what a Russian keyboard types; apostrophes dropped. */
const foldable = /[ёэәөүұқғңһійъ']/g;
const cyrillicFold: Record<string, string> = {
  ...KAZAKH_TO_RUSSIAN_LETTERS,
  ё: "е",
  э: "е",
  й: "и",
  ъ: "ь",
};

/** The forms of one word (see Token); patterns' words go through the same function as messages'. */
export interface WordForms {
  lower: string;
  latin: string;
  key: string;
  bare: string;
  loose: string;
}

/**
 * Kazakh written in Latin letters does not tell ы from і and и the way Cyrillic does: the 2021
 * alphabet writes і as "ı" (which Turkish keyboards and older habits read as ы), and people type
 * "alip" or "alyp" for алып, "bermei" for бермей. Kazakh patterns therefore compare words with ы
 * read as и (і and й are already folded to и), so one pattern covers every spelling.
 * Russian patterns keep ы: "был" and "бил" must stay apart there.
 */
export function looseVowels(bare: string): string {
  return bare.includes("ы") ? bare.replaceAll("ы", "и") : bare;
}

export function wordForms(word: string): WordForms {
  let lower = word.toLowerCase();
  // Most words are plain: skip the costly normalisations unless there is something to normalise.
  if (combiningOrApostrophe.test(lower)) {
    lower = lower.normalize("NFC").replace(marks, "").replace(apostrophes, "'");
  }
  const latin = latinLetter.test(lower);
  const cyrillic = cyrillicLetter.test(lower);
  let source = lower;
  if (latin && cyrillic) source = [...lower].map((letter) => lookAlikes[letter] ?? letter).join("");
  // Chat Latin writes ш as 6 and ч as 4 inside a word ("aga6ka", "6ygarmaidy", "ho4u").
  if (latin && digitLetter.test(source))
    source = source.replace(digitLetters, (digit) => (digit === "6" ? "sh" : "ch"));
  if (latin) source = latinToCyrillic(source, "any");
  const key = source.replace(foldable, (letter) => cyrillicFold[letter] ?? "");
  const bare = key.includes("ь") ? key.replaceAll("ь", "") : key;
  return { lower, latin: latin ? latinForm(lower) : lower, key, bare, loose: looseVowels(bare) };
}

/** Without apostrophes or accents: "don't" is "dont", "café" is "cafe". */
function latinForm(lower: string): string {
  const plain = accentable.test(lower) ? lower.normalize("NFD").replace(marks, "") : lower;
  return plain.includes("'") ? plain.replaceAll("'", "") : plain;
}

export function isLatinWord(word: string): boolean {
  return latinLetter.test(word);
}

export function isCyrillicWord(word: string): boolean {
  return cyrillicLetter.test(word);
}

export function tokenize(text: string): Token[] {
  const lowered = text.toLowerCase();
  // Fast path: lowercase and fold the whole text at once, then only words with Latin letters need
  // work of their own. It needs offsets that lowercasing kept ("İ" grows) and nothing to normalise.
  const whole = lowered.length === text.length && !combiningOrApostrophe.test(text);
  const folded = whole ? lowered.replace(foldable, (letter) => cyrillicFold[letter] ?? "'") : "";
  const tokens: Token[] = [];
  const words = new RegExp(wordPattern);
  let clause = 0;
  let sentence = 0;
  let previousEnd = 0;
  for (let match = words.exec(lowered); match !== null; match = words.exec(lowered)) {
    const start = match.index;
    const end = start + match[0].length;
    if (start > previousEnd) {
      const between = lowered.slice(previousEnd, start);
      if (clauseBreak.test(between)) clause++;
      if (sentenceBreak.test(between) && !quotationGoesOn(between, whole ? text : "", start)) sentence++;
    }
    previousEnd = end;
    let forms: WordForms;
    if (whole && !latinLetter.test(match[0])) {
      let key = folded.slice(start, end);
      if (key.includes("'")) key = key.replaceAll("'", "");
      const bare = key.includes("ь") ? key.replaceAll("ь", "") : key;
      forms = { lower: match[0], latin: match[0], key, bare, loose: looseVowels(bare) };
    } else {
      forms = wordForms(text.slice(start, end));
    }
    tokens.push({
      start,
      end,
      lower: forms.lower,
      latin: forms.latin,
      key: forms.key,
      bare: forms.bare,
      loose: forms.loose,
      clause,
      sentence,
    });
  }
  return tokens;
}

/** "«убью!», мы играем" and "«өлтірем!» деп айқайлап": after a comma, a dash or a small letter the sentence goes on. */
function quotationGoesOn(between: string, text: string, next: number): boolean {
  if (!quotationEnd.test(between)) return false;
  if (/[,—–-]/.test(between)) return true;
  const letter = text[next] ?? "";
  return letter !== letter.toUpperCase();
}
