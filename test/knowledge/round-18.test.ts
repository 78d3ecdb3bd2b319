// Round 18 (faqtune18): held-out-15.yaml (spent once set 16 was written) split within each language and kind, its
// choosing half's misses read for what generalises (the 2018 Latin alphabet's ı, a city with "жақта" or in English,
// "hard to put into words" that is not distress, "should I be alarmed?" about what one sees, how-to-tell typed as
// heard), its reporting half only reported. The classes, in phrasings of no set, and a sample through the real bot on
// both databases.
import { describe, expect, it } from "vitest";
import { DEVELOPMENT_SET_18, developmentHalf } from "../../scripts/eval/faq-dev.ts";
import { entry, shownFirst } from "../support/knowledge.ts";
import { say } from "../support/words.ts";
import { counts, describeThroughBot, first, router } from "./rounds.ts";

describe("round 18's development halves", () => {
  it("hold their after figures, none confident and wrong", () => {
    // Before this round (main 757de51): choosing half 178 / 194 of 203, confident and wrong 1 (support shown alone
    // to "мне тяжело сформулировать…"); reporting half 172 / 183 of 190 (unchanged: the classes did not reach it; 173
    // first since round 19's, never read). Choosing half 186 / 198 since round 20's classes.
    expect(counts(developmentHalf("choose", DEVELOPMENT_SET_18))).toEqual([186, 198, 0]);
    expect(counts(developmentHalf("report", DEVELOPMENT_SET_18))).toEqual([173, 183, 0]);
  });
});

/** Hard to put into words: where to begin here, not distress. */
const HARD_TO_SAY = [
  ["ru", "мне сложно сформулировать, что писать"],
  ["kk", "айту қиын, неден бастарымды білмеймін"],
  ["en", "it's hard to find the words, where do I begin"],
] as const;

describe("round 18's classes", () => {
  it.each([
    // the 2018 alphabet's ı after a vowel is й: "Semeı" is Семей; a city in the area ("жақта") or in English
    ["kk", "Semeıden kómek kerek", "directory"],
    ["kk", "Aqtóbede ortalyq qaıda", "directory"],
    ["kk", "Pavlodar jaqta", "directory"],
    ["kk", "Атырау жақтан көмек керек", "directory"],
    ["en", "near Aktobe", "directory"],
    ["kk", "Oraldan kómek kerek", "directory"],
    // hard to put into words
    ...HARD_TO_SAY.map(([locale, text]) => [locale, text, "how-to-start"] as const),
    ["ru", "трудно объяснить, не знаю с чего начать", "how-to-start"],
    // writing is hard, a voice would be easier: how to reach us, not where to begin
    ["kk", "сөйлесіп айтқым келеді, жазу қиын, қоңырау шалатын нөмір бар ма", "how-to-reach-us"],
    // should I be alarmed at what I see: the signs; about a trip, the trip's entry; about prayer, devout or radical
    ["ru", "дочь перестала видеться с подругами и всё скрывает, стоит ли волноваться", "warning-signs"],
    ["ru", "муж перестал общаться с родными, стоит ли бить тревогу", "warning-signs"],
    ["kk", "інім ескі достарымен араласпай қойды, алаңдау керек пе", "warning-signs"],
    ["en", "my brother cut off his friends and hides his phone, should we be worried", "warning-signs"],
    ["ru", "сын собрался в Египет, стоит ли волноваться", "relative-wants-to-travel"],
    ["en", "my son started praying at the mosque every day, should I be worried", "devout-or-radical"],
    // how to tell, typed as heard
    ["en", "how do i no if my brother is radicalised", "warning-signs"],
  ] as const)("%s: %s puts %s first", (locale, text, id) => {
    expect(first(text, locale)).toBe(id);
  });

  it.each([
    ["ru", "мне тяжело, не с кем поговорить"],
    ["kk", "маған қиын, сөйлесетін ешкім жоқ"],
    ["en", "its hard to explain but I feel so alone"],
  ] as const)("distress beside hard-to-say words (%s: %s) still gets support", (locale, text) => {
    expect(router.route(text, { locale }).route.kind).toBe("support");
  });
});

describeThroughBot("round 18", (h) => {
  it.each(HARD_TO_SAY)(
    "hard to put into words (%s: %s) gets where to begin first, not the support reply",
    async (locale, text) => {
      const person = h().user({ language_code: locale });
      await person.send(text);
      const reply = person.texts()[0] ?? "";
      expect(shownFirst(reply)).toBe(entry("how-to-start")[locale].question);
      expect(reply).not.toContain(say(locale, "faq-support"));
    },
  );

  it("a city in the 2018 Latin alphabet gets the same centers as in Cyrillic", async () => {
    const latin = h().user({ language_code: "kk" });
    await latin.send("Semeıden kómek kerek");
    const cyrillic = h().user({ language_code: "kk" });
    await cyrillic.send("Семейден көмек керек");
    expect(latin.texts()[0]).toBe(cyrillic.texts()[0]);
    // the region was read, so the bot does not ask where
    expect(latin.texts()[0]?.startsWith(say("kk", "centers-ask"))).toBe(false);
  });

  // (through the bot the crisis detector's model reads "дочь перестала видеться с подругами и всё скрывает" as
  // self-harm: its reply comes first, src/crisis)
  it.each([
    ["ru", "брат перестал видеться с друзьями, это тревожный знак?"],
    ["en", "my brother cut off his friends and hides his phone, should we be worried"],
  ] as const)(
    "'should I be alarmed' about what one sees (%s) gets the warning signs first",
    async (locale, text) => {
      const person = h().user({ language_code: locale });
      await person.send(text);
      expect(shownFirst(person.texts()[0])).toBe(entry("warning-signs")[locale].question);
    },
  );
});
