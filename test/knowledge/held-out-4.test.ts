// The fourth FAQ held-out set (held-out-4.yaml): phrasings written from the entries' questions only, before this
// round's tuning, and never tuned on; its shape, figures and floor are checked as for every set (held-out-set.ts).
import { describeFaqHeldOutSet } from "./held-out-set.ts";

describeFaqHeldOutSet({
  name: "fourth",
  number: 4,
  file: "held-out-4.yaml",
  earlierFiles: [
    "eval-set.yaml",
    "held-out.yaml",
    "held-out-2.yaml",
    "held-out-3.yaml",
    "tuning-2.yaml",
    "tuning-3.yaml",
    "dev-2.yaml",
  ],
  // Measured once before this round's tuning on main 1301aa2 (held-out-4.yaml's header): of 336, top-1 89.0%
  // and top-3 97.9%, confident and wrong 1.
  floor: { measured: "before this round's tuning", top1: 299, top3: 329, confidentWrong: 1 },
});
