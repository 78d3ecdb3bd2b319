// The one table of Latin letters for Kazakh (and Russian typed in Latin letters): the 2021 Kazakh Latin
// alphabet (Presidential decree of 2021), the letters of the 2017/2018 alphabets and Turkish keyboards
// people still use, and the informal spellings typed on phones ("sh", "zh", "gh", a final "ng", "ya").
// The knowledge base reads a Latin word as Kazakh and as Russian; the crisis detector reads it once,
// language unknown; cues and place names fold everything to the plain letters people type.

/** The 2021 alphabet, letter by letter: İ i is и (and й), I ı is і, Y y is ы. */
export const KAZAKH_LATIN_2021: Readonly<Record<string, string>> = {
  a: "а",
  ä: "ә",
  b: "б",
  d: "д",
  e: "е",
  f: "ф",
  g: "г",
  ğ: "ғ",
  h: "х",
  ı: "і",
  i: "и",
  j: "ж",
  k: "к",
  l: "л",
  m: "м",
  n: "н",
  ñ: "ң",
  o: "о",
  ö: "ө",
  p: "п",
  q: "қ",
  r: "р",
  s: "с",
  ş: "ш",
  t: "т",
  u: "у",
  ū: "ұ",
  ü: "ү",
  v: "в",
  y: "ы",
  z: "з",
};

/** Letters of the 2018 alphabet (acutes) and of Turkish keyboards that people still type. */
const OTHER_LATIN_LETTERS: Readonly<Record<string, string>> = {
  á: "ә",
  ǵ: "ғ",
  ń: "ң",
  ó: "ө",
  ú: "ү",
  ý: "у",
  í: "и",
  ç: "ч",
  é: "е",
  // not in any Kazakh alphabet: Russian transliteration's ц
  c: "ц",
};

/** A reading of a Latin word: as Kazakh, as Russian, or (the crisis detector) without knowing which. */
export type Reading = "kk" | "ru" | "any";

interface Spelling {
  latin: string;
  cyrillic: string;
  /** The readings that use this spelling; all when unset. */
  readings?: readonly Reading[];
  /** Kazakh "ng" is ң only at the end of a word ("ulyng"); inside one it is н + г ("mangyz"). */
  atEnd?: boolean;
}

/** Informal spellings, longest first where one starts another. */
const INFORMAL_SPELLINGS: readonly Spelling[] = [
  { latin: "shch", cyrillic: "щ", readings: ["ru", "any"] },
  { latin: "sch", cyrillic: "щ", readings: ["ru", "any"] },
  { latin: "sh", cyrillic: "ш" },
  { latin: "ch", cyrillic: "ч" },
  { latin: "zh", cyrillic: "ж" },
  { latin: "kh", cyrillic: "х" },
  { latin: "gh", cyrillic: "ғ" },
  { latin: "ng", cyrillic: "ң", readings: ["kk", "any"], atEnd: true },
  // the reflexive ending: "molitsya", "ubitsya"
  { latin: "tsya", cyrillic: "тся", readings: ["ru", "any"] },
  { latin: "ts", cyrillic: "ц", readings: ["ru", "any"] },
  { latin: "ya", cyrillic: "я" },
  { latin: "yu", cyrillic: "ю" },
  { latin: "yo", cyrillic: "ё" },
  { latin: "ye", cyrillic: "е" },
  { latin: "ja", cyrillic: "я", readings: ["ru"] },
  { latin: "ju", cyrillic: "ю", readings: ["ru"] },
  { latin: "jo", cyrillic: "ё", readings: ["ru"] },
  // Russian transliteration's soft sign: "mat'"
  { latin: "'", cyrillic: "ь" },
];

/** Kazakh letters as a Russian keyboard types them (the Russian reading of a Kazakh Latin letter). */
export const KAZAKH_TO_RUSSIAN_LETTERS: Readonly<Record<string, string>> = {
  ә: "а",
  ғ: "г",
  қ: "к",
  ң: "н",
  ө: "о",
  ұ: "у",
  ү: "у",
  һ: "х",
  і: "и",
};

