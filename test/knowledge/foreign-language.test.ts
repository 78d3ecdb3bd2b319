// A language the bot does not speak, asked for or written in (src/knowledge/cues/foreign.ts): found in each language
// it is asked in and in the language itself, and never in the project's own phrasings of Kazakh, Russian and English
// (scenarios/faq, the spent FAQ sets and crisis sets), where Kazakh in Latin letters looks like Uzbek and Kazakh
// typed without its letters like Kyrgyz. The bot's reply: test/questions/other-languages.test.ts.
import { describe, expect, it } from "vitest";
import { phrasingsOf } from "../../scripts/eval/faq.ts";
import { foreignAsked } from "../../src/knowledge/cues/foreign.ts";
import { faqLocales } from "../../src/knowledge/schema.ts";
import { SETS_THROUGH_ROUND_15 } from "../crisis/earlier-sets.ts";
import { strings } from "../crisis/held-out-round.ts";
import { testContent } from "../support/content.ts";
import { SETS_BEFORE_SET_11 } from "./earlier-sets.ts";
import { readPhrasings } from "./phrasings.ts";

const { base, router } = testContent().knowledge;

describe("a language the bot does not speak", () => {
  it("is found asked for, in Kazakh, Russian, English and its own words", () => {
    const asked: [string, string][] = [
      ["можно на узбекском?", "uz"],
      ["есть консультанты которые по узбекски говорят", "uz"],
      ["а по-таджикски можно поговорить", "tg"],
      ["Вы понимаете по-турецки?", "tr"],
      ["можно писать на китайском", "zh"],
      ["узбекский?", "uz"],
      ["өзбекше сөйлесе бола ма", "uz"],
      ["ozbekshe soilesuge bola ma", "uz"],
      ["кеңесші қырғызша түсіне ме", "ky"],
      ["ұйғыр тілінде жазсам бола ма", "ug"],
      ["speak uzbek?", "uz"],
      ["can a counselor speak Kyrgyz?", "ky"],
      ["Can I write in Turkish?", "tr"],
      ["do you understand Arabic", "ar"],
      ["Deutsch?", "de"],
      ["o'zbek tilida gaplashsa bo'ladimi", "uz"],
      ["кыргызча сүйлөшсөм болобу", "ky"],
      ["türkçe konuşabilir miyim", "tr"],
      ["Sprechen Sie Deutsch?", "de"],
    ];
    for (const [text, language] of asked) expect(foreignAsked(text)?.language, text).toBe(language);
  });

  it("is found written, in Uzbek (Latin and Cyrillic), Kyrgyz, Tajik, Turkish, German and other scripts", () => {
    const written: [string, string][] = [
      ["Salom, menga yordam kerak, o'g'lim yomon guruhga qo'shildi", "uz"],
      ["assalomu alaykum, qizim boshqa odamlar bilan yuribdi, nima qilay", "uz"],
      ["Ассалому алайкум, ўғлим ёмон одамлар билан юрибди, нима қилишим керак?", "uz"],
      ["Саламатсызбы, уулум жаман топко кошулуп калды, эмне кылам?", "ky"],
      ["Писарам ба як гурӯҳи бегона ҳамроҳ шуд, чӣ кор кунам?", "tg"],
      ["Merhaba, yardım istiyorum, oğlum kötü bir gruba katıldı", "tr"],
      ["Hallo, ich brauche Hilfe, mein Sohn ist in einer Gruppe", "de"],
      ["你好，我的儿子加入了一个奇怪的团体", "zh"],
      ["안녕하세요, 도움이 필요해요", "ko"],
      ["مرحبا، ابني انضم إلى جماعة غريبة", "ar"],
    ];
    for (const [text, language] of written)
      expect(foreignAsked(text), text).toEqual({ language, written: true });
  });

  it("is not found when a language is only told of, or a people named", () => {
    for (const text of [
      "мой сын говорит по-арабски и читает Коран",
      "сын учит арабский язык, можно ли ему запретить?",
      "ұлым араб тілін үйреніп жүр",
      "my son is learning Arabic at the mosque, should I worry?",
      "Кыргызстан граничит с Казахстаном, я там был",
      "у сына появились друзья узбеки",
      "the recruiter was a Turkish man",
      "туркияга кетип калды",
    ])
      expect(foreignAsked(text), text).toBeUndefined();
  });

  it("never fires on the project's own phrasings, but on those about languages", () => {
    const texts = [
      ...base.entries.flatMap((item) =>
        faqLocales.flatMap((locale) => [item[locale].question, ...item[locale].keywords]),
      ),
      ...faqLocales.flatMap((locale) => [...base.asked[locale].values()].flat()),
    ];
    const phrasings = [...SETS_BEFORE_SET_11, "held-out-11.yaml"].flatMap((file) =>
      phrasingsOf(readPhrasings(file)),
    );
    const aboutLanguages = new Set([
      ...(base.asked.ru.get("counselor-languages") ?? []),
      ...(base.asked.kk.get("counselor-languages") ?? []),
      ...(base.asked.en.get("counselor-languages") ?? []),
      ...phrasings.filter(({ expect }) => expect === "counselor-languages").map(({ text }) => text),
    ]);
    const ours = [
      ...texts,
      ...phrasings.map(({ text }) => text),
      ...SETS_THROUGH_ROUND_15.flatMap(strings),
    ].filter((text) => !aboutLanguages.has(text));
    expect(ours.length).toBeGreaterThan(10_000);
    // One ordinary message of a crisis set asks about a language: rightly found.
    expect([...new Set(ours.filter((text) => foreignAsked(text) !== undefined))]).toEqual([
      "does the counselor understand uzbek",
    ]);
  });

  it("routes to the answer about languages, naming the language, confidently", () => {
    const { route, ranked } = router.route("можно на узбекском?", { locale: "ru" });
    expect(route).toMatchObject({
      kind: "answer",
      best: { id: "counselor-languages" },
      alternatives: [],
      foreign: { language: "uz", written: false },
    });
    expect(ranked[0]?.id).toBe("counselor-languages");
  });
});
