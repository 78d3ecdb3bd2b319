// Turns text into search keys. The index knows each text's language; a user's message does not, so
// each of its words gets every plausible key (English, Russian, Kazakh; Latin letters transliterated)
// and the matcher keeps those the index knows. Keys are memoised: a knowledge base repeats its words,
// and so do the people who write to it.
import { stemmer as stemEnglish } from "@orama/stemmers/english";
import { stemmer as stemRussian } from "@orama/stemmers/russian";
import { foldKazakh, stemKazakh } from "./kazakh-stemmer.ts";
import type { FaqLocale } from "./schema.ts";
import {
  ENGLISH_STOPWORDS,
  KAZAKH_STOP_STEMS,
  KAZAKH_STOPWORDS,
  plainRussian,
  RUSSIAN_STOPWORDS,
} from "./stopwords.ts";

export type Script = "cyrillic" | "latin" | "number";

export interface Token {
  word: string;
  script: Script;
}

// Dropped from inside words: apostrophes (Russian translit "mat'", the 2017 Kazakh Latin "s'", English
// "don't") and the combining dot that "İ" lowercases to next to "i".
const DROPPED_CODES = new Set([..."'’ʼ`´\u0307"].map((letter) => letter.charCodeAt(0)));

// Letters that look alike in both scripts, for words typed with a keyboard switched halfway ("сектa").
const LATIN_LOOKALIKES: Record<string, string> = {
  a: "а",
  e: "е",
  o: "о",
  p: "р",
  c: "с",
  x: "х",
  y: "у",
  k: "к",
  m: "м",
  t: "т",
  i: "і",
};
const CYRILLIC_LOOKALIKES = Object.fromEntries(
  Object.entries(LATIN_LOOKALIKES).map(([latin, cyrillic]) => [cyrillic, latin]),
);

function isCyrillic(code: number): boolean {
  return code >= 0x400 && code <= 0x52f;
}

function isLatin(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff)
  );
}

/** Splits a message into lowercase words, each in the script most of its letters are in. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  scanWords(text, (word, script) => {
    tokens.push({ word, script });
  });
  return tokens;
}

/**
 * Calls `visit` with each word of a text (a run of letters and digits), as tokenize finds them, without
 * making tokens: the index reads every word of every answer this way.
 */
export function scanWords(text: string, visit: (word: string, script: Script) => void): void {
  const lower = text.normalize("NFC").toLowerCase();
  let start = -1;
  let cyrillic = 0;
  let latin = 0;
  let digits = 0;
  let dropped = false;
  for (let index = 0; index <= lower.length; index++) {
    const code = index < lower.length ? lower.charCodeAt(index) : SPACE;
    if (start >= 0 && DROPPED_CODES.has(code)) {
      dropped = true;
      continue;
    }
    const kind = charKind(code, lower, index);
    if (kind !== NOT_A_WORD) {
      if (start < 0) {
        start = index;
        cyrillic = 0;
        latin = 0;
        digits = 0;
        dropped = false;
      }
      if (kind === CYRILLIC_LETTER) cyrillic++;
      else if (kind === LATIN_LETTER) latin++;
      else if (kind === DIGIT) digits++;
      continue;
    }
    if (start < 0) continue;
    let word = lower.slice(start, index);
    start = -1;
    if (dropped) word = [...word].filter((letter) => !DROPPED_CODES.has(letter.charCodeAt(0))).join("");
    if (cyrillic > 0 && latin > 0) {
      const mostlyCyrillic = cyrillic >= latin;
      visit(unmix(word, mostlyCyrillic), mostlyCyrillic ? "cyrillic" : "latin");
    } else if (cyrillic > 0) {
      visit(word, "cyrillic");
    } else if (latin > 0) {
      visit(word, "latin");
    } else if (digits >= 2 && digits === word.length) {
      // numbers matter ("114"); single digits do not
      visit(word, "number");
    }
  }
}

const SPACE = 0x20;
const NOT_A_WORD = 0;
const CYRILLIC_LETTER = 1;
const LATIN_LETTER = 2;
const DIGIT = 3;
const OTHER_LETTER = 4;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function charKind(code: number, text: string, index: number): number {
  if (code >= 0x61 && code <= 0x7a) return LATIN_LETTER;
  if (code >= 0x30 && code <= 0x39) return DIGIT;
  if (code < 0x80) return NOT_A_WORD;
  if (isCyrillic(code)) return CYRILLIC_LETTER;
  if (isLatin(code) && code !== 0xd7 && code !== 0xf7) return LATIN_LETTER;
  return LETTER_OR_DIGIT.test(text[index] ?? "") ? OTHER_LETTER : NOT_A_WORD;
}

