// Turns text into search keys. The index knows each text's language; a user's message does not, so
// each of its words gets every plausible key (English, Russian, Kazakh; Latin letters transliterated)
// and the matcher keeps those the index knows. Keys are memoised: a knowledge base repeats its words,
// and so do the people who write to it.
import { stemmer as stemEnglish } from "@orama/stemmers/english";
import { stemmer as stemRussian } from "@orama/stemmers/russian";
import { latinToCyrillic } from "../text/kazakh-latin.ts";
import { foldKazakh, stemKazakh } from "./kazakh-stemmer.ts";
import { Memo } from "./memo.ts";
import type { FaqLocale } from "./schema.ts";
import {
  ENGLISH_STOPWORDS,
  KAZAKH_STOP_STEMS,
  KAZAKH_STOPWORDS,
  plainRussian,
  RUSSIAN_STOPWORDS,
} from "./stopwords.ts";
import { type Script, scanWords, type Token } from "./tokens.ts";

const MEMO_SIZE = 50_000;
const russianKeys = new Memo<string | undefined>(MEMO_SIZE);
const kazakhKeys = new Memo<string | undefined>(MEMO_SIZE);
const englishKeys = new Memo<string | undefined>(MEMO_SIZE);

export function russianKey(word: string): string | undefined {
  return russianKeys.get(word, computeRussianKey);
}

function computeRussianKey(word: string): string | undefined {
  const plain = plainRussian(word);
  if (plain.length < 2 || RUSSIAN_STOPWORDS.has(plain)) return undefined;
  // An infinitive keeps its soft sign: without it the stemmer reads "-ать" as a noun's "-ат", and "узнать",
  // "общаться", "рассказать" stemmed apart from "узнают", "общается", "расскажу".
  const stemmed = INFINITIVE.test(word) ? plain.replace(/т(ся)?$/, "ть$1") : plain;
  // Translit and hasty typing write щ as "sh" ("zashitit").
  return stemRussian(stemmed).replaceAll("щ", "ш").replace(OVAT_VERB, "");
}

// "-овать" verbs stem as "вербова" in the infinitive and past, "верб" in the present ("вербуют"): one key.
const OVAT_VERB = /(?<=\p{L}{3})[ое]ва$/u;

const INFINITIVE = /ть(?:ся)?$/;
/** A word that may be an infinitive typed without its soft sign ("узнат", "uznat", "obshatsya"). */
const INFINITIVE_WITHOUT_SIGN = /[аяеиыуо]т(?:ся)?$/;

/** The Russian key of a word typed without an infinitive's soft sign, when it may be one. */
function infinitiveKey(word: string): string | undefined {
  return INFINITIVE_WITHOUT_SIGN.test(word) ? russianKey(word.replace(/т(ся)?$/, "ть$1")) : undefined;
}

export function kazakhKey(word: string): string | undefined {
  return kazakhKeys.get(word, computeKazakhKey);
}

function computeKazakhKey(word: string): string | undefined {
  const folded = foldKazakh(word);
  if (folded.length < 2 || KAZAKH_STOPWORDS.has(folded)) return undefined;
  const stem = stemKazakh(folded);
  return KAZAKH_STOP_STEMS.has(stem) ? undefined : stem;
}

export function englishKey(word: string): string | undefined {
  return englishKeys.get(word, computeEnglishKey);
}

function computeEnglishKey(word: string): string | undefined {
  const plain = stripDiacritics(word);
  if (plain.length < 2 || ENGLISH_STOPWORDS.has(plain)) return undefined;
  return stemEnglish(plain);
}

/** The key of a word whose language is known (the knowledge base's own text). */
export function keyInLocale(token: Token, locale: FaqLocale): string | undefined {
  return wordKeyInLocale(token.word, token.script, locale);
}

export function wordKeyInLocale(word: string, script: Script, locale: FaqLocale): string | undefined {
  if (script === "number") return word;
  if (script === "latin") return englishKey(word);
  return locale === "kk" ? kazakhKey(word) : russianKey(word);
}

/** The keys of a text whose language is known, in order. */
export function keysInLocale(text: string, locale: FaqLocale): string[] {
  const keys: string[] = [];
  scanWords(text, (word, script) => {
    const key = wordKeyInLocale(word, script, locale);
    if (key !== undefined) keys.push(key);
  });
  return keys;
}

export interface KeyCandidate {
  key: string;
  /** The language the word is read in; none for a number. */
  language?: FaqLocale;
  /** Set when the key is a Latin-letter word read as Kazakh or Russian: a guess. */
  transliteratedAs?: "kk" | "ru";
}

const NO_CANDIDATES: readonly KeyCandidate[] = Object.freeze([]);
const cyrillicCandidates = new Memo<readonly KeyCandidate[]>(MEMO_SIZE);
const latinCandidates = new Memo<readonly KeyCandidate[]>(MEMO_SIZE);

