// Round 4's own tuning phrasings (tuning-4.yaml: every entry, the directory and "none", in varied language,
// written before the router ran on them) and its development set (held-out-3.yaml, spent: one half chose the
// changes, the other only reported; scripts/eval/faq-dev.ts): well formed, new, and scored the way
// `npm run eval` scores a set.
import { describe, expect, it } from "vitest";
import { phrasingsOf, scoreRouting } from "../../scripts/eval/faq.ts";
import { developmentHalf, TUNING_SETS } from "../../scripts/eval/faq-dev.ts";
import { routerFor } from "../../src/knowledge/browse.ts";
import { testContent } from "../support/content.ts";
import { expectNewTuningSet, readPhrasings } from "./phrasings.ts";

const knowledgeBase = testContent().knowledge.base;
const router = routerFor(knowledgeBase);
const tuning = readPhrasings("tuning-4.yaml");

describe("round 4's tuning phrasings and development halves", () => {
  it("name only outcomes that exist, copy no question or keyword, and repeat no earlier phrasing", () => {
    expectNewTuningSet(knowledgeBase, tuning, [
      ...TUNING_SETS.filter((file) => file !== "tuning-4.yaml"),
      "held-out-3.yaml",
    ]);
  });

  it("routes the tuning phrasings right, and both development halves no worse than after this round", () => {
    const tuned = scoreRouting(router, phrasingsOf(tuning));
    expect(tuned.top1).toBeGreaterThanOrEqual(0.98);
    expect(tuned.top3).toBeGreaterThanOrEqual(0.99);
    expect(tuned.confidentWrong).toBe(0);
    // Before this round (src/knowledge/README.md, round 4): choosing half 150 / 165 of 175, reporting half
    // 153 / 156 of 161, none confident and wrong; after it 165 / 174 and 153 / 156 (held here).
    const choose = scoreRouting(router, developmentHalf("choose"));
    const report = scoreRouting(router, developmentHalf("report"));
    expect([choose.n, report.n]).toEqual([175, 161]);
    // Round 10 (asked lists, README.md) moved the choosing half to 168 / 173. Round 11 (16 asked lines an entry,
    // their weight halved, grazing under 0.5): choosing half 168 / 172, one fewer in the top three (the asked
    // lines outweigh what round 4 tuned on this half), reporting half 156 / 158; typing slips 157 / 159, held here.
    // Round 13 (a friend's topic, slang for finding out): choosing half 170 / 174, reporting half 158 / 159.
    // Round 14 (faqtune14): reporting half 159 / 160 (typing slips alone never answer); the choosing half's top
    // three 173, as the forced-to-attend entry's words (parents, "велят") pushed parents-disobedience to fourth on
    // "мне велят прекратить общение с мамой и папой…" (0.69 -> 0.65, beside three at 0.66-0.86).
    expect(Math.round(choose.top1 * choose.n)).toBeGreaterThanOrEqual(170);
    expect(Math.round(choose.top3 * choose.n)).toBeGreaterThanOrEqual(173);
    expect(Math.round(report.top1 * report.n)).toBeGreaterThanOrEqual(159);
    expect(Math.round(report.top3 * report.n)).toBeGreaterThanOrEqual(160);
    expect(choose.confidentWrong + report.confidentWrong).toBe(0);
  });
});
