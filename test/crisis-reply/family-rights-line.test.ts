// The 111 line (the state contact center for family, women and children's rights, 24/7; calls recorded and may be
// passed to the police or guardianship bodies: domain notes) through the real bot on both databases, kk/ru/en
// (content30, issue 10): where harm at home, a forced or underage marriage or a child at risk is told, 111 is given
// with the honest note, always after 112.
// - danger (a husband who beats, a girl forced to marry): the crisis reply's numbers are 112, 102, then 111;
// - self-harm alone: no 111 (it is not an emergency number);
// - harm at home the crisis detector does not read ("domestic violence at home"): the support reply says 111 too, and
//   its "what can help" opens the text written to the one hurt, not the relatives' text;
// - the FAQ answers about a husband's or a family's pressure, a marriage, a child online and the help numbers.
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import { DATABASE_KINDS, type Harness, harnessHooks } from "../support/harness.ts";
import { entry } from "../support/knowledge.ts";
import { say } from "../support/words.ts";

const DANGER: readonly (readonly [Locale, string])[] = [
  ["ru", "муж бьет меня каждый день"],
  ["kk", "күйеуім мені ұрады"],
  ["en", "my husband beats me"],
  ["ru", "отец заставляет сестру выйти замуж в 15 лет"],
];

const HURT_WITHOUT_CRISIS_WORDS: readonly (readonly [Locale, string])[] = [
  ["ru", "у нас домашнее насилие, что делать"],
  ["kk", "үйде зорлық-зомбылық бар"],
  ["en", "there is domestic violence at home"],
  // names a relative, but the writer is the one hurt
  ["en", "my dad gets violent when he drinks"],
];

/** "Calls are recorded": said wherever 111 is given. */
const RECORDED: Record<Locale, string> = { ru: "записываются", kk: "қоңыраулар жазылады", en: "recorded" };

/** A question whose answer speaks of pressure or harm at home, and the entry that answers it. */
const ANSWERS: readonly (readonly [Locale, string, string])[] = [
  ["ru", "муж заставляет меня ходить на уроки к устазу", "forced-to-attend"],
  ["kk", "күйеуім мені мешітке баруға мәжбүрлейді", "forced-to-attend"],
  ["en", "Is it true I'm not a real Muslim woman without a niqab?", "niqab-and-pressure"],
  ["ru", "как позвонить на 114", "hotline-114"],
  ["en", "can I call you by phone?", "how-to-reach-us"],
];

describe.each(DATABASE_KINDS)("the 111 line on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, {}, (harness) => {
    h = harness;
  });

  async function firstReply(locale: Locale, text: string) {
    const person = h.user({ language_code: locale });
    await person.send("/start");
    const from = person.messages().length;
    await person.send(text);
    return { person, seen: person.texts().slice(from) };
  }

  it.each(DANGER)(
    "%s: %s → 112, 102, then 111 with the note that calls are recorded",
    async (locale, text) => {
      const { seen } = await firstReply(locale, text);
      const paragraphs = (seen[0] ?? "").split("\n\n");
      expect(paragraphs.slice(0, 3)).toEqual([
        say(locale, "crisis-call-112"),
        say(locale, "crisis-call-102"),
        say(locale, "crisis-call-111"),
      ]);
      expect(paragraphs[2]).toContain("111");
      expect(paragraphs[2]).toContain(RECORDED[locale]);
    },
  );

  it("self-harm alone: no 111", async () => {
    const { seen } = await firstReply("ru", "не хочу больше жить, выпью все таблетки");
    expect(seen[0]?.startsWith(say("ru", "crisis-call-112"))).toBe(true);
    expect(seen.join("\n")).not.toContain(say("ru", "crisis-call-111"));
  });

  it.each(HURT_WITHOUT_CRISIS_WORDS)(
    "%s: %s → support with 111, its help for the one hurt",
    async (locale, text) => {
      const { person, seen } = await firstReply(locale, text);
      expect(seen.join("\n")).not.toContain(say(locale, "crisis-call-112"));
      expect(seen[0]).toContain(say(locale, "crisis-call-111"));
      await person.press(say(locale, "faq-support-more"));
      const { answer } = entry("emotional-support")[locale];
      expect(person.lastText()).toContain(answer.trim());
    },
  );

  it.each(ANSWERS)(
    "%s: %s → %s says 111 after 112, and that calls are recorded",
    async (locale, text, id) => {
      const { person, seen } = await firstReply(locale, text);
      const question = entry(id)[locale].question;
      if (seen[0]?.split("\n")[0] !== question)
        await person.press(new RegExp(`^\\d\\. ${question.slice(0, 12)}`));
      const shown = person.lastText();
      expect(shown.split("\n")[0]).toBe(question);
      expect(shown.indexOf("111")).toBeGreaterThan(shown.indexOf("112"));
      expect(shown.indexOf("112")).toBeGreaterThanOrEqual(0);
      expect(shown).toContain(RECORDED[locale]);
    },
  );
});
