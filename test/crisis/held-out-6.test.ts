// The sixth held-out round (held-out-6.ts): the detector's figures on messages nobody tuned on, by
// language and category, and its shape (held-out-round.ts). The detector in use was not changed by this
// round, so the figures measured before its tuning are the floor: a change that loses a signal or raises
// one more ordinary message fails.

import * as thirdRound from "./held-out-3.ts";
import * as fourthRound from "./held-out-4.ts";
import * as fifthRound from "./held-out-5.ts";
import { sixthHeldOutRound, sixthRoundOrdinary } from "./held-out-6.ts";
import { describeHeldOutRound } from "./held-out-round.ts";
import * as earlierMessages from "./messages.ts";
import * as thirdPerson from "./third-person.ts";
import * as sixthTuning from "./tuning-6.ts";
import * as seventhTuning from "./tuning-7.ts";

describeHeldOutRound({
  name: "sixth",
  number: 6,
  round: sixthHeldOutRound,
  ordinaryByLanguage: sixthRoundOrdinary,
  earlierSets: [
    thirdRound,
    fourthRound,
    fifthRound,
    earlierMessages,
    thirdPerson,
    sixthTuning,
    seventhTuning,
  ],
  // Measured once on main 8b7c7e8 (held-out-6.ts's header); of 619 ordinary messages 29 (4.7%).
  floor: {
    measured: "before this round's tuning",
    found: { "self-harm": 40, danger: 63, violence: 35, "travel-pressure": 70 },
    falsePositives: 29,
  },
});
