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
  // Measured when it was written, on main a5cd55d before any tuning on it (held-out-13.yaml's header): of 387,
  // top-1 93.3% (361), top-3 98.2% (380), confident and wrong 0; the floor.
  floor: { measured: "when it was written", top1: 361, top3: 380, confidentWrong: 0 },
});
