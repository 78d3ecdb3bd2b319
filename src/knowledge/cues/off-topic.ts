// Everyday requests no entry answers (kk, ru, en), as word starts in folded text (fold.ts).
import { cues } from "./fold.ts";

/**
 * Everyday things no entry is about: the weather, a match, a recipe, concert tickets ("ауа райы" reads
 * as the Russian "рай", paradise). Without a sure answer, such a message gets the kind reply, not a guess.
 */
export const OFF_TOPIC = cues(
  "ауа райы",
  "aua ra[iy]",
  "погод",
  "pogod",
  "weather",
  "футбол",
  "football",
  "рецепт",
  "recipe",
  // tickets to a concert; not a film or a song, which can be a question about extremist material or music
  "билет\\p{L}* на концерт",
  "концертке билет",
  "concert tickets?",
  "tickets? (?:for|to) (?:a |the )?concert",
  // which phone or car to buy: shopping, not a question about a child's phone
  "(?:какой|какую|какие) (?:\\p{L}+ )?(?:телефон|смартфон|айфон|ноутбук|машин)\\p{L}* (?:купить|лучше|выбрать|взять)",
  "(?:кай|кандай) (?:телефон|смартфон|ноутбук|машина|коликт)\\p{L}* (?:жаксы|алсам|алайын|алган дурыс|алу керек)",
  "(?:which|what|best) (?:\\w+ )?(?:phone|smartphone|laptop|car)s? (?:should i buy|to buy|is best|is better|is good|to get)",
  // where to buy something: shopping, even in a city ("где купить билеты на конерт в Алматы")
  "где (?:\\p{L}+ )?(?:купить|купит|покупать|продают)",
  "(?:кайдан|кай жерден|кай жерде) (?:\\p{L}+ )?(?:сатып ал|сатылад)",
  "where (?:can i |do i |to |should i )?(?:buy|get tickets|purchase)",
  // selling to the person ("sell me a phone", "продайте мне", "маған сатыңызшы"): a shop's request
  "sell (?:me|us)\\b",
  "(?:продай|продайте|продаете|продаешь)(?!\\p{L})",
  "(?:prodai|prodaite|prodaete)\\b",
  "(?:маган|бизге) (?:\\p{L}+ )?(?:сатыныз|сатып бериниз|сатып бер|сат)(?:шы|ши)?(?!\\p{L})",
  // an errand: a taxi to call ("маған такси шақырып берші", "вызови такси", "call me a taxi")
  "(?:такси|taksi) (?:\\p{L}+ )?(?:шакыр|shaqyr|shakyr|вызов|вызв|закаж)",
  "(?:вызови|вызовите|закажи|закажите) (?:мне |нам )?такси",
  "(?:call|get|order|book) (?:me |us )?(?:a )?(?:taxi|cab|uber)\\b",
  "анекдот",
  "(?:tell|say) (?:me )?a joke",
  // writing to order (an essay, a poem, homework) and a game's score: a request to a chatbot, not a question
  "(?:напиши|написать|сочини)\\p{L}* (?:мне |нам )?(?:\\p{L}+ )?(?:сочинени|стих|рассказ|эссе|песн|реферат|поздравлени)",
  "(?:сочинени|стих|эссе|реферат)\\p{L}* (?:про|о|об|на тему)(?!\\p{L})",
  "домашк",
  "домашн\\p{L}* (?:задани|работ)",
  "(?:уй|ui|uy) (?:тапсырма|tapsyrma|tapsirma)",
  "(?:реши|решите|решить|решай) (?:мне |за меня )?(?:задач|пример|уравнен|тест)",
  "(?:олен|шыгарма|эссе|ангиме)\\p{L}* (?:жазып бер|жазшы|жаз(?!\\p{L}))",
  "(?:olen|shygarma)\\p{L}* (?:jazyp ber|zhazyp ber|jaz\\b|zhaz\\b)",
  "(?:write|compose) (?:me |us )?(?:a |an )?(?:\\w+ )?(?:poem|essay|story|song|limerick|haiku)",
  "homework",
  "(?:счет|счёт|результат)\\p{L}* (?:\\p{L}+ )?матч",
  "матч\\p{L}* (?:вчера|сегодня|закончил)",
  "(?:score|result)s? of (?:the |last |yesterday'?s )?(?:\\w+ ){0,3}(?:game|match)",
  "who won (?:the |last |yesterday'?s )?(?:\\w+ )?(?:game|match)",
);

/**
 * A price bound ("best phone under 200 dollars", "телефон до 100 тысяч", "100 мың теңгеге дейін"): shopping, when the
 * message is about no one close ("my son got a phone for under 200 dollars and hides it" is the family's question).
 */
export const PRICE_BOUND = cues(
  "(?:under|below|less than|up to|within) \\$? ?\\d+ ?(?:k\\b|dollars|bucks|usd|tenge|kzt|\\$)",
  "(?:до|за|дешевле|не дороже) \\d+ ?(?:тыс|тысяч|тенге|тг|долларов|баксов|\\$|к(?!\\p{L}))",
  "\\d+ ?(?:мын|тенге|тг|доллар)\\p{L}* (?:\\p{L}+ )?дейин",
);
