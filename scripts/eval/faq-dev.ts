// This round's development split (issue 10, round 5): the router's figures on the sets tuned on and on two
// halves of spent held-out sets. held-out-4.yaml (spent by round 4's single measurement) is split in halves
// (`developmentHalf`, within each language and kind): the odd half chooses the changes first (its misses are
// printed with --misses), the even half only reports until the odd half's changes are measured on it, then
// chooses too (--phase 2). held-out-3.yaml's reporting half, whose misses no round has read, only reports.
// `npx tsx scripts/eval/faq-dev.ts [--misses] [--phase 2]`. Round 6 tunes on tuning-6.yaml (short canonical
// questions for every entry) and all of held-out-4 (--phase 2); held-out-3's reporting half still only reports.
// Round 7 (faqtune7) tunes on tuning-7.yaml and on held-out-5.yaml (spent by round 6's single measurement), split
// by position (`positionHalf`): the odd half's misses choose the changes (--misses), the even half only reports.
// Round 9 (faqtune9) tunes on held-out-7.yaml (spent by round 8's measurement), split within each language and
// kind (`developmentHalf`): the choosing half's misses choose the changes (--misses), the reporting half only
// reports; held-out-6.yaml's halves (spent, round 8's set) only report. Round 11 (faqtune10) reports held-out-8.yaml
// (spent, measured three times, its misses never read) whole. Round 12 (faqtune11) tunes on held-out-9.yaml (spent
// since set 10 was written), split within each language and kind: the choosing half's misses choose the changes
// (--misses), the reporting half only reports. Round 13 (faqtune13) tunes on held-out-10.yaml (spent since set 11
// was written), split the same way: its choosing half's misses choose the changes (--misses), its reporting half
// only reports (its misses are never printed). Round 14 (faqtune14) tunes on held-out-11.yaml (spent since set 12
// was written), split the same way: its choosing half's misses choose the changes (--misses), its reporting half
// only reports (its misses are never printed). Round 15 (faqtune15) tunes on held-out-12.yaml (spent since set 13
// was written), split the same way: its choosing half's misses choose the changes (--misses), its reporting half
// only reports (its misses are never printed). Round 16 (faqtune16) tunes on held-out-13.yaml (spent since set 14
// was written), split the same way. Round 17 (faqtune17) tunes on held-out-14.yaml (spent since set 15 was
// written), split the same way. Round 18 (faqtune18) tunes on held-out-15.yaml (spent since set 16 was written),
// split the same way. Round 19 (faqtune19) tunes on held-out-16.yaml (spent since set 17 was written),
// split the same way. Round 20 (faqtune20) tunes on held-out-17.yaml (spent since set 18 was written), split the
// same way. The last line totals every spent set.
// test/knowledge/held-out-18* is the blind set (and any newer one): never add it here, nor read, print or tune on it.

import path from "node:path";
import { isConfident } from "../../src/knowledge/routing.ts";
import type { FaqLocale } from "../../src/knowledge/schema.ts";
import { testContent } from "../../test/support/content.ts";
import { type Phrasing, phrasingsOf, readPhrasingSet, scoreRouting } from "./faq.ts";

export const TUNING_SETS = [
  "eval-set.yaml",
  "held-out.yaml",
  "tuning-2.yaml",
  "dev-2.yaml",
  "tuning-3.yaml",
  "held-out-2.yaml",
  "tuning-4.yaml",
  "tuning-5.yaml",
  "tuning-6.yaml",
  "tuning-7.yaml",
];
/** Every spent set: the tuning sets and held-out-3 to held-out-17, whole. */
export const SPENT_SETS = [
  ...TUNING_SETS,
  ...[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17].map((number) => `held-out-${number}.yaml`),
];
/** Round 4's development set: its choosing half is tuned on, its reporting half never read. */
export const DEVELOPMENT_SET = "held-out-3.yaml";
/** Round 5's development set. */
export const DEVELOPMENT_SET_5 = "held-out-4.yaml";
/** Round 7's development set, split by position. */
export const DEVELOPMENT_SET_7 = "held-out-5.yaml";
/** Round 9's development set, split within each language and kind. */
export const DEVELOPMENT_SET_9 = "held-out-7.yaml";
/** Round 12's development set, split within each language and kind. */
export const DEVELOPMENT_SET_12 = "held-out-9.yaml";
/** Round 13's development set, split within each language and kind. */
export const DEVELOPMENT_SET_13 = "held-out-10.yaml";
/** Round 14's development set, split within each language and kind. */
export const DEVELOPMENT_SET_14 = "held-out-11.yaml";
/** Round 15's development set, split within each language and kind. */
export const DEVELOPMENT_SET_15 = "held-out-12.yaml";
/** Round 16's development set, split within each language and kind. */
export const DEVELOPMENT_SET_16 = "held-out-13.yaml";
/** Round 17's development set, split within each language and kind. */
export const DEVELOPMENT_SET_17 = "held-out-14.yaml";
/** Round 18's development set, split within each language and kind. */
export const DEVELOPMENT_SET_18 = "held-out-15.yaml";
/** Round 19's development set, split within each language and kind. */
export const DEVELOPMENT_SET_19 = "held-out-16.yaml";
/** Round 20's development set, split within each language and kind. */
export const DEVELOPMENT_SET_20 = "held-out-17.yaml";

