// Round 8's probes (tuning-8.yaml: paraphrases, third person, short messages, typos, cities, insults and
// off-topic requests, written before the router ran on them) and held-out-6's halves (within each language and
// kind, the first, third, … chose the changes, the rest only reported): well formed, new, scored the way
// `npm run eval` scores a set; and the classes the round fixed, in phrasings of no set.
import { describe, expect, it } from "vitest";
import { phrasingsOf, scoreRouting } from "../../scripts/eval/faq.ts";
import { DEVELOPMENT_SET_8, developmentHalf } from "../../scripts/eval/faq-dev.ts";
import { routerFor } from "../../src/knowledge/browse.ts";
import { readCues } from "../../src/knowledge/cues/index.ts";
import { rankedIds } from "../../src/knowledge/routing.ts";
import { testContent } from "../support/content.ts";
import { expectNewRoundProbes, normalise, readPhrasings } from "./phrasings.ts";

const knowledgeBase = testContent().knowledge.base;
const router = routerFor(knowledgeBase);
const count = (fraction: number, n: number) => Math.round(fraction * n);

describe("round 8's probes", () => {
  it("name only outcomes that exist, copy no question or keyword, and repeat no earlier phrasing", () => {
    expectNewRoundProbes(knowledgeBase, "tuning-8.yaml");
    const spent = new Set(readPhrasings(DEVELOPMENT_SET_8).cases.map((item) => normalise(item.text)));
    expect(
      readPhrasings("tuning-8.yaml")
        .cases.filter((item) => spent.has(normalise(item.text)))
        .map((item) => item.text),
    ).toEqual([]);
  });

  it("routes the probes and both halves of held-out-6 at least as well as after this round, none confident and wrong", () => {
    // Before this round (main 10070dd; src/knowledge/README.md, round 8): tuning-8 18 / 23 of 31, held-out-6's
    // choosing half 153 / 174 of 190, its reporting half 153 / 167 of 176. After it, held here.
    const probes = scoreRouting(router, phrasingsOf(readPhrasings("tuning-8.yaml")));
    expect(count(probes.top1, probes.n)).toBeGreaterThanOrEqual(30);
    expect(count(probes.top3, probes.n)).toBeGreaterThanOrEqual(31);
    const choosing = scoreRouting(router, developmentHalf("choose", DEVELOPMENT_SET_8));
    const reporting = scoreRouting(router, developmentHalf("report", DEVELOPMENT_SET_8));
    expect([choosing.n, reporting.n]).toEqual([190, 176]);
    expect(count(choosing.top1, choosing.n)).toBeGreaterThanOrEqual(172);
    expect(count(choosing.top3, choosing.n)).toBeGreaterThanOrEqual(183);
    expect(count(reporting.top1, reporting.n)).toBeGreaterThanOrEqual(153);
    expect(count(reporting.top3, reporting.n)).toBeGreaterThanOrEqual(167);
    expect(probes.confidentWrong + choosing.confidentWrong + reporting.confidentWrong).toBe(0);
  });
});

describe("round 8's classes", () => {
  it.each([
    // the service asked about as "you"
    ["ну и чем вы тут занимаетесь вообще", "ru", "what-this-bot-is"],
    ["so what r u?", "en", "what-this-bot-is"],
    // a human or a program on the other side
    ["who's on the other end, a real person?", "en", "who-are-counselors"],
    // an obligation to pass on what one writes
    ["консультант обязан куда-то заявить о моих словах?", "ru", "when-confidentiality-ends"],
    // someone else's anonymity, in the third person
    ["my cousin will only write if no one can find out who she is", "en", "is-this-anonymous"],
    // a relative serving a sentence
    ["брат отбывает наказание, как нам держаться", "ru", "convict-family"],
    // choosing the words for someone close
    ["what words should I pick with my daughter, she is in that group", "en", "talk-to-relative"],
    // told not to share what is taught
    ["ustaz forbids my brother to share anything from the lessons", "en", "secret-knowledge"],
    // sent away, or asked to sing: no answer
    ["пошли вы все", "ru", "none"],
    ["sing us a song", "en", "none"],
  ] as const)("%s (%s) puts %s first", (text, locale, id) => {
    expect(rankedIds(router.route(text, { locale }))[0]).toBe(id);
  });

  it("reads 'you' as 'u' and a sentence served, but not 'what are you going to do' as asking what the bot is", () => {
    expect(readCues("will u tell my dad", "en").asksPassOn).toBe(true);
    expect(readCues("my uncle is serving a sentence", "en").relativeImprisoned).toBe(true);
    expect(readCues("what are you going to do with my data", "en").asksWhatServiceIs).toBe(false);
  });
});
