// The thirteenth FAQ held-out set (held-out-13.yaml): phrasings written blind from the entries' questions only,
// before the next round's tuning, and never tuned on; its shape, figures and floor are checked as for every set
// (held-out-set.ts).
import { SETS_BEFORE_SET_13 } from "./earlier-sets.ts";
import { describeFaqHeldOutSet } from "./held-out-set.ts";

describeFaqHeldOutSet({
  name: "thirteenth",
  number: 13,
  file: "held-out-13.yaml",
  earlierFiles: SETS_BEFORE_SET_13,
  // Measured when it was written and by the lead before this round's tuning, on main a5cd55d (held-out-13.yaml's
  // header): of 387, top-1 93.3% (361), top-3 98.2% (380), confident and wrong 0; once after it (FAQ round 15,
  // routing28, fix28d, main f64b28a): top-1 361, top-3 378, confident and wrong 0. A safety fix landed after that
  // measurement (982b379: the crisis reply's relative check reads "my son's" and "моего сына … я не знаю", for the
  // outsider's report; spent sets unchanged) costs one more top-3 phrasing in English, found by the final check on
  // main d85b5e7: 361 / 377 / 0, the floor. Never tuned on: the losses are kept as measured, nothing was reverted.
  floor: { measured: "after this round's tuning", top1: 361, top3: 377, confidentWrong: 0 },
});
