// Round 12 (faqtune11): held-out-9.yaml (spent once set 10 was written) split within each language and kind, its
// choosing half's misses read by class, its reporting half only reported. The classes, in phrasings of no set.
import { describe, expect, it } from "vitest";
import { scoreRouting } from "../../scripts/eval/faq.ts";
import { DEVELOPMENT_SET_12, developmentHalf } from "../../scripts/eval/faq-dev.ts";
import { routerFor } from "../../src/knowledge/browse.ts";
import { rankedIds } from "../../src/knowledge/routing.ts";
import { russianKey } from "../../src/knowledge/word-keys.ts";
import { testContent } from "../support/content.ts";

const router = routerFor(testContent().knowledge.base);
const counts = (phrasings: ReturnType<typeof developmentHalf>) => {
  const score = scoreRouting(router, phrasings);
  return [Math.round(score.top1 * score.n), Math.round(score.top3 * score.n), score.confidentWrong];
};

describe("round 12's development halves", () => {
  it("hold their after figures, none confident and wrong", () => {
    // Before this round (src/knowledge/README.md, round 12): choosing half 175 / 190 of 191, reporting half
    // 166 / 176 of 178.
    // 180 first since round 15 (faqtune15: its classes, README.md).
    // 181 first since round 18 ("is he being pulled into something" asks how to tell: warning-signs).
    expect(counts(developmentHalf("choose", DEVELOPMENT_SET_12))).toEqual([181, 191, 0]);
    // Top-3 175 since round 17's landings (176 before); 168 / 176 since round 19 (wanting to leave read as such).
    expect(counts(developmentHalf("report", DEVELOPMENT_SET_12))).toEqual([168, 176, 0]);
  });
});

describe("round 12's classes", () => {
  it("gives a Russian verb one key in its infinitive, past and present", () => {
    expect(russianKey("узнать")).toBe(russianKey("узнают"));
    expect(russianKey("общаться")).toBe(russianKey("общается"));
    expect(russianKey("вербовать")).toBe(russianKey("вербуют"));
    expect(russianKey("вербовали")).toBe(russianKey("вербует"));
    // a noun in "-ат" keeps its key in every case
    expect(russianKey("адвокат")).toBe(russianKey("адвоката"));
  });

  it.each([
    // not knowing what to write, in every language and script
    ["не понимаю, о чем вообще писать", "ru", "how-to-start"],
    ["ne ponimayu chto tut pisat", "ru", "how-to-start"],
    ["не жазарымды білмей отырмын", "kk", "how-to-start"],
    ["no idea what to type here", "en", "how-to-start"],
    // a friend and a plea for help
    ["жолдасым бір топқа кіріп кетті, не істейміз", "kk", "friend-in-trouble"],
    ["my buddy is hanging out with some extremists, what should I do", "en", "friend-in-trouble"],
    // slang for parents, a phone's passcode
    ["могут ли родаки узнать, что я сюда пишу", "ru", "parents-will-find-out"],
    ["my mom keeps asking for my passcode", "en", "family-member-hides-phone"],
  ] as const)("%s (%s) puts %s first", (text, locale, id) => {
    expect(rankedIds(router.route(text, { locale }))[0]).toBe(id);
  });

  it("keeps what to say to someone close apart from where to begin", () => {
    expect(rankedIds(router.route("не знаю, что сказать сыну", { locale: "ru" }))[0]).toBe(
      "talk-to-relative",
    );
    expect(rankedIds(router.route("idk what to say to my son", { locale: "en" }))[0]).toBe(
      "talk-to-relative",
    );
  });

  it("answers where to begin beside a story with alternatives, never alone", () => {
    const routed = router.route("сын ушёл в секту, не знаю с чего начать", { locale: "ru" });
    expect(routed.route.kind).toBe("answer");
    expect(routed.route.kind === "answer" && routed.route.alternatives.length).toBeGreaterThan(0);
  });
});
