// The sixth FAQ held-out set (held-out-6.yaml): phrasings written from the entries' questions only, before this
// round's tuning, and never tuned on; its shape, figures and floor are checked as for every set (held-out-set.ts).
import { SETS_BEFORE_SET_6 } from "./earlier-sets.ts";
import { describeFaqHeldOutSet } from "./held-out-set.ts";

describeFaqHeldOutSet({
  name: "sixth",
  number: 6,
  file: "held-out-6.yaml",
  earlierFiles: SETS_BEFORE_SET_6,
  // Measured once after this round's tuning on main 98f564b (held-out-6.yaml's header): of 366, top-1 83.6%
  // and top-3 93.2%, confident and wrong 0 (before it 299, 339 and 1).
  // Raised after round 11 (16 asked lines an entry, src/knowledge/README.md): 335 and 353, none confident and wrong.
  // Round 12 (faqtune11, src/knowledge/README.md) raised it from 335 / 353 to 338 / 355, none confident and wrong.
  // Lowered to 337 at stop 25 (lead's regression pass): the crisis model retrained on round 13 and training round G (1a2f86c, 598f2ac) raises danger on "what's the next step once I reach out to one of your people, do they call me?" ("they"): the safety reply comes first.
  // Round 13 (faqtune13, src/knowledge/README.md) raised it to 338 / 356 (its reporting half 166 / 170 -> 167 / 171).
  // Top-3 lowered to 355 by routing26 (outsider26's defect 11, src/knowledge/README.md "Pressure and preachers"): a
  // parent whose son follows sheikhs' channels gets the family's entries (the brief's class), where this set's writer
  // expected online-preachers, now fourth.
  floor: { measured: "after routing26 (a spent set)", top1: 338, top3: 355, confidentWrong: 0 },
});
