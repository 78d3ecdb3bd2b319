// The eleventh held-out round (held-out-11.ts): the detector's figures on messages nobody tuned on, by
// language and category, and its shape (held-out-round.ts). Written before this round's tuning; the figures
// measured once before it are the floor: a change that loses a signal or raises one more ordinary message fails.

import { SETS_BEFORE_ROUND_7 } from "./earlier-sets.ts";
import * as seventhRound from "./held-out-7.ts";
import * as eighthRound from "./held-out-8.ts";
import * as ninthRound from "./held-out-9.ts";
import * as tenthRound from "./held-out-10.ts";
import { eleventhHeldOutRound, eleventhRoundOrdinary } from "./held-out-11.ts";
import { describeHeldOutRound } from "./held-out-round.ts";

describeHeldOutRound({
  name: "eleventh",
  number: 11,
  round: eleventhHeldOutRound,
  ordinaryByLanguage: eleventhRoundOrdinary,
  // Every earlier set and the crisis model's training data: it must not hold these messages.
  earlierSets: [...SETS_BEFORE_ROUND_7, seventhRound, eighthRound, ninthRound, tenthRound],
  // Measured once before this round's tuning on main 9a48fc8 at 15:44 UTC (held-out-11.ts's header): recall
  // 446/528 (84.5%), of 666 ordinary messages 16 (2.4%).
  floor: {
    measured: "before this round's tuning",
    found: { "self-harm": 108, danger: 115, violence: 108, "travel-pressure": 115 },
    falsePositives: 16,
  },
});
