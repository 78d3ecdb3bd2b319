// A message that is only a city ("г. Павлодар", "in Almaty"), or a city and a call for help ("Астанада көмек
// керек", "нужна помощь в Астане", "kömek Almatyda"): the city plus filler words.
import { nearStart } from "../../text/one-edit.ts";
import { foldCues } from "./fold.ts";

/** Words that can stand next to a city in a message that is only the city ("г. Павлодар", "in Almaty"). */
const PLACE_FILLER = new Set(
  [
    "в",
    "во",
    "v",
    "vo",
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

/**
 * Words that ask for help with nothing said about what: beside a city they ask for the help there, as "center in
 * <city>" does ("Қарағандыда көмек", "нужна помощь в Астане", "pomogite v Almaty"). As word starts (folded).
 */
const HELP_WITH_PLACE =
  /^(?:комек|komek|помо[гщч]|pomo[gshc]|help|нуж|nuzh|need|керек|kerek|кажет|kazhet|kajet|qajet|срочн|srochn|urgent|мне|маган|magan|me|please|pls)/u;

/** Whether every word apart from the place's is filler: the message is just a city ("г. Павлодар"), or help there. */
export function onlyPlace(words: readonly string[], placeWordCount: number): boolean {
  const rest = words.filter(
    (word) => !PLACE_FILLER.has(word) && !HELP_WITH_PLACE.test(word) && !slippedFiller(word),
  );
  return rest.length <= placeWordCount;
}

/** A filler word of five letters or more typed with one slip ("rgion", "қалсы"). */
const LONG_FILLER = [...PLACE_FILLER].filter((word) => word.length >= 5);
function slippedFiller(word: string): boolean {
  return word.length >= 4 && LONG_FILLER.some((filler) => nearStart(word, filler, (rest) => rest === ""));
}
