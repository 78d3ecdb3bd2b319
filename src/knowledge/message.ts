// How the matcher reads a message before scoring it: its sentences (a long message is cut, so matching
// stays fast and its first sentences say what it is about) and the language it gives away.
import { CLOSEST_LOCALE, writtenForeign } from "./cues/foreign.ts";
import { type FaqLocale, faqLocales } from "./schema.ts";
import { type Token, tokenize } from "./tokens.ts";
import { languageHint } from "./word-keys.ts";

// A very long message is cut: matching stays fast, and its first sentences say what it is about.
const MAX_QUERY_WORDS = 80;

const SENTENCE = /[^.!?…\n]+[.!?…\n]*/g;

/** The message's sentences, up to its first MAX_QUERY_WORDS words, and whether each asks something. */
export function sentencesOf(text: string): { tokens: Token[]; asks: boolean }[] {
  const sentences: { tokens: Token[]; asks: boolean }[] = [];
  let wordCount = 0;
  for (const [sentence] of text.matchAll(SENTENCE)) {
    if (wordCount >= MAX_QUERY_WORDS) break;
    const tokens = tokenize(sentence);
    if (tokens.length === 0) continue;
    if (tokens.length > MAX_QUERY_WORDS - wordCount) tokens.length = MAX_QUERY_WORDS - wordCount;
    wordCount += tokens.length;
    sentences.push({ tokens, asks: sentence.includes("?") });
  }
  return sentences;
}

/**
 * The language most of the message's telling words are in ("что", "ма", "the", letters only Kazakh
 * has), if one clearly leads.
 */
export function messageLanguage(sentences: readonly { tokens: readonly Token[] }[]): FaqLocale | undefined {
  const counts = { kk: 0, ru: 0, en: 0 };
  for (const { tokens } of sentences) {
    for (const token of tokens) {
      const hint = languageHint(token);
      if (hint) counts[hint]++;
    }
  }
  const [first, second] = faqLocales
    .map((locale) => ({ locale, count: counts[locale] }))
    .sort((a, b) => b.count - a.count);
  if (!first || first.count === 0 || first.count < 2 * (second?.count ?? 0)) return undefined;
  return first.locale;
}

// Letters of the 2021 Kazakh Latin alphabet (and its phone spellings) that English and Russian translit never use.
const KAZAKH_LATIN_LETTERS = /[äğıñşūöü]/;

// Kazakh typed on a Russian keyboard ("улым озгерып кетты, бызбен сойлеспейды": і as ы, ө as о, ү as у) has no
// Kazakh letter, but shapes a Russian word never takes: a converb in -ып (барып, озгерып), a verb in -йды or -мын
// (айтпайды, ыстеймын), ы after к, г or х (кызым) or first (ыныс). "сэлем" is сәлем with ә typed as э.
const KAZAKH_ON_RUSSIAN_KEYS = /[^аеёиоуыэюяй]ып$|йды$|.{3}мын$|[кгх]ы|^ы/;
const TYPED_AS_E = /(?<=^[бвгджзклмнпрстфхцчшщ])э/;

/** Whether a Cyrillic word with no Kazakh letter is Kazakh typed on a Russian keyboard. */
function typedKazakh(token: Token): boolean {
  if (token.script !== "cyrillic") return false;
  return (
    KAZAKH_ON_RUSSIAN_KEYS.test(token.word) ||
    languageHint({ ...token, word: token.word.replace(TYPED_AS_E, "ә") }) === "kk"
  );
}

/**
 * The language a person clearly writes a message in, to answer in it: two telling words or more
 * with a clear lead, or, in a message of three words or more, the only telling word there is. A
 * word or two ("ok", "спасибо", "1") never decides: most people type those in any language. A message
 * in a language the bot does not speak (Uzbek, Kyrgyz, German…) is answered in the closest of its own.
 */
export function writtenLanguage(text: string): FaqLocale | undefined {
  const foreign = writtenForeign(text);
  if (foreign) return CLOSEST_LOCALE[foreign];
  const counts = { kk: 0, ru: 0, en: 0 };
  let words = 0;
  for (const token of tokenize(text)) {
    if (token.script === "number") continue;
    words++;
    const hint =
      (token.script === "latin" && KAZAKH_LATIN_LETTERS.test(token.word)) || typedKazakh(token)
        ? "kk"
        : languageHint(token);
    if (hint) counts[hint]++;
  }
  const [first, second] = faqLocales
    .map((locale) => ({ locale, count: counts[locale] }))
    .sort((a, b) => b.count - a.count);
  if (!first || first.count === 0 || first.count < 2 * (second?.count ?? 0)) return undefined;
  if (first.count >= 2 || (words >= 3 && second?.count === 0)) return first.locale;
  return undefined;
}