const SPELLINGS_BY_FIRST_LETTER = new Map<string, Spelling[]>();
for (const spelling of INFORMAL_SPELLINGS) {
  const first = spelling.latin[0] ?? "";
  SPELLINGS_BY_FIRST_LETTER.set(first, [...(SPELLINGS_BY_FIRST_LETTER.get(first) ?? []), spelling]);
}

const VOWELS = new Set("aeiouyäöüūıáóúéíýаеиоуыэюяё");

/**
 * A lowercase Latin-letter word in Cyrillic. Kazakh ("kk") keeps Kazakh letters (q→қ, ğ→ғ); Russian
 * ("ru") gives Russian letters (q→к, "ja"→я, a final j→й, w→в, x→кс, a first e→э); "any" is the Kazakh
 * reading plus the Russian-only spellings ("shch", "ts").
 */
export function latinToCyrillic(word: string, reading: Reading): string {
  let result = "";
  for (let index = 0; index < word.length; ) {
    const letter = word[index] ?? "";
    const spelling = SPELLINGS_BY_FIRST_LETTER.get(letter)?.find(
      ({ latin, readings, atEnd }) =>
        (!readings || readings.includes(reading)) &&
        word.startsWith(latin, index) &&
        (!atEnd || index + latin.length === word.length),
    );
    if (spelling) {
      result += spelling.cyrillic;
      index += spelling.latin.length;
      continue;
    }
    result += readLetter(letter, word[index - 1], word[index + 1], index === 0, reading);
    index += 1;
  }
  return reading === "ru" ? foldToRussian(result) : result;
}

function readLetter(
  letter: string,
  previous: string | undefined,
  next: string | undefined,
  isFirst: boolean,
  reading: Reading,
): string {
  switch (letter) {
    case "y":
      // ы, as in the 2021 alphabet ("syn", "qyz"); after a vowel the й of Russian transliteration ("moy", "uy")
      return previous !== undefined && VOWELS.has(previous) ? "й" : "ы";
    case "ı":
      // і in the 2021 alphabet; the 2018 one (its acutes: "kómek") wrote и and й as ı, so after a vowel
      // other than i it is й ("qaıda", "Semeıde", "aıtý"), as no Kazakh word puts і there
      return previous !== undefined && VOWELS.has(previous) && !"iıy".includes(previous) ? "й" : "і";
    case "i":
      // the 2021 alphabet's İ i is й after a vowel ("syi", "üiıne"); Russian "moi" is мои
      return reading !== "ru" && previous !== undefined && VOWELS.has(previous) ? "й" : "и";
    case "j":
      if (reading !== "ru") return "ж";
      return next !== undefined && VOWELS.has(next) ? "ж" : "й";
    case "w":
      return reading === "ru" ? "в" : "у";
    case "x":
      return reading === "ru" ? "кс" : "х";
    case "e":
      return reading === "ru" && isFirst ? "э" : "е";
    default:
      return KAZAKH_LATIN_2021[letter] ?? OTHER_LATIN_LETTERS[letter] ?? letter;
  }
}

function foldToRussian(cyrillic: string): string {
  let folded = "";
  for (const letter of cyrillic) folded += KAZAKH_TO_RUSSIAN_LETTERS[letter] ?? letter;
  return folded;
}

/** Letters outside ASCII in the Latin alphabets above, as people type them on a plain keyboard. */
const PLAIN_LATIN: Readonly<Record<string, string>> = {
  ä: "a",
  á: "a",
  ğ: "g",
  ǵ: "g",
  ı: "i",
  ñ: "n",
  ń: "n",
  ö: "o",
  ó: "o",
  ş: "sh",
  ç: "ch",
  ū: "u",
  ü: "u",
  ú: "u",
};

const PLAIN_LETTERS: Readonly<Record<string, string>> = {
  ...KAZAKH_TO_RUSSIAN_LETTERS,
  ё: "е",
  ...PLAIN_LATIN,
};

/**
 * Kazakh Cyrillic and Latin letters folded to the plain letters people type without a Kazakh keyboard
 * (қ→к, ө→о, ş→sh), so that "Павлодардағы", "pavlodardagy" and "Pavlodardağy" meet one word list.
 * Expects lowercase text.
 */
export function foldKazakhLetters(lowercase: string): string {
  let folded = "";
  for (const letter of lowercase) folded += PLAIN_LETTERS[letter] ?? letter;
  return folded;
}
