// Training round B (scripts/crisis-model/data/round-b.ts), written to be trained on: its shape (as every held-out
// round's, held-out-round.ts), and that none of its messages is in a set written before it, the crisis model's
// corpus or any held-out round, the twelfth (blind) one included. The twelfth round is only compared with here:
// a collision prints this round's message, never its. It never scores the detector.
import { describe } from "vitest";
import * as roundA from "../../scripts/crisis-model/data/round-a.ts";
import { trainingRoundB, trainingRoundBOrdinary } from "../../scripts/crisis-model/data/round-b.ts";
import { SETS_THROUGH_ROUND_12 } from "./earlier-sets.ts";
import { describeRoundShape } from "./held-out-round.ts";

describe("training round B", () => {
  describeRoundShape({
    round: trainingRoundB,
    ordinaryByLanguage: trainingRoundBOrdinary,
    earlierSets: [...SETS_THROUGH_ROUND_12, roundA],
  });
});
