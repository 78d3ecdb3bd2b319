// Distress told without crisis words ("ешкім мені түсінбейді", "я не справляюсь", "nobody understands me";
// outsider29, item 1), through the real bot on both databases in kk (Cyrillic and Latin), ru and en: the warm
// support answer with the counselor offer, never "no ready answer" or theology; after a crisis reply, no entry
// that speaks of killing or war is answered or offered; and such a line typed at the consent question that
// follows the crisis reply keeps the warm path and reaches the counselor.
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import { formatOpening } from "../../src/counselors/waiting.ts";
import { textToMatch } from "../../src/knowledge/browse.ts";
import { openCaseOf, topicOf } from "../counselors/helpers.ts";
import { testContent } from "../support/content.ts";
import { DATABASE_KINDS, type Harness, harnessHooks } from "../support/harness.ts";
import { FRIDAY_MIDNIGHT, FRIDAY_SHIFT, say } from "../support/words.ts";

const opening = (locale: Locale) => formatOpening(locale, FRIDAY_SHIFT, "Asia/Almaty");

const DISTRESS: { locale: Locale; text: string }[] = [
  { locale: "kk", text: "ешкім мені түсінбейді" },
  { locale: "kk", text: "маған ешкім керек емес сияқты" },
  { locale: "kk", text: "eshkim meni tusinbeidi" },
  { locale: "kk", text: "мен қорқамын" },
  { locale: "ru", text: "я не справляюсь" },
  { locale: "ru", text: "мне очень плохо, я одна" },
  { locale: "ru", text: "никто меня не понимает" },
  { locale: "en", text: "nobody understands me" },
  { locale: "en", text: "I feel so alone" },
  { locale: "en", text: "nobody needs me" },
];

const SELF_HARM: Record<Locale, string> = {
  kk: "өмір сүргім келмейді, дәрі ішіп өлемін",
  ru: "я не хочу жить, наглотаюсь таблеток",
  en: "I don't want to live, I'll swallow all the pills",
};

/** Questions that, asked on their own, reach an entry that speaks of killing or war. */
const ABOUT_WAR: Record<Locale, string> = {
  kk: "жиһад деген не?",
  ru: "что такое джихад?",
  en: "what does jihad mean?",
};

const content = testContent();
const violent = content.knowledge.base.entries.filter((entry) => entry.violence);

/** The questions of the entries about killing or war that a person was shown, as text or buttons. */
function violenceShown(locale: Locale, seen: readonly string[]): string[] {
  const questions = violent.map((entry) => entry[locale].question);
  return questions.filter((question) => seen.some((text) => text.includes(question)));
}

describe("distress without crisis words, routed", () => {
  it.each(DISTRESS)("$locale: $text → support", ({ locale, text }) => {
    expect(content.knowledge.router.route(textToMatch(text), { locale }).route.kind).toBe("support");
  });
});

describe.each(DATABASE_KINDS)("distress without crisis words through the bot on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, {}, (harness) => {
    h = harness;
  });

  it.each(DISTRESS)(
    "$locale: $text → the warm answer and a counselor, no theology",
    async ({ locale, text }) => {
      const person = h.user({ language_code: locale });
      await person.send("/start");
      await person.send(text);
      expect(person.lastText()).toContain(say(locale, "faq-support"));
      expect(person.buttons()[0]).toBe(say(locale, "menu-talk"));
      expect(violenceShown(locale, [person.lastText(), ...person.buttons()])).toEqual([]);
    },
  );

  it.each(["kk", "ru", "en"] as const)(
    "%s: after a crisis reply, no entry about killing or war is answered or offered",
    async (locale) => {
      const before = h.user({ language_code: locale });
      await before.send(ABOUT_WAR[locale]);
      expect(violenceShown(locale, [...before.texts(), ...before.buttons()])).not.toEqual([]);

      const person = h.user({ language_code: locale });
      await person.send(SELF_HARM[locale]);
      const from = person.messages().length;
      await person.send(ABOUT_WAR[locale]);
      const seen = person.messages().slice(from);
      expect(seen.length).toBeGreaterThan(0);
      const shown = seen.flatMap((message) => [
        message.text ?? "",
        ...h.telegram.buttonsOf(message).map((button) => button.text),
      ]);
      expect(violenceShown(locale, shown)).toEqual([]);
    },
  );

  it.each(["kk", "ru"] as const)(
    "%s, off duty: distress typed at the consent question gets the warm answer and reaches the counselor",
    async (locale) => {
      h.clock.set(FRIDAY_MIDNIGHT);
      const person = h.user({ language_code: locale });
      await person.send(SELF_HARM[locale]);
      await person.press(say(locale, "crisis-leave-message-button"));
      expect(person.lastText()).toBe(say(locale, "consent-counselor-brief", { carried: "yes" }));
      const line = locale === "kk" ? "ешкім мені түсінбейді" : "я не справляюсь, мне страшно";
      await person.send(line);
      expect(person.lastText()).toContain(say(locale, "faq-support-off-duty", { when: opening(locale) }));
      expect(person.buttons()[0]).toBe(say(locale, "crisis-leave-message-button"));
      await person.press(say(locale, "consent-allow"));
      // The crisis message and the line typed at the question both wait for the counselor.
      const item = await openCaseOf(h, person);
      const [head] = h.telegram.messagesIn(h.counselorChatId, { threadId: topicOf(item) });
      expect(head?.text).toContain(say("ru", "counselors-status-queued", { count: 2 }));
    },
  );
});
