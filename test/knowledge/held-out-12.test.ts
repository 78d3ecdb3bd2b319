// The twelfth FAQ held-out set (held-out-12.yaml): phrasings written blind from the entries' questions only,
// before the next round's tuning, and never tuned on; its shape, figures and floor are checked as for every set
// (held-out-set.ts).
import { SETS_BEFORE_SET_12 } from "./earlier-sets.ts";
import { describeFaqHeldOutSet } from "./held-out-set.ts";

describeFaqHeldOutSet({
  name: "twelfth",
  number: 12,
  file: "held-out-12.yaml",
  earlierFiles: SETS_BEFORE_SET_12,
  // Measured when it was written and by the lead before this round's tuning, on main 848761f (held-out-12.yaml's
  // header): of 378, top-1 94.2% (356), top-3 97.9% (370), confident and wrong 0; once after it (round 14 and
  // routing27, main 8068cfd): the same. Round 15 (faqtune15) tuned on it once set 13 was written (its choosing
  // half's misses read, its reporting half's never): 366 / 373, the floor.
  floor: { measured: "after round 15's tuning on it", top1: 366, top3: 373, confidentWrong: 0 },
});
