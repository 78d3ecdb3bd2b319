// The crisis model: a small linear classifier over character n-grams (and the categories the rules
// raised) that scores a message for each crisis category and for "ordinary", trained offline by
// scripts/crisis-model/train.ts on the spent labelled rounds and the training files written for it,
// and read from scenarios/crisis/model.json when there (validated on load). It
// sees words the way the patterns do (src/crisis/text.ts: Latin letters transliterated, Kazakh
// letters folded), so "olgim keledi", "өлгім келеді" and "олгим келеди" share their n-grams; why
// a model of our own and how its thresholds were chosen: src/crisis/README.md.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { type CrisisCategory, crisisCategories } from "./categories.ts";
import { isLatinWord, type Token, tokenize } from "./text.ts";

/** The model's classes: the categories in their order, then "ordinary". */
export const modelClasses = [...crisisCategories, "ordinary"] as const;
const classCount = modelClasses.length;

const margin = z.number().min(-100).max(100);
const perCategory = z.strictObject(
  Object.fromEntries(crisisCategories.map((category) => [category, margin])) as Record<
    CrisisCategory,
    typeof margin
  >,
);

/**
 * A long list checked in place: z.array() copies its ~430,000 items while validating, and the copy
 * left the process ~40 MB larger for good (the bench's memory probe).
 */
const listOf = <T extends "string" | "number">(type: T, message: string) =>
  z.custom<T extends "string" ? string[] : number[]>(
    (value) =>
      Array.isArray(value) &&
      value.every((item) => typeof item === type && (type === "string" || Number.isFinite(item))),
    { message },
  );

export const crisisModelSchema = z
  .strictObject({
    /** How the file was made (the training command and the data it read). */
    about: z.string(),
    bias: z.array(z.number()).length(classCount),
    /** Per category, the margin (see ModelScore) at or above which the model raises it. */
    thresholds: perCategory,
    /**
     * Per category, the margin below which the model drops a rule's match of that category as
     * ordinary (absent: the model only adds to the rules).
     */
    veto: perCategory.optional(),
    /** Whether the model raises its category also next to the rules' matches (absent: only when they found nothing). */
    alongside: z.boolean().optional(),
    /**
     * The fewest words a message (or, in a long one, a sentence) needs for the model to speak: a
     * short everyday line ("help me please", "three", "still waiting") has too few words to tell.
     */
    minimumWords: z.number().int().min(1).max(20),
    /** The features (see features()) the model knows, in the order of `weights`' rows. */
    features: listOf("string", "a list of feature names"),
    /**
     * Each feature's weight for each class, row after row (features[i] at i × classes): flat, because
     * ~90,000 small arrays cost a start ~80 MB of memory that a resident process never gives back.
     */
    weights: listOf("number", "a list of finite numbers"),
  })
  .refine((model) => model.weights.length === model.features.length * classCount, {
    message: `weights must hold ${classCount} numbers for each feature`,
    path: ["weights"],
  });
export type CrisisModelData = z.output<typeof crisisModelSchema>;

/** Longer messages are scored a sentence at a time (the highest counts), as the model learned on short ones. */
const wholeMessageWords = 40;
const chunkWords = 40;
/** How many distinct words' scores are remembered before starting afresh. */
const memoLimit = 50_000;

/**
 * Function words: personal pronouns, articles, prepositions, conjunctions, particles and the verbs of reported
 * speech, in kk, ru and en. They have no features of their own (only their pairs with the words next to them), so
 * that none carries a decision alone: "they" weighed 3.4 towards danger in "what's the next step once I reach out,
 * do they call me?", and "олар" and "деді" raised travel pressure in "олар маған телефонымды беруді сұрады, ата-анама
 * айтпа деді". Reflexives ("myself", "өзімді", "себя") and modal verbs stay content words.
 */
