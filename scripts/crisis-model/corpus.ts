// The labelled messages the crisis model learns from, and the development set it is judged on.
// The development set is the fifth and sixth held-out rounds (test/crisis/held-out-5.ts, held-out-6.ts),
// never trained on; their odd-numbered messages (per round, language and category, and among each
// language's ordinary ones) choose the thresholds, their even-numbered ones are the figures nothing
// was chosen on. Everything else spent is trained on: every other held-out round (3, 4, 7 to 11, 12 spent
// since the thirteenth round was written, 13 since the fourteenth, 14 since the fifteenth, 15 since the
// sixteenth, 16 since the seventeenth, 17 since the eighteenth, 18 since the nineteenth, 19 since the twentieth,
// 20 since the twenty-first, 21 since the twenty-second), the tuning rounds, the training files written for the
// model (data/*.ts, blind to the detector and to every held-out round; data/round-a.ts to round-g.ts are whole
// rounds written by outsiders in a held-out round's shape, to be trained on), and, as ordinary messages, the
// knowledge base's spent phrasing sets (questions about travel, study, faith, the service) and the numbers people
// type when counting or choosing. rounds.ts leaves one held-out round out at
// a time. Never add test/crisis/held-out-22* or test/knowledge/held-out-18*: they are the blind sets now (crisis
// held-out-21 and FAQ held-out-17 are spent).
import { readFileSync } from "node:fs";
import path from "node:path";
import { type CrisisCategory, crisisCategories } from "../../src/crisis/categories.ts";
import { type CrisisLanguage, crisisLanguages } from "../../src/crisis/phrases.ts";
import type { HeldOutRound } from "../../test/crisis/held-out-3.ts";
import { thirdHeldOutRound } from "../../test/crisis/held-out-3.ts";
import { fourthHeldOutRound, fourthRoundOrdinary } from "../../test/crisis/held-out-4.ts";
import { fifthHeldOutRound, fifthRoundOrdinary } from "../../test/crisis/held-out-5.ts";
import { sixthHeldOutRound, sixthRoundOrdinary } from "../../test/crisis/held-out-6.ts";
import { seventhHeldOutRound, seventhRoundOrdinary } from "../../test/crisis/held-out-7.ts";
import { eighthHeldOutRound, eighthRoundOrdinary } from "../../test/crisis/held-out-8.ts";
import { ninthHeldOutRound, ninthRoundOrdinary } from "../../test/crisis/held-out-9.ts";
import { tenthHeldOutRound, tenthRoundOrdinary } from "../../test/crisis/held-out-10.ts";
import { eleventhHeldOutRound, eleventhRoundOrdinary } from "../../test/crisis/held-out-11.ts";
import { twelfthHeldOutRound, twelfthRoundOrdinary } from "../../test/crisis/held-out-12.ts";
import { thirteenthHeldOutRound, thirteenthRoundOrdinary } from "../../test/crisis/held-out-13.ts";
import { fourteenthHeldOutRound, fourteenthRoundOrdinary } from "../../test/crisis/held-out-14.ts";
import { fifteenthHeldOutRound, fifteenthRoundOrdinary } from "../../test/crisis/held-out-15.ts";
import { sixteenthHeldOutRound, sixteenthRoundOrdinary } from "../../test/crisis/held-out-16.ts";
import { seventeenthHeldOutRound, seventeenthRoundOrdinary } from "../../test/crisis/held-out-17.ts";
import { eighteenthHeldOutRound, eighteenthRoundOrdinary } from "../../test/crisis/held-out-18.ts";
import { nineteenthHeldOutRound, nineteenthRoundOrdinary } from "../../test/crisis/held-out-19.ts";
import { twentiethHeldOutRound, twentiethRoundOrdinary } from "../../test/crisis/held-out-20.ts";
import { twentyFirstHeldOutRound, twentyFirstRoundOrdinary } from "../../test/crisis/held-out-21.ts";
import {
  fifthHeldOut,
  firstHeldOut,
  fourthHeldOut,
  mustNotMatch,
  ordinaryMessages,
  secondHeldOut,
  thirdHeldOut,
  truePositives,
} from "../../test/crisis/messages.ts";
import {
  earlierMisses,
  fifthRoundFamilies,
  figuresOfSpeech,
  foundOutQuestions,
  idiomsAndTrips,
  nearFamilies,
  ordinaryPlans,
  passportHeld,
  suicideQuestions,
} from "../../test/crisis/pinned.ts";
import {
  issueReproductions,
  secondThirdPersonRound,
  thirdPersonRound,
} from "../../test/crisis/third-person.ts";
import { sixthTuningRound } from "../../test/crisis/tuning-6.ts";
import { seventhTuningRound } from "../../test/crisis/tuning-7.ts";
import { ownTuningRound } from "../../test/crisis/tuning-8.ts";
import { readPhrasingSet } from "../eval/faq.ts";
import { enTraining } from "./data/en.ts";
import { kkTraining } from "./data/kk.ts";
import { trainingRoundA, trainingRoundAOrdinary } from "./data/round-a.ts";
import { trainingRoundB, trainingRoundBOrdinary } from "./data/round-b.ts";
import { trainingRoundC, trainingRoundCOrdinary } from "./data/round-c.ts";
import { trainingRoundD, trainingRoundDOrdinary } from "./data/round-d.ts";
import { trainingRoundE, trainingRoundEOrdinary } from "./data/round-e.ts";
import { trainingRoundF, trainingRoundFOrdinary } from "./data/round-f.ts";
import { trainingRoundG, trainingRoundGOrdinary } from "./data/round-g.ts";
import { ruTraining } from "./data/ru.ts";
import type { TrainingSet } from "./data/training-set.ts";
import { tunerTraining } from "./data/tuner.ts";

