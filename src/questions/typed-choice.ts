// A reply typed to a numbered list of questions instead of a press of its buttons: its number ("2", "№2", "2-й",
// "2." copied from a button), its ordinal ("второй", "екіншісі", "the second one"), the question's own words, or
// "none of these" ("ничего из этого", "ешқайсысы"). Anything else is a new question. Plain TypeScript.
import { foldCues } from "../knowledge/cues/fold.ts";

/** The index of the question chosen, or "none": none of them is what was meant. */
export type TypedChoice = number | "none";

// Words around the choice that say nothing of which one: "the second one", "вариант 2", "номер 3", "давай первый".
const FILLERS = new Set([
  "the",
  "a",
  "number",
  "no",
  "nr",
  "option",
  "question",
  "please",
  "pls",
  "i",
  "choose",
  "want",
  "вариант",
  "номер",
  "вопрос",
  "пункт",
  "под",
  "пожалуйста",
  "давай",
  "давайте",
  "мне",
  "хочу",
  "выбираю",
  "нуска",
  "нускасы",
  "сурак",
  "сурагы",
  "сурагын",
  "маган",
  "тандаймын",
  "керек",
]);

// Each position as people type it: the digit with an ending ("2-й", "2nd", "2-ші"), the number word, the ordinal.
const POSITIONS: readonly RegExp[] = [
  /^(?:one|first|один|одна|одно|перв\p{L}*|бир|бирин\p{L}*|birin\p{L}*|bir)$/u,
  /^(?:two|second|два|две|втор\p{L}*|еки|екин\p{L}*|ekin\p{L}*|eki)$/u,
  /^(?:three|third|три|трет\p{L}*|уш|ушин\p{L}*|ushin\p{L}*|ush)$/u,
];
const DIGIT = /^(\d)(?:-?\p{L}{1,3})?$/u;
const LAST = /^(?:last|последн\p{L}*|сонгы\p{L}*|songy\p{L}*)$/u;

// "None of these": in the three languages, folded (fold.ts).
const NONE =
  /^(?:none(?: of (?:these|them|those|this|it))?|neither(?: of them)?|no|nope|not (?:these|those|this|it|that)|nothing(?: (?:here|fits|of (?:these|this|it)))?|something else|ничего(?: из (?:этого|этих|перечисленного|списка))?(?: не (?:то|подходит))?|ни (?:один|одно|одна)(?: не (?:подходит|то))?|ни то ни другое|нет|не то|не подходит|не это|другое|ничто|жок|ешкайсы\p{L}*|ешбири|бирде-? ?бири(?: де)?(?: емес)?|баскасы|бул емес|ол емес|емес)$/u;

const wordsOf = (text: string) => text.split(/[^\p{L}\p{N}-]+/u).filter(Boolean);

/**
 * Which of `questions` (as listed, first to last) a typed reply chooses, "none", or undefined when the reply is not an
 * answer to the list (a new question).
 */
export function typedChoice(text: string, questions: readonly string[]): TypedChoice | undefined {
  const folded = foldCues(text).trim();
  // "2. How do I talk…": a button's title typed or pasted back.
  const numbered = /^(\d)[.)]\s/.exec(folded);
  if (numbered) return position(Number(numbered[1]) - 1, questions.length);
  const bare = folded
    .replace(/[.!?,;:)(«»"']+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (NONE.test(bare)) return "none";
  const words = wordsOf(bare);
  const left = words.filter((word) => !FILLERS.has(word));
  // "one" is a filler beside another word ("the second one"), the number alone.
  const meant = left.length > 1 ? left.filter((word) => word !== "one") : left;
  if (meant.length === 1) {
    const [word = ""] = meant;
    const digit = DIGIT.exec(word);
    if (digit) return position(Number(digit[1]) - 1, questions.length);
    if (LAST.test(word)) return questions.length - 1;
    const index = POSITIONS.findIndex((pattern) => pattern.test(word));
    if (index >= 0) return position(index, questions.length);
  }
  // The question's own words: all of it, or its beginning (three words or more).
  if (words.length === 0) return undefined;
  const asTyped = words.join(" ");
  const index = questions.findIndex((question) => {
    const listed = wordsOf(foldCues(question)).join(" ");
    return listed === asTyped || (words.length >= 3 && listed.startsWith(asTyped));
  });
  return index >= 0 ? index : undefined;
}

function position(index: number, count: number): TypedChoice | undefined {
  return index >= 0 && index < count ? index : undefined;
}
