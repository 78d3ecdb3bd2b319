// The fifth held-out round (held-out-5.ts), spent: the detector's figures on it by language and category,
// and its shape (held-out-round.ts). With the sixth it is the crisis model's development set. The figures with
// the model in use are the floor: a change that loses a signal or raises one more ordinary message fails.

import * as thirdRound from "./held-out-3.ts";
import * as fourthRound from "./held-out-4.ts";
import { fifthHeldOutRound, fifthRoundOrdinary } from "./held-out-5.ts";
import { describeHeldOutRound } from "./held-out-round.ts";
import * as earlierMessages from "./messages.ts";
import * as thirdPerson from "./third-person.ts";

describeHeldOutRound({
  name: "fifth",
  number: 5,
  round: fifthHeldOutRound,
  ordinaryByLanguage: fifthRoundOrdinary,
  earlierSets: [thirdRound, fourthRound, earlierMessages, thirdPerson],
  // The detector with the model in use (scenarios/crisis/model.json, whose thresholds were chosen on this round's
  // and the sixth's odd halves: see src/crisis/README.md), measured with `npx tsx scripts/crisis-model/train.ts`'s
  // model: self-harm 54 → 79, danger 61 → 78, violence 43 → 72, travel-pressure 45 → 72 of 96 each; ordinary
  // messages raised 31 → 21 of 642. Before that, the rules alone as measured on main d852df5 after this round's
  // tuning (and 44, 41, 27, 38, 38 false positives before it). Retrained with held-out-7 and negation features
  // (crisistune): 79, 82, 73, 73 and 24 raised; the leave-one-round-out figures (scripts/crisis-model/rounds.ts)
  // are what judged that change, this round being half of the set the thresholds are chosen on.
  floor: {
    measured: "with the model in use",
    found: { "self-harm": 80, danger: 82, violence: 73, "travel-pressure": 73 },
    // Figures of speech excluded as classes (crisisfp): 24 -> 13 raised, recall unchanged.
    falsePositives: 13,
  },
});
