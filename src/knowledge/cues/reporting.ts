// Reporting, told by small words: where or how to report a material, and whether to tell the police about a person
// (routing.ts, CUED_QUESTIONS; split from questions.ts). As word starts in folded text (fold.ts). Kazakh, Russian,
// English.
import { cues } from "./fold.ts";

/** Asks where or how to report something ("куда пожаловаться", "қайда хабарлаймын", "where do I report it"). */
export const ASKS_TO_REPORT = cues(
  "пожалов",
  "жалоб",
  "(?:куда|кому|как|где) (?:\\p{L}+ )?(?:сообщ|заяв|обращ|обрат)",
  "сообщить (?:о|об|про) ",
  "(?:kuda|komu|kak) (?:\\p{L}+ )?(?:soobsh|pozhalov)",
  "(?:кайда|кимге|калай) (?:\\p{L}+ )?(?:хабарла|шагым|айт)",
  "(?:qaida|kaida|kimge|qalai|kalai) (?:\\p{L}+ )?(?:habarla|xabarla|shagym)",
  "шагым",
  "shagym",
  "(?:where|how|who) (?:do|can|should|would) (?:i|we|one) (?:\\w+ )?(?:report|flag|complain)",
  "(?:where|how|who) to (?:report|flag|complain)",
  "report (?:it|this|that|the|such)\\b",
);

/**
 * Asks whether to tell the police about someone, oneself ("досымды полицияға айтуым керек пе", "сказать
 * полиции про брата", "should I tell the police"): Kazakh "айту" and English "tell" are small words.
 */
export const TELLS_POLICE = cues(
  "(?:полиц|полицей|милиц|укк|кнб|органдар)\\p{L}* (?:\\p{L}+ )?(?:айтуым|айтуымыз|айтуга|айту керек|айтайын|айтайык|айтсам|айтсак|айтамын|хабарлауым|хабарласам|хабарлайын|хабарлаймын)",
  "(?:polic|polis|polits|milic|milits)\\p{L}* (?:\\p{L}+ )?(?:a[iy]tuy?m|a[iy]tuga|a[iy]tu kerek|a[iy]ta[iy]y?n|a[iy]tsam|a[iy]tamyn|(?:h|x)abarla\\p{L}*)",
  // any form of the verb ("сдам брата ментам", "настучу"), the police in slang too ("ментам", "мусорам")
  "(?:сказать|рассказать|сообщ\\p{L}*|заяв(?:ить|лю)|донес\\p{L}*|сда(?:ть|м|ст|ли|ла|л)|настуча\\p{L}*|настучу) (?:\\p{L}+ ){0,3}(?:полици|ментам|мусорам|в органы|в кнб|участковому)",
  "(?:sdat|sdam|nastuchat) (?:\\p{L}+ ){0,3}(?:polici|politsi|mentam)",
  // going there: "стоит ли идти в полицию", "полицияға барайын ба", "should I go to the police"
  // (not "полицияға барсам, мені ұстай ма", "сын боится идти в полицию": going there oneself is the fear of the police)
  "(?<!(?:бо[юияй]\\p{L}*|страшно|опасаюсь|опасается) )(?:идти|пойти|сходить|заявлять|сообщать|писать|написать) (?:\\p{L}+ ){0,2}(?:в полицию|в милицию|в органы|в кнб|к участковому)",
  // "что будет, если я обращусь в полицию, его посадят?": going there about him
  "(?:обращусь|обратиться|обращаться|обратимся|пойду|схожу|заявлю) (?:\\p{L}+ ){0,2}(?:в полицию|в органы|в кнб|к участковому)(?=[^]*(?<!\\p{L})(?:его|ее|их|него|нее|сына|брата|мужа)(?!\\p{L}))",
  "(?:полиц|милиц|укк|кнб)\\p{L}* (?:\\p{L}+ )?(?:барайын ба|барайык па|бару керек пе|баруым керек пе|арыз жаз)",
  "(?:polic|polis|polits)\\p{L}* (?:\\p{L}+ )?(?:baraiyn ba|barayin ba|baru kerek pe)",
  "(?:should|must|do|shall) (?:i|we) (?:\\w+ )?go to the (?:police|cops|authorities)",
  "(?:should|must|do|shall|can) (?:i|we) (?:\\w+ )?(?:tell|report|inform|call) (?:\\w+ ){0,3}(?:police|cops|authorities)",
  "(?:tell|report|inform) (?:\\w+ ){0,3}(?:to )?the (?:police|cops|authorities)",
  // wanting to, afraid for the person: "thinking of telling the police about a classmate but scared", "полицияға
  // хабарлағым келеді, бірақ қорқам" (the fear is for him, not of the police)
  "(?:telling|reporting|informing) (?:\\w+ ){0,3}(?:to )?(?:the )?(?:police|cops|authorities)",
  "(?:полиц|милиц|укк|кнб|органдар)\\p{L}* (?:\\p{L}+ )?(?:хабарлагым|айткым|хабар бергим) кел",
  "(?:polic|polis|polits)\\p{L}* (?:\\p{L}+ )?(?:habarlagym|xabarlagym|aitqym|aitkym) kel",
  // a person reported, the police unnamed: "if I report my neighbour for extremism", "если я заявлю на соседа"
  "(?:if|should|do|can|shall|when|once) (?:i|we) (?:\\w+ )?(?:report|turn in|rat out|snitch on) (?:him|her|them|someone|somebody|my|our|a|this|that)\\b(?! (?:\\w+ )?(?:video|post|channel|chat|account|page|content|group|message|link)s?\\b)",
  "(?:заявлю|заявить|сообщу|донесу|донести|настучу|пожалуюсь) (?:\\p{L}+ )?на (?:соседа|соседку|брата|сестру|друга|подругу|знакомого|знакомую|человека|него|нее|неё|мужа|сына|одноклассника|коллегу)(?!\\p{L})",
  "(?:zayavlyu|soobshu|donesu) (?:\\p{L}+ )?na (?:soseda|sosedku|brata|druga|nego|nee)\\b",
  // "көршімді полицияға ұстатып берсем", "інімді тапсырсам": handing a person over
  "\\p{L}+(?:ды|ди|ны|ни|ты|ти) (?:\\p{L}+ ){0,2}(?:устатып бер|устатсам|тапсырсам|тапсырайын|тапсыруым|тапсыру керек)",
  "\\p{L}+(?:dy|di|ny|ni|ty|ti) (?:\\p{L}+ ){0,2}(?:ustatyp ber|ustatsam|tapsyrsam|tapsyraiyn|tapsyru kerek)",
);
