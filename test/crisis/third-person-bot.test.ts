// Issue 10 through the real bot, on both databases: the reproductions (third-person and indirect
// signals, in kk, ru and en) now get the safety reply and are remembered as a crisis of the
// right category, while ordinary travel, study and work questions and idioms close to them in
// words get no emergency reply at all.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import type { CrisisCategory } from "../../src/crisis/categories.ts";
import { createHarness, DATABASE_KINDS, type Harness } from "../support/harness.ts";
import { firstMessage, isCrisisReply } from "./crisis-bot.ts";

// A passport taken by others is also a danger to the person, the more severe category: the
// person sees the numbers of both (112 and 102), and the danger text first.
const REPRODUCTIONS: { locale: Locale; category: CrisisCategory; text: string }[] = [
  // The issue's own words.
  { locale: "ru", category: "travel-pressure", text: "друзья купили ему билет в Турцию" },
  { locale: "ru", category: "travel-pressure", text: "друзья организовали ему поездку в Турцию" },
  { locale: "en", category: "travel-pressure", text: "they bought him a ticket to Turkey" },
  { locale: "en", category: "travel-pressure", text: "His new friends will pay" },
  { locale: "ru", category: "violence", text: "я вас найду" },
  { locale: "en", category: "self-harm", text: "he said he will do it on Friday" },
  { locale: "en", category: "self-harm", text: "the pills are ready" },
  { locale: "en", category: "self-harm", text: "the last time you hear from me" },
  { locale: "en", category: "travel-pressure", text: "a stranger in Turkey sent her money for the tickets" },
  { locale: "en", category: "travel-pressure", text: "they keep his passport" },
  { locale: "en", category: "violence", text: "he said he will punish them with a knife" },
  // The same classes in the other languages and alphabets.
  { locale: "ru", category: "self-harm", text: "он сказал что сделает это в пятницу" },
  { locale: "ru", category: "self-harm", text: "сын раздал свои вещи и попрощался со всеми" },
  { locale: "ru", category: "travel-pressure", text: "паспорт брата забрал его наставник" },
  { locale: "ru", category: "violence", text: "брат говорит что неверных надо наказать оружием" },
  { locale: "kk", category: "travel-pressure", text: "достары оған Түркияға билет алып берді" },
  { locale: "kk", category: "travel-pressure", text: "dostary ogan Turkiyaga bilet alyp berdi" },
  { locale: "kk", category: "travel-pressure", text: "inimniñ pasportyn dostary alıp qoidy" },
  { locale: "kk", category: "violence", text: "мен сендерді табамын" },
  { locale: "kk", category: "violence", text: "ol olardy pyshaqpen jazalaimyn dedi" },
  { locale: "kk", category: "self-harm", text: "жұма күні істеймін деді" },
  { locale: "kk", category: "self-harm", text: "бәрімен қоштасып, заттарын таратып берді" },
  // explore2's defect 4: a trip paid by new friends, told among other worries.
  {
    locale: "en",
    category: "travel-pressure",
    text: "my son grew a beard, stopped talking to us, and his new friends are paying for his trip to turkey. what do i do",
  },
  {
    locale: "ru",
    category: "travel-pressure",
    text: "Мой сын отрастил бороду, перестал с нами разговаривать, новые друзья оплачивают ему поездку за границу. Что мне делать?",
  },
  { locale: "kk", category: "travel-pressure", text: "жаңа достары шетелге сапарын төлеп жатыр" },
];

// Hard negatives: the same words in ordinary questions, and the idioms the issue names.
// "Мама меня убьёт" (and its kk and en forms) is an idiom by decision: see the exclusions in
// scenarios/crisis/*.yaml.
const ORDINARY: { locale: Locale; text: string }[] = [
  { locale: "ru", text: "мы купили ему билет в Турцию на каникулы" },
  { locale: "ru", text: "друзья купили ему билет на концерт" },
  { locale: "ru", text: "Сын хочет учиться в Египте, университет оплачивает перелёт. Это безопасно?" },
  { locale: "ru", text: "как убить время в аэропорту" },
  { locale: "ru", text: "мама меня убьёт, если узнает что я сюда пишу" },
  { locale: "ru", text: "как я вас найду, какой у вас адрес" },
  { locale: "en", text: "we bought him a ticket to Turkey for the holidays" },
  { locale: "en", text: "just killing time before the consultation" },
  { locale: "en", text: "my mom will kill me if she finds out" },
  { locale: "en", text: "how will I find you? where is the center" },
  { locale: "en", text: "his employer paid for the ticket to Dubai, he works there" },
  { locale: "kk", text: "біз оған Түркияға демалысқа билет алып бердік" },
  { locale: "kk", text: "ұлым Түркияға оқуға барғысы келеді, грант жол ақысын төлейді" },
  { locale: "kk", text: "уақыт өлтіру үшін не істеуге болады" },
  { locale: "kk", text: "сізді қалай табамын, мекенжайыңыз қандай" },
  { locale: "kk", text: "анам мені өлтіреді, телефонымды жоғалтып алдым" },
  { locale: "en", text: "my parents are paying for my trip to turkey this summer" },
  { locale: "ru", text: "родители оплачивают мне поездку за границу на каникулы" },
];

describe.each(DATABASE_KINDS)("third-person and indirect crisis signals on %s", (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(kind);
  });
  beforeEach(() => h.db.reset());
  afterAll(() => h.close());

  it.each(REPRODUCTIONS)(
    "$locale $category: $text gets the safety reply",
    async ({ locale, category, text }) => {
      const { replies, storedCategory } = await firstMessage(h, locale, text);
      const first = replies[0]!;
      expect(isCrisisReply(h, locale, first), "the first reply is the safety reply").toBe(true);
      expect(first.text).toContain("112");
      if (category === "travel-pressure") expect(first.text).toContain("102");
      const expected = /паспорт|passport|pasport/i.test(text) ? [category, "danger"] : [category];
      expect(expected).toContain(storedCategory);
    },
  );

  it("gives no emergency reply to ordinary travel, study and work questions or idioms", async () => {
    const raised: string[] = [];
    for (const { locale, text } of ORDINARY) {
      const { crisis, storedCategory } = await firstMessage(h, locale, text);
      if (crisis || storedCategory) raised.push(text);
    }
    expect(raised).toEqual([]);
  });
});
