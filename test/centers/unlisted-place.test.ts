// A settlement the directory does not list, typed in a question or as the answer to "where?", gets "I don't know this
// place" with the region buttons, never a guess from the questions and answers (outsider28, item 8).
import { describe, expect, it } from "vitest";
import { findUnlistedPlace } from "../../src/referral/unlisted-place.ts";
import { testI18n } from "../support/content.ts";
import { DATABASE_KINDS, type Harness, harnessHooks } from "../support/harness.ts";

const i18n = testI18n();
const REGION = { kk: "Қарағанды облысы", ru: "Карагандинская область", en: "Karaganda Region" } as const;

describe("what names an unlisted settlement", () => {
  it.each([
    "мы живём в Каркаралинске, куда обратиться?",
    "центр помощи в поселке Шубарколь",
    "Шұбаркөл ауылында орталық бар ма?",
    "we live in the village of Shubarkol, where can we get help?",
  ])("%s", (text) => {
    expect(findUnlistedPlace(text)?.region).toBe("unlisted");
  });

  it.each([
    "живу в страхе, куда обратиться?",
    "мы живём в Караганде, куда обратиться?",
    "центр помощи в городе Караганда",
    "в каком городе есть центр?",
    "I live in fear of my brother's group",
  ])("not: %s", (text) => {
    expect(findUnlistedPlace(text)).toBeUndefined();
  });
});

describe.each(DATABASE_KINDS)("an unlisted settlement on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, {}, (harness) => {
    h = harness;
  });

  it.each([
    ["ru", "мы живём в Каркаралинске, куда обратиться?"],
    ["ru", "центр помощи в поселке Шубарколь"],
    ["kk", "Шұбаркөл ауылында орталық бар ма?"],
    ["en", "we live in the village of Shubarkol, where can we get help?"],
  ] as const)("%s, in a question: %s → I don't know this place, the regions", async (locale, text) => {
    const person = h.user({ language_code: locale });
    await person.send("/start");
    await person.send(text);
    expect(person.lastText()).toBe(i18n.t(locale, "centers-unknown-place"));
    expect(person.buttons()).toContain(REGION[locale]);
    // The region chosen: its centers.
    await person.press(REGION[locale]);
    expect(person.texts().at(-1) ?? "").not.toBe(i18n.t(locale, "centers-unknown-place"));
    expect(person.messages().some((message) => message.kind === "venue")).toBe(true);
  });

  it.each([
    ["ru", "Каркаралинск", "Караганда", "Центры рядом с городом Караганда (Карагандинская область):"],
    ["kk", "Қарқаралы", "Қарағанды", "Қарағанды маңындағы орталықтар (Қарағанды облысы):"],
    ["en", "Karkaraly", "Karaganda", "Centers nearest to Karaganda (Karaganda Region):"],
  ] as const)(
    "%s: /centers, then %s typed → I don't know this place, still waiting for a place; then %s → its centers",
    async (locale, unlisted, listed, heading) => {
      const person = h.user({ language_code: locale });
      await person.send("/centers");
      await person.send(unlisted);
      expect(person.lastText()).toBe(i18n.t(locale, "centers-unknown-place"));
      expect(person.buttons()).toContain(REGION[locale]);
      await person.send(listed);
      const answer =
        person
          .messages()
          .filter((message) => message.kind === "text")
          .at(-1)?.text ?? "";
      expect(answer.split("\n")[0]).toBe(heading);
      // The city itself was named: its center is "in your city", not "less than 1 km" from a point nobody gave.
      expect(answer).toContain(`${i18n.t(locale, "centers-distance-nearby", { km: 5 })} · `);
    },
  );
});

// journeys32: a mother shown the centers near Zhezkazgan asked "а если мы из Аркалыка?" (and "what about
// Arkalyk?", "біз Арқалықтанбыз") and got "I have no ready answer": the place she named was lost with the context.
describe.each(DATABASE_KINDS)("another place asked after the directory's answer on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, {}, (harness) => {
    h = harness;
  });

  const FIRST = { kk: "Жезқазған", ru: "Жезказган", en: "Zhezkazgan" } as const;
  const lastAnswer = (person: ReturnType<Harness["user"]>) =>
    person
      .messages()
      .filter((message) => message.kind === "text")
      .at(-1)?.text ?? "";

  it.each([
    ["ru", "а если мы из Аркалыка?"],
    ["kk", "біз Арқалықтанбыз"],
    ["en", "what about Arkalyk?"],
  ] as const)("%s: %s → I don't know this place, the regions", async (locale, text) => {
    const person = h.user({ language_code: locale });
    await person.send("/centers");
    await person.send(FIRST[locale]);
    expect(person.messages().some((message) => message.kind === "venue")).toBe(true);
    await person.send(text);
    expect(person.lastText()).toBe(i18n.t(locale, "centers-unknown-place"));
    expect(person.buttons()).toContain(REGION[locale]);
  });

  it.each([
    ["ru", "а если мы из Караганды?", "Центры рядом с городом Караганда (Карагандинская область):"],
    ["en", "and what about Karaganda?", "Centers nearest to Karaganda (Karaganda Region):"],
  ] as const)("%s: %s → its centers", async (locale, text, heading) => {
    const person = h.user({ language_code: locale });
    await person.send("/centers");
    await person.send(FIRST[locale]);
    await person.send(text);
    expect(lastAnswer(person).split("\n")[0]).toBe(heading);
  });

  it.each([
    ["ru", "спасибо"],
    ["en", "Do they speak English?"],
  ] as const)("%s: %s is no place: it goes on as a question", async (locale, text) => {
    const person = h.user({ language_code: locale });
    await person.send("/centers");
    await person.send(FIRST[locale]);
    await person.send(text);
    expect(person.lastText()).not.toBe(i18n.t(locale, "centers-unknown-place"));
    expect(person.lastText()).not.toContain(i18n.t(locale, "centers-ask"));
  });
});
