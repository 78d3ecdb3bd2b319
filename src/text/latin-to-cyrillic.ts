// Latin letters to Cyrillic, for a word read as Kazakh or as Russian.
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
