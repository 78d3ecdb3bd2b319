// A plain question of faith: a ruling asked ("харам ли музыка", "is music haram", "күнә ме", "можно ли мусульманину"),
// a movement or school named ("что такое ваххабизм", "salafi"), or people of another faith ("можно ли дружить с
// христианами", "befriending Christians"). The bot gives no religious rulings: such a question gets, when the base has
// no sure answer, what theology.ts offers. As word starts in folded text (fold.ts); Kazakh, Russian, English.
import { cues } from "./fold.ts";

export const ASKS_FAITH = cues(
  // a ruling
  "хара[мн]",
  "халя?л(?!\\p{L})",
  "халя?ль",
  "адал ма",
  "арам ба",
  "арам ма",
  "греш",
  "грех",
  "куна(?:ма|ме|бол| ма| ме| бол)",
  "фетв",
  "фатв",
  "патуа",
  "шариат",
  "шаригат",
  "макрух",
  "бид.?[аг]т",
  "(?:в|по) ислам(?:е|у)(?!\\p{L})",
  "исламда",
  "дин(?:де|имизде) (?:\\p{L}+ )?(?:бола|рукса|адал|арам)",
  "можно ли (?:\\p{L}+ )?мусульман",
  "мусульман\\p{L}* можно",
  "мусылман\\p{L}* (?:\\p{L}+ )?бола ма",
  "haram",
  "halal",
  "sinful",
  "(?:a|is it a) sin(?!\\p{L})",
  "fatwa",
  "sharia",
  "makruh",
  "in islam",
  "(?:allowed|permitted|permissible|ok|okay) (?:for|in) (?:a )?muslim",
  "can (?:a )?muslims? ",
  // a movement or a school
  "вах+аб",
  "уах+аб",
  "салаф",
  "суфи",
  "суфизм",
  "шиит",
  "ахмади",
  "мазхаб",
  "wah+ab",
  "salaf",
  "sufi",
  "shia",
  "shiite",
  "madh?hab",
  // people of another faith
  "христиан",
  "иуде",
  "атеист",
  "иноверц",
  "christian",
  "jews?(?!\\p{L})",
  "jewish",
  "atheist",
);

/**
 * A ruling told as what others say ("там говорят что музыка харам", "музыка харам дейді", "they say music is haram"):
 * beside an invitation, pressure, a wish to leave or fear, the story is the question, not the ruling.
 */
export const TELLS_RULING = cues(
  "(?:говор|сказал|утвержда|уча[тю]|счита|твердя)\\p{L}*,? (?:[\\p{L},]+ ){0,4}(?:харам|грех|запрещ)",
  "(?:govor|skazal|uchat|schita)\\p{L}*,? (?:[\\p{L},]+ ){0,4}(?:haram|greh)",
  "(?:харам|арам|куна)\\p{L}*,? (?:[\\p{L},]+ ){0,4}(?:дейди|деди|деп|дейтин|деген|дейд)",
  "(?:haram|aram|kuna)\\p{L}*,? (?:[\\p{L},]+ ){0,4}(?:deidi|dedi|dep|deitin|degen)",
  "(?:say|says|said|tell|tells|told|teach|teaches|claim|claims)\\b(?: [\\w,']+){0,5} (?:is |are )?(?:haram|a sin|sinful|forbidden)\\b",
);

/**
 * Tells that someone calls others kafir ("бәрімізді кәпір деп жүр", "всех называет кафирами", "calls everyone kafir"):
 * takfir, whoever says it ("бір бала", a child of the story, must not make it a question about parents).
 */
export const CALLS_KAFIR = cues(
  "(?:капир|кафир|kapir|kafir|kaapir)\\p{L}* (?:деп|дейд|деди|деу|атай|атад|санай|dep|deid|dedi|atai|atad)",
  "(?:называ|счита|объявля|обьявля|nazyva|schita)\\p{L}* (?:\\p{L}+ ){0,3}(?:кафир|неверн|kafir|neverny)",
  "(?:кафир|неверн|kafir|neverny)\\p{L}* (?:\\p{L}+ )?(?:называ|счита|nazyva|schita)",
  "call(?:s|ed|ing)? (?:\\w+ ){0,3}(?:a )?(?:kafir|kaafir|kuffar|infidel|unbeliever|disbeliever)s?\\b",
);
