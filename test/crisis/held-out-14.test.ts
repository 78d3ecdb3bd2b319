// The fourteenth held-out round (held-out-14.ts): the detector's figures on messages nobody tuned on, by
// language and category, and its shape (held-out-round.ts). Written before this round's tuning.

import * as roundC from "../../scripts/crisis-model/data/round-c.ts";
import * as roundD from "../../scripts/crisis-model/data/round-d.ts";
import * as roundE from "../../scripts/crisis-model/data/round-e.ts";
import * as roundF from "../../scripts/crisis-model/data/round-f.ts";
import { SETS_THROUGH_ROUND_13 } from "./earlier-sets.ts";
import { fourteenthHeldOutRound, fourteenthRoundOrdinary } from "./held-out-14.ts";
import { describeHeldOutRound } from "./held-out-round.ts";

describeHeldOutRound({
  name: "fourteenth",
  number: 14,
  round: fourteenthHeldOutRound,
  ordinaryByLanguage: fourteenthRoundOrdinary,
  // Every earlier set and the crisis model's training data, the training rounds a to f included.
  earlierSets: [...SETS_THROUGH_ROUND_13, roundC, roundD, roundE, roundF],
  // No floor yet: describeHeldOutRound requires one, so it holds zeros until the figures measured after this
  // round's tuning replace them (the lead fills held-out-14.ts's "Before figures" line first).
  floor: {
    measured: "nowhere yet (zeros until this round's tuning is measured)",
    found: { "self-harm": 0, danger: 0, violence: 0, "travel-pressure": 0 },
    falsePositives: 1_000_000,
  },
});
