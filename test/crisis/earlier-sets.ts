// Every labelled crisis set written before the seventh held-out round, and the crisis model's training data:
// a held-out round from the seventh on must hold none of their messages (held-out-round.ts checks it).
import * as enCorpus from "../../scripts/crisis-model/data/en.ts";
import * as kkCorpus from "../../scripts/crisis-model/data/kk.ts";
import * as trainingRoundA from "../../scripts/crisis-model/data/round-a.ts";
import * as trainingRoundB from "../../scripts/crisis-model/data/round-b.ts";
import * as trainingRoundC from "../../scripts/crisis-model/data/round-c.ts";
import * as trainingRoundD from "../../scripts/crisis-model/data/round-d.ts";
import * as trainingRoundE from "../../scripts/crisis-model/data/round-e.ts";
import * as trainingRoundF from "../../scripts/crisis-model/data/round-f.ts";
import * as trainingRoundG from "../../scripts/crisis-model/data/round-g.ts";
import * as trainingRoundH from "../../scripts/crisis-model/data/round-h.ts";
import * as ruCorpus from "../../scripts/crisis-model/data/ru.ts";
import * as trainingData from "../../scripts/crisis-model/data/training-set.ts";
import * as tunerData from "../../scripts/crisis-model/data/tuner.ts";
import * as thirdRound from "./held-out-3.ts";
import * as fourthRound from "./held-out-4.ts";
import * as fifthRound from "./held-out-5.ts";
import * as sixthRound from "./held-out-6.ts";
import * as seventhRound from "./held-out-7.ts";
import * as eighthRound from "./held-out-8.ts";
import * as ninthRound from "./held-out-9.ts";
import * as tenthRound from "./held-out-10.ts";
import * as eleventhRound from "./held-out-11.ts";
import * as twelfthRound from "./held-out-12.ts";
import * as thirteenthRound from "./held-out-13.ts";
import * as fourteenthRound from "./held-out-14.ts";
import * as fifteenthRound from "./held-out-15.ts";
import * as sixteenthRound from "./held-out-16.ts";
import * as seventeenthRound from "./held-out-17.ts";
import * as eighteenthRound from "./held-out-18.ts";
import * as nineteenthRound from "./held-out-19.ts";
import * as twentiethRound from "./held-out-20.ts";
import * as twentyFirstRound from "./held-out-21.ts";
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

/**
 * Every held-out round up to the twelfth and the crisis model's corpus files: what a round written after the
 * twelfth (the training rounds a and b, the next held-out round with them) must not repeat.
 */
export const SETS_THROUGH_ROUND_12: unknown[] = [
  ...SETS_BEFORE_ROUND_7,
  seventhRound,
  eighthRound,
  ninthRound,
  tenthRound,
  eleventhRound,
  twelfthRound,
  kkCorpus,
  ruCorpus,
  enCorpus,
];

/**
 * Every held-out round up to the thirteenth, the crisis model's corpus files and the training rounds a and b:
 * what a round written after the thirteenth must not repeat.
 */
export const SETS_THROUGH_ROUND_13: unknown[] = [
  ...SETS_THROUGH_ROUND_12,
  trainingRoundA,
  trainingRoundB,
  thirteenthRound,
];

/**
 * Every held-out round up to the fourteenth, the crisis model's corpus files and the training rounds a to f:
 * what a round written after the fourteenth must not repeat.
 */
export const SETS_THROUGH_ROUND_14: unknown[] = [
  ...SETS_THROUGH_ROUND_13,
  trainingRoundC,
  trainingRoundD,
  trainingRoundE,
  trainingRoundF,
  fourteenthRound,
];

/**
 * Every held-out round up to the fifteenth, the crisis model's corpus files and the training rounds a to g:
 * what a round written after the fifteenth must not repeat.
 */
export const SETS_THROUGH_ROUND_15: unknown[] = [...SETS_THROUGH_ROUND_14, trainingRoundG, fifteenthRound];

/**
 * Every held-out round up to the sixteenth, the crisis model's corpus files and the training rounds a to h:
 * what a round written after the sixteenth must not repeat.
 */
export const SETS_THROUGH_ROUND_16: unknown[] = [...SETS_THROUGH_ROUND_15, trainingRoundH, sixteenthRound];

/**
 * Every held-out round up to the seventeenth, the crisis model's corpus files and the training rounds a to h:
 * what a round written after the seventeenth must not repeat.
 */
export const SETS_THROUGH_ROUND_17: unknown[] = [...SETS_THROUGH_ROUND_16, seventeenthRound];

/**
 * Every held-out round up to the eighteenth, the crisis model's corpus files and the training rounds a to h:
 * what a round written after the eighteenth must not repeat.
 */
export const SETS_THROUGH_ROUND_18: unknown[] = [...SETS_THROUGH_ROUND_17, eighteenthRound];

/**
 * Every held-out round up to the nineteenth, the crisis model's corpus files, the training rounds a to h and the
 * tuner's messages: what a round written after the nineteenth must not repeat.
 */
export const SETS_THROUGH_ROUND_19: unknown[] = [...SETS_THROUGH_ROUND_18, tunerData, nineteenthRound];

/**
 * Every held-out round up to the twentieth, the crisis model's corpus files, the training rounds a to h and the
 * tuner's messages: what a round written after the twentieth must not repeat.
 */
export const SETS_THROUGH_ROUND_20: unknown[] = [...SETS_THROUGH_ROUND_19, twentiethRound];

/**
 * Every held-out round up to the twenty-first, the crisis model's corpus files, the training rounds a to h and the
 * tuner's messages: what a round written after the twenty-first must not repeat.
 */
export const SETS_THROUGH_ROUND_21: unknown[] = [...SETS_THROUGH_ROUND_20, twentyFirstRound];
