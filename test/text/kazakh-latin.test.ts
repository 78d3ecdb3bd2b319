import { describe, expect, it } from "vitest";
import { foldKazakhLetters, KAZAKH_LATIN_2021, latinToCyrillic } from "../../src/text/kazakh-latin.ts";

// The 2021 Kazakh Latin alphabet (Presidential decree of 2021): each letter and the Cyrillic letter it writes.
const ALPHABET_2021: [string, string][] = [
  ["a", "а"],
  ["ä", "ә"],
  ["b", "б"],
  ["d", "д"],
  ["e", "е"],
  ["f", "ф"],
  ["g", "г"],
  ["ğ", "ғ"],
  ["h", "х"],
  ["ı", "і"],
  ["i", "и"],
  ["j", "ж"],
  ["k", "к"],
  ["l", "л"],
  ["m", "м"],
  ["n", "н"],
  ["ñ", "ң"],
  ["o", "о"],
  ["ö", "ө"],
  ["p", "п"],
  ["q", "қ"],
  ["r", "р"],
  ["s", "с"],
  ["ş", "ш"],
  ["t", "т"],
  ["u", "у"],
  ["ū", "ұ"],
  ["ü", "ү"],
  ["v", "в"],
  ["y", "ы"],
  ["z", "з"],
];

describe("the 2021 Kazakh Latin alphabet", () => {
  it("has the decree's 31 letters and no other", () => {
    expect(Object.keys(KAZAKH_LATIN_2021).sort()).toEqual(ALPHABET_2021.map(([latin]) => latin).sort());
  });

  it.each(ALPHABET_2021)("reads %s as %s in Kazakh", (latin, cyrillic) => {
    expect(latinToCyrillic(latin, "kk")).toBe(cyrillic);
  });
});

describe("latinToCyrillic", () => {
  it.each([
    // 2021 orthography (the alphabet's own sample text)
    ["būryñğy", "kk", "бұрыңғы"],
    ["bır", "kk", "бір"],
    ["kısı", "kk", "кісі"],
    ["qazysynyñ", "kk", "қазысының"],
    ["üiıne", "kk", "үйіне"],
    ["söilesıp", "kk", "сөйлесіп"],
    ["syi", "kk", "сый"],
    // 2018 acutes and Turkish-keyboard letters
    ["ǵalym", "kk", "ғалым"],
    ["óner", "kk", "өнер"],
    ["çay", "kk", "чай"],
    // informal phone spellings
    ["şeteldegi", "kk", "шетелдеги"],
    ["zhaqsy", "kk", "жақсы"],
    ["agha", "kk", "аға"],
    ["ulyng", "kk", "улың"],
    ["mangyz", "kk", "мангыз"],
    ["waqyt", "kk", "уақыт"],
    ["moy", "ru", "мой"],
    // Russian transliteration, in Russian letters
    ["qazaq", "ru", "казак"],
    ["zhikhad", "ru", "жихад"],
    ["shchit", "ru", "щит"],
    ["ekstremizm", "ru", "экстремизм"],
    ["molitsya", "ru", "молится"],
    ["moi", "ru", "мои"],
    ["jena", "ru", "жена"],
    ["moj", "ru", "мой"],
    ["yasha", "ru", "яша"],
    ["xolod", "ru", "ксолод"],
    ["wera", "ru", "вера"],
    // language unknown (the crisis detector): Kazakh letters and Russian-only spellings
    ["qorqamyn", "any", "қорқамын"],
    ["ubitsya", "any", "убится"],
    ["mat'", "any", "мать"],
    ["xabar", "any", "хабар"],
  ] as const)("reads %s (%s) as %s", (latin, reading, cyrillic) => {
    expect(latinToCyrillic(latin, reading)).toBe(cyrillic);
  });
});

describe("foldKazakhLetters", () => {
  it.each([
    ["павлодардағы", "павлодардагы"],
    ["өлгім келеді", "олгим келеди"],
    ["pavlodardağy", "pavlodardagy"],
    ["şymkent", "shymkent"],
    ["qızım", "qizim"],
    ["ёлка", "елка"],
  ])("folds %s to %s", (text, folded) => {
    expect(foldKazakhLetters(text)).toBe(folded);
  });
});
