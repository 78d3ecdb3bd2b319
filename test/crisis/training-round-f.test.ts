// Training round F (scripts/crisis-model/data/round-f.ts), written to be trained on: its shape (as every held-out
// round's, held-out-round.ts), and that none of its messages is in a set written before it, the crisis model's
// corpus, training rounds A to E or any held-out round, the thirteenth (blind) one included. The thirteenth
// round is only compared with here: a collision prints this round's message, never its. It never scores the detector.
import { describe } from "vitest";
import * as roundC from "../../scripts/crisis-model/data/round-c.ts";
import * as roundD from "../../scripts/crisis-model/data/round-d.ts";
import * as roundE from "../../scripts/crisis-model/data/round-e.ts";
import { trainingRoundF, trainingRoundFOrdinary } from "../../scripts/crisis-model/data/round-f.ts";
import { SETS_THROUGH_ROUND_13 } from "./earlier-sets.ts";
import { describeRoundShape } from "./held-out-round.ts";

describe("training round F", () => {
  describeRoundShape({
    round: trainingRoundF,
    ordinaryByLanguage: trainingRoundFOrdinary,
    earlierSets: [...SETS_THROUGH_ROUND_13, roundC, roundD, roundE],
  });
});