/** A word mixing both scripts is written in the script most of its letters are in. */
function unmix(word: string, mostlyCyrillic: boolean): string {
  let converted = "";
  for (const letter of word) {
    const code = letter.charCodeAt(0);
    if (mostlyCyrillic)
      converted += isLatin(code) ? (LATIN_LOOKALIKES[letter] ?? latinToCyrillic(letter, "ru")) : letter;
    else converted += isCyrillic(code) ? (CYRILLIC_LOOKALIKES[letter] ?? "") : letter;
  }
  return converted;
}

/**
 * A memo that forgets everything when it is full: the knowledge base's own words are few, and a
 * person's odd words must not make it grow without end.
 */
class Memo<Value> {
  private readonly values = new Map<string, Value>();
  constructor(private readonly capacity: number) {}

  get(key: string, compute: (key: string) => Value): Value {
    const found = this.values.get(key);
    if (found !== undefined || this.values.has(key)) return found as Value;
    if (this.values.size >= this.capacity) this.values.clear();
    const value = compute(key);
    this.values.set(key, value);
    return value;
  }
}

const MEMO_SIZE = 50_000;
const russianKeys = new Memo<string | undefined>(MEMO_SIZE);
const kazakhKeys = new Memo<string | undefined>(MEMO_SIZE);
const englishKeys = new Memo<string | undefined>(MEMO_SIZE);

export function russianKey(word: string): string | undefined {
  return russianKeys.get(word, computeRussianKey);
}

function computeRussianKey(word: string): string | undefined {
  const plain = plainRussian(word);
  if (plain.length < 2 || RUSSIAN_STOPWORDS.has(plain)) return undefined;
  // Translit and hasty typing write щ as "sh" ("zashitit").
  return stemRussian(plain).replaceAll("щ", "ш");
}

export function kazakhKey(word: string): string | undefined {
  return kazakhKeys.get(word, computeKazakhKey);
}

function computeKazakhKey(word: string): string | undefined {
  const folded = foldKazakh(word);
  if (folded.length < 2 || KAZAKH_STOPWORDS.has(folded)) return undefined;
  const stem = stemKazakh(folded);
  return KAZAKH_STOP_STEMS.has(stem) ? undefined : stem;
}

export function englishKey(word: string): string | undefined {
  return englishKeys.get(word, computeEnglishKey);
}

function computeEnglishKey(word: string): string | undefined {
  const plain = stripDiacritics(word);
  if (plain.length < 2 || ENGLISH_STOPWORDS.has(plain)) return undefined;
  return stemEnglish(plain);
}

/** The key of a word whose language is known (the knowledge base's own text). */
export function keyInLocale(token: Token, locale: FaqLocale): string | undefined {
  return wordKeyInLocale(token.word, token.script, locale);
}

export function wordKeyInLocale(word: string, script: Script, locale: FaqLocale): string | undefined {
  if (script === "number") return word;
  if (script === "latin") return englishKey(word);
  return locale === "kk" ? kazakhKey(word) : russianKey(word);
}

/** The keys of a text whose language is known, in order. */
export function keysInLocale(text: string, locale: FaqLocale): string[] {
  const keys: string[] = [];
  scanWords(text, (word, script) => {
    const key = wordKeyInLocale(word, script, locale);
    if (key !== undefined) keys.push(key);
  });
  return keys;
}

export interface KeyCandidate {
  key: string;
  /** The language the word is read in; none for a number. */
  language?: FaqLocale;
  /** Set when the key is a Latin-letter word read as Kazakh or Russian: a guess. */
  transliteratedAs?: "kk" | "ru";
}

const NO_CANDIDATES: readonly KeyCandidate[] = Object.freeze([]);
const cyrillicCandidates = new Memo<readonly KeyCandidate[]>(MEMO_SIZE);
const latinCandidates = new Memo<readonly KeyCandidate[]>(MEMO_SIZE);

/**
 * Every plausible key of a word typed by a user in any of the three languages. The result is shared
 * between calls: do not change it.
 */
