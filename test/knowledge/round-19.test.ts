// Round 19 (faqtune19): held-out-16.yaml (spent once set 17 was written) split within each language and kind, its
// choosing half's misses read for what generalises (wanting out of a group with fear, one's own jamaat where
// something is off or asking is punished, an own repost beside the fear of being found, "вы … полиции передать",
// a number to ring instead of typing, made to cover up and go, someone calling everyone kafir, homework, imams called
// puppets, "what even is this place", "is he being recruited"), its
// reporting half only reported; and two misses of a black-box walk: a short "may I talk with a person?" and an
// invitation to a job told with fear. The classes, in phrasings of no set, and through the real bot on both databases.
import { describe, expect, it } from "vitest";
import { DEVELOPMENT_SET_19, developmentHalf } from "../../scripts/eval/faq-dev.ts";
import { entry, shownFirst } from "../support/knowledge.ts";
import { say } from "../support/words.ts";
import { counts, describeThroughBot, first, router } from "./rounds.ts";

describe("round 19's development halves", () => {
  it("hold their after figures, none confident and wrong", () => {
    // Before this round (main 4abc43a): choosing half 183 / 194 of 202, confident and wrong 1 (support shown alone to
    // a wish to leave a group told with fear); reporting half 179 / 185 of 191 (unchanged).
    expect(counts(developmentHalf("choose", DEVELOPMENT_SET_19))).toEqual([197, 201, 0]);
    expect(counts(developmentHalf("report", DEVELOPMENT_SET_19))).toEqual([179, 185, 0]);
  });
});

/** An invitation to a job, or one feared: the invitation's entry, in each language and alphabet. */
const INVITED_TO_WORK = [
  ["kk", "мені жұмысқа шақырып жатыр, қорқамын"],
  ["ru", "меня позвали на работу в другой город, страшно"],
  ["en", "someone offered me a job and I'm scared"],
] as const;

describe("round 19's classes", () => {
  it.each([
    // wanting out, with fear: how to leave, not support alone
    ["en", "i really want out of this group but im terrified", "leave-a-group"],
    ["ru", "хочу сбежать из джамаата, но боюсь", "leave-a-group"],
    ["kk", "топтан шыққым келеді, бірақ қорқамын", "leave-a-group"],
    // something off in one's own group, asking punished
    ["ru", "в нашей общине что-то не так, а спросишь — ругают", "doubts-about-my-group"],
    ["kk", "bizdin jamagatta birdene durys emes siiaqty", "doubts-about-my-group"],
    ["en", "something feels off in our group and they get angry when I ask", "doubts-about-my-group"],
    // an own repost with the fear of being found: the law's question
    ["ru", "я репостнул видео год назад, теперь боюсь что за мной придут", "chats-and-reposts"],
    ["kk", "бір видеоны бөлістім, енді мені іздеп табады ма", "chats-and-reposts"],
    // looked up ("пробить") by the group
    ["ru", "они могут пробить меня по номеру, если я тут пишу?", "will-they-find-me"],
    // will you hand my messages to the police
    ["ru", "а вы можете мою переписку полиции передать?", "when-confidentiality-ends"],
    // a number to ring instead of typing
    ["en", "is there a phone number where I can talk to one of you, typing is hard", "how-to-reach-us"],
    // made to cover up and go
    ["en", "my father makes me cover up and attend lessons every week", "forced-to-attend"],
    // someone calls everyone kafir
    ["kk", "bir bala barimizdi kapir dep jur", "takfir"],
    ["ru", "один парень всех называет кафирами, это же неправильно", "takfir"],
    // imams called puppets or bought: whether the traditional scholars sold out
    ["en", "my friend says every imam is a puppet of the state, true?", "traditional-scholars"],
    ["ru", "говорят что все имамы марионетки власти, правда?", "traditional-scholars"],
    ["kk", "имамдардың бәрі сатылған дейді, рас па", "traditional-scholars"],
    // what this place is, an intensifier between
    ["en", "what exactly is this bot", "what-this-bot-is"],
    ["ru", "что это вообще за место", "what-this-bot-is"],
    // is he being recruited: the signs
    [
      "en",
      "my cousin dropped all his friends and only talks religion, is he being brainwashed",
      "warning-signs",
    ],
    // ring rather than type
    ["en", "can I just call you instead of typing all this", "how-to-reach-us"],
    ["ru", "можно вам позвонить вместо того чтобы писать", "how-to-reach-us"],
    ["kk", "жазудың орнына қоңырау шалуға бола ма", "how-to-reach-us"],
    // an invitation to a job, or feared
    ...INVITED_TO_WORK.map(([locale, text]) => [locale, text, "invited-to-meeting"] as const),
    ["kk", "meni jumysqa shaqyryp jatyr, qorqamyn", "invited-to-meeting"],
  ] as const)("%s: %s puts %s first", (locale, text, id) => {
    expect(first(text, locale)).toBe(id);
  });

  it.each([
    // homework and errands are no question for the base
    ["kk", "математикадан үй тапсырмасын шығарып берші"],
    ["ru", "реши мне задачу по математике"],
    ["kk", "маған такси шақырып жіберші"],
  ] as const)("%s: %s gets no entry", (locale, text) => {
    expect(router.route(text, { locale }).route.kind).toBe("none");
  });

  it.each([
    // a summons is the law's question, not an invitation
    ["kk", "інімді тергеуге шақырды, адвокат керек", "lawyer-help"],
  ] as const)("%s: %s puts %s first", (locale, text, id) => {
    expect(first(text, locale)).toBe(id);
  });
});

describeThroughBot("round 19", (h) => {
  it.each([
    ["ru", "можно с живым человеком?"],
    ["ru", "живой человек есть?"],
    ["kk", "tiri adammen soilesuge bola ma"],
    ["en", "can I talk to a real person"],
  ] as const)("a short ask for a person (%s: %s) opens the counselor's consent", async (locale, text) => {
    const person = h().user({ language_code: locale });
    await person.send(text);
    const seen = person.texts().join("\n");
    expect(seen).toContain(say(locale, "consent-counselor-explain", { carried: "yes" }));
    expect(seen).not.toContain(entry("who-are-counselors")[locale].question);
  });

  it.each([...INVITED_TO_WORK, ["kk", "meni jumysqa shaqyryp jatyr, qorqamyn"]] as const)(
    "an invitation to a job told with fear (%s: %s) gets the invitation's answer first",
    async (locale, text) => {
      const person = h().user({ language_code: locale });
      await person.send(text);
      expect(shownFirst(person.texts()[0])).toBe(entry("invited-to-meeting")[locale].question);
    },
  );

  it("a wish to leave told with fear gets how to leave first, not the support reply", async () => {
    const person = h().user({ language_code: "en" });
    await person.send("i want out of this group but im scared");
    const reply = person.texts()[0] ?? "";
    expect(shownFirst(reply)).toBe(entry("leave-a-group").en.question);
    expect(reply).not.toContain(say("en", "faq-support"));
  });
});
