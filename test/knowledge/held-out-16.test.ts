// The sixteenth FAQ held-out set (held-out-16.yaml): phrasings written blind from the entries' questions only,
// before the next round's tuning, and never tuned on; its shape, figures and floor are checked as for every set
// (held-out-set.ts).
import { SETS_BEFORE_SET_16 } from "./earlier-sets.ts";
import { describeFaqHeldOutSet } from "./held-out-set.ts";

describeFaqHeldOutSet({
  name: "sixteenth",
  number: 16,
  file: "held-out-16.yaml",
  earlierFiles: SETS_BEFORE_SET_16,
  // Measured when it was written, on main 5a1bec7 before any tuning on it, and once after this round's tuning (main
  // 62543fa; held-out-16.yaml's header): of 393, top-1 92.1% (362), top-3 96.4% (379), confident and wrong 1, both
  // times. Spent since set 17 was written: round 19 tuned on its choosing half (faqtune19), 376 / 386 / 0, the floor.
  floor: { measured: "after round 19 tuned on it", top1: 376, top3: 386, confidentWrong: 0 },
});
