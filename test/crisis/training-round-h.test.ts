// Training round H (scripts/crisis-model/data/round-h.ts), written to be trained on: its shape (as every held-out
// round's, held-out-round.ts), and that none of its messages is in a set written before it, the crisis model's
// corpus, training rounds A to G or any held-out round up to the fifteenth (blind: a collision prints this round's
// message only, never the other set's). It never scores the detector.
import { describe } from "vitest";
import { trainingRoundH, trainingRoundHOrdinary } from "../../scripts/crisis-model/data/round-h.ts";
import { SETS_THROUGH_ROUND_15 } from "./earlier-sets.ts";
import { describeRoundShape } from "./held-out-round.ts";

describe("training round H", () => {
  describeRoundShape({
    round: trainingRoundH,
    ordinaryByLanguage: trainingRoundHOrdinary,
    // Training round G is in SETS_THROUGH_ROUND_15 already.
    earlierSets: [...SETS_THROUGH_ROUND_15],
  });
});