/**
 * Round 7's halves of held-out-5.yaml: the first, third, … phrasing ("odd", chooses) or the second, fourth, …
 * ("even", only reports). The set was written entry by entry, two phrasings each, so each half has every entry
 * in every language; its kinds are not balanced (the even half holds most Latin-letter, translit, slang and typo
 * phrasings), so the even half says whether classes found on plain phrasings carry over to the others.
 */
export function positionHalf(half: "odd" | "even", file = DEVELOPMENT_SET_7): Phrasing[] {
  return phrasingsOf(readPhrasingSet(file)).filter((_, index) => index % 2 === (half === "odd" ? 0 : 1));
}

/**
 * A development set's half that chooses or only reports: within each language and kind, alternate
 * phrasings (the first, third, … choose), so that both halves hold every kind (the sets are written kind
 * by kind, so plain positions would split them by kind).
 */
export function developmentHalf(half: "choose" | "report", file = DEVELOPMENT_SET): Phrasing[] {
  const seen = new Map<string, number>();
  return phrasingsOf(readPhrasingSet(file)).filter((item) => {
    const group = `${item.lang} ${item.kind}`;
    const position = seen.get(group) ?? 0;
    seen.set(group, position + 1);
    return position % 2 === (half === "choose" ? 0 : 1);
  });
}

const router = testContent().knowledge.router;
const percent = (fraction: number) => `${(100 * fraction).toFixed(1)}%`;
const showMisses = process.argv.includes("--misses");
const phase2 = process.argv.join(" ").includes("--phase 2");

const odds = (score: number) => score / (1 - score);

/**
 * The largest odds ratio to the runner-up of an answer shown first that is not the expected entry: how near a
 * wrong answer comes to being shown alone (15x, `ROUTING_THRESHOLDS.aloneLead`).
 */
function largestWrongLead(phrasings: Phrasing[]): number {
  let largest = 0;
  for (const item of phrasings) {
    const locale = ["kk", "ru", "en"].includes(item.lang) ? (item.lang as FaqLocale) : undefined;
    const { route, ranked } = router.route(item.text, { locale });
    if (route.kind !== "answer" || route.best.id === item.expect) continue;
    const second = ranked[1];
    largest = Math.max(
      largest,
      second ? odds(route.best.score) / odds(second.score) : Number.POSITIVE_INFINITY,
    );
  }
  return largest;
}

function report(name: string, phrasings: Phrasing[], misses: boolean): void {
  const all = scoreRouting(router, phrasings);
  const count = (fraction: number, n: number) => Math.round(fraction * n);
  const groups = (key: "lang" | "kind") =>
    [...new Set(phrasings.map((item) => item[key]))].sort().map((value) => {
      const score = scoreRouting(
        router,
        phrasings.filter((item) => item[key] === value),
      );
      return `${value} ${score.n}: ${percent(score.top1)}/${percent(score.top3)}/${score.confidentWrong}`;
    });
  console.log(
    `${name}: ${all.n}, top-1 ${percent(all.top1)} (${count(all.top1, all.n)}), top-3 ${percent(all.top3)} (${count(all.top3, all.n)}), confident wrong ${all.confidentWrong}, largest wrong lead ${largestWrongLead(phrasings).toFixed(2)}x | ${groups("lang").join(", ")}`,
  );
  if (!misses) return;
  console.log(`  by kind: ${groups("kind").join(", ")}`);
  for (const miss of all.misses) console.log(`  ${miss}`);
}

