// Answers addressed to the person who is asking (issue 10), through the real bot on both databases, in kk, ru and en:
// - a mother, a sister or a brother who asks about someone close in a chat that reposts radical things, wanting to
//   leave a group, made to attend a mosque or lessons, afraid of the police, watching extremist videos or learning
//   from preachers online gets the entry's text for someone close (what to do and not to do, where to turn), and the
//   person asking for themselves gets the answer written to them, never the relative's text;
// - a list of questions shown to a relative opens the same text whether its button is pressed or its number typed.
// Phrasings written by "content29" for these classes, none from a phrasing set.
import { describe, expect, it } from "vitest";
import type { FaqLocale } from "../../src/knowledge/schema.ts";
import { firstMessageHooks } from "../support/first-message.ts";
import { DATABASE_KINDS, type TestUser } from "../support/harness.ts";
import { entry } from "../support/knowledge.ts";
import { say } from "../support/words.ts";

type Case = readonly [FaqLocale, string, string];

/** A relative writes about the person involved. */
const ABOUT_RELATIVE: readonly Case[] = [
  ["ru", "сына добавили в чат где постят радикальное, ему что-то будет?", "chats-and-reposts"],
  ["kk", "ұлымды радикалды видео тарататын чатқа қосып қойыпты", "chats-and-reposts"],
  ["en", "my son got added to a chat that shares radical videos, is he in trouble?", "chats-and-reposts"],
  ["ru", "дочь хочет выйти из группы но боится их", "leave-a-group"],
  // someone calling others kafir is takfir (round 19), the relative's text for the parent so labelled
  ["kk", "ұлым мені кәпір дейді", "takfir"],
  ["kk", "ұлым жамағаттан шыққысы келеді, қалай көмектесем", "leave-a-group"],
  ["en", "my brother wants to leave his group safely, how can I help", "leave-a-group"],
  ["ru", "сестру муж заставляет носить никаб и ходить в мечеть", "forced-to-attend"],
  ["kk", "қызымды күйеуі мешітке баруға мәжбүрлейді", "forced-to-attend"],
  ["en", "my sister's husband forces her to go to meetings", "forced-to-attend"],
  ["ru", "брат боится просить помощи из-за полиции", "fear-of-police"],
  // afraid to go to the police himself, not asking whether to report someone (cues/reporting.ts)
  ["ru", "сын боится идти в полицию, ему что-то будет?", "fear-of-police"],
  ["kk", "ұлым полициядан қорқады, оған бірдеңе бола ма", "fear-of-police"],
  ["en", "my son is afraid of the police, will he get in trouble?", "fear-of-police"],
  ["ru", "сын смотрит экстремистские видео что делать", "extremist-materials"],
  ["kk", "ұлымның телефонынан экстремистік видео көрдім", "extremist-materials"],
  ["en", "my son watches extremist videos, what should I do", "extremist-materials"],
  ["ru", "сын учит ислам по проповедникам в тикток, это нормально?", "online-preachers"],
  ["kk", "ұлым исламды тиктоктағы уағызшылардан үйреніп жүр", "online-preachers"],
  ["en", "my son learns islam from preachers on youtube, is that ok?", "online-preachers"],
  // content30: a relative afraid the group will come after someone close, or whose relative doubts the group
  ["ru", "мой сын боится что его найдут из группы", "will-they-find-me"],
  ["kk", "ұлым топтан шыққан соң оны іздеп табады ма", "will-they-find-me"],
  ["en", "my sister is scared the group will find her", "will-they-find-me"],
  ["ru", "брат сомневается в своей группе, можно ли ему задавать вопросы", "doubts-about-my-group"],
  ["kk", "інім тобына күмәнданады", "doubts-about-my-group"],
  ["en", "my brother has doubts about his group, is it normal?", "doubts-about-my-group"],
];

/** A relative tells of someone close who is alone and ashamed: support, whose "what can help" is for them. */
const DISTRESS_OF_RELATIVE: readonly (readonly [FaqLocale, string])[] = [
  ["ru", "моей дочери не с кем поговорить, ей стыдно и страшно"],
  ["kk", "қызымның сырласатын адамы жоқ, ол жалғыз қалды"],
  ["en", "my daughter has no one to talk to"],
];

/** The person involved writes for themselves. */
const FOR_THEMSELVES: readonly Case[] = [
  ["ru", "меня добавили в чат где постят радикальное, мне что-то будет?", "chats-and-reposts"],
  ["kk", "мені радикал чатқа қосып қойды, маған не болады", "chats-and-reposts"],
  ["en", "I want to leave my jamaat safely", "leave-a-group"],
  ["kk", "жамағаттан шыққым келеді, қалай қауіпсіз шығамын", "leave-a-group"],
  ["ru", "муж заставляет меня ходить на уроки к устазу", "forced-to-attend"],
  ["kk", "күйеуім мені мешітке баруға мәжбүрлейді", "forced-to-attend"],
  ["en", "I'm scared to ask for help because of the police", "fear-of-police"],
  ["ru", "я увидел экстремистское видео что делать", "extremist-materials"],
  ["ru", "можно ли мне учить ислам по роликам на ютубе", "online-preachers"],
  ["ru", "меня найдут если я уйду из группы?", "will-they-find-me"],
  ["en", "will the group find me through this chat?", "will-they-find-me"],
  ["kk", "тобыма күмәнім бар, сұрақ қоюға бола ма", "doubts-about-my-group"],
];

