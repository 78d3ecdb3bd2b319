// The fifth FAQ held-out set (held-out-5.yaml): phrasings written from the entries' questions only, before its
// round's tuning; spent since held-out-6.yaml was written (a tuning set now); its shape, figures and floor are
// checked as for every set (held-out-set.ts).
import { SETS_BEFORE_SET_5 } from "./earlier-sets.ts";
import { describeFaqHeldOutSet } from "./held-out-set.ts";

describeFaqHeldOutSet({
  name: "fifth",
  number: 5,
  file: "held-out-5.yaml",
  earlierFiles: SETS_BEFORE_SET_5,
  // Measured once after this round's tuning on main 93783f5 (held-out-5.yaml's header): of 348, top-1 87.1%
  // and top-3 96.8%, confident and wrong 0 (before it 300, 337 and 0).
  // Raised after round 11 (16 asked lines an entry, src/knowledge/README.md): 335 and 346, none confident and wrong.
  // Lowered to 334 at stop 25 (lead's regression pass): "my husband wants to take our daughter's phone away and lock her in, is that the wrong move" has what-not-to-do second, after relative-wants-to-travel, since this stop's landings (still among the choices).
  floor: { measured: "after stop 25 (a spent set)", top1: 334, top3: 346, confidentWrong: 0 },
});
