// Which region a typed message names: "Павлодар", "в Шымкенте", "Pavlodarda", "Қарағандыдағы орталық".
// People type a city far more often than they share a location; the free-text router (src/knowledge)
// sends such a message to the directory. Plain TypeScript, no grammY.
//
// Names are the regions' centers and a few large towns (regions.yaml has the centers; a town is listed
// here only with the region it is in), in Russian, Kazakh and Latin spellings. A name matches a word
// that starts with it and goes on with at most a case ending ("Шымкенте", "Шымкенттегі").
import { foldKazakhLetters } from "../text/kazakh-latin.ts";
import { nearStart } from "../text/one-edit.ts";

/** Stems that match a word beginning with them; forms that must match a whole word (they start other words). */
interface PlaceName {
  region: string;
  stems: readonly string[];
  exact?: readonly string[];
}

const PLACE_NAMES: readonly PlaceName[] = [
  { region: "astana", stems: ["астан", "нурсултан", "нур-султан", "astan", "nursultan", "nur-sultan"] },
  { region: "almaty-city", stems: ["алмат", "almat"] },
  { region: "shymkent", stems: ["шымкент", "чимкент", "shymkent", "chimkent", "shimkent", "symkent"] },
  {
    region: "abai",
    stems: ["семипалатинск", "semipalatinsk"],
    exact: [
      "семей",
      "семее",
      "семея",
      "семейде",
      "семейге",
      "семейдеги",
      "семейден",
      "semey",
      "semei",
      "semeyde",
    ],
  },
  {
    region: "akmola",
    // Қосшы, a town of Akmola Region beside Astana
    stems: [
      "кокшетау",
      "акмола",
      "акмолинск",
      "степногорск",
      "щучинск",
      "косшы",
      "kokshetau",
      "akmola",
      "kosshy",
      "qosshy",
      "kosshi",
    ],
  },
  { region: "aktobe", stems: ["актобе", "актюбинск", "aktobe", "aktobe"] },
  {
    region: "almaty-region",
    stems: [
      "алматинск",
      "конаев",
      "капчагай",
      "капшагай",
      "талгар",
      "каскелен",
      "konaev",
      "konayev",
      "kapchagay",
    ],
  },
  { region: "atyrau", stems: ["атырау", "atyrau"] },
  {
    region: "east-kazakhstan",
    stems: [
      "оскемен",
      "каменогорск",
      "усть-каменогорск",
      "ust-kamenogorsk",
      "риддер",
      "восточно-казах",
      "oskemen",
      "kamenogorsk",
      "ridder",
    ],
    exact: ["вко"],
  },
  { region: "zhambyl", stems: ["тараз", "жамбыл", "taraz", "zhambyl", "jambyl"] },
  {
    region: "zhetysu",
    stems: [
      "талдыкорган",
      "жетису",
      "жетысу",
      "taldykorgan",
      "taldyqorgan",
      "zhetysu",
      "zhetisu",
      "jetisu",
      "jetysu",
    ],
  },
  {
    region: "west-kazakhstan",
    stems: ["уральск", "западно-казах", "uralsk"],
    exact: [
      "орал",
      "оралда",
      "оралга",
      "оралдагы",
      "оралдан",
      "oralda",
      "oralga",
      "oraldagy",
      "oraldan",
      "зко",
    ],
  },
  {
    region: "karaganda",
    stems: ["караганд", "темиртау", "балхаш", "karagand", "temirtau", "balkhash", "balhash"],
  },
  { region: "kostanay", stems: ["костана", "кустана", "лисаковск", "kostana", "kustana"], exact: ["рудный"] },
  { region: "kyzylorda", stems: ["кызылорд", "байконыр", "байконур", "kyzylord", "kizilord", "baikonur"] },
  {
    region: "mangystau",
    stems: ["актау", "мангыста", "мангиста", "жанаозен", "aktau", "mangysta", "mangista", "zhanaozen"],
  },
  { region: "pavlodar", stems: ["павлодар", "экибастуз", "екибастуз", "pavlodar", "ekibastuz"] },
  { region: "north-kazakhstan", stems: ["петропавл", "северо-казах", "petropavl"], exact: ["ско"] },
  {
    region: "turkistan",
    stems: ["туркестан", "туркистан", "кентау", "сарыагаш", "южно-казах", "turkistan", "turkestan", "kentau"],
    exact: ["юко"],
  },
  { region: "ulytau", stems: ["жезказган", "улытау", "сатпаев", "zhezkazgan", "jezkazgan", "ulytau"] },
];

// "Шығыс Қазақстан", "North Kazakhstan", "Северо Казахстанская": a direction word followed by Kazakhstan. South
// Kazakhstan is the Turkistan region's name until 2018, which people still write.
const DIRECTIONS: Record<string, string> = {
  шыгыс: "east-kazakhstan",
  батыс: "west-kazakhstan",
  солтустик: "north-kazakhstan",
  shygys: "east-kazakhstan",
  shyghys: "east-kazakhstan",
  batys: "west-kazakhstan",
  soltustik: "north-kazakhstan",
  восточн: "east-kazakhstan",
  западн: "west-kazakhstan",
  северн: "north-kazakhstan",
  северо: "north-kazakhstan",
  vostochn: "east-kazakhstan",
  zapadn: "west-kazakhstan",
  severn: "north-kazakhstan",
  severo: "north-kazakhstan",
  онтустик: "turkistan",
  ontustik: "turkistan",
  южн: "turkistan",
  juzhn: "turkistan",
  yuzhn: "turkistan",
  south: "turkistan",
  east: "east-kazakhstan",
  west: "west-kazakhstan",
  north: "north-kazakhstan",
};

