// After a crisis reply the question still gets its answer (outsider 28, item 1): the crisis reply comes first, then,
// for travel pressure ("is hijra to Sham a duty?", "my son's friends bought him a ticket"), the knowledge base's
// answer or choices, as without the crisis words; in the triage, the answers that may help. Beside a life in
// danger (self-harm) the crisis reply stays the only answer: no "no ready answer", no FAQ entry under it.

import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import { DATABASE_KINDS, type Harness, harnessHooks } from "../support/harness.ts";
import { entry, shownFirst } from "../support/knowledge.ts";
import { say } from "../support/words.ts";

const HIJRA_TO_SHAM: { locale: Locale; text: string }[] = [
  { locale: "en", text: "Is hijra to Sham obligatory for every Muslim?" },
  { locale: "ru", text: "Обязательна ли хиджра в Шам для каждого мусульманина?" },
  { locale: "kk", text: "Shamga hijrat jasau ar musylmanga paryz ba?" },
];

const TICKET_BOUGHT: { locale: Locale; text: string }[] = [
  { locale: "ru", text: "новые друзья моего сына купили ему билет, он улетает завтра утром, я не знаю куда" },
  { locale: "en", text: "my son's new friends bought him a ticket" },
  { locale: "kk", text: "ұлымның жаңа достары оған билет сатып алды" },
];

describe.each(DATABASE_KINDS)("what was asked follows the crisis reply on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, {}, (harness) => {
    h = harness;
  });

  async function replies(locale: Locale, text: string): Promise<string[]> {
    const person = h.user({ language_code: locale });
    await person.send("/start");
    const before = person.texts().length;
    await person.send(text);
    return person.texts().slice(before);
  }

  it.each(HIJRA_TO_SHAM)(
    "$locale: the crisis reply, then the theologians' answer ($text)",
    async ({ locale, text }) => {
      const [first, answer, ...rest] = await replies(locale, text);
      expect(first?.startsWith(say(locale, "crisis-call-112"))).toBe(true);
      expect(shownFirst(answer)).toBe(entry("hijra-conflict-zone")[locale].question);
      expect(rest).toEqual([]);
    },
  );

  it.each(TICKET_BOUGHT)(
    "$locale: the crisis reply, then the entries for a relative leaving ($text)",
    async ({ locale, text }) => {
      const [first, answer, ...rest] = await replies(locale, text);
      expect(first?.startsWith(say(locale, "crisis-call-112"))).toBe(true);
      expect(shownFirst(answer)).toBe(entry("relative-wants-to-travel")[locale].question);
      expect(rest).toEqual([]);
    },
  );

  it.each(["ru", "en", "kk"] as const)(
    "%s: beside a life in danger the crisis reply is all",
    async (locale) => {
      const text = { ru: "я не хочу жить", en: "I want to kill myself", kk: "өмір сүргім келмейді" }[locale];
      const sent = await replies(locale, text);
      expect(sent).toHaveLength(1);
      expect(sent[0]?.startsWith(say(locale, "crisis-call-112"))).toBe(true);
    },
  );

  it("in the triage, the crisis reply, then answers that may help, and the same step again", async () => {
    const person = h.user({ language_code: "ru" });
    await person.send("/start");
    await person.press(say("ru", "menu-triage"));
    const before = person.texts().length;
    await person.send(HIJRA_TO_SHAM[1]!.text);
    const sent = person.texts().slice(before);
    expect(sent[0]?.startsWith(say("ru", "crisis-call-112"))).toBe(true);
    expect(sent[1]).toBe(say("ru", "triage-maybe-this"));
    expect(h.telegram.buttonsOf(person.messages().at(-2)!).map((b) => b.text)).toContain(
      entry("hijra-conflict-zone").ru.question,
    );
    expect(sent.at(-1)).toBe(say("ru", "triage-ask-who"));
  });
});
