// Round 7's probes (tuning-7.yaml: Latin-letter Kazakh, translit, paraphrases, third person, slang, one or two
// words, written before the router ran on them) and held-out-5's halves by position (the odd half chose the
// changes, the even half only reported): well formed, new, scored the way `npm run eval` scores a set; and the
// classes the round fixed, in phrasings of no set.
import { describe, expect, it } from "vitest";
import { phrasingsOf, scoreRouting } from "../../scripts/eval/faq.ts";
import { DEVELOPMENT_SET_7, positionHalf } from "../../scripts/eval/faq-dev.ts";
import { routerFor } from "../../src/knowledge/browse.ts";
import { readCues } from "../../src/knowledge/cues/index.ts";
import { rankedIds } from "../../src/knowledge/routing.ts";
import { testContent } from "../support/content.ts";
import { expectNewRoundProbes, normalise, readPhrasings } from "./phrasings.ts";

const knowledgeBase = testContent().knowledge.base;
const router = routerFor(knowledgeBase);
const count = (fraction: number, n: number) => Math.round(fraction * n);

describe("round 7's probes", () => {
  it("name only outcomes that exist, copy no question or keyword, and repeat no earlier phrasing", () => {
    expectNewRoundProbes(knowledgeBase, "tuning-7.yaml");
    const spent = new Set(readPhrasings(DEVELOPMENT_SET_7).cases.map((item) => normalise(item.text)));
    expect(
      readPhrasings("tuning-7.yaml")
        .cases.filter((item) => spent.has(normalise(item.text)))
        .map((item) => item.text),
    ).toEqual([]);
  });

  it("routes the probes and both halves of held-out-5 at least as well as after this round, none confident and wrong", () => {
    // Before this round (src/knowledge/README.md, round 7): tuning-7 45 / 48 of the first batch, 23 / 30 of the
    // second (the third, English, was written after the changes: 19 / 20); held-out-5's odd half 157 / 168 of 174,
    // its even half 146 / 169. After it, held here: tuning-7 94 / 96 of 98, odd half 172 / 173, even half 150 / 169.
    const probes = scoreRouting(router, phrasingsOf(readPhrasings("tuning-7.yaml")));
    // Round 10 (asked lists, README.md): tuning-7 93 / 96, odd half 170 / 174, even half 160 / 171. Round 11 (16
    // asked lines an entry, their weight halved, grazing under 0.5): tuning-7 93 / 93, odd half 173 / 174, even
    // half 162 / 172, held here. tuning-7's top three lost three of its slang and typo probes ("dip from this
    // crew" now grazes: its words are only in asked lines, which no longer reach 0.5; "how do i no if my sun is
    // being radicalized" and "как понть что сына вербуют" fell to fourth and fifth), which round 7 tuned for.
    expect(count(probes.top1, probes.n)).toBeGreaterThanOrEqual(93);
    expect(count(probes.top3, probes.n)).toBeGreaterThanOrEqual(93);
    const odd = scoreRouting(router, positionHalf("odd"));
    const even = scoreRouting(router, positionHalf("even"));
    expect([odd.n, even.n]).toEqual([174, 174]);
    expect(count(odd.top1, odd.n)).toBeGreaterThanOrEqual(173);
    expect(count(odd.top3, odd.n)).toBeGreaterThanOrEqual(174);
    // 161 since stop 25: "my husband wants to take our daughter's phone away and lock her in, is that the wrong move" has what-not-to-do second, after relative-wants-to-travel, since this stop's landings (still among the choices).
    expect(count(even.top1, even.n)).toBeGreaterThanOrEqual(161);
    expect(count(even.top3, even.n)).toBeGreaterThanOrEqual(172);
    expect(probes.confidentWrong + odd.confidentWrong + even.confidentWrong).toBe(0);
  });
});

describe("round 7's classes", () => {
  it.each([
    // a material sent to one, with "what do I do"
    ["брату в телеграм скинули ролик с призывами, что ему с этим делать", "ru", "extremist-materials"],
    ["somebody sent me a clip calling for jihad, what do I do with it", "en", "extremist-materials"],
    // fear of being tracked down by the group, not by the police
    ["боюсь, что они приедут за мной, если я уйду", "ru", "will-they-find-me"],
    ["will they hunt me down if I quit", "en", "will-they-find-me"],
    // marriage offered with a move abroad or by someone met online
    ["a man from tiktok promises to marry my sister and take her to Egypt", "en", "promises-to-women"],
    // the reason for cutting ties is that the family are "not real Muslims"
    [
      "брат сказал родителям, что они не настоящие мусульмане, и перестал к ним приходить",
      "ru",
      "parents-disobedience",
    ],
    // a relative in prison: the family's help, not the law
    ["my brother is in prison for extremism, his kids and wife need support", "en", "convict-family"],
    // Russian translit and Latin-letter Kazakh read by the cues ("chto nelzya delat", "tauyp ala ma")
    ["chto nelzya delat esli doch v sekte", "ru", "what-not-to-do"],
    ["inisimen qalai soilesem, ol sektada", "kk", "talk-to-relative"],
    // a Latin-letter city with a Russian case ending is the directory
    ["est li u vas kto-to v Pavlodare", "ru", "directory"],
    // writing to order and a game's score are off topic
    ["напиши стих про осень", "ru", "none"],
    // where to buy something is shopping, even in a city and mistyped
    ["где купить билеты на концрт в Шымкенте", "ru", "none"],
    ["who won the match last night", "en", "none"],
  ] as const)("%s (%s) puts %s first", (text, locale, id) => {
    expect(rankedIds(router.route(text, { locale }))[0]).toBe(id);
  });

  it("reads the Latin letters of a non-English message as Cyrillic, drops soft signs, and 'кто вы' only as words", () => {
    expect(readCues("menya naidut?", "ru").fearsBeingFound).toBe(true);
    expect(readCues("will they find me", "en").fearsBeingFound).toBe(true);
    expect(readCues("will the police come for me", "en").fearsBeingFound).toBe(false);
    expect(readCues("что нелзя делат", "ru").asksWhatNotToDo).toBe(true);
    // English is not read as translit: "her" is no Russian swear word
    expect(readCues("my daughter hides her phone", "en").insult).toBe(false);
    expect(readCues("кто выиграл матч").asksWhatServiceIs).toBe(false);
    expect(readCues("кто вы такие").asksWhatServiceIs).toBe(true);
  });

  it("reads a mistyped counselor ('кеңсешіге') as no office: no directory, the question among the choices", () => {
    const routed = router.route("кеңсешіге жазсам, хабарламам қайда барады", { locale: "kk" });
    expect(routed.route.kind).not.toBe("directory");
    expect(rankedIds(routed).slice(0, 3)).toContain("after-i-write");
  });

  it("gives support first to someone who does not want to live, whatever else the message asks", () => {
    const routed = router.route("мужа посадили, я одна с детьми, жить не хочется", { locale: "ru" });
    expect(routed.route.kind).toBe("support");
  });
});
