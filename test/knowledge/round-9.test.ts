// Round 9 (faqtune9): held-out-7.yaml (spent by round 8's measurement) split within each language and kind, its
// choosing half's misses chose the changes, its reporting half only reported; held-out-6's and held-out-5's halves
// that no round read are held too. And the classes the round fixed, in phrasings of no set.
import { describe, expect, it } from "vitest";
import { phrasingsOf, readPhrasingSet, scoreRouting } from "../../scripts/eval/faq.ts";
import { DEVELOPMENT_SET_9, developmentHalf, positionHalf } from "../../scripts/eval/faq-dev.ts";
import { routerFor } from "../../src/knowledge/browse.ts";
import { readCues } from "../../src/knowledge/cues/index.ts";
import { rankedIds } from "../../src/knowledge/routing.ts";
import { findPlace, findPlaceNearby } from "../../src/referral/place-names.ts";
import { testContent } from "../support/content.ts";

const router = routerFor(testContent().knowledge.base);
const counts = (phrasings: ReturnType<typeof phrasingsOf>) => {
  const score = scoreRouting(router, phrasings);
  return [Math.round(score.top1 * score.n), Math.round(score.top3 * score.n), score.confidentWrong];
};

describe("round 9's development halves", () => {
  it("hold their after figures, none confident and wrong", () => {
    // Before this round (src/knowledge/README.md, round 9): held-out-7's choosing half 170 / 184 of 191, its
    // reporting half 166 / 171 of 178; held-out-6's reporting half 153 / 167 of 176, held-out-5's even half
    // 150 / 169 of 174. After it: 186 / 190, 166 / 171, 154 / 168, 152 / 170; held-out-6's choosing half
    // 154 / 174, held-out-4 331 / 336. Round 10 (asked lists, README.md): 186 / 191, 167 / 176, 165 / 171,
    // 163 / 182, 160 / 171, 330 / 336. Round 11 (16 asked lines an entry, README.md) moved them to the figures
    // held here: held-out-7's halves and held-out-6's reporting half each lost one in the top three (and the choosing
    // half one first) as the asked lines' weight was halved, for +2 top-1 on held-out-7's reporting half.
    // Round 12 (Russian infinitives and "-овать" verbs, where to begin, a friend and a plea for help; README.md)
    // raised held-out-7's reporting half to 170 / 177, held-out-6's halves to 166 / 170 and 172 / 185, held-out-4
    // to 332. Round 13 (words that mean prison only in context, going to the police about someone) raised
    // held-out-6's reporting half to 167 / 171.
    // Round 16 (faqtune16: how to talk to someone close, a peer's trouble, a relative's trip, the mosque as ordinary
    // practice) raised held-out-7's choosing half to 186, its reporting half to 170 and held-out-6's choosing half
    // to 174.
    // Top-1 187 since round 17's landings (186 before).
    expect(counts(developmentHalf("choose", DEVELOPMENT_SET_9))).toEqual([187, 191, 0]);
    // 169 since round 14 (faqtune14): the forced-to-attend entry's words (parents, mosque, lessons) changed the
    // words' rarity, and one phrasing of this never-read half lost its first place (its top three held).
    // 171 since round 20's classes (never read).
    expect(counts(developmentHalf("report", DEVELOPMENT_SET_9))).toEqual([171, 177, 0]);
    // 166 / 170 since routing26 (outsider26's defect 11, README.md "Pressure and preachers"): a parent whose son
    // follows sheikhs' channels gets the family's entries, where this set's writer expected online-preachers (the
    // brief and the label disagree; the brief was followed). Its choosing half gained one first (172).
    // 165 since round 14 (faqtune14) on top of the Kazakh second reading (kkreader's glossary): one phrasing of this
    // never-read half lost its first place (not printed; each change alone kept 166).
    expect(counts(developmentHalf("report", "held-out-6.yaml"))).toEqual([165, 170, 0]);
    // 171 since stop 25: the crisis model retrained on round 13 and training round G (1a2f86c, 598f2ac) raises danger on "what's the next step once I reach out to one of your people, do they call me?" ("they").
    // Top-3 186 since the Kazakh second reading (kkreader): hotline-114's question no longer says "жедел желі", so
    // "экстремистер жастарды желіде қалай аулайды" finds online-recruitment third instead of fourth.
    // Round 14 (faqtune14: typing slips alone never answer, cues from held-out-11) raised it to 173 first, and
    // held-out-5's even half to 162.
    // Round 15 (faqtune15: idioms of death, ordinary practice, a name withheld, where the service is) raised it to
    // 173 / 187, held-out-5's even half to 163 and held-out-4 to 333; round 19 (someone calling others kafir) to 175;
    // round 20 (how recruiters work) to 176.
    expect(counts(developmentHalf("choose", "held-out-6.yaml"))).toEqual([176, 187, 0]);
    expect(counts(positionHalf("even"))).toEqual([163, 172, 0]);
    // Top-1 334 since round 17's landings (333 before).
    expect(counts(phrasingsOf(readPhrasingSet("held-out-4.yaml")))).toEqual([334, 336, 0]);
  });
});

