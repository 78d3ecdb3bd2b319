// Words that mean prison only in context: "сидит" is "is in prison" in "муж сидит по статье" and "sits" in "сын
// сидит в телефоне"; "срок" is a sentence and a deadline ("в какой срок ответят"); "отбывает" serves a sentence or
// leaves; Kazakh "ұстады" is detained and held (a phone, a fast), "қамалды" locked up and shut in a room. Alone
// they must not decide: without a word of prison, the court or the police beside them, the entries about prison
// count less (routing.ts), so "сын сидит в телефоне с новыми знакомыми" is about the phone, not a convict's
// family. English idioms of prison ("got locked up", "doing time", "behind bars") are read as prison (tokens.ts);
// "locked in his room" is not one of them. ("отыр", Kazakh "sits", is an auxiliary verb, a stopword already.)
import { cues } from "./fold.ts";
import { IMPRISONED } from "./situations.ts";

/** The ambiguous words, whole, in folded Cyrillic (Latin words are read in Cyrillic first). */
const PRISON_ONLY_IN_CONTEXT = new RegExp(
  `^(?:${[
    "сид(?:ит|ят|ел|ела|ели|еть|ишь|им)",
    "отбыва\\p{L}*",
    "срок(?:а|у|ом|и|ов)?",
    // ұста-: detained or held; not "ұстаз" (a teacher) nor "ұстау" (keeping a fast, practising a faith)
    "уста(?:ды|дым|дын|пты|п|лды|лып|лган|ган|йды)",
    // қама-: locked up or shut in; "қамау", "қамақ" (arrest) are prison whatever surrounds them
    "кама(?:лды|лып|лган|лдым|пты|п|ды)",
  ].join("|")})$`,
  "u",
);

/** What makes those words prison: prison, a court, a sentence, the police, or what one is in for. */
const PRISON_CONTEXT = cues(
  "тюрьм",
  "тюряг",
  "колони",
  "(?:на|в) зон[еуы]",
  "осужд",
  "осуд",
  "посад",
  "сажа",
  "арест",
  "задерж",
  "суд(?!ьб)",
  "приговор",
  "стать[еияю]",
  "заключ(?:ени|[её]н)",
  "реш[её]тк",
  "лишени\\p{L}* свобод",
  "уголов",
  "з[еэ]к(?:и|а|ов|ом)?(?!\\p{L})",
  "адвокат",
  "прокурор",
  "следовател",
  "свидани",
  "передачк",
  "отсидел",
  "мота\\p{L}* (?:\\p{L}+ )?срок",
  // in for something ("сидеть за лайк", "сидит за то, что…"), not at something ("за компьютером", "за уроками")
  "сид\\p{L}* (?:\\p{L}+ )?за (?!компьют|комп|стол|ноут|телефон|игр|урок|книг|рул|парт|экран|монитор)",
  "(?<!в )какой срок",
  // those who sit, said of prisoners: "помощь для семей тех, кто сидит", "родным тех, кто сидел"
  "(?:сем\\p{L}*|родн\\p{L}*|родственник\\p{L}*|дет\\p{L}*|жен\\p{L}*) (?:\\p{L}+,? ){0,2}кто (?:сидит|сидят|сидел\\p{L}*)",
  "кто (?:сидит|сидят|сидел\\p{L}*)(?=\\s*(?:[.,!?;]|$))",
  "сколько (?:\\p{L}+ )?(?:сидеть|сидят|дают|лет)",
  "сизо",
  "полиц",
  "милиц",
  "кнб",
  "наказан",
  "(?:да[её]т|дают|дали|дадут|получ\\p{L}*|грозит|светит|реальн\\p{L}*|условн\\p{L}*) (?:\\p{L}+ )?срок",
  "срок\\p{L}* (?:\\p{L}+ )?(?:за|по|дали|дают|лет|год)",
  "(?:сид\\p{L}*|отбыва\\p{L}*|отсидел\\p{L}*) (?:\\p{L}+ ){0,2}(?:год|лет|месяц)",
  "за (?:\\p{L}+ )?(?:экстрем|террор|религ|вер[уы]|репост|пост|убийств|краж|наркот|\\p{L}*изм)",
  "турме",
  "абакты",
  "колония",
  "зонада",
  "сотта",
  "сотка",
  "бабымен",
  "камау",
  "камак",
  "туткын",
  "мерзим",
  // someone detained or locked up: "мені ұстап алуы мүмкін бе", "ұлымды ұстап кетті" (not a phone held)
  "(?:мени|бизди|оны|сени|\\p{L}+(?:мды|мди)) (?:\\p{L}+ )?(?:устап (?:ал|кет)|устады|устапты|камап|камады)",
  "укк",
);

/** Whether the message holds a word that means prison only in context, without that context. */
export function prisonOutOfContext(readings: readonly string[]): boolean {
  const has = (cue: RegExp) => readings.some((reading) => cue.test(reading));
  if (has(IMPRISONED) || has(PRISON_CONTEXT)) return false;
  return readings.some((reading) =>
    reading.split(/[^\p{L}]+/u).some((word) => PRISON_ONLY_IN_CONTEXT.test(word)),
  );
}
