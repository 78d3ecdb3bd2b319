// A message that is only a city ("г. Павлодар", "in Almaty"): the city plus filler words.
import { nearStart } from "../../text/one-edit.ts";
import { foldCues } from "./fold.ts";

/** Words that can stand next to a city in a message that is only the city ("г. Павлодар", "in Almaty"). */
const PLACE_FILLER = new Set(
  [
    "в",
    "во",
    "г",
    "город",
    "городе",
    "город",
    "из",
    "я",
    "живу",
    "мы",
    "у",
    "нас",
    "область",
    "обл",
    "области",
    "каласы",
    "каласында",
    "кала",
    "облысы",
    "облысында",
    "мен",
    "турамын",
    "тураминиз",
    "біз",
    "биз",
    "in",
    "the",
    "city",
    "region",
    "from",
    "i",
    "live",
    "im",
    "oblast",
    "obl",
    "oblasti",
    "kalasy",
    "qalasy",
    "oblysy",
    "men",
    "turamyn",
    "и",
    "жане",
    "and",
    "пожалуйста",
    "please",
    "отиниш",
  ].map(foldCues),
);

/** Whether every word apart from the place's is filler: the message is just a city ("г. Павлодар"). */
export function onlyPlace(words: readonly string[], placeWordCount: number): boolean {
  const rest = words.filter((word) => !PLACE_FILLER.has(word) && !slippedFiller(word));
  return rest.length <= placeWordCount;
}

/** A filler word of five letters or more typed with one slip ("rgion", "қалсы"). */
const LONG_FILLER = [...PLACE_FILLER].filter((word) => word.length >= 5);
function slippedFiller(word: string): boolean {
  return word.length >= 4 && LONG_FILLER.some((filler) => nearStart(word, filler, (rest) => rest === ""));
}
