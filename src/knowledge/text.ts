// Turns text into search keys. The index knows each text's language; a user's message does not, so
// each of its words gets every plausible key (English, Russian, Kazakh; Latin letters transliterated)
// and the matcher keeps those the index knows.
import { stemmer as stemEnglish } from "@orama/stemmers/english";
import { stemmer as stemRussian } from "@orama/stemmers/russian";
import { foldKazakh, stemKazakh } from "./kazakh-stemmer.ts";
import type { FaqLocale } from "./schema.ts";
import { ENGLISH_STOPWORDS, KAZAKH_STOP_STEMS, KAZAKH_STOPWORDS, RUSSIAN_STOPWORDS } from "./stopwords.ts";

export type Script = "cyrillic" | "latin" | "number";

export interface Token {
  word: string;
  script: Script;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

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

/** A word mixing both scripts is written in the script most of its letters are in. */
function unmix(word: string): Token {
  const letters = [...word];
  const cyrillicCount = letters.filter((letter) => CYRILLIC.test(letter)).length;
  if (cyrillicCount * 2 >= letters.length) {
    const converted = letters.map((letter) =>
      LATIN.test(letter) ? (LATIN_LOOKALIKES[letter] ?? latinToCyrillic(letter, "ru")) : letter,
    );
    return { word: converted.join(""), script: "cyrillic" };
  }
  const converted = letters.map((letter) =>
    CYRILLIC.test(letter) ? (CYRILLIC_LOOKALIKES[letter] ?? "") : letter,
  );
  return { word: converted.join(""), script: "latin" };
}

export function tokenize(text: string): Token[] {
  const words =
    text
      .normalize("NFC")
      .toLowerCase()
      // apostrophes inside words: Russian translit "mat'", the 2017 Kazakh Latin "s'"
      .replace(/['’ʼ`´]/g, "")
      // "İ" lowercases to "i" plus a combining dot
      .replace(/\u0307/g, "")
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const tokens: Token[] = [];
  for (const word of words) {
    const hasCyrillic = CYRILLIC.test(word);
    const hasLatin = LATIN.test(word);
    if (hasCyrillic && hasLatin) {
      tokens.push(unmix(word));
    } else if (hasCyrillic) {
      tokens.push({ word, script: "cyrillic" });
    } else if (hasLatin) {
      tokens.push({ word, script: "latin" });
    } else if (/^\d{2,}$/.test(word)) {
      // numbers matter ("114"); single digits do not
      tokens.push({ word, script: "number" });
    }
  }
  return tokens;
}

export function russianKey(word: string): string | undefined {
  const plain = word.replace(/ё/g, "е");
  if (plain.length < 2 || RUSSIAN_STOPWORDS.has(plain)) return undefined;
  // Translit and hasty typing drop the soft sign and write щ as "sh" ("tyurme", "zashitit").
  return stemRussian(plain).replace(/[ьъ]/g, "").replace(/щ/g, "ш");
}

export function kazakhKey(word: string): string | undefined {
  const folded = foldKazakh(word);
  if (folded.length < 2 || KAZAKH_STOPWORDS.has(folded)) return undefined;
  const stem = stemKazakh(folded);
  return KAZAKH_STOP_STEMS.has(stem) ? undefined : stem;
}

export function englishKey(word: string): string | undefined {
  const plain = stripDiacritics(word);
  if (plain.length < 2 || ENGLISH_STOPWORDS.has(plain)) return undefined;
  return stemEnglish(plain);
}

/** The key of a word whose language is known (the knowledge base's own text). */
export function keyInLocale(token: Token, locale: FaqLocale): string | undefined {
  if (token.script === "number") return token.word;
  if (token.script === "latin") return englishKey(token.word);
  return locale === "kk" ? kazakhKey(token.word) : russianKey(token.word);
}

export interface KeyCandidate {
  key: string;
  /** Set when the key is a Latin-letter word read as Kazakh or Russian: a guess. */
  transliteratedAs?: "kk" | "ru";
}

/** Every plausible key of a word typed by a user in any of the three languages. */
export function candidateKeys(token: Token): KeyCandidate[] {
  const candidates: KeyCandidate[] = [];
  const add = (key: string | undefined, transliteratedAs?: "kk" | "ru") => {
    if (key && !candidates.some((candidate) => candidate.key === key))
      candidates.push({ key, transliteratedAs });
  };
  if (token.script === "number") {
    add(token.word);
  } else if (token.script === "cyrillic") {
    // A stopword in either language is dropped: "ма", "бар", "какая" are no topic in any of them.
    if (isCyrillicStopword(token.word)) return [];
    // Letters Russian lacks (ә, қ, ң…) mean the word is Kazakh.
    if (!KAZAKH_LETTERS.test(token.word)) add(russianKey(token.word));
    add(kazakhKey(token.word));
  } else {
    const asKazakh = latinToCyrillic(token.word, "kk");
    const asRussian = latinToCyrillic(token.word, "ru");
    // A stopword in any reading ("me", "chto", "pa") is no topic in the others either.
    if (
      ENGLISH_STOPWORDS.has(stripDiacritics(token.word)) ||
      isCyrillicStopword(asKazakh) ||
      isCyrillicStopword(asRussian)
    ) {
      return [];
    }
    add(englishKey(token.word));
    add(kazakhKey(asKazakh), "kk");
    add(russianKey(asRussian), "ru");
  }
  return candidates;
}

const KAZAKH_LETTERS = /[әөүұқғңіһ]/;

function isCyrillicStopword(word: string): boolean {
  const folded = foldKazakh(word);
  return (
    RUSSIAN_STOPWORDS.has(word.replace(/ё/g, "е")) ||
    KAZAKH_STOPWORDS.has(folded) ||
    KAZAKH_STOP_STEMS.has(stemKazakh(folded))
  );
}

function stripDiacritics(word: string): string {
  return word.replace(/ı/g, "i").normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");
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

const VOWELS = new Set("aeiouyäöüūıáóúéíýаеиоуыэюяё");

/**
 * Transliterates a Latin-letter word into Cyrillic, for Kazakh (j = ж, w = у) or Russian
 * ("ja" = я, a final j = й, w = в, x = кс, a first e = э).
 */
export function latinToCyrillic(word: string, flavour: "kk" | "ru"): string {
  let result = "";
  for (let index = 0; index < word.length; ) {
    const rest = word.slice(index);
    const digraph = DIGRAPHS.find(
      ({ latin, only, atEnd }) =>
        rest.startsWith(latin) && (!only || only === flavour) && (!atEnd || rest.length === latin.length),
    );
    if (digraph) {
      result += digraph.cyrillic;
      index += digraph.latin.length;
      continue;
    }
    const letter = word[index] ?? "";
    const previous = word[index - 1];
    const next = word[index + 1];
    result += transliterateLetter(letter, previous, next, index === 0, flavour);
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
