// A message typed in Latin letters, unless it is English, is read in Cyrillic too, as Russian translit and as Kazakh
// ("menya naidut", "qalai bilemin"): the cues are written in Cyrillic word forms (index.ts).
import { latinToCyrillic } from "../../text/kazakh-latin.ts";
import { messageLanguage, sentencesOf } from "../message.ts";
import type { FaqLocale } from "../schema.ts";

const LATIN_WORD = /[a-zäáğǵıñńöóşçūüúýíé]+(?:'[a-z]+)?/gu;

/** The message's Latin-letter words read as Russian and as Kazakh Cyrillic; none for English. */
export function cyrillicReadings(text: string, locale: FaqLocale | undefined): string[] {
  const lowercase = text.normalize("NFC").toLowerCase();
  if (!/[a-zäáğǵıñńöóşçūüúýíé]/u.test(lowercase)) return [];
  if ((messageLanguage(sentencesOf(text)) ?? locale) === "en") return [];
  const readings = (["ru", "kk"] as const).map((reading) =>
    lowercase.replace(LATIN_WORD, (word) => latinToCyrillic(word, reading)),
  );
  // Phone spelling types ш as "w", the letter it looks like ("toptan wyqqym keledi").
  if (lowercase.includes("w"))
    readings.push(lowercase.replace(LATIN_WORD, (word) => latinToCyrillic(word.replaceAll("w", "sh"), "kk")));
  return readings;
}