export function candidateKeys(token: Token): readonly KeyCandidate[] {
  if (token.script === "number") return [{ key: token.word }];
  if (token.script === "cyrillic") return cyrillicCandidates.get(token.word, computeCyrillicCandidates);
  return latinCandidates.get(token.word, computeLatinCandidates);
}

function computeCyrillicCandidates(word: string): readonly KeyCandidate[] {
  // A stopword in either language is dropped: "ма", "бар", "какая" are no topic in any of them.
  if (isCyrillicStopword(word)) return NO_CANDIDATES;
  const candidates: KeyCandidate[] = [];
  // Letters Russian lacks (ә, қ, ң…) mean the word is Kazakh.
  if (!KAZAKH_LETTERS.test(word)) addCandidate(candidates, russianKey(word), "ru");
  addCandidate(candidates, kazakhKey(word), "kk");
  return candidates;
}

function computeLatinCandidates(word: string): readonly KeyCandidate[] {
  const asKazakh = latinToCyrillic(word, "kk");
  const asRussian = latinToCyrillic(word, "ru");
  // A stopword in any reading ("me", "chto", "pa") is no topic in the others either.
  if (
    ENGLISH_STOPWORDS.has(stripDiacritics(word)) ||
    isCyrillicStopword(asKazakh) ||
    isCyrillicStopword(asRussian)
  ) {
    return NO_CANDIDATES;
  }
  const candidates: KeyCandidate[] = [];
  addCandidate(candidates, englishKey(word), "en");
  addCandidate(candidates, kazakhKey(asKazakh), "kk", true);
  addCandidate(candidates, russianKey(asRussian), "ru", true);
  return candidates;
}

function addCandidate(
  candidates: KeyCandidate[],
  key: string | undefined,
  language: FaqLocale,
  transliterated = false,
) {
  if (!key || candidates.some((candidate) => candidate.key === key)) return;
  candidates.push(
    transliterated && language !== "en" ? { key, language, transliteratedAs: language } : { key, language },
  );
}

const languageHints = new Memo<FaqLocale | undefined>(MEMO_SIZE);

/**
 * The language a word alone gives away, if any: letters only Kazakh has, or a small word only one
 * language uses ("что", "ма", "the", "chto", "qalai").
 */
export function languageHint(token: Token): FaqLocale | undefined {
  if (token.script === "number") return undefined;
  return languageHints.get(`${token.script[0]}${token.word}`, () => computeLanguageHint(token));
}

function computeLanguageHint({ word, script }: Token): FaqLocale | undefined {
  if (script === "cyrillic") {
    if (KAZAKH_LETTERS.test(word)) return "kk";
    return onlyOne(RUSSIAN_STOPWORDS.has(plainRussian(word)), KAZAKH_STOPWORDS.has(foldKazakh(word)));
  }
  const russian = plainRussian(latinToCyrillic(word, "ru"));
  return onlyOne(
    RUSSIAN_STOPWORDS.has(russian) && !KAZAKH_STOPWORDS.has(foldKazakh(russian)),
    KAZAKH_STOPWORDS.has(foldKazakh(latinToCyrillic(word, "kk"))) && !RUSSIAN_STOPWORDS.has(russian),
    ENGLISH_STOPWORDS.has(stripDiacritics(word)),
  );
}

function onlyOne(russian: boolean, kazakh: boolean, english = false): FaqLocale | undefined {
  if (Number(russian) + Number(kazakh) + Number(english) !== 1) return undefined;
  return russian ? "ru" : kazakh ? "kk" : "en";
}

const KAZAKH_LETTERS = /[әөүұқғңіһ]/;

function isCyrillicStopword(word: string): boolean {
  const folded = foldKazakh(word);
  return (
    RUSSIAN_STOPWORDS.has(plainRussian(word)) ||
    KAZAKH_STOPWORDS.has(folded) ||
    KAZAKH_STOP_STEMS.has(stemKazakh(folded))
  );
}

const MARKS = /\p{M}/gu;

function stripDiacritics(word: string): string {
  return word.replaceAll("ı", "i").normalize("NFD").replace(MARKS, "").normalize("NFC");
}

