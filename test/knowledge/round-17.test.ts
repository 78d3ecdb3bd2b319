// Round 17 (faqtune17): held-out-14.yaml (spent once set 15 was written) split within each language and kind, its
// choosing half's misses read by class (a long story that ends in wanting out of the group, a fear of being found
// that is the law's, a group's claim to sole truth, doubting one's group, someone to tell things to, slang for passing
// messages on, a fear of the police or "органы"), its reporting half only reported. The classes, in phrasings of no set, and a sample through the real bot on both
// databases.
import { describe, expect, it } from "vitest";
import { DEVELOPMENT_SET_17, developmentHalf } from "../../scripts/eval/faq-dev.ts";
import { entry, shownFirst } from "../support/knowledge.ts";
import { say } from "../support/words.ts";
import { counts, describeThroughBot, first, router } from "./rounds.ts";

describe("round 17's development halves", () => {
  it("hold their after figures, none confident and wrong", () => {
    // Before this round (main 759e96a): choosing half 184 / 200 of 204, reporting half 171 / 182 of 189.
    expect(counts(developmentHalf("choose", DEVELOPMENT_SET_17))).toEqual(CHOOSING_AFTER);
    expect(counts(developmentHalf("report", DEVELOPMENT_SET_17))).toEqual(REPORTING_AFTER);
  });
});

const CHOOSING_AFTER = [196, 202, 0];
// 171 when round 17 landed; 170 after the landings that followed it the same hour (texts for relatives, the 111 line,
// plain requests for a person), chosen on no phrasing of this half.
const REPORTING_AFTER = [170, 182, 0];

/** Living inside the group and wanting out, told as a story. */
const WANTS_OUT = [
  [
    "ru",
    "живу у них, работаю на них. хочу выйти из их общины, как это сделать без скандала",
    "leave-a-group",
  ],
  ["kk", "олардың үйінде тұрамын, жұмысым да солармен. шыққым келеді, қалай жасаймын", "leave-a-group"],
  [
    "en",
    "they pay my rent and all my friends are there. I want to get out but I'm scared, how do I do it",
    "leave-a-group",
  ],
] as const;

