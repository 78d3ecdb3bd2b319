// A language the bot does not speak (Uzbek, Kyrgyz, Tajik, Turkish, Uyghur, German, Chinese…), asked for ("можно на
// узбекском?", "o'zbek tilida gaplashsa bo'ladimi", "speak uzbek?", "өзбекше сөйлесе бола ма") or written in: the
// honest answer about languages (routing.ts; written in it, src/questions/other-language.ts), naming it, never a wrong
// entry. Kazakh in Latin letters looks like
// Uzbek, and Kazakh typed without its letters like Kyrgyz, so a message counts as written in another language only on
// letters or words Kazakh, Russian and English do not have (checked on every kk phrasing of scenarios/ and the spent
// sets: test/knowledge/foreign-language.test.ts).
import type { Routed } from "../routing.ts";
import type { FaqLocale } from "../schema.ts";
import { cues, foldCues } from "./fold.ts";
import { ASKS_IF_POSSIBLE, ASKS_WHICH_LANGUAGE } from "./human.ts";
import type { Perspective } from "./perspective.ts";

export const FOREIGN_LANGUAGES = [
  "uz",
  "ky",
  "tg",
  "tr",
  "ug",
  "az",
  "tk",
  "de",
  "fr",
  "zh",
  "ja",
  "ko",
  "ar",
  "fa",
] as const;
export type ForeignLanguage = (typeof FOREIGN_LANGUAGES)[number];

/** The language of ours a speaker of each reads most easily: Turkic languages Kazakh, Tajik and Persian Russian. */
export const CLOSEST_LOCALE: Readonly<Record<ForeignLanguage, FaqLocale>> = {
  uz: "kk",
  ky: "kk",
  tg: "ru",
  tr: "kk",
  ug: "kk",
  az: "kk",
  tk: "kk",
  de: "en",
  fr: "en",
  zh: "en",
  ja: "en",
  ko: "en",
  ar: "en",
  fa: "ru",
};

/**
 * What routing.ts makes of one, before anything is matched: the answer about languages, for sure, naming the language
 * (never a guess at what a message in it asks).
 */
export function routedToLanguages(foreign: ForeignAsked, perspective: Perspective | undefined): Routed {
  const best = { id: "counselor-languages", score: 1 };
  return { route: { kind: "answer", best, alternatives: [], foreign }, ranked: [best], perspective };
}

/** A message about a language we do not speak, or in one. */
export interface ForeignAsked {
  language: ForeignLanguage;
  /** Written in it (not only asking about it): answered in CLOSEST_LOCALE. */
  written: boolean;
}

// Each language's name as a word start, folded (fold.ts: Kazakh letters plain, "ө" as "о"): Russian, Kazakh, English
// and its own.
const NAMES: Readonly<Record<ForeignLanguage, string>> = {
  uz: "(?:узбек|озбек|ўзбек|uzbek|o'?zbek)",
  ky: "(?:киргиз|кыргыз|kyrgyz|kirgiz|kirghiz|qirg'?iz)",
  tg: "(?:таджик|тажик|точик|тоҷик|tajik|tadzhik|tojik)",
  tr: "(?:турец|турик|turkish|turk(?=[cç]))",
  ug: "(?:уйгур|уйгыр|uyghur|uighur|uygur|uyg'ur)",
  az: "(?:азербайджан|азербайжан|azerbaijani|azerbaijan|azeri|azerbaycan|azərbaycan)",
  tk: "(?:туркмен|turkmen|türkmen)",
  de: "(?:немец|немис|german|deutsch)",
  fr: "(?:француз|french|fran[cç]ais)",
  zh: "(?:китай|кытай|chinese|mandarin)",
  ja: "(?:японск|жапон|japanese)",
  ko: "(?:корей|korean)",
  ar: "(?:арабск|араб(?=ша|ча| тил)|arabic)",
  fa: "(?:персидск|фарси|парсы|persian|farsi|dari)",
};

/** The language named as the one to speak in: "на узбекском", "по-узбекски", "өзбекше", "o'zbek tilida", "in Uzbek". */
function speakingIn(name: string): string[] {
  return [
    `по[- ]?${name}\\p{L}*к[иу](?!\\p{L})`,
    `на ${name}\\p{L}*[сц]ком`,
    `${name}\\p{L}*(?:ша|ше|ча|че|sha|she|cha|che|ca|ce|ça|çe)(?!\\p{L})`,
    `${name}\\p{L}* (?:тилинде|тилде|тилида|тилиде|tilida|tilinde|tilde)`,
    // Not "speaks": "her son only speaks Korean" tells of him; not "in Germany".
    `(?:in|speak|understand|know) ${name}(?!\\p{L})`,
    `${name}[- ]speaking`,
    `auf ${name}|en ${name}`,
  ];
}

