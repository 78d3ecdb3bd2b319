// Splits text into lowercase words, each tagged with its script. A word typed with the keyboard switched
// halfway ("сектa") is written in the script most of its letters are in.
import { latinToCyrillic } from "../text/kazakh-latin.ts";

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
  const lower = joinPhrasalVerbs(text.normalize("NFC").toLowerCase())
    .replace(SPELLED_HOTLINE, "114 ")
    .replace(PRISON_IDIOM, "jailed");
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

// English phrasal verbs whose verb and particle are both stopwords ("get out", "find out", "come
// after") would vanish word by word: each is read as one word of the verb's plain form ("getout"), so
// "how do I get out" meets leave-a-group's "get out" and "will they find out" is not "find me".
const PHRASAL_VERB_FORMS: Record<string, string> = {
  get: "get",
  gets: "get",
  got: "get",
  getting: "get",
  gotten: "get",
  go: "go",
  goes: "go",
  going: "go",
  went: "go",
  gone: "go",
  come: "come",
  comes: "come",
  coming: "come",
  came: "come",
  take: "take",
  takes: "take",
  taking: "take",
  took: "take",
  taken: "take",
  find: "find",
  finds: "find",
  finding: "find",
  found: "find",
};
const PHRASAL_VERB = new RegExp(
  `\\b(${Object.keys(PHRASAL_VERB_FORMS).join("|")}) (out|away|off|back|after)\\b`,
  "g",
);

// The hotline's number spelled out ("сто четырнадцать", "жүз он төрт", "one one four") is the number.
const SPELLED_HOTLINE =
  /(?<!\p{L})(?:сто четырнадцат\p{L}*|sto chetyrnad(?:ts|c)at\p{L}*|жүз он төрт|жуз он торт|one hundred (?:and )?fourteen|one one four|один один четыре)/gu;

// English idioms of prison whose words say nothing of it ("got locked up", "doing time", "behind bars") are read as
// "jailed"; a person locked in a room, or a phone locked, is not (cues/prison.ts keeps Russian and Kazakh words
// that mean prison only in context from deciding alone).
const PRISON_IDIOM =
  /\b(?:(?:got|get|gets|getting|was|were|is|are|be|been|being) locked up|locked (?:him|her|them|me|us) up|(?:doing|serving|did|does|do|done|serve|serves|served) (?:hard |some |his |her |their )?time(?! (?:management|to|with|on|online|in (?:the|a) )\b)|behind bars|serv(?:e|es|ed|ing) (?:a |his |her |their )?(?:[\w-]+ ){0,2}sentence)\b/g;

function joinPhrasalVerbs(text: string): string {
  return text.replace(
    PHRASAL_VERB,
    (_, verb: string, particle: string) => `${PHRASAL_VERB_FORMS[verb]}${particle}`,
  );
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
