// The twentieth held-out round (held-out-20.ts): the detector's figures on messages nobody tuned on, by
// language and category, and its shape (held-out-round.ts). Written before this round's tuning.

import { SETS_THROUGH_ROUND_19 } from "./earlier-sets.ts";
import { twentiethHeldOutRound, twentiethRoundOrdinary } from "./held-out-20.ts";
import { describeHeldOutRound } from "./held-out-round.ts";

describeHeldOutRound({
  name: "twentieth",
  number: 20,
  round: twentiethHeldOutRound,
  ordinaryByLanguage: twentiethRoundOrdinary,
  // Every earlier set and the crisis model's training data, round 19 included.
  earlierSets: SETS_THROUGH_ROUND_19,
  // Measured when it was written (main 5a1bec7) and by the lead before this round's tuning (main 4cb3108, the same
  // figures): recall 462/528 (87.5%), of 840 ordinary messages 35 (4.2%); once after it (main 62543fa: round 19
  // spent and trained on, the model's violence threshold refitted from 0.25 to 2.75 on spent rounds): 457/528
  // (86.6%; self-harm 118 -> 119, danger 114 -> 112, violence 121 -> 114, travel-pressure 109 -> 112), 35 raised,
  // the floor. Never tuned on; its losses are kept as measured.
  floor: {
    measured: "after this round's tuning",
    found: { "self-harm": 119, danger: 112, violence: 114, "travel-pressure": 112 },
    falsePositives: 35,
  },
});
