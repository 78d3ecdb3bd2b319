// Free-text routing defects an outsider found (outsider26, 2026-12-07, defects 10 and 11), each as the class it
// stands for, through the router and through the real bot on both databases, in kk, ru and en:
// - help in a city ("Астанада көмек керек", "нужна помощь в Астане", "help in Aktobe") is the centers' directory for
//   that city, as "center in <city>" is, and shows the same;
// - forced or pressured to go somewhere religious ("мені мешітке баруға мәжбүрлеп жатыр") is about the pressure
//   (forced-to-attend since round 14, niqab-and-pressure, leave-a-group), never another theological answer;
// - a parent whose child follows a preacher online gets the family's entries, not "can I learn from YouTube
//   preachers?";
// - a relative named ("how do I know if my sister is in a cult?") is whom the message is about: never "who is this
//   about?";
// - two concerns in one message ("does anyone speak English? my sister joined some group") get the first answered
//   and the second offered by name.
// Written by "routing26" from the defects' reproductions (marked) and phrasings of its own, none from a set.
import { describe, expect, it } from "vitest";
import { textToMatch } from "../../src/knowledge/browse.ts";
import { rankedIds } from "../../src/knowledge/routing.ts";
import type { FaqLocale } from "../../src/knowledge/schema.ts";
import { testContent } from "../support/content.ts";
import { firstMessageHooks } from "../support/first-message.ts";
import { DATABASE_KINDS } from "../support/harness.ts";
import { say } from "../support/words.ts";

const { base, router } = testContent().knowledge;
const route = (locale: FaqLocale, text: string) => router.route(textToMatch(text), { locale });
const question = (id: string, locale: FaqLocale) => base.entriesById.get(id)?.[locale].question ?? id;

/** Help asked for in a city, beside a "center in <city>" message that already reached that city's centers. */
const HELP_IN_CITY: readonly (readonly [FaqLocale, string, string])[] = [
  ["kk", "Қарағандыда көмек", "Қарағандыда орталық бар ма"], // reproduction
  ["kk", "Астанада көмек керек", "Астанадағы орталық қайда"], // reproduction
  ["kk", "Ақтөбеде көмек", "Ақтөбедегі орталық қайда"], // reproduction
  ["kk", "kömek Almatyda", "Almatydağy ortalyq qaida"],
  ["kk", "Павлодарда көмек қажет", "Павлодардағы орталық қайда"],
  ["kk", "Shymkentte komek kerek", "Shymkenttegi ortalyq qaida"],
  ["ru", "нужна помощь в Астане", "центр в Астане"], // reproduction
  ["ru", "помогите в Караганде", "центр в Караганде"],
  ["ru", "Павлодар помощь", "центр в Павлодаре"],
  ["ru", "pomogite v Almaty", "центр в Алматы"],
  ["ru", "срочно нужна помощь, Актобе", "центр в Актобе"],
  ["en", "help in Aktobe", "center in Aktobe"], // reproduction
  ["en", "need help Pavlodar", "center in Pavlodar"],
  ["en", "I need help in Shymkent", "center in Shymkent"],
  ["en", "please help, Karaganda", "center in Karaganda"],
];

/** A city beside a concern about someone: the concern, not the directory. */
const HELP_FOR_SOMEONE_IN_CITY: readonly (readonly [FaqLocale, string])[] = [
  ["kk", "Астанада тұратын ұлыма көмек керек, ол бір топқа кіріп кетті"],
  ["ru", "нужна помощь, сын в Астане связался с сектой"],
  ["en", "my brother in Almaty needs help, he joined some group"],
];

/** Forced or pressured to go somewhere religious, to pray or to attend. */
const PRESSURED: readonly (readonly [FaqLocale, string])[] = [
  ["kk", "мени мешитке баруга мажбурлап жатыр"], // reproduction
  ["kk", "ата-анам намаз оқуға мәжбүрлейді"],
  ["ru", "меня заставляют ходить на собрания"], // reproduction
  ["ru", "родители заставляют молиться"],
  ["ru", "муж принуждает ходить в мечеть"],
  ["ru", "menya zastavlyayut hodit v mechet"],
  ["en", "they pressure me to attend their lessons"],
  ["en", "my uncle makes me go to his study circle"],
];
const PRESSURE_ENTRIES = new Set([
  "forced-to-attend",
  "niqab-and-pressure",
  "leave-a-group",
  "invited-to-meeting",
]);

/** A parent (or wife) about someone close who follows a preacher online. */
const FOLLOWS_PREACHER: readonly (readonly [FaqLocale, string])[] = [
  ["en", "my son stopped talking to us and only listens to some sheikh on youtube"], // reproduction
  ["en", "my daughter watches a preacher on tiktok all day, should I worry"],
  ["ru", "сын целыми днями слушает проповедника в интернете"],
  ["ru", "муж слушает только какого-то шейха на ютубе"],
  ["kk", "ұлым тек ютубтағы бір уағызшыны тыңдайды"],
  ["kk", "qyzym internettegi bir ustazdy ğana tyñdaidy"],
];
const FAMILY_ENTRIES = new Set([
  "warning-signs",
  "talk-to-relative",
  "how-to-keep-contact",
  "devout-or-radical",
  // A parent's worry about a child's feed (TikTok, YouTube) is also this entry's, for parents (round 17).
  "child-online-safety",
]);