/** A relative's message answered with a list; `id` is listed, with a text (or an opening line) for relatives. */
// "ұлым мені кәпір дейді" was listed here until round 19 read someone calling others kafir as takfir: answered now
// (ABOUT_RELATIVE).
const LIST_FOR_RELATIVE: readonly Case[] = [
  ["kk", "қызым экстремистік арнадан бірдеңе бөлісіпті", "chats-and-reposts"],
  ["ru", "сын боится, ему что-то будет?", "fear-of-police"],
  ["en", "my daughter reposted something from an extremist channel", "chats-and-reposts"],
];

const paragraphs = (text: string) =>
  text
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim());

/** The paragraphs of an entry's answer that its text for relatives does not have: a relative never sees them. */
function writtenToThemOnly(id: string, locale: FaqLocale): string[] {
  const { answer, family = "" } = entry(id)[locale];
  return paragraphs(answer).filter((paragraph) => !family.includes(paragraph));
}

/** The text that shows the entry `id`: answered at once, or opened from the list offered. */
async function opened(
  person: TestUser,
  seen: readonly string[],
  id: string,
  locale: FaqLocale,
): Promise<string> {
  const { question } = entry(id)[locale];
  if (seen[0]?.split("\n")[0] === question) return seen[0];
  await person.press(new RegExp(`^\\d\\. ${question.slice(0, 12)}`));
  return person.lastText();
}

/** The number the list in `text` gives the entry `id`. */
function numberOf(text: string, id: string, locale: FaqLocale): string {
  const line = text.split("\n").find((candidate) => candidate.slice(3) === entry(id)[locale].question);
  expect(line, `${id} listed in: ${text}`).toBeDefined();
  return line?.slice(0, 1) ?? "";
}

describe.each(DATABASE_KINDS)("answers addressed to the person asking, on %s", (kind) => {
  const written = firstMessageHooks(kind);

  it.each(ABOUT_RELATIVE)("%s: %s → %s, the text for someone close", async (locale, text, id) => {
    const { person, seen } = await written(locale, text);
    const shown = await opened(person, seen, id, locale);
    const { question, family } = entry(id)[locale];
    expect(shown.split("\n")[0]).toBe(question);
    expect(shown).toContain(family?.trim() ?? "no text for relatives");
    const theirs = writtenToThemOnly(id, locale);
    expect(theirs.length).toBeGreaterThan(0);
    for (const paragraph of theirs) expect(shown).not.toContain(paragraph);
  });

  it.each(FOR_THEMSELVES)("%s: %s → %s, the answer written to them", async (locale, text, id) => {
    const { person, seen } = await written(locale, text);
    const shown = await opened(person, seen, id, locale);
    const { answer, family = "" } = entry(id)[locale];
    const forRelativesOnly = paragraphs(family).filter((paragraph) => !answer.includes(paragraph));
    expect(forRelativesOnly.length).toBeGreaterThan(0);
    expect(shown).toContain(answer.trim());
    for (const paragraph of forRelativesOnly) expect(person.texts().join("\n")).not.toContain(paragraph);
  });

  it.each(DISTRESS_OF_RELATIVE)("%s: %s → support, then the text for someone close", async (locale, text) => {
    const { person } = await written(locale, text);
    await person.press(say(locale, "faq-support-more"));
    const { family } = entry("emotional-support")[locale];
    expect(person.lastText()).toContain(family?.trim() ?? "no text for relatives");
    for (const paragraph of writtenToThemOnly("emotional-support", locale))
      expect(person.lastText()).not.toContain(paragraph);
  });

  it("someone alone and ashamed for themselves opens the support text written to them", async () => {
    const { person } = await written("ru", "мне стыдно и страшно, не с кем поговорить");
    await person.press(say("ru", "faq-support-more"));
    const { answer, family = "" } = entry("emotional-support").ru;
    expect(person.lastText()).toContain(answer.trim());
    expect(person.lastText()).not.toContain(family.trim().split("\n")[0]);
  });

  it.each(LIST_FOR_RELATIVE)(
    "%s: %s → the list's number typed opens %s as its button does",
    async (locale, text, id) => {
      const pressing = await written(locale, text);
      const number = numberOf(pressing.seen.at(-1) ?? "", id, locale);
      await pressing.person.press(new RegExp(`^${number}\\. `));
      const pressed = pressing.person.lastText();
      expect(pressed).toContain(entry(id)[locale].family?.trim() ?? "no text for relatives");

      const typing = await written(locale, text);
      await typing.person.send(number);
      expect(typing.person.lastText()).toBe(pressed);
      expect(typing.person.buttons()).toEqual(pressing.person.buttons());
    },
  );

  it("after 'who is it about?', someone close, a number typed opens what its button opens", async () => {
    const pressing = await written("ru", "что делать?");
    await pressing.person.press(say("ru", "faq-clarify-family"));
    await pressing.person.press(/^2\. /u);
    const typing = await written("ru", "что делать?");
    await typing.person.press(say("ru", "faq-clarify-family"));
    await typing.person.send("2");
    expect(typing.person.lastText()).toBe(pressing.person.lastText());
    expect(typing.person.buttons()).toEqual(pressing.person.buttons());
  });

  it("a list shown to someone asking for themselves opens the answer written to them when its number is typed", async () => {
    const { person, seen } = await written("en", "i reposted something from an extremist channel");
    const number = numberOf(seen.at(-1) ?? "", "chats-and-reposts", "en");
    await person.send(number);
    const { answer, family = "" } = entry("chats-and-reposts").en;
    expect(person.lastText()).toContain(answer.trim());
    expect(person.lastText()).not.toContain(family.trim());
  });
});