/**
 * Every plausible key of a word typed by a user in any of the three languages. The result is shared
 * between calls: do not change it.
 */
export function candidateKeys(token: Token): readonly KeyCandidate[] {
  if (token.script === "number") return [{ key: token.word }];
  if (token.script === "cyrillic") return cyrillicCandidates.get(token.word, computeCyrillicCandidates);
  return latinCandidates.get(token.word, computeLatinCandidates);
}

function computeCyrillicCandidates(word: string): readonly KeyCandidate[] {
  // A stopword in either language is dropped: "ма", "бар", "какая" are no topic in any of them.
  if (isCyrillicStopword(word)) return NO_CANDIDATES;
  const candidates: KeyCandidate[] = [];
  // Letters Russian lacks (ә, қ, ң…) mean the word is Kazakh.
  if (!KAZAKH_LETTERS.test(word)) {
    addCandidate(candidates, russianKey(word), "ru");
    addCandidate(candidates, infinitiveKey(word), "ru");
  }
  addCandidate(candidates, kazakhKey(word), "kk");
  return candidates;
}

function computeLatinCandidates(word: string): readonly KeyCandidate[] {
  const asKazakh = latinToCyrillic(word, "kk");
  const asRussian = latinToCyrillic(word, "ru");
  // A stopword in any reading ("me", "chto", "pa") is no topic in the others either.
  if (
    ENGLISH_STOPWORDS.has(stripDiacritics(word)) ||
    isCyrillicStopword(asKazakh) ||
    isCyrillicStopword(asRussian)
  ) {
    return NO_CANDIDATES;
  }
  const candidates: KeyCandidate[] = [];
  addCandidate(candidates, englishKey(word), "en");
  addCandidate(candidates, kazakhKey(asKazakh), "kk", true);
  // Phone spelling types ш as "w", the letter it looks like ("wykkym", "wetelge"): a second Kazakh reading.
  if (word.includes("w"))
    addCandidate(candidates, kazakhKey(latinToCyrillic(word.replaceAll("w", "sh"), "kk")), "kk", true);
  addCandidate(candidates, russianKey(asRussian), "ru", true);
  addCandidate(candidates, infinitiveKey(asRussian), "ru", true);
  return candidates;
}

function addCandidate(
  candidates: KeyCandidate[],
  key: string | undefined,
  language: FaqLocale,
  transliterated = false,
) {
  if (!key || candidates.some((candidate) => candidate.key === key)) return;
  candidates.push(
    transliterated && language !== "en" ? { key, language, transliteratedAs: language } : { key, language },
  );
}

const languageHints = new Memo<FaqLocale | undefined>(MEMO_SIZE);

/**
 * The language a word alone gives away, if any: letters only Kazakh has, or a small word only one
 * language uses ("что", "ма", "the", "chto", "qalai").
 */
export function languageHint(token: Token): FaqLocale | undefined {
  if (token.script === "number") return undefined;
  return languageHints.get(`${token.script[0]}${token.word}`, () => computeLanguageHint(token));
}

function computeLanguageHint({ word, script }: Token): FaqLocale | undefined {
  if (script === "cyrillic") {
    if (KAZAKH_LETTERS.test(word)) return "kk";
    return onlyOne(RUSSIAN_STOPWORDS.has(plainRussian(word)), KAZAKH_STOPWORDS.has(foldKazakh(word)));
  }
  const russian = plainRussian(latinToCyrillic(word, "ru"));
  return onlyOne(
    RUSSIAN_STOPWORDS.has(russian) && !KAZAKH_STOPWORDS.has(foldKazakh(russian)),
    KAZAKH_STOPWORDS.has(foldKazakh(latinToCyrillic(word, "kk"))) && !RUSSIAN_STOPWORDS.has(russian),
    ENGLISH_STOPWORDS.has(stripDiacritics(word)),
  );
}

function onlyOne(russian: boolean, kazakh: boolean, english = false): FaqLocale | undefined {
  if (Number(russian) + Number(kazakh) + Number(english) !== 1) return undefined;
  return russian ? "ru" : kazakh ? "kk" : "en";
}

const KAZAKH_LETTERS = /[әөүұқғңіһ]/;

function isCyrillicStopword(word: string): boolean {
  const folded = foldKazakh(word);
  return (
    RUSSIAN_STOPWORDS.has(plainRussian(word)) ||
    KAZAKH_STOPWORDS.has(folded) ||
    KAZAKH_STOP_STEMS.has(stemKazakh(folded))
  );
}

const MARKS = /\p{M}/gu;

function stripDiacritics(word: string): string {
  return word.replaceAll("ı", "i").normalize("NFD").replace(MARKS, "").normalize("NFC");
}
