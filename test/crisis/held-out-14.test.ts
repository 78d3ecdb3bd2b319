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
  // Measured once before this round's tuning on main bf7d01d (held-out-14.ts's header): recall 465/528 (88.1%),
  // of 705 ordinary messages 20 (2.8%): the floor until the figures measured once after this round's tuning.
  floor: {
    measured: "before this round's tuning",
    found: { "self-harm": 119, danger: 122, violence: 103, "travel-pressure": 121 },
    falsePositives: 20,
  },
});
