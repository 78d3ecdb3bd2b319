// A message that is only a greeting, thanks or a goodbye ("сәлем", "привет", "thanks, bye", "рахмет"): there is
// nothing to answer, and "I don't have a ready answer" to a hello reads as a door shut. Kazakh (Cyrillic and
// Latin), Russian (and translit), English, in folded text (fold.ts); the courtesy phrases are taken out first,
// then every word left must be a word that goes with them ("спасибо большое", "hi there", "ok thank you").
// A message of nothing but "ок", "понятно", "жарайды", "got it" acknowledges what was said: asking "who is it
// about?" back is a question about nothing.
import { cues, foldCues } from "./fold.ts";

export type Courtesy = "greeting" | "thanks" | "goodbye" | "ok";

const GREETING = cues(
  // kk
  "с[аэ]лем(?:етсиз|етсиздер)?(?: ?(?:бе|ме|ба|ма))?",
  "салеметпи(?:сиз|син)",
  // Kyrgyz "саламатсызбы", "саламатсыңарбы" (a neighbour's hello)
  "салам(?:атсыз|атсыздар)?(?:бы)?",
  "саламатсынарбы",
  "(?:ас+алаум?(?:у )?агал[еа]йкум|ас+алам?у? ?(?:алейкум|алайкум|галейкум))",
  "уагалейкум ас+алам",
  "армысыз(?:дар)?",
  "кайырлы (?:тан|кун|кеш)",
  "salem(?:etsiz|etsizder)?(?: ?(?:be|me|pe))?",
  "salam(?:atsyz|atsyzdar)?(?:by)?",
  "salamatsy[nń]arby",
  "as+alaum?(?:u )?agal[ea][iy]kum",
  "as+alam?u? ?(?:alei?kum|alaikum|aleykum)",
  "(?:k|q)ai?yrly (?:tan|kun|kesh)",
  // ru
  "привет(?:ик|ствую)?",
  "здравствуй(?:те)?",
  "здрав?ст?е",
  "здрасьте",
  "добр(?:ый|ое|ой|ого) (?:день|дня|вечер|утро|ночи|времени суток)",
  "доброго (?:дня|времени суток|вечера|утра)",
  "салют",
  "прив\\b",
  "хай",
  "privet",
  "zdravstvu[iy]te",
  "dobr(?:yi|yj|yy|oe) (?:den|vecher|utro)",
  // en
  "hi+",
  "hello+",
  "hey+",
  "hiya",
  "howdy",
  "greetings",
  "good (?:morning|afternoon|evening|day)",
);

const THANKS = cues(
  // kk
  "(?:коп |улкен |зор )?ра[хк]м[еа]т",
  "ра[хк]меет",
  "алгыс(?:ым)?(?: (?:айтамын|шексиз|билдиремин))?",
  "(?:kop |ulken )?ra[hkq]h?m[ea]t",
  "raxmet",
  // ru
  "спасиб(?:о|ки|очки)?",
  "спс",
  "пасиб[оа]?",
  "благодар(?:ю|им|ствую)",
  "spasibo",
  "spasib",
  "spc",
  // en
  "thank(?:s| you| u)?",
  "thx",
  "tnx",
  "ty",
  "cheers",
  "appreciate (?:it|that)",
);

const GOODBYE = cues(
  // kk
  "сау бол(?:ыныз|ыныздар|ындар)?",
  "кош бол(?:ыныз|ыныздар|ындар)?",
  "кош(?: ендеше)?",
  "кориск?енше",
  "жаксы калыныз",
  "sau bol(?:ynyz|yndar)?",
  "(?:k|q)osh bol(?:ynyz)?",
  "korisken?she",
  // ru
  "пока",
  "до свидани[яе]",
  "досвидани[яе]",
  "до встречи",
  "всего (?:доброго|хорошего)",
  "всех благ",
  "бывай(?:те)?",
  "poka",
  "do svidaniya",
  // en
  "bye+",
  "good ?bye",
  "see (?:you|ya)(?: later| soon)?",
  "take care",
  "cya",
  "good night",
);

/** Words that alone say "all right, understood" ("ок", "понятно", "жарайды", "got it"); they go with a courtesy too. */
const ACKNOWLEDGING_WORDS = [
  // kk
  "жаксы",
  "жарайды",
  "тусиникти",
  "тусиндим",
  "jaksy",
  "zhaksy",
  "jaraidy",
  "tusinikti",
  // ru
  "ок",
  "окей",
  "ладно",
  "хорошо",
  "понятно",
  "ясно",
  "понял",
  "поняла",
  // en
  "ok",
  "okay",
  "k",
  "got",
  "it",
  "great",
  "good",
  "cool",
  "oh",
  "well",
];
const ACKNOWLEDGING = new Set(ACKNOWLEDGING_WORDS.map(foldCues));

/** Words that go with a courtesy and ask nothing: "спасибо большое", "hi there", "ok, thank you", "рахмет сізге". */
const WITH_COURTESY = new Set(
  [
    ...ACKNOWLEDGING_WORDS,
    // kk
    "сизге",
    "саган",
    "сиздерге",
    "коп",
    "улкен",
    "бот",
    "sizge",
    // ru
    "вам",
    "тебе",
    "большое",
    "огромное",
    "всем",
    "всё",
    "все",
    "бот",
    "ребята",
    "друзья",
    "и",
    "а",
    "еще",
    "раз",
    "вами",
    "vam",
    "bolshoe",
    // en
    "you",
    "u",
    "so",
    "very",
    "much",
    "a",
    "lot",
    "many",
    "there",
    "all",
    "everyone",
    "guys",
    "again",
    "and",
    "for",
    "your",
    "help",
    "bot",
    "then",
    "now",
  ].map(foldCues),
);

const ANY_COURTESY = new RegExp(
  [GREETING, THANKS, GOODBYE].map(({ source }) => `${source}(?![\\p{L}\\p{N}])`).join("|"),
  "gu",
);

/**
 * What a message that is only a courtesy says (a thanks or a goodbye beside a greeting says it all: "hi, thanks"
 * closes); undefined for anything with more in it ("привет, как понять, что сын в секте?").
 */
export function courtesyOf(folded: string): Courtesy | undefined {
  const said = new Set<Courtesy>();
  const rest = folded.replace(ANY_COURTESY, (phrase) => {
    if (THANKS.test(phrase)) said.add("thanks");
    else if (GOODBYE.test(phrase)) said.add("goodbye");
    else said.add("greeting");
    return " ";
  });
  const words = rest.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (said.size === 0)
    return words.length > 0 && words.every((word) => ACKNOWLEDGING.has(word)) ? "ok" : undefined;
  if (!words.every((word) => WITH_COURTESY.has(word))) return undefined;
  if (said.has("goodbye")) return "goodbye";
  if (said.has("thanks")) return "thanks";
  return "greeting";
}
