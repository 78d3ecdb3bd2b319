// 114's status is unverified (scenarios/sources.yaml, hotline-114-2017: whether it still runs with its 2017 hours),
// so wherever the bot gives the number it says the hours are to be confirmed, as the hotline's own
// entry does: every Fluent message, FAQ answer and counselors' template that names 114, in kk, ru and en,
// and what a person reads through the real bot (the welcome, the crisis reply without counselors).
import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "../../src/config/index.ts";
import { testContent } from "../support/content.ts";
import { createHarness, DATABASE_KINDS, type Harness, harnessHooks } from "../support/harness.ts";
import { say } from "../support/words.ts";

const HOTLINE = /(?<!\d)114(?!\d)/;
/** The words of the hedge: "(hours to be confirmed)", "(часы работы уточняются)", "(жұмыс уақыты нақтылануда)". */
const HEDGE: Record<Locale, RegExp> = {
  kk: /нақтылан/,
  ru: /уточн/,
  en: /to be confirmed/,
};

/** Each Fluent message of a locale, its continuation lines joined. */
function messages(locale: Locale): Map<string, string> {
  const result = new Map<string, string>();
  let current: string | undefined;
  for (const line of testContent().locales[locale].split("\n")) {
    const start = /^([a-z0-9-]+) =\s?(.*)$/.exec(line);
    if (start) {
      current = start[1]!;
      result.set(current, start[2] ?? "");
    } else if (current && /^\s+\S/.test(line)) result.set(current, `${result.get(current)}\n${line.trim()}`);
    else current = undefined;
  }
  return result;
}

describe("114 carries its 'to be confirmed'", () => {
  it.each(LOCALES)("%s: in every Fluent message that names it", (locale) => {
    const named = [...messages(locale)].filter(([, text]) => HOTLINE.test(text));
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter(([, text]) => !HEDGE[locale].test(text)).map(([key]) => key)).toEqual([]);
  });

  it.each(LOCALES)("%s: in every FAQ answer and counselors' template that names it", (locale) => {
    const { knowledge, templates } = testContent();
    const answers = knowledge.base.entries.map((entry) => [entry.id, entry[locale].answer] as const);
    const texts = [...answers, ...templates.map((template) => [template.id, template[locale]] as const)];
    const named = texts.filter(([, text]) => HOTLINE.test(text));
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter(([, text]) => !HEDGE[locale].test(text)).map(([id]) => id)).toEqual([]);
  });
});

describe.each(DATABASE_KINDS)("114 as a person reads it on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, {}, (harness) => {
    h = harness;
  });

  it.each(LOCALES)("%s: the welcome's emergency line", async (locale) => {
    const person = h.user({ language_code: locale });
    await person.send("/start");
    const line = person
      .lastText()
      .split("\n")
      .find((text) => HOTLINE.test(text));
    expect(line).toBe(say(locale, "emergency-line"));
    expect(line).toMatch(HEDGE[locale]);
  });

  it.each(LOCALES)("%s: the crisis reply when no counselors can be reached", async (locale) => {
    const alone = await createHarness(kind, { config: { COUNSELOR_CHAT_ID: undefined } });
    try {
      const person = alone.user({ language_code: locale });
      await person.send(
        { kk: "өзімді өлтіргім келеді", ru: "хочу покончить с собой", en: "i want to kill myself" }[locale],
      );
      const reply = person.lastText();
      expect(reply).toContain(say(locale, "crisis-no-counselors"));
      const after = reply.slice(reply.search(HOTLINE));
      expect(after.slice(0, 40)).toMatch(HEDGE[locale]);
    } finally {
      await alone.close();
    }
  });
});