/** A development set's choosing half (its misses printed when asked), its reporting half (never) and the whole. */
function reportHalvesAndWhole(file: string, misses: boolean): void {
  report(`${file} choosing half`, developmentHalf("choose", file), misses);
  report(`${file} reporting half (misses never printed)`, developmentHalf("report", file), false);
  report(`${file} whole`, phrasingsOf(readPhrasingSet(file)), false);
}

/** Every spent set together: top-1, top-3, answers shown alone, confident wrong, largest wrong lead. */
function reportSpent(): void {
  const phrasings = SPENT_SETS.flatMap((file) => phrasingsOf(readPhrasingSet(file)));
  const all = scoreRouting(router, phrasings);
  const alone = phrasings.filter((item) => {
    const locale = ["kk", "ru", "en"].includes(item.lang) ? (item.lang as FaqLocale) : undefined;
    const { route } = router.route(item.text, { locale });
    return route.kind === "answer" && isConfident(route);
  }).length;
  console.log(
    `every spent set: ${all.n}, top-1 ${Math.round(all.top1 * all.n)}, top-3 ${Math.round(all.top3 * all.n)}, answered alone ${alone}, confident wrong ${all.confidentWrong}, largest wrong lead ${largestWrongLead(phrasings).toFixed(2)}x`,
  );
}

// Run as a script (the rounds' tests import `developmentHalf` only).
if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  for (const file of TUNING_SETS) report(file, phrasingsOf(readPhrasingSet(file)), showMisses);
  report(`${DEVELOPMENT_SET} odd half (tuned on)`, developmentHalf("choose"), showMisses);
  report(`${DEVELOPMENT_SET_5} odd half (chooses)`, developmentHalf("choose", DEVELOPMENT_SET_5), showMisses);
  report(
    `${DEVELOPMENT_SET_5} even half (${phase2 ? "chooses" : "reports only"})`,
    developmentHalf("report", DEVELOPMENT_SET_5),
    showMisses && phase2,
  );
  report(`${DEVELOPMENT_SET_5} whole`, phrasingsOf(readPhrasingSet(DEVELOPMENT_SET_5)), false);
  report(`${DEVELOPMENT_SET} even half (reports only, never read)`, developmentHalf("report"), false);
  report(`${DEVELOPMENT_SET_7} odd half (chooses)`, positionHalf("odd"), showMisses);
  report(`${DEVELOPMENT_SET_7} even half (reports only)`, positionHalf("even"), false);
  // held-out-6.yaml: round 8 (reverted) read its choosing half's misses; its reporting half was never read.
  report("held-out-6.yaml choosing half (round 8's)", developmentHalf("choose", "held-out-6.yaml"), false);
  report("held-out-6.yaml reporting half (never read)", developmentHalf("report", "held-out-6.yaml"), false);
  report(`${DEVELOPMENT_SET_9} choosing half`, developmentHalf("choose", DEVELOPMENT_SET_9), showMisses);
  report(
    `${DEVELOPMENT_SET_9} reporting half (never read)`,
    developmentHalf("report", DEVELOPMENT_SET_9),
    false,
  );
  report(
    "held-out-8.yaml (spent, misses never read)",
    phrasingsOf(readPhrasingSet("held-out-8.yaml")),
    false,
  );
  report(`${DEVELOPMENT_SET_12} choosing half`, developmentHalf("choose", DEVELOPMENT_SET_12), showMisses);
  report(
    `${DEVELOPMENT_SET_12} reporting half (never read)`,
    developmentHalf("report", DEVELOPMENT_SET_12),
    false,
  );
  // Rounds 13 to 20: the round's own set prints its choosing half's misses; its reporting half's never.
  reportHalvesAndWhole(DEVELOPMENT_SET_13, false);
  reportHalvesAndWhole(DEVELOPMENT_SET_14, false);
  reportHalvesAndWhole(DEVELOPMENT_SET_15, false);
  reportHalvesAndWhole(DEVELOPMENT_SET_16, false);
  reportHalvesAndWhole(DEVELOPMENT_SET_17, false);
  reportHalvesAndWhole(DEVELOPMENT_SET_18, false);
  reportHalvesAndWhole(DEVELOPMENT_SET_19, false);
  reportHalvesAndWhole(DEVELOPMENT_SET_20, showMisses);
  reportSpent();
}
