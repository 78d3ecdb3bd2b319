// The eighth held-out round (held-out-8.ts): the detector's figures on messages nobody tuned on, by
// language and category, and its shape (held-out-round.ts). Written before this round's tuning; the figures
// measured then are the floor until the lead measures after it: a change that loses a signal or raises one
// more ordinary message fails.

import * as trainingData from "../../scripts/crisis-model/data/training-set.ts";
import * as thirdRound from "./held-out-3.ts";
import * as fourthRound from "./held-out-4.ts";
import * as fifthRound from "./held-out-5.ts";
import * as sixthRound from "./held-out-6.ts";
import * as seventhRound from "./held-out-7.ts";
import { eighthHeldOutRound, eighthRoundOrdinary } from "./held-out-8.ts";
import { describeHeldOutRound } from "./held-out-round.ts";
import * as earlierMessages from "./messages.ts";
import * as pinned from "./pinned.ts";
import * as thirdPerson from "./third-person.ts";
import * as sixthTuning from "./tuning-6.ts";
import * as seventhTuning from "./tuning-7.ts";
import * as eighthTuning from "./tuning-8.ts";

describeHeldOutRound({
  name: "eighth",
  number: 8,
  round: eighthHeldOutRound,
  ordinaryByLanguage: eighthRoundOrdinary,
  earlierSets: [
    thirdRound,
    fourthRound,
    fifthRound,
    sixthRound,
    seventhRound,
    earlierMessages,
    pinned,
    thirdPerson,
    sixthTuning,
    seventhTuning,
    eighthTuning,
    // The crisis model's training data: it must not hold these messages.
    trainingData,
  ],
  // Measured once before this round's tuning on main 7f878f3 (held-out-8.ts's header): recall 405/528 (76.7%),
  // of 655 ordinary messages 10 (1.5%). The lead raises it to the figures measured after the tuning.
  floor: {
    measured: "before this round's tuning",
    found: { "self-harm": 94, danger: 106, violence: 99, "travel-pressure": 106 },
    falsePositives: 10,
  },
});
