// The fourteenth FAQ held-out set (held-out-14.yaml): phrasings written blind from the entries' questions only,
// before the next round's tuning, and never tuned on; its shape, figures and floor are checked as for every set
// (held-out-set.ts).
import { SETS_BEFORE_SET_14 } from "./earlier-sets.ts";
import { describeFaqHeldOutSet } from "./held-out-set.ts";

describeFaqHeldOutSet({
  name: "fourteenth",
  number: 14,
  file: "held-out-14.yaml",
  earlierFiles: SETS_BEFORE_SET_14,
  // Measured when it was written and by the lead before this round's tuning, on main 012d755 (held-out-14.yaml's
  // header): of 393, top-1 90.3% (355), top-3 97.2% (382), confident and wrong 0; once after it (FAQ round 16,
  // content29, routing29; main f6706e2): the same in every language and kind, the floor. Never tuned on.
  floor: { measured: "after this round's tuning", top1: 355, top3: 382, confidentWrong: 0 },
});
