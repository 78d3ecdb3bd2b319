// Kazakh letters, and the 2021 alphabet's and Turkish-keyboard Latin letters, folded to the plain
// letters people type without a Kazakh keyboard (қ→к, ө→о, ş→sh), so that "Павлодардағы",
// "pavlodardagy" and "Pavlodardağy" can be matched by one word list. Expects lowercase text.
const FOLD: Readonly<Record<string, string>> = {
  қ: "к",
  ғ: "г",
  ә: "а",
  ө: "о",
  ү: "у",
  ұ: "у",
  і: "и",
  ң: "н",
  һ: "х",
  ё: "е",
  ı: "i",
  ş: "sh",
  ç: "ch",
  ğ: "g",
  ǵ: "g",
  ú: "u",
  ü: "u",
  ū: "u",
  ó: "o",
  ö: "o",
  á: "a",
  ä: "a",
  ń: "n",
  ñ: "n",
};

export function foldKazakhLetters(lowercase: string): string {
  let folded = "";
  for (const letter of lowercase) folded += FOLD[letter] ?? letter;
  return folded;
}
