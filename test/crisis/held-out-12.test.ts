// The twelfth held-out round (held-out-12.ts): the detector's figures on messages nobody tuned on, by
// language and category, and its shape (held-out-round.ts). Written before this round's tuning; the figures
// measured once after it are the floor: a change that loses a signal or raises one more ordinary message fails.

import { SETS_BEFORE_ROUND_7 } from "./earlier-sets.ts";
import * as seventhRound from "./held-out-7.ts";
import * as eighthRound from "./held-out-8.ts";
import * as ninthRound from "./held-out-9.ts";
import * as tenthRound from "./held-out-10.ts";
import * as eleventhRound from "./held-out-11.ts";
import { twelfthHeldOutRound, twelfthRoundOrdinary } from "./held-out-12.ts";
import { describeHeldOutRound } from "./held-out-round.ts";

describeHeldOutRound({
  name: "twelfth",
  number: 12,
  round: twelfthHeldOutRound,
  ordinaryByLanguage: twelfthRoundOrdinary,
  // Every earlier set and the crisis model's training data: it must not hold these messages.
  earlierSets: [...SETS_BEFORE_ROUND_7, seventhRound, eighthRound, ninthRound, tenthRound, eleventhRound],
  // Measured after this round's tuning on main 3be775d at 18:05 UTC (held-out-12.ts's header): recall
  // 473/528 (89.6%), of 661 ordinary messages 13 (2.0%); before it 446/528 (84.5%) and 17 (2.6%). The floor is
  // the third measurement, after the questions about being found out were pinned (18:16 UTC): 477 and 16.
  floor: {
    measured: "after this round's tuning",
    found: { "self-harm": 115, danger: 120, violence: 119, "travel-pressure": 123 },
    falsePositives: 16,
  },
});
