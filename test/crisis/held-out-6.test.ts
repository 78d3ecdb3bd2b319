// The sixth held-out round (held-out-6.ts): the detector's figures on messages nobody tuned on, by
// language and category, and its shape (held-out-round.ts). Spent: with the fifth it is the crisis model's
// development set. The figures with the model in use are the floor: a change that loses a signal or raises one
// more ordinary message fails.

import * as thirdRound from "./held-out-3.ts";
import * as fourthRound from "./held-out-4.ts";
import * as fifthRound from "./held-out-5.ts";
import { sixthHeldOutRound, sixthRoundOrdinary } from "./held-out-6.ts";
import { describeHeldOutRound } from "./held-out-round.ts";
import * as earlierMessages from "./messages.ts";
import * as thirdPerson from "./third-person.ts";
import * as sixthTuning from "./tuning-6.ts";
import * as seventhTuning from "./tuning-7.ts";

describeHeldOutRound({
  name: "sixth",
  number: 6,
  round: sixthHeldOutRound,
  ordinaryByLanguage: sixthRoundOrdinary,
  earlierSets: [
    thirdRound,
    fourthRound,
    fifthRound,
    earlierMessages,
    thirdPerson,
    sixthTuning,
    seventhTuning,
  ],
  // The detector with the model in use (scenarios/crisis/model.json, whose thresholds were chosen on this round's
  // and the fifth's odd halves: see src/crisis/README.md): self-harm 40 → 71, danger 63 → 68, violence 35 → 59,
  // travel-pressure 70 → 81 of 96 each; ordinary messages raised 29 → 21 of 619. Before: the rules alone, measured
  // once on main 8b7c7e8 (held-out-6.ts's header). Retrained with held-out-7 and negation features (crisistune):
  // 74, 75, 61, 85 and 16 raised (scripts/crisis-model/rounds.ts judged that change).
  floor: {
    measured: "with the model in use",
    found: { "self-harm": 74, danger: 75, violence: 61, "travel-pressure": 85 },
    // Figures of speech excluded as classes (crisisfp): 16 -> 13 raised, recall unchanged.
    falsePositives: 13,
  },
});