const functionWords = new Set(
  [
    "i me my mine you your yours u ur he him his she her hers it its we us our they them their theirs the a an this",
    "that these those is am are was were be been do does did to of in on at for with and or but so if what whats",
    "when how who which there then just said says",
    "я меня мне мной мой моя моё мои ты тебя тебе твой он его ему него нему она её ей ней мы нас нам вы вас вам",
    "они их им них это этот эта то что как и а но или в во на с со к ко у о об по за из от до же ли бы вот тоже так",
    "сказал сказала сказали говорит говорят",
    "мен мені маған менің сен сені саған сенің ол оны оған оның біз бізді бізге біздің сіз сізді сізге сіздің олар",
    "оларды оларға олардың бұл осы сол және да де та те ма ме ба бе па пе ғой деді дейді деп",
  ]
    .join(" ")
    .split(" ")
    .flatMap((word) => tokenize(word).map((token) => token.loose)),
);
const isFunctionWord = (token: Token) =>
  functionWords.has(token.loose) || (isLatinWord(token.lower) && functionWords.has(token.latin));

/**
 * The features of one word, as often as they occur: its folded Cyrillic form ("w"), its character
 * 3- to 5-grams with the word's edges marked ("c"), and for a word in Latin letters the same of
 * the plain Latin form ("e", "l"), which English needs. A function word has none.
 */
export function wordFeatures(token: Token): string[] {
  if (isFunctionWord(token)) return [];
  const word = token.loose.replace(/\d/g, "0");
  const found = [`w ${word}`];
  addGrams(found, "c", word);
  if (isLatinWord(token.lower)) {
    const latin = token.latin.replace(/\d/g, "0");
    found.push(`e ${latin}`);
    addGrams(found, "l", latin);
  }
  return found;
}

/** Neighbouring words of one sentence ("b"), the one feature that spans two words. */
export function pairFeature(first: Token, second: Token): string | undefined {
  if (first.sentence !== second.sentence) return undefined;
  return `b ${first.loose.replace(/\d/g, "0")} ${second.loose.replace(/\d/g, "0")}`;
}

/**
 * A category the rules raised, as a feature of the whole message ("r"): the model learns how far the
 * rules' match can be trusted next to the words, so that it can drop the matches it finds ordinary.
 */
export const ruleFeature = (category: CrisisCategory) => `r ${category}`;

/**
 * Negation words (folded Cyrillic or plain Latin): Russian and English negate the words after them,
 * Kazakh's жоқ / емес the words before them. Their scope is a few words of one clause.
 */
const negationsBefore = new Set(
  "не ни нет никто никого никому ничего никогда нигде ниче нечего ешким ешкимди ешкимге ешкашан еш ешбир ешкандаи not no never nobody nothing noone none nowhere dont doesnt didnt wont wouldnt cant cannot couldnt isnt arent wasnt werent aint havent hasnt".split(
    " ",
  ),
);
const negationsAfter = new Set(["жок", "емес"]);
const negationScope = 3;

