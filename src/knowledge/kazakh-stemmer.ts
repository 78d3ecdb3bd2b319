// A light Kazakh stemmer: Kazakh is agglutinative (бала-лар-ымыз-ға "to our children"), so stripping a
// few common inflectional suffixes from the end lets different forms of a word meet. It is not a
// morphological analyser: it works on folded text (see foldKazakh) and aims to be consistent, not right.

/**
 * Maps Kazakh-specific letters to the Russian ones people type when their keyboard lacks them. The
 * close vowels ы, і, и and й become one: Latin spellings use "i", "y" and "ı" for any of them
 * ("qalai", "kizim", "bılım"), so keeping them apart would split what people mean as one word.
 */
const KAZAKH_FOLD: Record<string, string> = {
  ә: "а",
  ө: "о",
  ү: "у",
  ұ: "у",
  қ: "к",
  ғ: "г",
  ң: "н",
  і: "и",
  ы: "и",
  й: "и",
  һ: "х",
  ё: "е",
  // the 2021 Latin alphabet writes я and ю as "ia" and "iu" (qūpiia "құпия")
  я: "иа",
  ю: "иу",
};

export function foldKazakh(word: string): string {
  let folded = "";
  for (const letter of word) folded += KAZAKH_FOLD[letter] ?? letter;
  return folded;
}

// Folded spellings (ы/і→и, қ→к, ғ→г, ң→н…), each with its front/back and voiced/voiceless variants.
const SUFFIXES = [
  // plural
  ["лар", "лер", "дар", "дер", "тар", "тер"],
  // possessive: our, your (polite), my, your, his/her
  ["имиз", "миз", "иниз", "низ", "им", "ин", "си"],
  // cases: genitive, dative, accusative, locative, ablative, instrumental, attributive locative
  ["нин", "дин", "тин"],
  ["га", "ге", "ка", "ке", "на", "не"],
  ["ни", "ди", "ти"],
  ["нда", "нде", "да", "де", "та", "те"],
  ["нан", "нен", "дан", "ден", "тан", "тен"],
  ["мен", "бен", "пен"],
  ["даги", "деги", "таги", "теги", "ндаги", "ндеги"],
  // verbs: participles, converb, conditional ("шықсам"), wish ("шыққым келеді", "кеткісі келеді")
  ["ган", "ген", "кан", "кен", "атин", "етин", "итин", "ип", "са", "се", "сам", "сем"],
  ["гим", "ким", "гиси", "киси"],
  // present tense, plain and negative ("барады", "барамын", "тыңдамайды", "білмеймін"), "let me"
  // ("сөйлесейін"), negative verbal noun ("істемеу"), intention ("кетпекші")
  ["ади", "еди", "амин", "емин", "имин", "аиин", "еиин", "маи", "меи", "баи", "беи", "паи", "пеи"],
  ["мау", "меу", "бау", "беу", "пау", "пеу", "мак", "мек", "бак", "бек", "пак", "пек"],
  // negative present with a personal ending ("білмеймін")
  ["маимин", "меимин", "баимин", "беимин", "паимин", "пеимин"],
  // personal endings
  ["мин", "син", "сиз", "биз", "пиз"],
  // agent nouns ("уағызшы", "арбаушы") meet what they do
  ["ши"],
].flat();

// Most suffixes leave at least three letters. Short verb roots (оқ-, ал-) keep their verbal noun -у
// and converb -ып off; a close vowel comes off any stem (possessive дін-і, verb оқы-ды); -а off longer
// words only, as short roots end in it too (жаза "punishment" is not жаз- "write"); the converb -п
// off a vowel stem (сөйлеп, like сөйлеу), as do the possessives -м and -ң (балам, балаң).
const MIN_STEM = 3;
const MIN_STEM_BY_SUFFIX: Readonly<Record<string, number>> = { ип: 2 };
const SINGLE_LETTER_SUFFIXES: readonly [string, number][] = [
  ["а", 4],
  ["е", 3],
  ["и", 2],
  ["у", 2],
];
const AFTER_VOWEL_SUFFIXES = new Set(["п", "м", "н"]);
const VOWELS = new Set("аеиоуэюя");
const MAX_SUFFIXES = 4;

// "-лылық" and "-лық" make the same abstract noun (құпиялылық, құпиялық "confidentiality"; folded "лилик", "лик",
// with their voiced and voiceless variants): the longer is read as the shorter.
const DOUBLED_ABSTRACT = /([лдт])и[лдт]ик$/u;

/** Strips up to four inflectional suffixes from a Kazakh word (folded first if it is not yet). */
export function stemKazakh(word: string): string {
  let stem = foldKazakh(word);
  for (let round = 0; round < MAX_SUFFIXES; round++) {
    const suffix = longSuffixOf(stem) ?? singleLetterSuffixOf(stem);
    if (!suffix) break;
    stem = stem.slice(0, -suffix.length);
  }
  // A root's last consonant is voiced before a vowel (шық- "go out": шығу, шыққан; топ: тобым): use
  // the voiceless one.
  const last = stem.at(-1);
  if (last === "г") stem = `${stem.slice(0, -1)}к`;
  else if (last === "б") stem = `${stem.slice(0, -1)}п`;
  return stem.length > 7 ? stem.replace(DOUBLED_ABSTRACT, "$1ик") : stem;
}

// Suffixes by length, longest first, so that a stem only looks its own endings up.
const SUFFIXES_BY_LENGTH = [...new Set(SUFFIXES.map((suffix) => suffix.length))]
  .sort((a, b) => b - a)
  .map((length) => ({ length, suffixes: new Set(SUFFIXES.filter((suffix) => suffix.length === length)) }));

function longSuffixOf(stem: string): string | undefined {
  for (const { length, suffixes } of SUFFIXES_BY_LENGTH) {
    if (stem.length <= length) continue;
    const ending = stem.slice(-length);
    // After a consonant "-сыз" is "without" (заңсыз "illegal", қауіпсіз "safe"), not "you" (барасыз).
    if (ending === "сиз" && !VOWELS.has(stem.at(-4) ?? "")) continue;
    if (suffixes.has(ending) && stem.length - length >= (MIN_STEM_BY_SUFFIX[ending] ?? MIN_STEM))
      return ending;
  }
  return undefined;
}

function singleLetterSuffixOf(stem: string): string | undefined {
  for (const [letter, minStem] of SINGLE_LETTER_SUFFIXES)
    if (stem.length - 1 >= minStem && stem.endsWith(letter)) return letter;
  const last = stem.at(-1) ?? "";
  if (stem.length >= 5 && AFTER_VOWEL_SUFFIXES.has(last) && VOWELS.has(stem.at(-2) ?? "")) return last;
  return undefined;
}
