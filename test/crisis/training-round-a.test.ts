// Training round A (scripts/crisis-model/data/round-a.ts), written to be trained on: its shape (as every held-out
// round's, held-out-round.ts), and that none of its messages is in a set written before it, the crisis model's
// corpus or any held-out round, the twelfth (blind) one included. The twelfth round is only compared with here:
// a collision prints this round's message, never its. It never scores the detector.
import { describe } from "vitest";
import { trainingRoundA, trainingRoundAOrdinary } from "../../scripts/crisis-model/data/round-a.ts";
import { SETS_THROUGH_ROUND_12 } from "./earlier-sets.ts";
import { describeRoundShape } from "./held-out-round.ts";

describe("training round A", () => {
  describeRoundShape({
    round: trainingRoundA,
    ordinaryByLanguage: trainingRoundAOrdinary,
    earlierSets: [...SETS_THROUGH_ROUND_12],
  });
});
