// What the fuzz and abuse tests look for: texts that break naive code, internal text that
// must never reach a person or a counselor, and traces of a Telegram identity.
import type { FakeUser, RecordedCall } from "../../src/dev/telegram/types.ts";

/** Strings that have broken bots: directions, joiners, huge and empty-looking text, markup, injections. */
export const ADVERSARIAL_TEXTS = [
  "",
  " ",
  "\u200b",
  "\u200d\u200d\u200d",
  "\u202eтекст наоборот\u202c",
  "\u2067مرحبا\u2069 сектаға кірдім",
  "שלום עולם",
  "ﷺ﷽",
  "Z̴̡̛̛̛a̸l̶g̷o̵ ̴t̸e̷x̸t̵",
  "👨‍👩‍👧‍👦🏳️‍🌈🇰🇿",
  "\ud800",
  "\u0000\u0001\u0007",
  "<b>жирный</b> <script>alert(1)</script> &amp; &lt;",
  "*_`[x](http://e.com)`_*",
  "{$name} { -brand } {{ x }} $\u{7b}process.env}",
  "'; DROP TABLE stored_state; --",
  "%s %d %n",
  "../../../etc/passwd",
  "хочу умереть",
  "мен өзімді өлтіргім келеді",
  "I want to kill myself",
  "балам секта",
  "Qazaqstan dіnі",
  "0",
  "-1",
  "NaN",
  "1e309",
  `/start ${"x".repeat(300)}`,
  "A".repeat(4096),
  "Ж".repeat(4096),
  "\n".repeat(500),
];

/** Words of a stack trace, a driver error or a missing translation: never for a person's eyes. */
const INTERNAL =
  /\b(?:TypeError|RangeError|SyntaxError|ReferenceError|Error:|PrismaClient|prisma\.|ECONNREFUSED|invalid input syntax|at [\w$.<>]+ \(|node_modules)|undefined|\bNaN\b|\[object Object\]|\{\s*\$[a-z]/;
/** What @grammyjs/i18n shows for a key missing from the locale files: the bare key. */
const BARE_KEY = /^[a-z]+(?:-[a-z0-9]+)+$/;

/**
 * Internal text in what the bot sent (message text, caption, button labels, a callback answer).
 * `typed` are the people's own words: relayed back (an edit carried to the counselor, say), "NaN" is theirs.
 */
export function internalTextIn(call: RecordedCall, typed: readonly string[] = []): string[] {
  const payload = call.payload;
  const shown: string[] = [];
  for (const field of ["text", "caption", "title", "name"]) {
    const value = payload[field];
    if (typeof value === "string") shown.push(value);
  }
  const markup = payload.reply_markup as
    | { inline_keyboard?: { text: string }[][]; keyboard?: ({ text: string } | string)[][] }
    | undefined;
  for (const row of [...(markup?.inline_keyboard ?? []), ...(markup?.keyboard ?? [])]) {
    for (const button of row) shown.push(typeof button === "string" ? button : button.text);
  }
  return shown.filter(
    (text) =>
      internalMatches(text).some((at) => !insideOwnWords(text, at, typed)) ||
      (BARE_KEY.test(text.trim()) && !typed.includes(text.trim())),
  );
}

/** Where INTERNAL matches in `text`: [start, end) of each match. */
function internalMatches(text: string): [number, number][] {
  const everywhere = new RegExp(INTERNAL.source, "g");
  return [...text.matchAll(everywhere)].map((match) => [match.index, match.index + match[0].length]);
}

/** Whether the match at `at` lies inside an occurrence of something a person typed. */
function insideOwnWords(text: string, [start, end]: [number, number], typed: readonly string[]): boolean {
  return typed.some((words) => {
    if (words.length < end - start) return false;
    for (let from = text.indexOf(words); from !== -1; from = text.indexOf(words, from + 1)) {
      if (from <= start && end <= from + words.length) return true;
    }
    return false;
  });
}

/** A person's Telegram id (as a whole number), names and username found in `text`. */
export function identifierLeaks(text: string, users: readonly FakeUser[]): string[] {
  const leaks: string[] = [];
  for (const user of users) {
    const id = new RegExp(`(?<![0-9])${user.id}(?![0-9])`);
    if (id.test(text)) leaks.push(`id of ${user.first_name}`);
    for (const word of [user.first_name, user.last_name, user.username]) {
      if (word && text.toLowerCase().includes(word.toLowerCase())) leaks.push(`"${word}"`);
    }
  }
  return leaks;
}
