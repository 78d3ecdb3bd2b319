// A question about being blocked, answered with the block's own words for someone blocked (src/questions).
import { cues, foldCues } from "./fold.ts";

/** Asks about being blocked ("почему вы меня заблокировали?", "неге бұғаттадыңыз", "why am I blocked"). */
const ASKS_ABOUT_BLOCK = cues(
  "(?:за)?блок(?:ир|нул)",
  "(?:за)?бан(?:ит|ил|ул)",
  "бане?(?!\\p{L})",
  "(?:za)?blok(?:ir|nul)",
  "бугатта",
  "бугат(?:та|ы)",
  "bugatta",
  "blocked",
  "banned",
  "block (?:me|us)",
);
export function asksAboutBlock(text: string): boolean {
  return ASKS_ABOUT_BLOCK.test(foldCues(text));
}
