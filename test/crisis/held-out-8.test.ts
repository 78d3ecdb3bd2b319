// The eighth held-out round (held-out-8.ts): the detector's figures on messages nobody tuned on, by
// language and category, and its shape (held-out-round.ts). Written before this round's tuning; the figures
// measured once after it are the floor: a change that loses a signal or raises one more ordinary message fails.
// Spent since the ninth round (held-out-9.ts) was written: it may be read and tuned on now.

import { SETS_BEFORE_ROUND_7 } from "./earlier-sets.ts";
import * as seventhRound from "./held-out-7.ts";
import { eighthHeldOutRound, eighthRoundOrdinary } from "./held-out-8.ts";
import { describeHeldOutRound } from "./held-out-round.ts";

describeHeldOutRound({
  name: "eighth",
  number: 8,
  round: eighthHeldOutRound,
  ordinaryByLanguage: eighthRoundOrdinary,
  // Every earlier set and the crisis model's training data: it must not hold these messages.
  earlierSets: [...SETS_BEFORE_ROUND_7, seventhRound],
  // Measured once after this round's tuning on main 93783f5 (held-out-8.ts's header): recall 427/528 (80.9%),
  // of 655 ordinary messages 13 (2.0%), then 12 (1.8%) after the rules' figures of speech (main 3b1c102); before
  // this round's tuning, 405/528 (76.7%) and 10 (1.5%).
  floor: {
    measured: "after this round's tuning",
    found: { "self-harm": 103, danger: 118, violence: 97, "travel-pressure": 109 },
    falsePositives: 12,
  },
});
