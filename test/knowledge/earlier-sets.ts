// The phrasing sets in test/knowledge written before each FAQ held-out set: a held-out set must hold none of
// their phrasings (held-out-set.ts checks it). Each list is the one before and what was written in between.
export const SETS_BEFORE_SET_2 = ["eval-set.yaml", "held-out.yaml"];
export const SETS_BEFORE_SET_3 = [...SETS_BEFORE_SET_2, "held-out-2.yaml", "tuning-2.yaml", "dev-2.yaml"];
export const SETS_BEFORE_SET_4 = [...SETS_BEFORE_SET_3, "held-out-3.yaml", "tuning-3.yaml"];
export const SETS_BEFORE_SET_5 = [...SETS_BEFORE_SET_4, "held-out-4.yaml", "tuning-4.yaml"];
export const SETS_BEFORE_SET_6 = [...SETS_BEFORE_SET_5, "held-out-5.yaml", "tuning-5.yaml", "tuning-6.yaml"];
export const SETS_BEFORE_SET_7 = [...SETS_BEFORE_SET_6, "held-out-6.yaml", "tuning-7.yaml"];
export const SETS_BEFORE_SET_8 = [...SETS_BEFORE_SET_7, "held-out-7.yaml"];
export const SETS_BEFORE_SET_9 = [...SETS_BEFORE_SET_8, "held-out-8.yaml"];
export const SETS_BEFORE_SET_10 = [...SETS_BEFORE_SET_9, "held-out-9.yaml"];
export const SETS_BEFORE_SET_11 = [...SETS_BEFORE_SET_10, "held-out-10.yaml"];
export const SETS_BEFORE_SET_12 = [...SETS_BEFORE_SET_11, "held-out-11.yaml"];
export const SETS_BEFORE_SET_13 = [...SETS_BEFORE_SET_12, "held-out-12.yaml"];
export const SETS_BEFORE_SET_14 = [...SETS_BEFORE_SET_13, "held-out-13.yaml"];
export const SETS_BEFORE_SET_15 = [...SETS_BEFORE_SET_14, "held-out-14.yaml"];
export const SETS_BEFORE_SET_16 = [...SETS_BEFORE_SET_15, "held-out-15.yaml"];
export const SETS_BEFORE_SET_17 = [...SETS_BEFORE_SET_16, "held-out-16.yaml"];
export const SETS_BEFORE_SET_18 = [...SETS_BEFORE_SET_17, "held-out-17.yaml"];
