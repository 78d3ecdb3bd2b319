// The sixteenth held-out round (held-out-16.ts): the detector's figures on messages nobody tuned on, by
// language and category, and its shape (held-out-round.ts). Written before this round's tuning.

import * as roundH from "../../scripts/crisis-model/data/round-h.ts";
import { SETS_THROUGH_ROUND_15 } from "./earlier-sets.ts";
import { sixteenthHeldOutRound, sixteenthRoundOrdinary } from "./held-out-16.ts";
import { describeHeldOutRound } from "./held-out-round.ts";

describeHeldOutRound({
  name: "sixteenth",
  number: 16,
  round: sixteenthHeldOutRound,
  ordinaryByLanguage: sixteenthRoundOrdinary,
  // Every earlier set and the crisis model's training data, training round H included.
  earlierSets: [...SETS_THROUGH_ROUND_15, roundH],
  // Measured when it was written (2026-12-07, 03:47 UTC, main 848761f, before this round's tuning): recall 463/528
  // (87.7%), of 740 ordinary messages 9 (1.2%).
  floor: {
    measured: "when it was written",
    found: { "self-harm": 105, danger: 114, violence: 122, "travel-pressure": 122 },
    falsePositives: 9,
  },
});