describe("round 9's classes", () => {
  it.each([
    // a person or a neural network on the other side, a verb between
    ["там живой человек сидит или нейросетка пишет?", "ru", "who-are-counselors"],
    // a center named without asking where: what they do there
    ["what would your center do with my nephew if he came", "en", "what-centers-do"],
    // secrecy with the unstressed o typed as a
    ["нам сказали никаму не говорить про наши занятия", "ru", "secret-knowledge"],
    // a grandchild's job abroad is a relative's trip
    [
      "my grandson got a job abroad through people he met online, should I worry",
      "en",
      "relative-wants-to-travel",
    ],
    // "what are you for a service" with words between
    ["а что вы такое за сервис вообще", "ru", "what-this-bot-is"],
    // outlawed
    ["какие группы в Казахстане вне закона", "ru", "banned-organizations"],
    // places: a region's adjective, a slip in the city, in the center word, in the region word
    ["Кызылординская обл", "ru", "directory"],
    ["адрес центра в Павлодре", "ru", "directory"],
    ["Aktobe cenetr", "en", "directory"],
    ["Pavlodar rgion", "en", "directory"],
  ] as const)("%s (%s) puts %s first", (text, locale, id) => {
    expect(rankedIds(router.route(text, { locale }))[0]).toBe(id);
  });

  it("offers being tried, asked in Kazakh, among the first two (second since round 10's asked lists)", () => {
    const ids = rankedIds(router.route("пост бөліскенім үшін соттай ма", { locale: "kk" }));
    expect(ids.slice(0, 2)).toContain("legal-consequences");
  });

  it("offers nothing for a long everyday story that grazes the base by a word or two", () => {
    const routed = router.route(
      "добрый день, стиральная машина перестала сливать воду, мастер приходил и сказал что сломался насос, ремонтировать или покупать новую, подскажите пожалуйста",
      { locale: "ru" },
    );
    // it asks for advice: "who is it about?" with no candidates, never an answer
    expect(routed.route).toEqual({ kind: "clarify", candidates: [] });
  });

  it("gives support first to someone who asks for someone to talk to, whatever else the message asks", () => {
    const routed = router.route("күйеуім түрмеде, балалармен жалғыз қалдым, біреумен сөйлескім келеді", {
      locale: "kk",
    });
    expect(routed.route.kind).toBe("support");
  });

  it("reads place names, centers and kin with one slip or in Latin letters, and not everyday words", () => {
    expect(findPlaceNearby("куда обратиться в Шымкнте")?.region).toBe("shymkent");
    expect(findPlace("Шығыс Қазақстан облысы")?.region).toBe("east-kazakhstan");
    expect(findPlace("Ақмола облысы")?.region).toBe("akmola");
    // "оралған" (returned) is no Oral, "жабылуы" (to be closed) no Zhambyl, "асырау" (to feed) no Atyrau
    for (const text of ["Сириядан оралғандарға қайда барамыз", "есік жабылуы керек", "отбасын асырау"])
      expect(findPlaceNearby(text), text).toBeUndefined();
    expect(readCues("control in Almaty", "en").namesCenter).toBe(false);
    expect(readCues("есть ли ваш цнтр в Семее", "ru").namesCenter).toBe(true);
    expect(readCues("brat v sekte, chto delat", "ru").perspective).toBe("family");
    expect(readCues("küieuım sottaldy, mağan kım kömektesedı", "kk").relativeImprisoned).toBe(true);
    expect(readCues("дочь сидит в телеграме целыми днями", "ru").relativeImprisoned).toBe(false);
    expect(readCues("ұлым менімен байланысты үзіп тастады", "kk").asksWhere).toBe(false);
  });
});
