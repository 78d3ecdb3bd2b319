// Round 6's probes (tuning-6.yaml: for every entry, two short canonical questions per language, the way a person
// types them into a search box, written before the router ran on them): well formed, new, and scored the way
// `npm run eval` scores a set; and the classes the round fixed, in phrasings of neither set.
import { describe, expect, it } from "vitest";
import { phrasingsOf, scoreRouting } from "../../scripts/eval/faq.ts";
import { DEVELOPMENT_SET, DEVELOPMENT_SET_5, developmentHalf } from "../../scripts/eval/faq-dev.ts";
import { routerFor } from "../../src/knowledge/browse.ts";
import { readCues } from "../../src/knowledge/cues/index.ts";
import { rankedIds } from "../../src/knowledge/routing.ts";
import { testContent } from "../support/content.ts";
import { expectNewRoundProbes, readPhrasings } from "./phrasings.ts";

const knowledgeBase = testContent().knowledge.base;
const router = routerFor(knowledgeBase);
const tuning = readPhrasings("tuning-6.yaml");

describe("round 6's probes", () => {
  it("name only outcomes that exist, copy no question or keyword, and repeat no earlier phrasing", () => {
    expectNewRoundProbes(knowledgeBase, "tuning-6.yaml");
  });

  it("routes the probes right in each language, and the spent development sets no worse than before", () => {
    // Before this round (src/knowledge/README.md, round 6): 281 / 298 of 306 (kk 92, ru 95, en 94), none
    // confident and wrong; after it 304 / 306 (kk 101, ru 102, en 101), held here.
    const byLanguage = Object.fromEntries(
      ["kk", "ru", "en"].map((lang) => {
        const score = scoreRouting(
          router,
          phrasingsOf(tuning).filter((item) => item.lang === lang),
        );
        return [lang, Math.round(score.top1 * score.n)];
      }),
    );
    // Round 10 (asked lists, README.md): 303 / 305 (kk 102, ru 99, en 102). Round 11 (16 asked lines an entry,
    // their weight halved): 303 / 306 (kk 101, ru 101, en 101), held from then: kk and en one lower each, as the
    // outsiders' lines now outweigh what round 6 tuned on these probes, the total the same.
    expect(byLanguage.kk).toBeGreaterThanOrEqual(101);
    expect(byLanguage.ru).toBeGreaterThanOrEqual(101);
    expect(byLanguage.en).toBeGreaterThanOrEqual(101);
    const tuned = scoreRouting(router, phrasingsOf(tuning));
    expect(Math.round(tuned.top1 * tuned.n)).toBeGreaterThanOrEqual(303);
    expect(Math.round(tuned.top3 * tuned.n)).toBeGreaterThanOrEqual(306);
    expect(tuned.confidentWrong).toBe(0);
    // held-out-3's reporting half (never read by any round) no worse than before this round (156 / 157 of 161,
    // unchanged by it), held-out-4 (spent) at its after figures (323 → 325 / 335 of 336); none confident and wrong.
    const unread = scoreRouting(router, developmentHalf("report", DEVELOPMENT_SET));
    expect(unread.n).toBe(161);
    // Round 11 raised them to 156 / 158 and 331 / 336; typing slips held-out-3's half to 157 / 159.
    expect(Math.round(unread.top1 * unread.n)).toBeGreaterThanOrEqual(157);
    expect(Math.round(unread.top3 * unread.n)).toBeGreaterThanOrEqual(159);
    const spent = scoreRouting(router, phrasingsOf(readPhrasings(DEVELOPMENT_SET_5)));
    expect(Math.round(spent.top1 * spent.n)).toBeGreaterThanOrEqual(331);
    expect(Math.round(spent.top3 * spent.n)).toBeGreaterThanOrEqual(336);
    expect(unread.confidentWrong + spent.confidentWrong).toBe(0);
  });
});

