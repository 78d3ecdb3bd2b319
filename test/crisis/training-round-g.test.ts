// Training round G (scripts/crisis-model/data/round-g.ts), written to be trained on: its shape (as every held-out
// round's, held-out-round.ts), and that none of its messages is in a set written before it, the crisis model's
// corpus, training rounds A to F or any held-out round up to the fourteenth (blind: a collision prints this round's
// message only, never the other set's). It never scores the detector.
import { describe } from "vitest";
import { trainingRoundG, trainingRoundGOrdinary } from "../../scripts/crisis-model/data/round-g.ts";
import { SETS_THROUGH_ROUND_14 } from "./earlier-sets.ts";
import { describeRoundShape } from "./held-out-round.ts";

describe("training round G", () => {
  describeRoundShape({
    round: trainingRoundG,
    ordinaryByLanguage: trainingRoundGOrdinary,
    earlierSets: [...SETS_THROUGH_ROUND_14],
  });
});