export type Label = CrisisCategory | "ordinary";
export interface Example {
  text: string;
  label: Label;
  language: CrisisLanguage | "?";
}

type Signals = Record<CrisisLanguage, Record<CrisisCategory, string[]>>;

function signalsOf(signals: Signals, keep: (index: number) => boolean = () => true): Example[] {
  return crisisLanguages.flatMap((language) =>
    crisisCategories.flatMap((label) =>
      signals[language][label].flatMap((text, index) => (keep(index) ? [{ text, label, language }] : [])),
    ),
  );
}

const ordinary = (texts: readonly string[], language: CrisisLanguage | "?" = "?"): Example[] =>
  texts.map((text) => ({ text, label: "ordinary", language }));

const trainingFiles: Record<CrisisLanguage, TrainingSet> = { kk: kkTraining, ru: ruTraining, en: enTraining };

/** A training file's lines, every one labelled as its writer did. */
const linesOf = ({ signals, ordinary: texts }: TrainingSet, language: CrisisLanguage | "?"): Example[] => [
  ...crisisCategories.flatMap((label) => signals[label].map((text) => ({ text, label, language }))),
  ...ordinary(texts, language),
];

/** The training files written for the model (data/*.ts): one per language, and the tuner's in all three. */
function writtenForTheModel(): Example[] {
  return [
    ...crisisLanguages.flatMap((language) => linesOf(trainingFiles[language], language)),
    ...linesOf(tunerTraining, "?"),
  ];
}

/**
 * Numbers people type when counting, choosing a line or giving an age, in words and digits: alone
 * they are never a signal ("three" once raised danger when the model saw no such line).
 */
const numbers = [
  ..."бір екі үш төрт бес алты жеті сегіз тоғыз он жиырма отыз елу жүз".split(" "),
  ..."один два три четыре пять шесть семь восемь девять десять двадцать тридцать пятьдесят сто".split(" "),
  ..."one two three four five six seven eight nine ten twenty thirty fifty hundred".split(" "),
  ...["0", "1", "2", "3", "5", "7", "10", "12", "15", "18", "25", "40", "100", "2024", "+7"],
];

/**
 * The triage's own choices (locales/*.ftl), typed back instead of pressed: "Кому-то грозит опасность прямо
 * сейчас" is the triage's urgent answer, whose own reply puts 112 first; the crisis reply must not take it over.
 */
function triageChoices(): Example[] {
  return crisisLanguages.flatMap((language) =>
    ordinary(
      [
        ...readFileSync(path.resolve(import.meta.dirname, `../../locales/${language}.ftl`), "utf8").matchAll(
          /^triage-(?:who|concern|urgency)-[a-z-]+ = (.+)$/gm,
        ),
      ].map((match) => match[1]!),
      language,
    ),
  );
}

