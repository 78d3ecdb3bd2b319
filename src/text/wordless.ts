// A message with no words in it: emoji only ("😢😢😢"), a scream ("АААА…"), or only invisible characters. The
// person asked nothing, so "I have no ready answer to that" would read as a machine brushing them off: they get a
// gentle "I'm here; write in words, or talk to a person", and a sad or broken-heart emoji the counselor first.
// A sticker is read by the emoji Telegram gives it (sticker.emoji): a crying or broken-heart sticker is the same cry.

/**
 * Emoji that tell of pain, or of harm and death (a knife, blood, a grave, a coffin, a wilted flower): the person is
 * offered a counselor before anything else. Not 💀, which young people send for "I'm dying of laughter".
 */
const DISTRESS_EMOJI = /[😢😭💔😞😔😥😰😱🥺☹🙁😣😖😫😩😿😓😟🖤😪🤕🔪🩸🪦⚰🥀]/u;

/** Characters that carry no reading of their own: spaces, zero-width and format characters, marks (emoji variation selectors). */
const INVISIBLE = /[\s\p{Cf}\p{M}]/gu;

export type Wordless = "plain" | "distress";

/** Whether a text has no words (none, or one letter repeated at least three times), and whether it tells of pain. */
export function wordlessOf(text: string): Wordless | undefined {
  const visible = text.replace(INVISIBLE, "");
  const letters = visible.toLowerCase().match(/[\p{L}\p{N}]/gu) ?? [];
  const scream = letters.length >= 3 && new Set(letters).size === 1;
  if (letters.length > 0 && !scream) return undefined;
  return DISTRESS_EMOJI.test(visible) ? "distress" : "plain";
}
