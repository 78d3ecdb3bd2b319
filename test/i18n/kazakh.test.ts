// Kazakh texts use one spelling and one term throughout (a second reader's rules, kept by a test),
// and dates take the case ending the sentence needs.
import { describe, expect, it } from "vitest";
import { untilDate } from "../../src/i18n/dates.ts";
import { kazakhDateCase } from "../../src/i18n/kazakh-dates.ts";
import { testContent } from "../support/content.ts";

const { base } = testContent().knowledge;
/**
 * Everything a person or a counselor reads in Kazakh: locales, canned replies, FAQ titles, questions and answers (and
 * the answers' texts for relatives).
 */
const kazakh = [
  testContent().locales.kk,
  ...testContent().templates.map((template) => template.kk),
  ...base.categories.map((category) => category.kk),
  ...base.entries.flatMap((entry) => [entry.kk.question, entry.kk.answer, entry.kk.family ?? ""]),
].join("\n");

describe("Kazakh texts", () => {
  it("spell 'thank you' one way, call recruiters one thing, and drop the calque of 'welcome back'", () => {
    expect(kazakh.match(/рақмет/giu) ?? []).toEqual([]);
    expect(kazakh).toMatch(/рахмет/i);
    // "Recruiters" is жалдаушылар everywhere (not арбаушылар).
    expect(kazakh.match(/арбауш\p{L}*/giu) ?? []).toEqual([]);
    expect(kazakh).toMatch(/жалдаушы/i);
    expect(kazakh).not.toMatch(/Қайта келуіңізбен/);
  });

  // The glossary of the second reader (see the commit that added this): one word per concept.
  it.each([
    ["a consultation center is a кеңес беру орталығы", /консультациялық/i],
    ["the hotline is a сенім телефоны", /жедел желі/i],
    ["recruitment is топқа тарту", /үгіт/i],
    ["a case is an өтініш", /сұраныс/i],
    ["a supervisor is a супервизор", /жетекшілер/i],
    ["a location is a геолокация", /орналасқан жер/i],
    ["a username is a ник", /username/i],
    ["'for the family' takes отбасына or отбасы үшін", /отбасыға/i],
    // The third reader's: a bare пошта мекенжайы is a postal address; кезекте is "in the queue", not "on shift".
    ["an e-mail address is an электрондық пошта мекенжайы", /(?<!электрондық )пошта мекенжай/i],
    ["counselors on shift are кезекшілікте", /кеңесшілер кезекте/i],
    // The fourth reader's: "with the bot" is the instrumental ботпен; a separate "бот пен" reads "the bot and".
    ["a private chat with the bot is ботпен жеке чат", /бот пен жеке/i],
    // A case's reference (K7F3) is its нөмір, as in /take's usage; сілтеме is the encrypted link to the person's chat.
    ["a case's reference is its нөмірі", /оның сілтемесі/i],
  ])("%s", (_rule, avoided) => {
    expect(kazakh.match(new RegExp(avoided.source, "giu")) ?? []).toEqual([]);
  });

  it("names the conversation with a counselor әңгіме in the bot's own texts (сөйлесу stays the verb: 'Қайта сөйлесу')", () => {
    expect(
      testContent().locales.kk.match(/сөйлесуді аяқта\p{L}*|сөйлесуіңіз|(жаңа|ашық|бұл|ол) сөйлесу\b/giu) ??
        [],
    ).toEqual([]);
  });

  it("puts the dative before дейін and the locative for 'on' a date, for every month", () => {
    expect(kazakhDateCase("3 қаңтар", "dative")).toBe("3 қаңтарға");
    expect(kazakhDateCase("2026 ж. 6 желтоқсан", "locative")).toBe("2026 ж. 6 желтоқсанда");
    expect(kazakhDateCase("1 сәуір", "dative")).toBe("1 сәуірге");
    expect(kazakhDateCase("9 қыркүйек", "dative")).toBe("9 қыркүйекке");
    for (let month = 0; month < 12; month++) {
      const date = new Date(Date.UTC(2027, month, 3, 6));
      expect(untilDate("kk", date, "Asia/Almaty")).toMatch(/^3 \p{L}+(ға|ге|қа|ке)$/u);
    }
    expect(untilDate("kk", new Date(Date.UTC(2027, 0, 3, 6)), "Asia/Almaty")).toBe("3 қаңтарға");
    expect(untilDate("ru", new Date(Date.UTC(2027, 0, 3, 6)), "Asia/Almaty")).toBe("3 января");
  });
});
