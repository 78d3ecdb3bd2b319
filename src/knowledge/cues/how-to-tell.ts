// Asking how to tell whether someone is drawn in, or whether what one sees is cause for alarm: the warning signs
// (or, for practice of faith, whether it is devout or radical).
import { cues } from "./fold.ts";

/**
 * Asks how to tell whether someone is drawn in ("как понять", "по каким признакам", "қалай білемін",
 * "how would I even know"): the warning signs.
 */
export const ASKS_HOW_TO_TELL = cues(
  "как (?:\\p{L}+ )?(?:понять|узнать|распознать|определить|отличить)",
  "по каким признакам",
  // "признаки какие?", "какие признаки", "priznaki kakie"
  "признак\\p{L}* (?:\\p{L}+ )?(?:какие|каковы)",
  "(?:какие|каковы) (?:\\p{L}+ )?признак",
  "priznak\\p{L}* (?:\\p{L}+ )?kakie",
  "kakie (?:\\p{L}+ )?priznak",
  "kak (?:ponyat|uznat|raspoznat|otlichit)",
  "калай (?:\\p{L}+ )?(?:билем|билуге|билсем|тусинем|тусинуге|аныкта|ажырат)",
  "qalai (?:\\p{L}+ )?(?:bilem|biluge|bilsem|tusinem|anyqta)",
  "how (?:do|can|would|will|could|should) (?:i|we|you|one|a parent) (?:even |really )?(?:know|tell|understand|recogni[sz]e|spot|see)\\b",
  "how to (?:know|tell|recogni[sz]e|spot)\\b",
  // typed as heard or with a slip: "how do i no if", "как понть"
  "how (?:do|can|would|will) (?:i|we) (?:even )?(?:no|kno|knw)\\b",
  "как (?:\\p{L}+ )?(?:понть|понят|поянть|панять|узнат)(?!\\p{L})",
  // whether what one sees is a sign: "бұл ағымның белгісі ме", "это признак?", "is this a sign of radicalisation"
  "белгиси (?:ме|емес пе|бола ма)(?!\\p{L})",
  "белгилери (?:ме|емес пе)(?!\\p{L})",
  "belgisi (?:me|emes pe)\\b",
  "(?:это|ли это|не) (?:\\p{L}+ )?признак(?:и|ом)?(?!\\p{L})",
  "признак(?:и|ом)? (?:ли|это)(?!\\p{L})",
  "(?:is|are) (?:this|that|it|these|those|they) (?:a |the )?(?:\\w+ )?signs?\\b",
  // what the signs are, asked outright ("what are the warning signs?", "қандай белгілер бар", "тревожные признаки?")
  "what (?:are|r) (?:the )?(?:\\w+ )?(?:signs|red flags)\\b",
  "(?:warning|danger) signs\\b",
  "(?:кандай|kandai|qandai) (?:\\p{L}+ )?(?:белгилер|belgiler)",
  "(?:белгилери|belgileri) (?:кандай|kandai|qandai)",
  "(?:каупти|qauipti|kauipti) (?:белги|belgi)",
  "тревожн\\p{L}* признак",
  // what sign is this ("бұл қандай белгі", "что это за признак", "what is this a sign of")
  "(?:кандай|не) (?:\\p{L}+ )?белги(?:си)?(?!\\p{L})",
  "(?:qandai|kandai|qanday) (?:\\p{L}+ )?belgi",
  "(?:какой|что за|что это за) (?:\\p{L}+ )?(?:знак|признак)",
  "what (?:kind of |sort of )?(?:a )?sign (?:is|of)\\b",
  "(?:a )?sign of what\\b",
);

/**
 * Asks whether to be alarmed at what one sees ("это тревожный знак", "стоит ли волноваться", "алаңдау керек пе",
 * "should I be alarmed"): how to tell, as ASKS_HOW_TO_TELL, unless a trip is told (then the trip's entries).
 */
export const ASKS_IF_ALARMING = cues(
  "(?:плох|тревожн|дурн|опасн)\\p{L}* (?:знак|признак|сигнал|звоночек)",
  "(?:стоит|надо|нужно) ли (?:мне |нам )?(?:волноваться|беспокоиться|переживать|бить тревогу)",
  "(?:аланда|уайымда|абыржы|мазалан)\\p{L}* (?:керек пе|кажет пе|жон бе)",
  "(?:alanda|uaiymda|uayymda)\\p{L}* (?:kerek pe|qajet pe)",
  "should (?:i|we) (?:be )?(?:alarmed|worried|concerned|worry)\\b",
  // "are these red flags", "is that a red flag or normal" (about prayer: devout-or-radical too)
  "(?:is|are) (?:this|that|it|these|those|they|there) (?:any |a |the )?(?:\\w+ )?red flags?\\b",
  "is (?:he|she|they) being (?:pulled|drawn|sucked|lured|dragged|radicali[sz]ed|recruited|brainwashed|groomed)\\b",
  "(?:его|ее|её|их) (?:что ли |уже )?(?:вербуют|завербовали|зомбируют|обрабатывают)\\??",
);

/**
 * Tells how someone close has changed ("он стал молчаливым", "балам өзгеріп кетті", "my son has new friends and he has
 * changed", "перестал есть у бабушки"): for a relative (not a friend), the signs. New friends alone are no change
 * (their invitation is the question), nor stopping to talk (keeping in touch is).
 */
export const TELLS_CHANGE = cues(
  "стал (?:\\p{L}+ )?(?:молчалив|замкнут|другим|агрессивн|раздражительн|скрытн|груб|холодн|отстран)",
  "изменил(?:ся|ась)",
  "как подменил",
  "перестал\\p{L}* (?:\\p{L}+ )?(?:есть|здороваться|слушать)",
  "(?:озгерип кетти|озгерди|туйыкталып)",
  "(?:ozgerip ketti|ozgerdi)\\b",
  "(?:has|have|had|'s) (?:\\w+ )?changed\\b",
  "(?:become|became|got|gotten|is so|is very) (?:\\w+ )?(?:quiet|withdrawn|distant|aggressive|secretive|cold)\\b",
);