/**
 * Some of the knowledge base's spent labelled phrasing sets (never held-out-18 or newer, which are blind). Held-out-5,
 * spent since the ninth round, was tried: the development set's even half raised 11 -> 17 (noise of a few lines);
 * held-out-6 and the later tuning sets were not tried.
 */
const faqSets = [
  "eval-set",
  "held-out",
  "tuning-2",
  "dev-2",
  "held-out-2",
  "held-out-3",
  "tuning-3",
  "tuning-4",
  "held-out-4",
];

/** Words that name suicide, in every language's spellings. */
const suicideWords =
  /суицид|самоубий|suicid|өзін-өзі өлтір|озин-ози олтир|ozin-?ozi [oö]ltir|өзіне қол жұмса|ozine qol/i;

/**
 * Every spent labelled message. FAQ phrasings that raise a rule are left out (they may be real signals),
 * and so are ordinary lines naming suicide that the rules raise as self-harm: questions about suicide are
 * answered gently through that category (the lead's decision, test/crisis/pinned.ts) while the data
 * writers' brief called them ordinary, and the model must not learn to drop that reply.
 */
export function trainingExamples(
  rulesRaise: (text: string) => ReadonlySet<CrisisCategory>,
  heldBack: readonly Example[] = developmentExamples("all"),
): Example[] {
  const examples: Example[] = [
    ...signalsOf(truePositives),
    ...[firstHeldOut, secondHeldOut, thirdHeldOut, fourthHeldOut, fifthHeldOut].flatMap((set) => [
      ...signalsOf(set.signals),
      ...ordinary(set.ordinary),
    ]),
    ...heldOutRounds.flatMap(({ number }) => roundExamples(number)),
    ...trainingRounds.flatMap(({ name }) => roundExamples(name)),
    ...[thirdPersonRound, secondThirdPersonRound].flatMap((set) => [
      ...signalsOf(set.signals),
      ...ordinary(set.ordinary),
    ]),
    ...[sixthTuningRound, seventhTuningRound, ownTuningRound].flatMap((set) => [
      ...signalsOf(set.signals),
      ...ordinary(set.ordinary),
    ]),
    ...issueReproductions.map(({ text, category }) => ({ text, label: category, language: "?" as const })),
    ...crisisLanguages.flatMap((language) => ordinary(ordinaryMessages[language], language)),
    ...ordinary([...new Set(mustNotMatch.map(({ text }) => text))]),
    ...[...earlierMisses, ...fifthRoundFamilies].map(([text, label]) => ({
      text,
      label,
      language: "?" as const,
    })),
    ...suicideQuestions.map((text) => ({ text, label: "self-harm" as const, language: "?" as const })),
    ...passportHeld.map((text) => ({ text, label: "travel-pressure" as const, language: "?" as const })),
    { text: "отец меня убьёт если узнает", label: "danger", language: "ru" },
    ...ordinary([
      ...nearFamilies,
      ...idiomsAndTrips,
      ...ordinaryPlans,
      ...foundOutQuestions,
      ...figuresOfSpeech,
      ...numbers,
    ]),
    ...triageChoices(),
    ...writtenForTheModel(),
  ];
  for (const name of faqSets) {
    const set = readPhrasingSet(`${name}.yaml`);
    const texts = [...set.cases.map(({ text }) => text), ...(set.offTopic ?? [])];
    examples.push(...ordinary(texts.filter((text) => rulesRaise(text).size === 0)));
  }
  // Short lines ("ok", "привет") and a few questions were written for both; the set held back (by
  // default the development set) keeps them. A line labelled a signal somewhere is not also taught as ordinary.
  const development = new Set(heldBack.map(({ text }) => normalised(text)));
  const signals = new Set(
    examples.flatMap((example) => (example.label === "ordinary" ? [] : [normalised(example.text)])),
  );
  return examples.filter(({ text, label }) => {
    const key = normalised(text);
    if (development.has(key)) return false;
    if (label !== "ordinary") return true;
    return !signals.has(key) && !(suicideWords.test(text) && rulesRaise(text).has("self-harm"));
  });
}

