// A message that is only a city ("г. Павлодар", "in Almaty"), or a city and a call for help ("Астанада көмек
// керек", "нужна помощь в Астане", "kömek Almatyda"): the city plus filler words.
import { nearStart } from "../../text/one-edit.ts";
import { cues, foldCues } from "./fold.ts";

/**
 * Where this service itself is ("где находится агентство", "сіздер қайда орналасқансыздар", "where is your office"):
 * it works in this chat only, so the answer is the centers one can visit, as for "where is a center".
 */
export const WHERE_IS_SERVICE = cues(
  "где (?:\\p{L}+ )?(?:находит|располож|сидит|базиру)\\p{L}* (?:ваш\\p{L}* |это |эт\\p{L}+ )?(?:агентств|организаци|служб|фонд|контор|вы(?!\\p{L}))",
  "где (?:ваш\\p{L}* |это |эт\\p{L}+ )?(?:агентств|контор)",
  "где (?:вы|ваш\\p{L}* (?:агентств|организаци|служб|фонд|контор)\\p{L}*) (?:\\p{L}+ )?(?:находит|располож|сидит|базиру)",
  "где вы(?![\\p{L} ]*\\p{L})",
  "gde (?:\\p{L}+ )?(?:nahodit|raspolozh)\\p{L}* (?:vash\\p{L}* )?(?:agentstv|organizac|sluzhb|vy\\b)",
  "(?:агенттик|мекеме|кенсе(?!ши))\\p{L}* (?:\\p{L}+ )?(?:кайда|кай жерде|орналас)",
  "(?:сиздер|сендер|сиз)\\p{L}* (?:\\p{L}+ )?(?:(?:кайда|кай жерде) (?:орналас|отыр|турасыз)|орналас)",
  "(?:agenttik|mekeme|kense(?!shi))\\p{L}* (?:\\p{L}+ )?(?:qaida|kaida|qai jerde|kai jerde|ornalas)",
  "(?:sizder|siz)\\p{L}* (?:\\p{L}+ )?(?:(?:qaida|kaida) (?:ornalas|otyr)|ornalas)",
  "where (?:is|are|'s|r) (?:you|u|your (?:\\w+ )?(?:agency|office|organi[sz]ation|headquarters|service|team|building))\\b",
  "where (?:is|'s) (?:the|this) (?:agency|organi[sz]ation)\\b",
);

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
    // "the area of" ("Қостанай жақта", "Kostanai jaqtan", "район Актобе", "near Oral")
    "жакта",
    "жактан",
    "жактамыз",
    "жактамын",
    "jaqta",
    "jakta",
    "zhakta",
    "jaqtan",
    "район",
    "районе",
    "рядом",
    "около",
    "near",
    "area",
    "around",
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
