// Training round A (scripts/crisis-model/data/round-a.ts), written to be trained on: its shape (as every held-out
// round's, held-out-round.ts), and that none of its messages is in a set written before it, the crisis model's
// corpus or any held-out round, the twelfth (blind) one included. The twelfth round is only compared with here:
// a collision prints this round's message, never its. It never scores the detector.
import { describe } from "vitest";
import * as enCorpus from "../../scripts/crisis-model/data/en.ts";
import * as kkCorpus from "../../scripts/crisis-model/data/kk.ts";
import { trainingRoundA, trainingRoundAOrdinary } from "../../scripts/crisis-model/data/round-a.ts";
import * as ruCorpus from "../../scripts/crisis-model/data/ru.ts";
import { SETS_BEFORE_ROUND_7 } from "./earlier-sets.ts";
import * as seventhRound from "./held-out-7.ts";
import * as eighthRound from "./held-out-8.ts";
import * as ninthRound from "./held-out-9.ts";
import * as tenthRound from "./held-out-10.ts";
import * as eleventhRound from "./held-out-11.ts";
import * as twelfthRound from "./held-out-12.ts";
import { describeRoundShape } from "./held-out-round.ts";

describe("training round A", () => {
  describeRoundShape({
    round: trainingRoundA,
    ordinaryByLanguage: trainingRoundAOrdinary,
    earlierSets: [
      ...SETS_BEFORE_ROUND_7,
      kkCorpus,
      ruCorpus,
      enCorpus,
      seventhRound,
      eighthRound,
      ninthRound,
      tenthRound,
      eleventhRound,
      twelfthRound,
    ],
  });
});