const SPOKEN_IN = Object.fromEntries(
  Object.entries(NAMES).map(([code, name]) => [code, cues(...speakingIn(name))]),
) as Record<ForeignLanguage, RegExp>;
// The name alone, as a word: "узбекский?", "uzbek?", "Deutsch?"; not "Жапонияда", "Germaniyada", "көрейін".
const NAMED = Object.fromEntries(
  Object.entries(NAMES).map(([code, name]) => [code, cues(`${name}(?:\\p{L}*(?:ий|ом|ого|ая))?(?!\\p{L})`)]),
) as Record<ForeignLanguage, RegExp>;

/**
 * Asking to be spoken to, written to or understood: "говорите", "можно писать", "сөйлесуге", "gaplashsa", "speak",
 * "konuşabilir". Not "говорит" alone: "мой сын говорит по-арабски" tells of him.
 */
const ASKS_TO_SPEAK = cues(
  "говорите",
  "говоришь",
  "говорит ли",
  "говорят",
  "(?:кто|кто-нибудь|кто-то|есть ли|есть кто)(?: \\p{L}+)? говорит",
  // "есть консультант, который говорит…", "кеңесші түсіне ме": whether someone here speaks it.
  "(?:консультант|специалист|оператор|кенесши|маман|котор)\\p{L}*(?:,? \\p{L}+){0,2} (?:говор|понима|зна|сойле|тусин|биле)",
  "разговарива(?:ете|ют|ть)",
  "понимаете",
  "понимает ли",
  "(?:по)?общаться",
  "(?:на)?писать",
  "напишу",
  "поговорить",
  "ответ(?:ить|ите|ят)",
  "сойле(?:йсиз|йсин|й ме|йди ме|йтин|су|се)",
  "жаз(?:сам|уга|уга|амын|а ал)",
  "тусин(?:есиз|е ме|еди ме)",
  "биле(?:сиз| ме)",
  "суйло",
  "тушун",
  "гаплаш",
  "гапир",
  "gaplash",
  "gapir",
  "yoz(?:sam|ish|aman|a olaman)",
  "tushun",
  "bilasiz",
  "bo'?ladimi",
  "mumkinmi",
  "speak",
  "talk",
  "write",
  "text",
  "chat",
  "understand",
  "konu[sş]",
  "anlar",
  "sprech",
  "sprich",
  "schreib",
  "versteh",
  "parle",
);

/** A message this short naming a language ("узбекский?", "Deutsch?") asks about it. */
const FEW_WORDS = 2;