const negationForm = (token: Token) =>
  isLatinWord(token.lower) ? token.latin.replace(/n'?t$/, "nt") : token.loose;

/**
 * The words in a negation's scope, as a feature of their own ("n"): "nobody hit me", "мені ешкім
 * ұрған жоқ" and "мне ничего не угрожает" tell that nothing happened, while "hit", "ұрған" and
 * "угрожает" alone tell the opposite.
 */
export function negatedFeatures(tokens: readonly Token[]): string[] {
  const found: string[] = [];
  const add = (index: number) => found.push(`n ${tokens[index]!.loose.replace(/\d/g, "0")}`);
  tokens.forEach((token, index) => {
    const form = negationForm(token);
    const within = (other: number) => tokens[other]?.clause === token.clause;
    if (negationsBefore.has(form))
      for (let other = index + 1; other <= index + negationScope && within(other); other++) add(other);
    if (negationsAfter.has(form))
      for (let other = index - 1; other >= index - negationScope && within(other); other--) add(other);
  });
  return found;
}

/**
 * How long the scored words are, in four steps, as a feature of its own ("l short": four or five words): a long
 * window sums many more n-grams than a short one, so one bias for every length put short and long lines on one
 * scale; a bias per length found 17 more self-harm signals left out in turn (src/crisis/README.md, "Round 13 spent").
 */
export const lengthFeature = (words: number) =>
  `l ${words <= 5 ? "short" : words <= 9 ? "medium" : words <= 20 ? "long" : "longer"}`;

/** Every feature of some words, as often as it occurs (what the training script counts). */
export function features(tokens: readonly Token[]): string[] {
  const found = tokens.flatMap(wordFeatures);
  found.push(lengthFeature(tokens.length));
  for (let index = 1; index < tokens.length; index++) {
    const pair = pairFeature(tokens[index - 1]!, tokens[index]!);
    if (pair) found.push(pair);
  }
  found.push(...negatedFeatures(tokens));
  return found;
}

function addGrams(found: string[], kind: string, word: string): void {
  const marked = `<${word}>`;
  for (let size = 3; size <= 5; size++) {
    for (let start = 0; start + size <= marked.length; start++)
      found.push(`${kind} ${marked.slice(start, start + size)}`);
  }
}

/** The parts of a message scored apart: all of it when short, else each sentence (long ones in chunks). */
export function windows(tokens: readonly Token[]): Token[][] {
  if (tokens.length <= wholeMessageWords) return tokens.length > 0 ? [[...tokens]] : [];
  const sentences: Token[][] = [];
  for (const token of tokens) {
    const last = sentences[sentences.length - 1];
    if (last && last[0]!.sentence === token.sentence && last.length < chunkWords) last.push(token);
    else sentences.push([token]);
  }
  return sentences;
}

export interface ModelScore {
  /**
   * Per category (crisisCategories' order), the highest margin over the message's windows of at
   * least minimumWords words: the category's score minus ordinary's (the log of how many times
   * likelier the model finds it); -Infinity when no window is that long.
   */
  margins: number[];
  /** Per category, the window where it was highest. */
  where: Token[][];
}

/** A word's share of a category's margin, for explaining a decision. */
export interface WordWeight {
  word: string;
  weight: number;
}

export interface CrisisModel {
  readonly thresholds: CrisisModelData["thresholds"];
  readonly veto: CrisisModelData["veto"];
  readonly alongside: boolean;
  /** `raisedByRules`: the categories the rules raised in the message (see ruleFeature). */
  score(tokens: readonly Token[], raisedByRules: readonly CrisisCategory[]): ModelScore;
  /** The same for a text, for training and measuring. */
  scoreText(text: string, raisedByRules: readonly CrisisCategory[]): number[];
  /** The words of a window that raised a category's margin most, highest first. */
  explain(window: readonly Token[], category: CrisisCategory, count: number): WordWeight[];
}

export function createCrisisModel(data: CrisisModelData): CrisisModel {
  // One table for every feature's scores and an index into it; nothing here keeps `data` itself alive.
  // Single precision: the weights are rounded to 0.01, and half the bytes stay resident.
  const table = Float32Array.from(data.weights);
  const rowOf = new Map<string, number>(data.features.map((feature, index) => [feature, index * classCount]));
  /** Adds a feature's scores into `into`; false when the model does not know the feature. */
  const addRow = (feature: string, into: Float64Array | Float32Array): boolean => {
    const row = rowOf.get(feature);
    if (row === undefined) return false;
    for (let index = 0; index < classCount; index++) into[index]! += table[row + index]!;
    return true;
  };
  const bias = Float64Array.from(data.bias);
  const { minimumWords } = data;
  const logits = new Float64Array(classCount);

  const ordinary = classCount - 1;
  // A word's features always add up to the same scores: each distinct word is summed once.
  const wordScores = new Map<string, Float32Array | null>();

  function scoresOf(token: Token): Float32Array | null {
    const key = `${token.loose} ${token.lower}`;
    let scores = wordScores.get(key);
    if (scores !== undefined) return scores;
    const summed = new Float32Array(classCount);
    let known = false;
    for (const feature of wordFeatures(token)) known = addRow(feature, summed) || known;
    scores = known ? summed : null;
    if (wordScores.size >= memoLimit) wordScores.clear();
    wordScores.set(key, scores);
    return scores;
  }

  /** Each class's score for one window, into `logits`, starting from `base` (the bias and the rules' features). */
  function classify(tokens: readonly Token[], base: Float64Array): void {
    logits.set(base);
    for (let position = 0; position < tokens.length; position++) {
      const token = tokens[position]!;
      const scores = scoresOf(token);
      if (scores) for (let index = 0; index < classCount; index++) logits[index]! += scores[index]!;
      const pair = position > 0 ? pairFeature(tokens[position - 1]!, token) : undefined;
      if (pair) addRow(pair, logits);
    }
    for (const feature of negatedFeatures(tokens)) addRow(feature, logits);
    addRow(lengthFeature(tokens.length), logits);
  }

  function score(tokens: readonly Token[], raisedByRules: readonly CrisisCategory[]): ModelScore {
    const margins = crisisCategories.map(() => -Infinity);
    const where: Token[][] = crisisCategories.map(() => []);
    const base = Float64Array.from(bias);
    for (const category of raisedByRules) addRow(ruleFeature(category), base);
    for (const window of windows(tokens)) {
      if (window.length < minimumWords) continue;
      classify(window, base);
      for (let index = 0; index < crisisCategories.length; index++) {
        const margin = logits[index]! - logits[ordinary]!;
        if (margin > margins[index]!) {
          margins[index] = margin;
          where[index] = window;
        }
      }
    }
    return { margins, where };
  }

  /** A word's margin for a category: its own features and its pair with the word before. */
  function explain(window: readonly Token[], category: CrisisCategory, count: number): WordWeight[] {
    const index = crisisCategories.indexOf(category);
    const marginOf = (row: ArrayLike<number> | null | undefined) => (row ? row[index]! - row[ordinary]! : 0);
    return window
      .map((token, position) => {
        const pair = position > 0 ? pairFeature(window[position - 1]!, token) : undefined;
        const pairScores = new Float64Array(classCount);
        const paired = pair !== undefined && addRow(pair, pairScores);
        const weight = marginOf(scoresOf(token)) + marginOf(paired ? pairScores : undefined);
        return { word: token.lower, weight };
      })
      .filter(({ weight }) => weight > 0)
      .sort((a, b) => b.weight - a.weight)
      .slice(0, count);
  }

  return {
    thresholds: { ...data.thresholds },
    veto: data.veto && { ...data.veto },
    alongside: data.alongside ?? false,
    score,
    scoreText: (text, raisedByRules) => score(tokenize(text), raisedByRules).margins,
    explain,
  };
}

/** Reads and validates a model file; throws zod's error with the file's name on a bad one. */
export function readCrisisModel(file: string): CrisisModelData {
  const parsed = crisisModelSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/**
 * What the model adds to the categories already raised (`raised`): its likeliest category, if the margin
 * reaches that category's threshold; when the rules raised that one already, its likeliest category milder
 * than every raised one (a beating told as danger is often violence too, as the round writers label it), so
 * that this second category never changes which category leads the reply. Next to a self-harm match alone it
 * adds nothing: "i will kill myself" is not a threat to others, and the reply is about the person's own safety.
 */
export function modelCategory(
  margins: readonly number[],
  thresholds: CrisisModelData["thresholds"],
  raised: readonly CrisisCategory[] = [],
): CrisisCategory | undefined {
  const likeliest = (allowed: (category: CrisisCategory) => boolean) => {
    let best: number | undefined;
    crisisCategories.forEach((category, index) => {
      if (allowed(category) && (best === undefined || margins[index]! > margins[best]!)) best = index;
    });
    return best;
  };
  let best = likeliest(() => true)!;
  if (raised.includes(crisisCategories[best]!)) {
    if (raised.length === 1 && raised[0] === "self-harm") return undefined;
    const leading = Math.min(...raised.map((category) => crisisCategories.indexOf(category)));
    const other = likeliest(
      (category) => crisisCategories.indexOf(category) > leading && !raised.includes(category),
    );
    if (other === undefined) return undefined;
    best = other;
  }
  const category = crisisCategories[best]!;
  return margins[best]! >= thresholds[category] ? category : undefined;
}
