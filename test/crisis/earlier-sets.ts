// Every labelled crisis set written before the seventh held-out round, and the crisis model's training data:
// a held-out round from the seventh on must hold none of their messages (held-out-round.ts checks it).
import * as trainingData from "../../scripts/crisis-model/data/training-set.ts";
import * as thirdRound from "./held-out-3.ts";
import * as fourthRound from "./held-out-4.ts";
import * as fifthRound from "./held-out-5.ts";
import * as sixthRound from "./held-out-6.ts";
import * as earlierMessages from "./messages.ts";
import * as pinned from "./pinned.ts";
import * as thirdPerson from "./third-person.ts";
import * as sixthTuning from "./tuning-6.ts";
import * as seventhTuning from "./tuning-7.ts";
import * as eighthTuning from "./tuning-8.ts";

export const SETS_BEFORE_ROUND_7: unknown[] = [
  thirdRound,
  fourthRound,
  fifthRound,
  sixthRound,
  earlierMessages,
  pinned,
  thirdPerson,
  sixthTuning,
  seventhTuning,
  eighthTuning,
  trainingData,
];
