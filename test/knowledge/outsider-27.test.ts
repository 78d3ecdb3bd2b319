// Free-text routing defects an outsider found (outsider27, 2026-12-07, defects 19 and 23), each as the class it
// stands for, through the router and through the real bot on both databases, in kk, ru and en:
// - a relative named (brother, son: "інім", "inim", "ulim", "ағам", "брат", "my little brother") is the family's
//   question (the signs, how to talk, what not to do), never how to help a friend, and never "who is this about?";
// - a friend named in Kazakh with "my" after the vowel ("құрбым", "құрбыма") is still a friend;
// - a town (Қосшы, Kosshy) reaches its region's centers as the region's center city does;
// - an entry offered as a choice under an answer is not offered again among the related ones.
// Written by "routing27" from the defects' reproductions (marked) and phrasings of its own, none from a set.
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

const FRIEND_ENTRY = "friend-in-trouble";

/** A brother or a son named, in kk Cyrillic, Latin and without Kazakh letters, ru and en. */
const KIN_NAMED: readonly (readonly [FaqLocale, string])[] = [
  ["kk", "інім бір топқа кіріп кетті"], // reproduction
  ["kk", "inim bir topqa kirip ketti"], // reproduction
  ["kk", "agam jamagatqa kirip ketti"], // reproduction
  ["kk", "Salem! inim bir toptqa kirip ketti"], // reproduction
  ["kk", "ұлым өзгеріп кетті, бізбен сөйлеспейді, не істеймін"], // reproduction
  ["kk", "ulim sektaga kirip ketti ne istesem bolady"], // reproduction
  ["kk", "улым бир агымга кирип кетти"],
  ["kk", "ulym ozgerip ketti"],
  ["ru", "брат вступил в какую-то группу"], // reproduction
  ["ru", "сын вступил в секту, что делать"],
  ["en", "my little brother joined some group"], // reproduction
  ["en", "my son joined a sect, what should I do"],
];

/** A friend named, with "my" after the vowel: still how to help a friend. */
const FRIEND_NAMED: readonly (readonly [FaqLocale, string])[] = [
  ["kk", "топқа кірген құрбыма қалай көмектесемін"],
  ["kk", "құрбым біртүрлі болып кетті, әлдебір жамағат туралы айта береді, не істеймін"],
  ["kk", "qurbym bir topqa kirip ketti, qalai komektesemin"],
];

/** A town and its region's center city, typed alone. */
const TOWNS: readonly (readonly [FaqLocale, string, string])[] = [
  ["kk", "Kosshy", "Kokshetau"], // reproduction
  ["kk", "Қосшы", "Көкшетау"],
  ["ru", "Косшы", "Кокшетау"],
  ["kk", "Қосшыда орталық бар ма", "Көкшетауда орталық бар ма"],
  ["en", "center in Kosshy", "center in Kokshetau"],
];

/** Answers whose entry has related entries that the router also offers as choices. */
const ANSWERED_WITH_CHOICES: readonly (readonly [FaqLocale, string])[] = [
  ["kk", "salem, men kimmen soilesem bolady?"], // reproduction
  ["en", "who will I be talking to here?"],
];

describe("the router", () => {
  it.each(TOWNS)("%s: %s → the directory, as %s", (locale, town, city) => {
    const routed = route(locale, town).route;
    expect(routed).toEqual({ kind: "directory", region: "akmola" });
    expect(routed).toEqual(route(locale, city).route);
  });
  it.each(KIN_NAMED)("%s: %s → the family's entries, not the friend's, no question whom", (locale, text) => {
    const routed = route(locale, text);
    expect(routed.perspective).toBe("family");
    expect(routed.route.kind).not.toBe("clarify");
    const shown = rankedIds(routed).slice(0, 3);
    expect(shown).not.toContain(FRIEND_ENTRY);
    expect(shown.some((id) => base.entriesById.get(id)?.audience === "family")).toBe(true);
  });
  it.each(FRIEND_NAMED)("%s: %s → how to help a friend first", (locale, text) => {
    expect(rankedIds(route(locale, text))[0]).toBe(FRIEND_ENTRY);
  });
});

describe.each(DATABASE_KINDS)("what the person sees, on %s", (kind) => {
  const written = firstMessageHooks(kind);

  it.each(TOWNS)("%s: %s → the centers %s shows", async (locale, town, city) => {
    const { person, seen } = await written(locale, town);
    const asked = await written(locale, city);
    expect(seen).toEqual(asked.seen);
    expect(person.buttons()).toEqual(asked.person.buttons());
  });

  it.each(ANSWERED_WITH_CHOICES)("%s: %s → each entry offered once", async (locale, text) => {
    const { person } = await written(locale, text);
    const offered = person.buttons().map((label) => label.replace(/^(?:↪ |➕ |\d+\. )/u, "").slice(0, 30));
    expect(offered.length).toBeGreaterThan(1);
    expect(new Set(offered).size).toBe(offered.length);
  });

  it.each(KIN_NAMED)(
    "%s: %s → never the friend's advice, never 'who is this about?'",
    async (locale, text) => {
      const { person, seen } = await written(locale, text);
      const shown = [seen.join("\n"), ...person.buttons()].join("\n");
      expect(shown).not.toContain(question(FRIEND_ENTRY, locale));
      expect(shown).not.toContain(say(locale, "faq-clarify-who"));
      expect(
        ["warning-signs", "talk-to-relative", "what-not-to-do", "how-to-keep-contact", "leave-a-group"].some(
          (id) => shown.includes(question(id, locale)),
        ),
      ).toBe(true);
    },
  );
});
