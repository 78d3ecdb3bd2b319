// The fifth held-out round (held-out-5.ts), spent: the detector's figures on it by language and category,
// and its shape (held-out-round.ts). The figures measured after its round's tuning are the floor: a change
// that loses a signal or raises one more ordinary message fails.

import * as thirdRound from "./held-out-3.ts";
import * as fourthRound from "./held-out-4.ts";
import { fifthHeldOutRound, fifthRoundOrdinary } from "./held-out-5.ts";
import { describeHeldOutRound } from "./held-out-round.ts";
import * as earlierMessages from "./messages.ts";
import * as thirdPerson from "./third-person.ts";

describeHeldOutRound({
  name: "fifth",
  number: 5,
  round: fifthHeldOutRound,
  ordinaryByLanguage: fifthRoundOrdinary,
  earlierSets: [thirdRound, fourthRound, earlierMessages, thirdPerson],
  // Measured once on main d852df5 (held-out-5.ts's header); before that round's tuning: 44, 41, 27, 38 and
  // 38 false positives. Of 642 ordinary messages 31 (4.8%).
  floor: {
    measured: "after this round's tuning",
    found: { "self-harm": 54, danger: 61, violence: 43, "travel-pressure": 45 },
    falsePositives: 31,
  },
});
