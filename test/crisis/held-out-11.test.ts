// The eleventh held-out round (held-out-11.ts): the detector's figures on messages nobody tuned on, by
// language and category, and its shape (held-out-round.ts). Written before this round's tuning; the figures
// measured once after it are the floor: a change that loses a signal or raises one more ordinary message fails.

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
  // Measured once after this round's tuning on main 8044fab at 16:03 UTC (held-out-11.ts's header): recall
  // 461/528 (87.3%), of 666 ordinary messages 12 (1.8%); before it 446/528 (84.5%) and 16 (2.4%).
  floor: {
    measured: "after this round's tuning",
    found: { "self-harm": 111, danger: 119, violence: 111, "travel-pressure": 120 },
    falsePositives: 12,
  },
});