/** The one language we do not speak that a message asks to be spoken to in; `readings` as cues/index.ts reads it. */
function namedLanguage(readings: readonly string[]): ForeignLanguage | undefined {
  const has = (cue: RegExp) => readings.some((reading) => cue.test(reading));
  const words = (readings[0] ?? "").split(/[^\p{L}\p{N}'-]+/u).filter(Boolean).length;
  const asks = has(ASKS_IF_POSSIBLE) || has(ASKS_WHICH_LANGUAGE) || has(ASKS_TO_SPEAK);
  const named = FOREIGN_LANGUAGES.filter((code) =>
    words <= FEW_WORDS ? has(NAMED[code]) : asks && has(SPOKEN_IN[code]),
  );
  return named.length === 1 ? named[0] : undefined;
}

// Whole words of each language that Kazakh (in any letters), Russian and English do not use: Kazakh in Latin letters
// writes "kerek", "ushin", "salem", "qalai", Uzbek "kerak", "uchun", "salom", "qanday" (left out: Kazakh types it too).
const WORDS: Partial<Record<ForeignLanguage, string>> = {
  uz:
    "salom assalomu menga sizga yordam\\p{L}* kerak\\p{L}* nima\\p{L}* nega uchun bilan o'g'l\\p{L}* " +
    "iltimos yaxshi\\p{L}* bo'l\\p{L}* gaplash\\p{L}* gapir\\p{L}* tilida mumkinmi emas qil\\p{L}* " +
    "qo'shil\\p{L}* guruh\\p{L}* qayer\\p{L}* yo'q hozir onam otam juda odam\\p{L}* boshqa bormi " +
    "bilmayman tushun\\p{L}* ayting chunki xafa yomon farzand\\p{L}* maslahat\\p{L}* салом ассалому " +
    "менга сизга ёрдам\\p{L}* керак\\p{L}* нима\\p{L}* учун билан илтимос яхши\\p{L}* гаплаш\\p{L}* " +
    "гапир\\p{L}* тилида мумкинми эмас онам одам\\p{L}* бошқа чунки ёмон жуда",
  ky:
    "саламатсызбы жардам\\p{L}* эмне\\p{L}* кантип кантсем мага сага уулу\\p{L}* болобу барбы " +
    "сүйлө\\p{L}* үчүн азыр энем кошул(?:уп|ду|ган) жакшы чейин өтө берчи керекпи болот билбейм кылсам " +
    "келет жатат топко кыргызча salamatsyzby emne\\p{L}* kantip kantsem uulu\\p{L}* koshul(?:up|du|gan) " +
    "kylyshym kylsam bilbeim boloby barby topko",
  tr:
    "merhaba yard[ıi]m\\p{L}* istiyorum nas[ıi]l o[ğg]lum k[ıi]z[ıi]m de[ğg]il l[üu]tfen " +
    "te[şs]ekk[üu]r\\p{L}* konu[şs]\\p{L}* t[üu]rk[çc]e m[ıiu]s[ıiu]n[ıiu]z i[çc]in benim [çc]ok " +
    "yapmal[ıi]\\p{L}* ediyor\\p{L}* bilmiyorum anlam[ıi]yorum arkada[şs]\\p{L}* [şs]imdi",
  de:
    "ich nicht bitte hilfe mein\\p{L}* sprech\\p{L}* sprich\\p{L}* deutsch und ist mit können kann danke " +
    "brauche sohn tochter gruppe warum habe haben ein eine\\p{L}? wir jemand gibt auf",
  fr: "bonjour merci parle\\p{L}* vous suis besoin aide\\p{L}* fils avec pour fran[çc]ais mon une",
  ug: "ярдәм\\p{L}* керәк\\p{L}* немә\\p{L}* қандақ маңа сизгә билән һазир адәм\\p{L}* оғлум рәхмәт уйғурчә",
};
const WORD_OF = Object.fromEntries(
  Object.entries(WORDS).map(([code, words]) => [
    code,
    new RegExp(`^(?:${words.split(" ").join("|")})$`, "u"),
  ]),
) as Partial<Record<ForeignLanguage, RegExp>>;

// Letters no Kazakh, Russian or English alphabet has: Uzbek ў and ҳ, Tajik ҷ, ӣ and ӯ, Azerbaijani ə, Turkmen ň.
const LETTERS: readonly [ForeignLanguage, RegExp][] = [
  ["tg", /[ҷӣӯ]/u],
  ["uz", /[ўҳ]/u],
  ["az", /ə/u],
  ["tk", /ň/u],
];

// Scripts: Japanese kana (with or without Han), Han, Hangul; the Arabic script with Uyghur's own letters, Persian's,
// or neither.
function scriptLanguage(letters: string): ForeignLanguage | undefined {
  const share = (pattern: RegExp) => (letters.match(pattern)?.length ?? 0) / letters.length;
  if (share(/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/gu) > 0.5)
    return /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(letters) ? "ja" : "zh";
  if (share(/\p{Script=Hangul}/gu) > 0.5) return "ko";
  if (share(/\p{Script=Arabic}/gu) > 0.5) {
    if (/[ېۆۇۈڭ]/u.test(letters)) return "ug";
    return /[پچژگ]/u.test(letters) ? "fa" : "ar";
  }
  return undefined;
}

/** Telling words needed, and their least share of the message's words. */
const LEAST_WORDS = 2;
const LEAST_SHARE = 0.25;

/** The language we do not speak that a message is written in, if it clearly is. */
export function writtenForeign(text: string): ForeignLanguage | undefined {
  const lowercase = text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[ʻʼ‘’`´]/g, "'");
  const letters = lowercase.replace(/[^\p{L}]/gu, "");
  if (letters.length === 0) return undefined;
  const script = scriptLanguage(letters);
  if (script) return script;
  for (const [code, pattern] of LETTERS) if (pattern.test(lowercase)) return code;
  const words = lowercase.split(/[^\p{L}'-]+/u).filter(Boolean);
  let found: { code: ForeignLanguage; count: number } | undefined;
  for (const [code, pattern] of Object.entries(WORD_OF) as [ForeignLanguage, RegExp][]) {
    const count = new Set(words.filter((word) => pattern.test(word))).size;
    if (count > (found?.count ?? 0)) found = { code, count };
  }
  if (!found || found.count < LEAST_WORDS || found.count < words.length * LEAST_SHARE) return undefined;
  return found.code;
}

/**
 * A message asking for a language we do not speak, or written in one. `readings`: the message folded (fold.ts), then
 * its Latin letters read in Cyrillic (cues/index.ts), so that "ozbekshe soilesuge bola ma" asks as its Cyrillic does.
 */
export function foreignAsked(
  text: string,
  readings: readonly string[] = [foldCues(text)],
): ForeignAsked | undefined {
  const named = namedLanguage(readings);
  const written = writtenForeign(text);
  if (named) return { language: named, written: written !== undefined };
  return written ? { language: written, written: true } : undefined;
}