describe("round 6's classes", () => {
  it.each([
    // the verbs and nouns of telling the signs ("распознать", "spot", "аңғару")
    ["как распознать, что сына вербуют", "ru", "warning-signs"],
    ["how can I spot that my brother is being recruited", "en", "warning-signs"],
    // ...while "распознают меня" still asks about anonymity
    ["меня распознают по номеру?", "ru", "is-this-anonymous"],
    // "-сыз" after a consonant is "without": заңсыз is illegal, not the law; қауіпсіз is safe
    ["қандай ұйымдар заңсыз", "kk", "banned-organizations"],
    ["топтан қауіпсіз қалай кетемін", "kk", "leave-a-group"],
    // better not to, how not to harm
    ["ағам ағымға кірді, не істемеген дұрыс", "kk", "what-not-to-do"],
    ["как не оттолкнуть сына, который в секте", "ru", "what-not-to-do"],
    // what the bot does, the verb first
    ["что умеет этот бот", "ru", "what-this-bot-is"],
    ["what can this bot do", "en", "what-this-bot-is"],
    // "you hand my messages over?" without naming the counselor
    ["хабарламаларымды басқаларға бересіздер ме", "kk", "when-confidentiality-ends"],
    // who answers here
    ["кто такие ваши специалисты", "ru", "who-are-counselors"],
    ["who is replying to me", "en", "who-are-counselors"],
    ["мұнда маған кім жазып отыр", "kk", "who-are-counselors"],
    // telling the police about someone oneself
    ["інім туралы полицияға айтайын ба", "kk", "reporting-someone"],
    ["should we tell the police about our neighbour", "en", "reporting-someone"],
    // a material one came across
    ["наткнулась на канал с призывами к войне", "ru", "extremist-materials"],
    ["I came across a video praising ISIS", "en", "extremist-materials"],
    // "each", "каждый" are no topic; "khalifat" is Kazakh though an answer names "Jund al-Khalifat"
    ["is jihad a duty for each muslim", "en", "meaning-of-jihad"],
    ["xalifatqa ant beru mindet pe", "kk", "caliphate-duty"],
    // a Muslim's forms meet ("мусульманина", "мусульман"), and "называть" is "объявлять"
    ["можно ли мусульманина называть неверным", "ru", "takfir"],
    // which phone to buy is shopping
    ["какой телефон лучше купить", "ru", "none"],
    // what to say to someone close is how to talk; "stopped talking" in Kazakh is contact cut
    ["что сказать брату, который ушёл в джамаат", "ru", "talk-to-relative"],
    ["what do I say to my sister, she is in a cult", "en", "talk-to-relative"],
    ["сектаға кірген қызыма не деп айтамын", "kk", "talk-to-relative"],
    ["не знаю что сказать", "ru", "how-to-start"],
    ["қызым бізге хабарласпай кетті", "kk", "how-to-keep-contact"],
    ["agam bizben soilespei qoidy", "kk", "how-to-keep-contact"],
    // what is kept about me, in everyday words
    ["what information do you hold about me", "en", "delete-my-data"],
    ["мен туралы қандай мәлімет сақталады", "kk", "delete-my-data"],
  ] as const)("%s (%s) puts %s first", (text, locale, id) => {
    expect(rankedIds(router.route(text, { locale }))[0]).toBe(id);
  });

  it("offers telling the signs, asked in Kazakh, among the first two (second since round 11's asked lines)", () => {
    // devout-or-radical 0.66, warning-signs 0.65: the outsiders' lines for devout-or-radical say "радикал" too
    const ids = rankedIds(router.route("ұлымның радикалданғанын қалай аңғарамын", { locale: "kk" }));
    expect(ids.slice(0, 2)).toContain("warning-signs");
  });

  it("reads 'won't you tell my parents' as passing on, and telling the police oneself apart from the service", () => {
    expect(readCues("ata-anama aitpaisyzdar ma").asksPassOn).toBe(true);
    expect(readCues("should I tell the police about him").tellsPolice).toBe(true);
    expect(readCues("will you tell the police about me").tellsPolice).toBe(false);
    expect(readCues("как распознать вербовку").asksIdentity).toBe(false);
  });
});
