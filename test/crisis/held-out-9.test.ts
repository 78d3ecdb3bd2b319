// The ninth held-out round (held-out-9.ts): the detector's figures on messages nobody tuned on, by
// language and category, and its shape (held-out-round.ts). Written before this round's tuning; the figures
// measured once before it are the floor: a change that loses a signal or raises one more ordinary message fails.

import { SETS_BEFORE_ROUND_7 } from "./earlier-sets.ts";
import * as seventhRound from "./held-out-7.ts";
import * as eighthRound from "./held-out-8.ts";
import { ninthHeldOutRound, ninthRoundOrdinary } from "./held-out-9.ts";
import { describeHeldOutRound } from "./held-out-round.ts";

describeHeldOutRound({
  name: "ninth",
  number: 9,
  round: ninthHeldOutRound,
  ordinaryByLanguage: ninthRoundOrdinary,
  // Every earlier set and the crisis model's training data: it must not hold these messages.
  earlierSets: [...SETS_BEFORE_ROUND_7, seventhRound, eighthRound],
  // Measured once before this round's tuning on main 1573d38 at 14:16 UTC (held-out-9.ts's header): recall
  // 437/528 (82.8%), of 649 ordinary messages 2 (0.3%).
  floor: {
    measured: "before this round's tuning",
    found: { "self-harm": 102, danger: 121, violence: 98, "travel-pressure": 116 },
    falsePositives: 2,
  },
});