/** Case, punctuation and spacing apart, as the held-out rounds compare messages (held-out-round.ts). */
const normalised = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** The spent held-out rounds, each written blind by someone else (the third's ordinary messages have no language). */
export const heldOutRounds: {
  number: number;
  round: HeldOutRound;
  byLanguage?: Record<CrisisLanguage, string[]>;
}[] = [
  { number: 3, round: thirdHeldOutRound },
  { number: 4, round: fourthHeldOutRound, byLanguage: fourthRoundOrdinary },
  { number: 5, round: fifthHeldOutRound, byLanguage: fifthRoundOrdinary },
  { number: 6, round: sixthHeldOutRound, byLanguage: sixthRoundOrdinary },
  { number: 7, round: seventhHeldOutRound, byLanguage: seventhRoundOrdinary },
  { number: 8, round: eighthHeldOutRound, byLanguage: eighthRoundOrdinary },
  { number: 9, round: ninthHeldOutRound, byLanguage: ninthRoundOrdinary },
  { number: 10, round: tenthHeldOutRound, byLanguage: tenthRoundOrdinary },
  { number: 11, round: eleventhHeldOutRound, byLanguage: eleventhRoundOrdinary },
  { number: 12, round: twelfthHeldOutRound, byLanguage: twelfthRoundOrdinary },
  { number: 13, round: thirteenthHeldOutRound, byLanguage: thirteenthRoundOrdinary },
  { number: 14, round: fourteenthHeldOutRound, byLanguage: fourteenthRoundOrdinary },
  { number: 15, round: fifteenthHeldOutRound, byLanguage: fifteenthRoundOrdinary },
  { number: 16, round: sixteenthHeldOutRound, byLanguage: sixteenthRoundOrdinary },
  { number: 17, round: seventeenthHeldOutRound, byLanguage: seventeenthRoundOrdinary },
  { number: 18, round: eighteenthHeldOutRound, byLanguage: eighteenthRoundOrdinary },
  { number: 19, round: nineteenthHeldOutRound, byLanguage: nineteenthRoundOrdinary },
  { number: 20, round: twentiethHeldOutRound, byLanguage: twentiethRoundOrdinary },
  { number: 21, round: twentyFirstHeldOutRound, byLanguage: twentyFirstRoundOrdinary },
];

/**
 * Rounds written blind by outsiders in a held-out round's shape, but to be trained on (data/round-*.ts): always in
 * the corpus; rounds.ts --round a leaves one out and scores it as train.ts would.
 */
export const trainingRounds: {
  name: string;
  round: HeldOutRound;
  byLanguage: Record<CrisisLanguage, string[]>;
}[] = [
  { name: "a", round: trainingRoundA, byLanguage: trainingRoundAOrdinary },
  { name: "b", round: trainingRoundB, byLanguage: trainingRoundBOrdinary },
  { name: "c", round: trainingRoundC, byLanguage: trainingRoundCOrdinary },
  { name: "d", round: trainingRoundD, byLanguage: trainingRoundDOrdinary },
  { name: "e", round: trainingRoundE, byLanguage: trainingRoundEOrdinary },
  { name: "f", round: trainingRoundF, byLanguage: trainingRoundFOrdinary },
  { name: "g", round: trainingRoundG, byLanguage: trainingRoundGOrdinary },
];

/** One held-out (by number) or training round's messages, or those at odd or even positions. */
export function roundExamples(number: number | string, half: "odd" | "even" | "all" = "all"): Example[] {
  const { round, byLanguage } =
    heldOutRounds.find((held) => held.number === number) ??
    trainingRounds.find((training) => training.name === number)!;
  const keep = (index: number) => half === "all" || index % 2 === (half === "odd" ? 1 : 0);
  return [
    ...signalsOf(round.signals, keep),
    ...(byLanguage
      ? crisisLanguages.flatMap((language) =>
          ordinary(
            byLanguage[language].filter((_, index) => keep(index)),
            language,
          ),
        )
      : ordinary(round.ordinary.filter((_, index) => keep(index)))),
  ];
}

/** The fifth and sixth held-out rounds, split by position: odd (thresholds chosen on it) and even (never). */
export function developmentExamples(half: "odd" | "even" | "all"): Example[] {
  return [5, 6].flatMap((number) => roundExamples(number, half));
}