describe("round 17's classes", () => {
  it.each([
    ...WANTS_OUT,
    // (through the bot the crisis detector reads this "уйти" as leaving life: its reply comes first)
    [
      "ru",
      "живу с ними уже два года, все деньги отдаю им. хочу уйти, но боюсь, как это сделать",
      "leave-a-group",
    ],
    ["kk", "ketkim keledi toptan biraq qorqamyn", "leave-a-group"],
    ["ru", "hochu uiti iz dzhamaata no boyus", "leave-a-group"],
    // not to marry, nor out of a chat
    ["ru", "дочь хочет выйти замуж за парня из другой веры", "mixed-marriage"],
    ["en", "how do I leave the chat where they post those videos", "chats-and-reposts"],
    // found by whom: the law, once a ban or "illegal" is told; the group otherwise
    ["ru", "три года назад репостил ролики, теперь говорят это запрещено. меня найдут?", "chats-and-reposts"],
    [
      "en",
      "back in school I shared some jihad songs on my story, turns out that's illegal. will they track me down?",
      "chats-and-reposts",
    ],
    ["ru", "я боюсь, что меня найдут люди из группы, я от них ушёл", "will-they-find-me"],
    ["en", "I left the group, can they find me?", "will-they-find-me"],
    // only we have the truth, keep it inside
    [
      "ru",
      "наставник говорит, что только у нас истина и что родителям рассказывать нельзя",
      "secret-knowledge",
    ],
    ["kk", "ұстазымыз тек бізде ғана ақиқат бар дейді, басқаларға айтпа дейді", "secret-knowledge"],
    ["en", "our leader says only we know the truth and tells us not to tell outsiders", "secret-knowledge"],
    ["en", "the teacher told me not to tell my parents what we study", "secret-knowledge"],
    // doubting one's group, and asking whether one may
    [
      "ru",
      "у меня появились сомнения насчёт того, чему учит наш устаз, это нормально?",
      "doubts-about-my-group",
    ],
    ["kk", "топтағылардың айтқанына күмәндана бастадым, бұл күнә ма", "doubts-about-my-group"],
    ["en", "i have doubts about what my circle teaches, is that wrong", "doubts-about-my-group"],
    // a fear of the police or the authorities, whoever has it, in any script; not a fear for the person reported
    ["ru", "сын боится идти в органы", "fear-of-police"],
    ["ru", "syn boitsya idti v organy", "fear-of-police"],
    ["kk", "ұлым органдарға баруға қорқады", "fear-of-police"],
    ["kk", "polisiaga baruga qorqamyn", "fear-of-police"],
    ["en", "my dad is afraid the police will question him", "fear-of-police"],
    ["ru", "хочу сообщить в полицию о соседе, но боюсь испортить ему жизнь", "reporting-someone"],
    [
      "en",
      "thinking of telling the cops about my neighbour but scared of ruining his life",
      "reporting-someone",
    ],
    // a sister covering her face: the niqab's entry (its text for relatives: below), "апам" someone close
    ["kk", "апам бетін жаба бастады", "niqab-and-pressure"],
    ["ru", "сестра стала закрывать лицо", "niqab-and-pressure"],
    ["en", "my sister covers her face now", "niqab-and-pressure"],
    // passing messages on, in slang
    ["ru", "вы сливаете мою переписку в полицию?", "when-confidentiality-ends"],
    ["ru", "vy slivaete perepisku v organy?", "when-confidentiality-ends"],
  ] as const)("%s: %s puts %s first", (locale, text, id) => {
    expect(first(text, locale)).toBe(id);
  });

  it("'апам' is someone close", () => {
    expect(router.route("апам бетін жаба бастады", { locale: "kk" }).perspective).toBe("family");
  });

  it.each([
    ["en", "nobody gets me, i wanna talk to somebody"],
    ["kk", "сырласатын біреу жоқ, жалғызбын"],
  ] as const)("someone to tell things to (%s: %s) gets support", (locale, text) => {
    expect(router.route(text, { locale }).route.kind).toBe("support");
  });
});

describeThroughBot("round 17", (h) => {
  it.each(WANTS_OUT)(
    "a story that ends in wanting out (%s) gets how to leave first",
    async (locale, text, id) => {
      const person = h().user({ language_code: locale });
      await person.send(text);
      expect(shownFirst(person.texts()[0])).toBe(entry(id)[locale].question);
    },
  );

  it.each([
    ["ru", "сын боится идти в органы"],
    ["kk", "ұлым органдарға баруға қорқады"],
  ] as const)(
    "a son's fear of the authorities (%s: %s) gets the family's text of fear-of-police",
    async (locale, text) => {
      const person = h().user({ language_code: locale });
      await person.send(text);
      const reply = person.texts()[0] ?? "";
      expect(shownFirst(reply)).toBe(entry("fear-of-police")[locale].question);
      expect(reply).toContain(entry("fear-of-police")[locale].family?.trim() ?? "no text for relatives");
    },
  );

  it.each([
    ["en", "my sister covers her face now"],
    ["ru", "сестра стала закрывать лицо"],
  ] as const)(
    "a sister covering her face (%s: %s) gets the niqab's text for relatives",
    async (locale, text) => {
      const person = h().user({ language_code: locale });
      await person.send(text);
      const reply = person.texts()[0] ?? "";
      expect(shownFirst(reply)).toBe(entry("niqab-and-pressure")[locale].question);
      expect(reply).toContain(entry("niqab-and-pressure")[locale].family?.trim() ?? "no text for relatives");
    },
  );

  it("someone to tell things to gets support and a counselor, no entry first", async () => {
    const person = h().user({ language_code: "kk" });
    await person.send("сырласатын біреу жоқ, жалғызбын");
    expect(person.lastText()).toContain(say("kk", "faq-support"));
    expect(person.buttons()).toContain(say("kk", "menu-talk"));
    expect(shownFirst(person.lastText())).toBeUndefined();
  });
});
