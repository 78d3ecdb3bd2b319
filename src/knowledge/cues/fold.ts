// The one form cue words and messages are compared in, and the pattern builder for word starts.
import { foldKazakhLetters } from "../../text/kazakh-latin.ts";

/**
 * Lowercase, Kazakh letters and 2021-alphabet Latin folded, as people type without a Kazakh keyboard; without
 * the soft and hard signs, which translit and hasty typing drop ("nelzya", "делат"), in the cues too.
 */
export function foldCues(text: string): string {
  return withoutSigns(foldKazakhLetters(text.normalize("NFC").toLowerCase()).replace(/[’ʼ`´]/g, "'"));
}

const withoutSigns = (text: string) => text.replace(/[ьъ]/g, "");

// A cue is a word start ("одинок" for "одинокий", "одиноко"), so each is anchored at a word start.
export function cues(...patterns: string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${withoutSigns(patterns.join("|"))})`, "u");
}
