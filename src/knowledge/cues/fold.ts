// The one form cue words and messages are compared in, and the pattern builder for word starts.
import { foldKazakhLetters } from "../../text/kazakh-latin.ts";

/** Lowercase, Kazakh letters and 2021-alphabet Latin folded, as people type without a Kazakh keyboard. */
export function foldCues(text: string): string {
  return foldKazakhLetters(text.normalize("NFC").toLowerCase()).replace(/[’ʼ`´]/g, "'");
}

// A cue is a word start ("одинок" for "одинокий", "одиноко"), so each is anchored at a word start.
export function cues(...patterns: string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.join("|")})`, "u");
}
