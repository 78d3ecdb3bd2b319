// The eighteenth held-out round (held-out-18.ts): the detector's figures on messages nobody tuned on, by
// language and category, and its shape (held-out-round.ts). Written before this round's tuning.

import { SETS_THROUGH_ROUND_17 } from "./earlier-sets.ts";
import { eighteenthHeldOutRound, eighteenthRoundOrdinary } from "./held-out-18.ts";
import { describeHeldOutRound } from "./held-out-round.ts";

describeHeldOutRound({
  name: "eighteenth",
  number: 18,
  round: eighteenthHeldOutRound,
  ordinaryByLanguage: eighteenthRoundOrdinary,
  // Every earlier set and the crisis model's training data, round 17 included.
  earlierSets: SETS_THROUGH_ROUND_17,
  // Measured when it was written (main 012d755): recall 490/528 (92.8%), of 763 ordinary messages 16 (2.1%).
  // Never tuned on; its losses are kept as measured.
  floor: {
    measured: "when it was written",
    found: { "self-harm": 121, danger: 126, violence: 122, "travel-pressure": 121 },
    falsePositives: 16,
  },
});