/** How to tell whether a relative, named, is drawn in. */
const RELATIVE_NAMED: readonly (readonly [FaqLocale, string])[] = [
  ["en", "How do I know if my sister is in a cult?"], // reproduction
  ["en", "how can I tell if my husband is being radicalised"],
  ["en", "I think my brother joined a cult, how do I know?"],
  ["ru", "как мне понять, что сестра в секте?"],
  ["ru", "откуда мне знать, что муж не в секте"],
  ["ru", "мне кажется, дочь попала в секту, как понять?"],
  ["kk", "мен қарындасымның сектада екенін қалай білемін?"],
  ["kk", "ulym sektada ma, men qalai bilemin"],
  ["kk", "Қызым ағымға кірді ме, мен қалай түсінемін?"],
];

/** A question about the service, then a relative's trouble: the first answered, the second offered. */
const TWO_CONCERNS: readonly (readonly [FaqLocale, string, string])[] = [
  [
    "en",
    "Hi, does anyone here speak English? My sister joined some group and I am worried",
    "counselor-languages",
  ], // reproduction
  ["ru", "Консультанты говорят по-казахски? Мой сын перестал с нами разговаривать.", "counselor-languages"],
  ["kk", "Бұл чат анонимді ме? Інім бір топқа кіріп кетті, қорқамын.", "is-this-anonymous"],
];

describe("the router", () => {
  it.each(HELP_IN_CITY)("%s: %s → the directory, as %s", (locale, text, center) => {
    const help = route(locale, text).route;
    expect(help.kind).toBe("directory");
    expect(help).toEqual(route(locale, center).route);
  });
  it.each(HELP_FOR_SOMEONE_IN_CITY)("%s: %s → not the directory", (locale, text) => {
    expect(route(locale, text).route.kind).not.toBe("directory");
  });
  it.each(PRESSURED)("%s: %s → the pressure first, no other theological answer", (locale, text) => {
    const routed = route(locale, text);
    expect(PRESSURE_ENTRIES.has(rankedIds(routed)[0] ?? "")).toBe(true);
  });
  it.each(FOLLOWS_PREACHER)("%s: %s → the family's entries first", (locale, text) => {
    const routed = route(locale, text);
    expect(routed.perspective).toBe("family");
    expect(FAMILY_ENTRIES.has(rankedIds(routed)[0] ?? "")).toBe(true);
  });
  it("the learner's own question about preachers online is still theirs", () => {
    expect(rankedIds(route("en", "can I learn Islam from preachers on YouTube?"))[0]).toBe(
      "online-preachers",
    );
  });
  it.each(RELATIVE_NAMED)("%s: %s → warning-signs offered, no question whom it is about", (locale, text) => {
    const routed = route(locale, text);
    expect(routed.route.kind).not.toBe("clarify");
    expect(rankedIds(routed).slice(0, 3)).toContain("warning-signs");
  });
  it.each(TWO_CONCERNS)("%s: %s → %s, and the second concern offered", (locale, text, id) => {
    const { route: routed } = route(locale, text);
    expect(routed.kind).toBe("answer");
    if (routed.kind !== "answer") return;
    expect(routed.best.id).toBe(id);
    expect(base.entriesById.get(routed.also?.id ?? "")?.audience).toBe("family");
  });
});

describe.each(DATABASE_KINDS)("what the person sees, on %s", (kind) => {
  const written = firstMessageHooks(kind);

  it.each(HELP_IN_CITY)("%s: %s → the centers %s shows", async (locale, text, center) => {
    const help = await written(locale, text);
    const asked = await written(locale, center);
    expect(help.seen).toEqual(asked.seen);
    expect(help.person.buttons()).toEqual(asked.person.buttons());
    expect(help.seen.join("\n")).not.toContain(say(locale, "faq-clarify-who"));
  });

  it.each(PRESSURED)("%s: %s → the pressure, never another theological answer", async (locale, text) => {
    const { seen } = await written(locale, text);
    const title = seen[0]?.split("\n")[0];
    const theological = [...base.entriesById.values()].filter(
      (entry) => entry.category === "faith" && !PRESSURE_ENTRIES.has(entry.id),
    );
    for (const entry of theological) expect(title).not.toBe(entry[locale].question);
    expect([...PRESSURE_ENTRIES].some((id) => seen.join("\n").includes(question(id, locale)))).toBe(true);
  });

  it.each(FOLLOWS_PREACHER)("%s: %s → the family's entries, not the learner's", async (locale, text) => {
    const { seen } = await written(locale, text);
    expect(seen[0]?.split("\n")[0]).not.toBe(question("online-preachers", locale));
    expect([...FAMILY_ENTRIES].some((id) => seen.join("\n").includes(question(id, locale)))).toBe(true);
    expect(seen.join("\n")).not.toContain(say(locale, "faq-clarify-who"));
  });

  it.each(RELATIVE_NAMED)("%s: %s → the signs, never 'who is this about?'", async (locale, text) => {
    const { seen } = await written(locale, text);
    expect(seen.join("\n")).not.toContain(say(locale, "faq-clarify-who"));
    expect(seen.join("\n")).toContain(question("warning-signs", locale));
  });

  it.each(TWO_CONCERNS)("%s: %s → %s, and the second concern by name", async (locale, text, id) => {
    const { person, seen } = await written(locale, text);
    expect(seen[0]?.split("\n")[0]).toBe(question(id, locale));
    expect(seen[0]).toContain(say(locale, "faq-also"));
    const also = person.buttons().find((label) => label.startsWith("➕ "));
    expect(also).toBeDefined();
    await person.press(also ?? "");
    const opened = base.entriesById.get(
      [...base.entriesById.keys()].find((entry) => `➕ ${question(entry, locale)}` === also) ?? "",
    );
    expect(opened?.audience).toBe("family");
    expect(person.lastText().split("\n")[0]).toBe(opened?.[locale].question);
  });
});
