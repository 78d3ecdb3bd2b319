// "It is hard to put into words" is how-to-start's question, not distress: "мне тяжело сформулировать",
// "сөз таппай отырмын", "hard to explain". Distress is read without these words, so "тяжело" or "қиын" beside a
// verb of saying (not of writing: "жазу қиын, нөмір бар ма" would rather call) no longer sends a person who only
// wants to begin to the support reply, alone.
import { cues } from "./fold.ts";

export const HARD_TO_SAY = cues(
  // ru and translit
  "(?:мне )?(?:тяжело|трудно|сложно|tyazhelo|trudno|slozhno) (?:мне )?(?:(?:это |все )?(?:сформулир|объясн|выраз|сказат|описат|подобрат|начат|высказат|изложит)|(?:найти |подобрать )?слова)\\p{L}*",
  // kk (folded): "айту қиын", "түсіндіру қиын", "сөз таппай", "сөз табу қиын", Latin "aitu qiyn"
  "(?:айту|тусиндиру|тусиндирип беру|бастау|соз табу|aitu|tusindiru|bastau)(?:га|ga)? (?:киын|ауыр|kiyn|qiyn|auyr)\\p{L}*",
  "(?:соз|soz) (?:таппай|таба алмай|tappai|taba almai)\\p{L}*",
  // en
  "(?:it'?s |its |i find it )?(?:hard|difficult|tough) (?:for me )?to (?:explain|put (?:it |this )?(?:in|into) words|say|describe|find (?:the )?words|word it|know where to start|start)\\w*",
  "(?:can'?t|cannot|don'?t know how to) (?:find the words|put (?:it |this )?(?:in|into) words)",
);
const HARD_TO_SAY_EVERYWHERE = new RegExp(HARD_TO_SAY.source, "gu");

/** A folded reading without the words that say something is hard to put into words. */
export function withoutHardToSay(reading: string): string {
  return reading.replace(HARD_TO_SAY_EVERYWHERE, " ");
}
