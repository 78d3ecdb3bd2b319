// The fifteenth FAQ held-out set (held-out-15.yaml): phrasings written blind from the entries' questions only,
// before the next round's tuning, and never tuned on; its shape, figures and floor are checked as for every set
// (held-out-set.ts).
import { SETS_BEFORE_SET_15 } from "./earlier-sets.ts";
import { describeFaqHeldOutSet } from "./held-out-set.ts";

describeFaqHeldOutSet({
  name: "fifteenth",
  number: 15,
  file: "held-out-15.yaml",
  earlierFiles: SETS_BEFORE_SET_15,
  // Measured when it was written, on main 759e96a before any tuning on it, and once after this round's tuning (main
  // 5625ea7; held-out-15.yaml's header): of 393, top-1 89.1% (350), top-3 95.9% (377), confident and wrong 1, both
  // times. Spent since set 16 was written: round 18 tuned on its choosing half (faqtune18), 356 / 380 / 0; round 19
  // (faqtune19) 357 / 380 / 0; round 20 (faqtune20) 359 / 381 / 0, the floor.
  floor: { measured: "after round 20", top1: 359, top3: 381, confidentWrong: 0 },
});