// Kazakh Latin letters (2021 alphabet with diacritics, 2018 with acutes) and their Cyrillic letters.
// Output for Kazakh is already folded (қ→к, ә→а…), as kazakhKey folds anyway.
const LATIN_LETTERS: Record<string, string> = {
  ş: "ш",
  ç: "ч",
  ı: "ы",
  ğ: "г",
  ǵ: "г",
  ñ: "н",
  ń: "н",
  ä: "а",
  á: "а",
  ö: "о",
  ó: "о",
  ü: "у",
  ú: "у",
  ū: "у",
  ý: "у",
  a: "а",
  b: "б",
  d: "д",
  f: "ф",
  g: "г",
  h: "х",
  i: "и",
  í: "и",
  k: "к",
  l: "л",
  m: "м",
  n: "н",
  o: "о",
  p: "п",
  q: "к",
  r: "р",
  s: "с",
  t: "т",
  u: "у",
  v: "в",
  z: "з",
};

// Informal spellings: ASCII Kazakh ("sh", "gh", "zh", "ng") and Russian translit ("shch", "ya", "ts").
interface Digraph {
  latin: string;
  cyrillic: string;
  only?: "kk" | "ru";
  /** Kazakh "ng" is ң only at the end of a word ("ulyng"); inside one it is н + г ("mangyz"). */
  atEnd?: boolean;
}
const DIGRAPHS: readonly Digraph[] = [
  { latin: "shch", cyrillic: "щ", only: "ru" },
  { latin: "sch", cyrillic: "щ", only: "ru" },
  { latin: "sh", cyrillic: "ш" },
  { latin: "ch", cyrillic: "ч" },
  { latin: "zh", cyrillic: "ж" },
  { latin: "kh", cyrillic: "х" },
  { latin: "gh", cyrillic: "г" },
  { latin: "ng", cyrillic: "н", only: "kk", atEnd: true },
  { latin: "tsya", cyrillic: "тся", only: "ru" },
  { latin: "ts", cyrillic: "ц", only: "ru" },
  { latin: "ya", cyrillic: "я" },
  { latin: "yu", cyrillic: "ю" },
  { latin: "yo", cyrillic: "е" },
  { latin: "ye", cyrillic: "е" },
  { latin: "ja", cyrillic: "я", only: "ru" },
  { latin: "ju", cyrillic: "ю", only: "ru" },
  { latin: "jo", cyrillic: "е", only: "ru" },
];
// Digraphs by first letter, so that a letter only tries the few that can start there.
const DIGRAPHS_BY_FIRST_LETTER = new Map<string, Digraph[]>();
for (const digraph of DIGRAPHS) {
  const first = digraph.latin[0] ?? "";
  DIGRAPHS_BY_FIRST_LETTER.set(first, [...(DIGRAPHS_BY_FIRST_LETTER.get(first) ?? []), digraph]);
}

const VOWELS = new Set("aeiouyäöüūıáóúéíýаеиоуыэюяё");

/**
 * Transliterates a Latin-letter word into Cyrillic, for Kazakh (j = ж, w = у) or Russian
 * ("ja" = я, a final j = й, w = в, x = кс, a first e = э).
 */
export function latinToCyrillic(word: string, flavour: "kk" | "ru"): string {
  let result = "";
  for (let index = 0; index < word.length; ) {
    const letter = word[index] ?? "";
    const digraph = DIGRAPHS_BY_FIRST_LETTER.get(letter)?.find(
      ({ latin, only, atEnd }) =>
        (!only || only === flavour) &&
        word.startsWith(latin, index) &&
        (!atEnd || index + latin.length === word.length),
    );
    if (digraph) {
      result += digraph.cyrillic;
      index += digraph.latin.length;
      continue;
    }
    result += transliterateLetter(letter, word[index - 1], word[index + 1], index === 0, flavour);
    index += 1;
  }
  return result;
}

function transliterateLetter(
  letter: string,
  previous: string | undefined,
  next: string | undefined,
  isFirst: boolean,
  flavour: "kk" | "ru",
): string {
  switch (letter) {
    case "y":
      // after a vowel it is й ("moy", "uy"); after a consonant ы ("syn", "kyz")
      return previous === undefined || VOWELS.has(previous) ? "й" : "ы";
    case "j":
      if (flavour === "kk") return "ж";
      return next !== undefined && VOWELS.has(next) ? "ж" : "й";
    case "w":
      return flavour === "kk" ? "у" : "в";
    case "x":
      return flavour === "kk" ? "х" : "кс";
    case "c":
      return flavour === "kk" ? "с" : "ц";
    case "e":
      return flavour === "ru" && isFirst ? "э" : "е";
    default:
      return LATIN_LETTERS[letter] ?? letter;
  }
}
