// A counselor cannot block a person minutes after they wrote crisis words in the case (outsider 30, item 1): an
// insult and "I want to kill myself tonight" often come together, and the block would close the conversation and
// tell a person in crisis the door is shut. While the crisis is recent (an hour) or its 🆘 alert unanswered, a
// counselor's /block (its days, its Yes) is refused with a desk text; a supervisor may still block. Whatever a
// blocked person is told says that in danger they can write here and a counselor will answer (a crisis overrides a
// block), never only "no counselor until <date>". Through the real bot on both databases, in kk, ru and en.
import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "../../src/config/index.ts";
import { DATABASE_KINDS, type Harness, type TestCounselor, type TestUser } from "../support/harness.ts";
import { counselor, deskHooks, openCaseOf, say, takenCase } from "./helpers.ts";

const SUPERVISOR_ID = 9_300_003;
const HOUR_MS = 60 * 60 * 1000;

/** The outsider's words: an insult, then suicidal intent. */
const INSULT: Record<Locale, string> = {
  kk: "сендер түк түсінбейсіңдер, ақымақтарсыңдар",
  ru: "вы все заодно с ними, ненавижу вас, тупые",
  en: "you are all with them, I hate you, idiots",
};
const TONIGHT: Record<Locale, string> = {
  kk: "кешіріңіз. енді шыдай алмаймын, бүгін түнде өзімді өлтіргім келеді",
  ru: "простите. я больше не могу, хочу покончить с собой сегодня ночью",
  en: "sorry. I can't take it any more, I want to kill myself tonight",
};
/** 7 days after the harness's DEFAULT_NOW, as the blocked texts say it. */
const UNTIL: Record<Locale, string> = { kk: "30 қарашаға", ru: "30 ноября", en: "30 November" };