// Words that turn a city into its region ("Алматы облысы", "область Абай", "Almaty region").
const REGION_WORDS = ["облыс", "обл", "област", "region", "oblast", "oblys"];

/** A case ending is at most this long ("Павлодардағы" → "дагы"). */
const MAX_ENDING = 5;
/** Or a region's adjective ("Карагандинская", "Кызылординской", "Karagandinskaya", "Восточно-Казахстанская"). */
const isEnding = (rest: string) =>
  rest.length <= MAX_ENDING || /^(?:инск|insk)\p{L}{0,4}$/u.test(rest) || /^стан\p{L}{0,6}$/u.test(rest);

// Place names also read a typed "q" as к ("Qaragandy", "Aqtobe").
const fold = (word: string) => foldKazakhLetters(word).replaceAll("q", "k");

export interface PlaceMention {
  /** A region code of regions.yaml. */
  region: string;
  /** Positions of the words that name it, in the message's words. */
  words: readonly number[];
}

/** The words of a message, lowercase and folded, hyphenated names kept whole ("усть-каменогорск"). */
export function placeWords(text: string): string[] {
  return text
    .normalize("NFC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .map((word) => fold(word.replace(/^-+|-+$/g, "")))
    .filter((word) => word.length > 0);
}

/** The first region the message names, with the words that name it; undefined when it names none. */
export function findPlace(text: string): PlaceMention | undefined {
  const words = placeWords(text);
  for (const [position, word] of words.entries()) {
    const next = words[position + 1] ?? "";
    const previous = words[position - 1] ?? "";
    const direction = Object.entries(DIRECTIONS).find(([stem]) => word.startsWith(stem));
    if (direction && /^(казак|казах|kazak|kazah)/.test(next)) {
      const withRegionWord = REGION_WORDS.some((stem) => (words[position + 2] ?? "").startsWith(stem));
      return {
        region: direction[1],
        words: [position, position + 1, ...(withRegionWord ? [position + 2] : [])],
      };
    }
    if (word === "абай" || word === "abai" || word === "abay") {
      if (REGION_WORDS.some((stem) => next.startsWith(stem) || previous.startsWith(stem)))
        return { region: "abai", words: [position, position + 1] };
      continue;
    }
    const region = regionOfWord(word);
    if (!region) continue;
    // "помощь для семей осуждённых": the Russian "families" (genitive) is the city only written as one.
    if (COMMON_WORD_NAMES.has(word) && !namedAsCity(text, word, previous, position)) continue;
    // "Алматы облысы", "Almaty region": the region around the city.
    if (region === "almaty-city" && REGION_WORDS.some((stem) => next.startsWith(stem)))
      return { region: "almaty-region", words: [position, position + 1] };
    const named = REGION_WORDS.some((stem) => next.startsWith(stem)) ? [position, position + 1] : [position];
    return { region, words: named };
  }
  return undefined;
}

/** Place names that are also everyday words: "семей" is the genitive plural of "семья". */
const COMMON_WORD_NAMES = new Set(["семей", "semey", "semei"]);
const CITY_PREPOSITIONS = new Set([
  "в",
  "из",
  "во",
  "до",
  "город",
  "города",
  "городе",
  "г",
  "in",
  "to",
  "from",
]);

/** The name starts the message, is capitalised, or follows "в", "из", "город". */
function namedAsCity(text: string, word: string, previous: string, position: number): boolean {
  if (position === 0 || CITY_PREPOSITIONS.has(previous)) return true;
  const first = text.normalize("NFC").match(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, "iu"))?.[0][0];
  return first !== undefined && first !== first.toLowerCase();
}

/**
 * A place name typed with one slip ("Актое", "Шымкнт", "Котанай", "Alaty"): a word of five letters or more
 * that starts like a stem of five or more and is one edit (a letter dropped, added, changed or two swapped)
 * from it, the rest a case ending, when exactly one region is that near. Only for a message that asks where,
 * names a center or is the place alone (routing.ts): the directory is shown alone.
 */
export function findPlaceNearby(text: string): PlaceMention | undefined {
  const words = placeWords(text);
  for (const [position, word] of words.entries()) {
    if (word.length < 6 || regionOfWord(word) || NEAR_BUT_WORDS.test(word)) continue;
    const regions = new Set<string>();
    for (const place of PLACE_NAMES)
      for (const stem of place.stems)
        if (stem.length >= 6 && nearStart(word, stem, isEnding)) regions.add(place.region);
    if (regions.size === 1) return { region: [...regions][0] ?? "", words: [position] };
  }
  return undefined;
}

/** Everyday words one slip from a place name: "жабылу" (to close, Жамбыл), "асырау" (to feed, Атырау). */
const NEAR_BUT_WORDS = /^(?:жабыл|zhabyl|jabyl|асыра|asyra)/u;

function regionOfWord(word: string): string | undefined {
  let best: { region: string; length: number } | undefined;
  for (const place of PLACE_NAMES) {
    if (place.exact?.includes(word)) return place.region;
    for (const stem of place.stems) {
      if (!word.startsWith(stem) || !isEnding(word.slice(stem.length))) continue;
      if (!best || stem.length > best.length) best = { region: place.region, length: stem.length };
    }
  }
  return best?.region;
}
