// The eighteenth FAQ held-out set (held-out-18.yaml): phrasings written blind from the entries' questions only,
// before the next round's tuning, and never tuned on; its shape, figures and floor are checked as for every set
// (held-out-set.ts).
import { SETS_BEFORE_SET_18 } from "./earlier-sets.ts";
import { describeFaqHeldOutSet } from "./held-out-set.ts";

describeFaqHeldOutSet({
  name: "eighteenth",
  number: 18,
  file: "held-out-18.yaml",
  earlierFiles: SETS_BEFORE_SET_18,
  // Measured when it was written, on main 6b65d0f before any tuning on it (held-out-18.yaml's header): of 393,
  // top-1 90.6% (356), top-3 96.2% (378), confident and wrong 1; the floor.
  floor: { measured: "when it was written", top1: 356, top3: 378, confidentWrong: 1 },
});
