import type { TuningRound } from "./third-person.ts";

const empty = { "self-harm": [], danger: [], violence: [], "travel-pressure": [] };
export const sixthTuningRound: TuningRound = {
  signals: { kk: { ...empty }, ru: { ...empty }, en: { ...empty } },
  ordinary: [],
};
