// The writer as a worried relative: "my" before a relative, and an "I" followed by worry.
import { foldCues } from "./fold.ts";

/** "My" in Russian and English, before the relative it makes the writer's own ("моего сына", "my little son"). */
export const MY_WORDS = new Set(
  ["мой", "моя", "мое", "моего", "моей", "моему", "мою", "моим", "моих", "мои", "my"].map(foldCues),
);

/** The writer as the one who speaks, not the one something is done to ("я не знаю куда", "I don't know where"). */
const SUBJECT_WORDS = new Set(["я", "мен", "i", "im"].map(foldCues));

/** What a worried relative says of themselves after "I" ("я не знаю куда", "I'm worried", "мен ... білмеймін"). */
const WORRIES = new RegExp(
  `(?:^| )(?:${[
    "не знаю",
    "dont know",
    "do not know",
    "have no idea",
    "волнуюсь",
    "переживаю",
    "беспокоюсь",
    "боюсь за",
    "worried",
    "scared for",
    "білмеймін",
    "уайымдаймын",
  ]
    .map(foldCues)
    .join("|")})`,
  "u",
);

/** The writer's "I" at `index`, followed by worry: said as the relative, not as the one in danger. */
export function worriedI(form: string, words: readonly string[], index: number): boolean {
  return SUBJECT_WORDS.has(form) && WORRIES.test(words.slice(index + 1, index + 5).join(" "));
}
