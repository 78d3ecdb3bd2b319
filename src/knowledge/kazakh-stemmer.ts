// A light Kazakh stemmer: Kazakh is agglutinative (бала-лар-ымыз-ға "to our children"), so stripping a
// few common inflectional suffixes from the end lets different forms of a word meet. It is not a
// morphological analyser: it works on folded text (see foldKazakh) and aims to be consistent, not right.

/** Maps Kazakh-specific letters to the Russian ones people type when their keyboard lacks them. */
const KAZAKH_FOLD: Record<string, string> = {
  ә: "а",
  ө: "о",
  ү: "у",
  ұ: "у",
  қ: "к",
  ғ: "г",
  ң: "н",
  і: "и",
  һ: "х",
  ё: "е",
  // informal Latin spelling writes й as i ("qalai"), so the two meet as и
  й: "и",
};

export function foldKazakh(word: string): string {
  let folded = "";
  for (const letter of word) folded += KAZAKH_FOLD[letter] ?? letter;
  return folded;
}

// Folded spellings (і→и, қ→к, ғ→г, ң→н…), each with its front/back and voiced/voiceless variants.
const SUFFIXES = [
  // plural
  ["лар", "лер", "дар", "дер", "тар", "тер"],
  // possessive: our, your (polite), my, your, his/her
  ["ымыз", "имиз", "мыз", "миз", "ыныз", "иниз", "ныз", "низ", "ым", "им", "ын", "ин", "сы", "си"],
  // cases: genitive, dative, accusative, locative, ablative, instrumental, attributive locative
  ["нын", "нин", "дын", "дин", "тын", "тин"],
  ["га", "ге", "ка", "ке", "на", "не"],
  ["ны", "ни", "ды", "ди", "ты", "ти"],
  ["нда", "нде", "да", "де", "та", "те"],
  ["нан", "нен", "дан", "ден", "тан", "тен"],
  ["мен", "бен", "пен"],
  ["дагы", "деги", "тагы", "теги", "ндагы", "ндеги"],
  // verbs: participles, converb, conditional, wish ("шыққым келеді", "кеткісі келеді"), personal endings
  ["ган", "ген", "кан", "кен", "атын", "етин", "йтын", "йтин", "ып", "ип", "са", "се"],
  ["гым", "гим", "кым", "ким", "гысы", "гиси", "кысы", "киси"],
  ["мын", "мин", "сын", "син", "сыз", "сиз", "быз", "биз", "пыз", "пиз"],
]
  .flat()
  .sort((a, b) => b.length - a.length);

// Single vowels (dative -а/-е, possessive -ы/-і) only come off longer words: short roots end in
// vowels too (жаза "punishment" is not жаз- "write"). The verbal noun -у comes off a three-letter root.
const VOWEL_SUFFIXES: readonly [string, number][] = [
  ["а", 4],
  ["е", 4],
  ["ы", 4],
  ["и", 4],
  ["у", 3],
];
const MIN_STEM = 3;
const MAX_SUFFIXES = 3;

/** Strips up to three inflectional suffixes from a folded Kazakh word. */
export function stemKazakh(foldedWord: string): string {
  let stem = foldedWord;
  for (let round = 0; round < MAX_SUFFIXES; round++) {
    const suffix =
      SUFFIXES.find((candidate) => stem.endsWith(candidate) && stem.length - candidate.length >= MIN_STEM) ??
      VOWEL_SUFFIXES.find(([vowel, minStem]) => stem.endsWith(vowel) && stem.length - 1 >= minStem)?.[0];
    if (!suffix) break;
    stem = stem.slice(0, -suffix.length);
  }
  // A root's last consonant is voiced before a vowel (шық- "go out": шығу, шыққан): use the voiceless one.
  return stem.replace(/г$/, "к").replace(/б$/, "п");
}
