// A tuning round's measurement for the crisis detector, for whoever tunes it next: every tuning
// set at once, split into the part tuned on and a development part held back. The development
// part is the odd-numbered half of held-out-4 (written by someone else, like an unseen round): its
// figures are printed, never its messages, so that a change shows whether it generalises.
//   npx tsx scripts/eval/crisis-tuning.ts             figures of both parts
//   npx tsx scripts/eval/crisis-tuning.ts --misses    and every miss and false positive of the tuned part
// Figures of the fifth tuning round (crisis-tune, 2026-12-06), development half of held-out-4:
//   patterns only (before):       recall 102/181 = 56.4%, false positives 12/320 = 3.8%
//   with the concept rules:       recall 124/181 = 68.5%, false positives 9/320 = 2.8%
// tuning-7.ts measured once before it was tuned on (a fresh check written by the tuner):
//   recall 74/120 = 61.7% (self-harm 18/30, danger 21/30, violence 14/30, travel-pressure 21/30),
//   ordinary messages raised 14/60 (hard negatives written close to the signals)
import { type CrisisCategory, crisisCategories } from "../../src/crisis/categories.ts";
import { type CrisisLanguage, crisisLanguages } from "../../src/crisis/phrases.ts";
import { thirdHeldOutRound } from "../../test/crisis/held-out-3.ts";
import { fourthHeldOutRound, fourthRoundOrdinary } from "../../test/crisis/held-out-4.ts";
import {
  fifthHeldOut,
  firstHeldOut,
  fourthHeldOut,
  ordinaryMessages,
  secondHeldOut,
  thirdHeldOut,
  truePositives,
} from "../../test/crisis/messages.ts";
import {
  issueReproductions,
  secondThirdPersonRound,
  thirdPersonRound,
} from "../../test/crisis/third-person.ts";
import { sixthTuningRound } from "../../test/crisis/tuning-6.ts";
import { seventhTuningRound } from "../../test/crisis/tuning-7.ts";
import { testContent } from "../../test/support/content.ts";

type Signals = Record<CrisisLanguage, Record<CrisisCategory, string[]>>;
interface Part {
  signals: { language: CrisisLanguage | "?"; category: CrisisCategory; text: string }[];
  ordinary: { language: CrisisLanguage | "?"; text: string }[];
}

const tuned: Part = { signals: [], ordinary: [] };
const development: Part = { signals: [], ordinary: [] };

function addSignals(part: Part, signals: Signals, keep: (index: number) => boolean = () => true): void {
  for (const language of crisisLanguages)
    for (const category of crisisCategories)
      signals[language][category].forEach((text, index) => {
        if (keep(index)) part.signals.push({ language, category, text });
      });
}
const even = (index: number) => index % 2 === 0;
const odd = (index: number) => index % 2 === 1;

for (const set of [
  truePositives,
  firstHeldOut.signals,
  secondHeldOut.signals,
  thirdHeldOut.signals,
  fourthHeldOut.signals,
  fifthHeldOut.signals,
  thirdHeldOutRound.signals,
  thirdPersonRound.signals,
  secondThirdPersonRound.signals,
  sixthTuningRound.signals,
  seventhTuningRound.signals,
])
  addSignals(tuned, set);
for (const { text, category } of issueReproductions) tuned.signals.push({ language: "?", category, text });
for (const language of crisisLanguages)
  for (const text of ordinaryMessages[language]) tuned.ordinary.push({ language, text });
for (const set of [firstHeldOut, secondHeldOut, thirdHeldOut, fourthHeldOut, fifthHeldOut, thirdHeldOutRound])
  for (const text of set.ordinary) tuned.ordinary.push({ language: "?", text });
for (const set of [thirdPersonRound, secondThirdPersonRound, sixthTuningRound, seventhTuningRound])
  for (const text of set.ordinary) tuned.ordinary.push({ language: "?", text });
addSignals(tuned, fourthHeldOutRound.signals, even);
addSignals(development, fourthHeldOutRound.signals, odd);
for (const language of crisisLanguages)
  fourthRoundOrdinary[language].forEach((text, index) => {
    (even(index) ? tuned : development).ordinary.push({ language, text });
  });

const { detector } = testContent().crisis;
const percent = (part: number, whole: number) => `${((100 * part) / Math.max(whole, 1)).toFixed(1)}%`;

function report(name: string, part: Part, showMisses: boolean): void {
  const count = new Map<string, [number, number]>();
  const bump = (key: string, hit: boolean) => {
    const value = count.get(key) ?? [0, 0];
    value[0] += hit ? 1 : 0;
    value[1]++;
    count.set(key, value);
  };
  const misses: string[] = [];
  for (const { language, category, text } of part.signals) {
    const raised = detector.detect(text).map((match) => match.category);
    const hit = raised.includes(category);
    bump("all", hit);
    bump(category, hit);
    bump(`${language} ${category}`, hit);
    if (!hit)
      misses.push(`missed ${language} ${category}: ${text}${raised.length ? ` (raised ${raised})` : ""}`);
  }
  const raisedOrdinary: string[] = [];
  const fpByLanguage = new Map<string, [number, number]>();
  for (const { language, text } of part.ordinary) {
    const matches = detector.detect(text);
    const value = fpByLanguage.get(language) ?? [0, 0];
    value[1]++;
    if (matches.length > 0) {
      value[0]++;
      raisedOrdinary.push(
        `raised ${language}: ${text} -> ${matches.map((m) => `${m.category} "${m.matched}"`)}`,
      );
    }
    fpByLanguage.set(language, value);
  }
  const line = (key: string) => {
    const [found, total] = count.get(key) ?? [0, 0];
    return `${key} ${found}/${total} ${percent(found, total)}`;
  };
  console.log(`== ${name}: recall ${line("all")}`);
  console.log(`  ${crisisCategories.map(line).join(" | ")}`);
  for (const language of [...crisisLanguages, "?"])
    console.log(`  ${crisisCategories.map((category) => line(`${language} ${category}`)).join(" | ")}`);
  const fp = [...fpByLanguage.values()].reduce((a, b) => [a[0] + b[0], a[1] + b[1]], [0, 0]);
  console.log(
    `  false positives ${fp[0]}/${fp[1]} ${percent(fp[0], fp[1])} (${[...fpByLanguage].map(([language, [r, t]]) => `${language} ${r}/${t}`).join(", ")})`,
  );
  if (showMisses) for (const text of [...misses, ...raisedOrdinary]) console.log(text);
}

report("tuned on", tuned, process.argv.includes("--misses"));
report("development (held back)", development, false);
