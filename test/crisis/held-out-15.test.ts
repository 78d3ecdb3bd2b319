// The fifteenth held-out round (held-out-15.ts): the detector's figures on messages nobody tuned on, by
// language and category, and its shape (held-out-round.ts). Written before this round's tuning.

import * as roundG from "../../scripts/crisis-model/data/round-g.ts";
import { SETS_THROUGH_ROUND_14 } from "./earlier-sets.ts";
import { fifteenthHeldOutRound, fifteenthRoundOrdinary } from "./held-out-15.ts";
import { describeHeldOutRound } from "./held-out-round.ts";

describeHeldOutRound({
  name: "fifteenth",
  number: 15,
  round: fifteenthHeldOutRound,
  ordinaryByLanguage: fifteenthRoundOrdinary,
  // Every earlier set and the crisis model's training data, training round G included.
  earlierSets: [...SETS_THROUGH_ROUND_14, roundG],
  // What the test printed when its writer ran it once the collisions were rewritten (2026-12-07 00:50 UTC, main
  // 32a0665, before this round's tuning); the lead replaces it with the figures it measures.
  floor: {
    measured: "when it was written",
    found: { "self-harm": 116, danger: 122, violence: 121, "travel-pressure": 114 },
    falsePositives: 7,
  },
});
