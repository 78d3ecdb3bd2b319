// A settlement a message names that the directory does not list: "в поселке Шубарколь", "живём в Каркаралинске",
// "Шұбаркөл ауылында", "in the village of Shubarkol". The router sends such a message to the directory like a
// known place, and the directory says it does not know the place and offers the regions (src/centers): a guess
// from the questions and answers would not say where to go. No region is guessed for it (none is in the data).
// Plain TypeScript, no grammY.
import { findPlace, findPlaceNearby, type PlaceMention, placeWords } from "./place-names.ts";

/** The region code of a mention of an unlisted settlement: no region of regions.yaml has it. */
export const UNLISTED_PLACE = "unlisted";

// A word naming a kind of settlement, then its name, capitalised ("в каком городе есть" names none): "поселок Шубарколь", "село Каркаралинское", "village Shubarkol".
const SETTLEMENT_BEFORE =
  /(?:^|[^\p{L}])(?:[Пп]ос[её]л(?:ок|ке|ка|ку|ком)|[Пп]ос\.|п\.|[Сс]ел(?:о|е|а|у|ом)|[Аа]ул(?:е|а|у|ом)?|[Дд]еревн(?:я|е|и|ю)|[Гг]ород(?:е|а|ок|ке)?|г\.|[Сс]танци(?:я|и)|[Vv]illage|[Tt]own|[Ss]ettlement)\s+(?:of\s+)?(\p{Lu}[\p{L}-]{2,})/u;
// Kazakh puts the kind after the name: "Шұбаркөл ауылы", "Қарқаралы қаласында", "Shubarkol auylynda" ("Онымен қалай",
// "with him how", is none).
const SETTLEMENT_AFTER =
  /(\p{Lu}[\p{L}-]{2,})\s+(?:ауыл|кент|қала(?!й)|кала(?!й)|auyl|auil|kent|qala(?!i)|kala(?!i))\p{L}*/u;
// "живём в Каркаралинске", "I live in Shubarkol", "Қарқаралыда тұрамыз": a capitalised name only, as "живу в страхе"
// names no place.
const LIVES_IN =
  /(?:[Жж]ив(?:у|ём|ем|[её]т|ут|[её]шь)|[Пп]рожива(?:ю|ем|ет)|[Нн]аходимся|[Нн]ахожусь|(?:[Ii]|[Ww]e)\s+live|[Ll]iving)\s+(?:в|во|in)\s+(\p{Lu}[\p{L}-]{2,})/u;
const KAZAKH_LIVES_IN =
  /(\p{Lu}[\p{L}-]{2,}(?:да|де|та|те|da|de|ta|te))\s+(?:тұрам|турам|turam|tūram)\p{L}*/u;

/** Words after a settlement word that are no name: "в городе и области", "the town of my birth". */
const NOT_NAMES = new Set([
  "и",
  "или",
  "где",
  "мой",
  "моем",
  "моём",
  "нашем",
  "the",
  "my",
  "our",
  "where",
  "near",
]);

/**
 * The mention of a settlement the directory does not list, as a PlaceMention of UNLISTED_PLACE; undefined when
 * the message names none, or names a listed place, even with a slip (findPlace, findPlaceNearby).
 */
export function findUnlistedPlace(text: string): PlaceMention | undefined {
  const normalized = text.normalize("NFC");
  for (const pattern of [SETTLEMENT_BEFORE, SETTLEMENT_AFTER, LIVES_IN, KAZAKH_LIVES_IN]) {
    const found = normalized.match(pattern);
    const name = found?.[1];
    if (!found || !name || NOT_NAMES.has(name.toLowerCase()) || findPlace(name) || findPlaceNearby(name))
      continue;
    // The words of the phrase that names it ("поселке Шубарколь"), where they stand in the message.
    const phrase = placeWords(found[0]);
    const words = placeWords(text);
    const start = words.findIndex((_, at) => phrase.every((word, offset) => words[at + offset] === word));
    return { region: UNLISTED_PLACE, words: phrase.map((_, offset) => Math.max(start, 0) + offset) };
  }
  return undefined;
}