describe.each(DATABASE_KINDS)("a block in a case with a crisis on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, { config: { SUPERVISOR_IDS: [SUPERVISOR_ID] } }, (harness) => {
    h = harness;
  });
  const lastAnswer = () => h.telegram.callsTo("answerCallbackQuery").at(-1)?.payload.text;

  async function crisisCase(locale: Locale) {
    const dana = await counselor(h, { first_name: "Dana", language_code: locale }, "Дана");
    const person = h.user({ language_code: locale });
    const { item, threadId } = await takenCase(h, person, dana, locale);
    await person.send(INSULT[locale]);
    await person.send(TONIGHT[locale]);
    // The holder was alerted: the block below comes seconds after it.
    expect(dana.texts().join("\n")).toContain(
      say(locale, "counselors-alert-crisis-holder", {
        ref: item.ref,
        category: say(locale, "counselors-crisis-self-harm"),
        numbers: "112, 103",
      }),
    );
    return { dana, person, item, threadId };
  }

  async function stillOpen(person: TestUser, ref: string, seenBefore: number) {
    const item = await openCaseOf(h, person);
    expect(item).toMatchObject({ ref, status: "active" });
    expect(await h.db.prisma.caseBlock.count()).toBe(0);
    expect(await h.db.prisma.caseAudit.count({ where: { caseRef: ref, action: "blocked" } })).toBe(0);
    // The person heard nothing of a block.
    expect(person.messages().length).toBe(seenBefore);
  }

  it.each(LOCALES)(
    "%s: /block seconds after the alert is refused, in private and in the topic, and blocks nobody",
    async (locale) => {
      const { dana, person, item, threadId } = await crisisCase(locale);
      const seen = person.messages().length;
      const refused = say(locale, "counselors-block-held-crisis", { ref: item.ref });

      await dana.send("/block 7 insults");
      expect(dana.lastText()).toBe(refused);
      expect(h.telegram.buttonsOf(dana.last()!)).toEqual([]);
      // Without days (the "how long?" question) too, and in the topic (answered in the counselor's language).
      await dana.send("/block insults");
      expect(dana.lastText()).toBe(refused);
      await dana.inGroup("/block 7 insults", { threadId });
      expect(dana.groupTexts({ threadId }).at(-1)).toBe(refused);
      await stillOpen(person, item.ref, seen);
    },
  );

  it.each(LOCALES)(
    "%s: a question asked before the crisis is refused at its days and at Yes",
    async (locale) => {
      const dana = await counselor(h, { first_name: "Dana", language_code: locale }, "Дана");
      const person = h.user({ language_code: locale });
      const { item } = await takenCase(h, person, dana, locale);
      await person.send(INSULT[locale]);
      await dana.send("/block 7 insults");
      expect(dana.lastText()).toContain(say(locale, "counselors-confirm-block", { ref: item.ref, days: 7 }));
      await dana.send("/block insults");
      const howLong = dana.last()!;
      expect(howLong.text).toContain(say(locale, "counselors-block-how-long", { ref: item.ref }));
      await person.send(TONIGHT[locale]);
      const seen = person.messages().length;
      const refused = say(locale, "counselors-block-held-crisis", { ref: item.ref });

      // The "how long?" question answered: refused, the question becomes the refusal.
      await dana.press(say(locale, "counselors-block-days", { days: 7 }));
      expect(lastAnswer()).toBe(refused);
      expect(dana.messages().find((message) => message.messageId === howLong.messageId)?.text).toBe(refused);
      // The earlier Yes: refused too.
      await dana.press(say(locale, "counselors-confirm-yes"));
      expect(lastAnswer()).toBe(refused);
      await stillOpen(person, item.ref, seen);
    },
  );

  it.each(LOCALES)(
    "%s: answered and an hour later the counselor may block; the person is told a crisis still reaches a counselor",
    async (locale) => {
      const { dana, person, item } = await crisisCase(locale);
      // Answered, but within the hour: still held.
      await dana.send("Я здесь, я с вами");
      h.clock.advance(30 * 60 * 1000);
      await dana.send("/block 7 insults");
      expect(dana.lastText()).toBe(say(locale, "counselors-block-held-crisis", { ref: item.ref }));
      // Unanswered after the hour: still held (a new crisis message, nobody answered it).
      await person.send(TONIGHT[locale]);
      h.clock.advance(HOUR_MS + 60_000);
      await dana.send("/block 7 insults");
      expect(dana.lastText()).toBe(say(locale, "counselors-block-held-crisis", { ref: item.ref }));

      // Answered and over an hour ago: the question names the crisis, and Yes blocks.
      await dana.send("Я здесь");
      h.clock.advance(HOUR_MS + 60_000);
      await dana.send("/block 7 insults");
      expect(dana.lastText()).toContain(say(locale, "counselors-crisis-self-harm"));
      expect(dana.lastText()).toContain(say(locale, "counselors-confirm-block", { ref: item.ref, days: 7 }));
      await dana.press(say(locale, "counselors-confirm-yes"));
      const until = UNTIL[locale];
      const notice = say(locale, "counselors-blocked-notice", { date: until });
      expect(person.lastText()).toBe(notice);
      expect(notice).toContain(say(locale, "blocked-danger"));
      expect(await h.db.prisma.caseBlock.count()).toBe(1);
      expect((await h.db.prisma.counselCase.findFirst({ where: { ref: item.ref } }))?.outcome).toBe(
        "abusive",
      );

      // What the notice says is true: crisis words now reach a counselor (a P0 case, the block overridden).
      await person.send(TONIGHT[locale]);
      await person.press(say(locale, "crisis-talk"));
      await person.press(say(locale, "consent-allow")).catch(() => {});
      const reopened = await openCaseOf(h, person);
      expect(reopened).toMatchObject({ priority: 0, blockedInCrisis: true });
    },
  );

  it.each(LOCALES)("%s: a supervisor may block during the crisis; the question names it", async (locale) => {
    const { person, item, threadId } = await crisisCase(locale);
    const supervisor: TestCounselor = await counselor(
      h,
      { id: SUPERVISOR_ID, first_name: "Erlan", language_code: locale },
      "Ерлан",
    );
    await supervisor.inGroup("/block 7 insults", { threadId });
    // A question in the group's topic is in the group's language (the default, ru), whatever the supervisor reads
    // (desk-questions.ts sayHere).
    const group: Locale = "ru";
    const question = supervisor.groupTexts({ threadId }).at(-1);
    expect(question).toContain(say(group, "counselors-crisis-self-harm"));
    expect(question).toContain(say(group, "counselors-confirm-block", { ref: item.ref, days: 7 }));
    await supervisor.pressInGroup(say(group, "counselors-confirm-yes"), { threadId });
    expect(person.lastText()).toBe(say(locale, "counselors-blocked-notice", { date: UNTIL[locale] }));
    expect(person.lastText()).toContain(say(locale, "blocked-danger"));
    expect(await h.db.prisma.caseBlock.count()).toBe(1);
  });

  it.each(LOCALES)(
    "%s: a blocked person asking for a counselor is told a crisis still reaches one, not only the date",
    async (locale) => {
      const { dana, person } = await crisisCase(locale);
      await dana.send("Я здесь");
      h.clock.advance(HOUR_MS + 60_000);
      await dana.send("/block 7 insults");
      await dana.press(say(locale, "counselors-confirm-yes"));
      const until = UNTIL[locale];
      // The menu says until when, and that in danger a counselor still answers here.
      await person.send("/menu");
      expect(person.lastText()).toContain(say(locale, "menu-talk-blocked", { date: until }));
      expect(say(locale, "menu-talk-blocked", { date: until })).toContain(say(locale, "blocked-danger"));
      // The "Talk to a person" of the menu shown before the block: the same, not only the date.
      await person.press(say(locale, "menu-talk"));
      expect(person.lastText()).toBe(say(locale, "counselors-blocked", { date: until }));
      expect(person.lastText()).toContain(say(locale, "blocked-danger"));
    },
  );
});
