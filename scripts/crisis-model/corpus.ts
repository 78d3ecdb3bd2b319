// The labelled messages the crisis model learns from, and the development set it is judged on.
// Fixed before any training: the development set is the fifth held-out round (test/crisis/held-out-5.ts),
// never trained on; its odd-numbered messages (per language and category, and among the ordinary
// ones) choose the thresholds, its even-numbered ones are the figures nothing was chosen on.
// Everything else is spent and trained on: every earlier round, the tuning rounds, and, as ordinary
// messages, the knowledge base's phrasing sets (questions about travel, study, faith, the service).
// Never add test/crisis/held-out-6* or test/knowledge/held-out-3*: they are blind rounds.
// Never add test/crisis/held-out-7* or test/knowledge/held-out-4* either: they are this round's blind sets.
import { type CrisisCategory, crisisCategories } from "../../src/crisis/categories.ts";
import { type CrisisLanguage, crisisLanguages } from "../../src/crisis/phrases.ts";
import { thirdHeldOutRound } from "../../test/crisis/held-out-3.ts";
import { fourthHeldOutRound } from "../../test/crisis/held-out-4.ts";
import { fifthHeldOutRound, fifthRoundOrdinary } from "../../test/crisis/held-out-5.ts";
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

/** The knowledge base's labelled phrasing sets that are spent (never held-out-3, which is blind). */
const faqSets = ["eval-set", "held-out", "tuning-2", "dev-2", "held-out-2"];

/** Every spent labelled message; FAQ phrasings that raise a rule are left out (they may be real signals). */
export function trainingExamples(raisesRule: (text: string) => boolean): Example[] {
  const examples: Example[] = [
    ...signalsOf(truePositives),
    ...[firstHeldOut, secondHeldOut, thirdHeldOut, fourthHeldOut, fifthHeldOut].flatMap((set) => [
      ...signalsOf(set.signals),
      ...ordinary(set.ordinary),
    ]),
    ...[thirdHeldOutRound, fourthHeldOutRound, thirdPersonRound, secondThirdPersonRound].flatMap((set) => [
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
    ...ordinary([...nearFamilies, ...idiomsAndTrips, ...ordinaryPlans]),
  ];
  for (const name of faqSets) {
    const set = readPhrasingSet(`${name}.yaml`);
    const texts = [...set.cases.map(({ text }) => text), ...(set.offTopic ?? [])];
    examples.push(...ordinary(texts.filter((text) => !raisesRule(text))));
  }
  return examples;
}

/** The fifth held-out round, split by position: odd (thresholds chosen on it) and even (never). */
export function developmentExamples(half: "odd" | "even" | "all"): Example[] {
  const keep = (index: number) => half === "all" || index % 2 === (half === "odd" ? 1 : 0);
  const examples = signalsOf(fifthHeldOutRound.signals, keep);
  for (const language of crisisLanguages)
    fifthRoundOrdinary[language].forEach((text, index) => {
      if (keep(index)) examples.push({ text, label: "ordinary", language });
    });
  return examples;
}
