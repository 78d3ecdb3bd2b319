// Crisis signals and a case (outsider 26, defects 3, 7, 8 and 15), through the real bot on both databases:
// every crisis kind of the visit (and of the case later) is kept, most urgent first, in the head, the summary
// and the log; the message or edit that raised a signal reaches the counselor with the case however many came
// after it; inside a conversation the person gets the emergency numbers, the safety steps and "your counselor has
// this message marked 🆘 and answers you first" (on duty; off duty, that it is passed on and when a counselor is
// back), no second counselor offered, while the counselor is alerted with the message flagged (outsider 30,
// item 2); and a crisis case closes with the safety line.
import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "../../src/config/index.ts";
import { DATABASE_KINDS, type Harness } from "../support/harness.ts";
import {
  closeAsConsulted,
  counselor,
  deskHooks,
  identityLeaks,
  openCaseOf,
  SELF_HARM,
  say,
  takenCase,
  topicOf,
} from "./helpers.ts";

/** The outsider's words (item 2): intent, nothing done yet. */
const TONIGHT: Record<Locale, string> = {
  kk: "кешіріңіз. енді шыдай алмаймын, бүгін түнде өзімді өлтіргім келеді",
  ru: "простите. я больше не могу, хочу покончить с собой сегодня ночью",
  en: "sorry. I can't take it any more, I want to kill myself tonight",
};

/** A recruiter's message forwarded by the person: travel pressure. */
const TRAVEL: Record<Locale, string> = {
  kk: "Апа, Стамбулға билетің дайын, ата-анаңа айтпа. Ол жерден Шамға барамыз.",
  ru: "Сестра, твой билет в Стамбул готов, родителям не говори. Оттуда поедем в Шам.",
  en: "Sister, your ticket to Istanbul is ready, do not tell your parents. From there we go to Sham.",
};

describe.each(DATABASE_KINDS)("crisis signals and the case on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  /** Staff labels of crisis kinds, joined as the head and the log show them. */
  const kinds = (locale: Locale, ...codes: string[]) =>
    codes.map((code) => say(locale, `counselors-crisis-${code}`)).join(", ");

  it.each(LOCALES)(
    "%s: self-harm, then travel pressure, then a person: both kinds, most urgent first, both messages passed",
    async (locale) => {
      const dana = await counselor(h, { first_name: "Dana", language_code: locale }, "Дана");
      const teen = h.user({ first_name: "Aigerim", language_code: locale });
      await teen.send("/start");
      // The travel message comes last, but self-harm is the more urgent kind.
      await teen.send(SELF_HARM[locale]);
      await teen.send(TRAVEL[locale]);
      for (const line of ["1", "2", "3", "4"]) await teen.send(line);
      await teen.press(say(locale, "crisis-talk"));
      await teen.press(say(locale, "consent-allow"));

      const item = await openCaseOf(h, teen);
      expect(item.priority).toBe(0);
      expect(item.summary.crises).toEqual(["self-harm", "travel-pressure"]);
      const head = h.telegram.messagesIn(h.counselorChatId, { threadId: topicOf(item) })[0]?.text ?? "";
      expect(head).toContain(
        say("ru", "counselors-head-crisis", { category: kinds("ru", "self-harm", "travel-pressure") }),
      );
      // The log: one entry naming both kinds, and the numbers of both (112, 103 and 102).
      expect(head).toContain(
        `${say("ru", "counselors-audit-crisis-detected")} · ${kinds("ru", "self-harm", "travel-pressure")}`,
      );
      expect(head).toContain(`${say("ru", "counselors-audit-safety-sent")} · 112, 103, 102`);
      const log = await h.db.prisma.caseAudit.findMany({
        where: { caseRef: item.ref, action: "crisis-detected" },
      });
      expect(log.map((entry) => entry.detail)).toEqual(["self-harm,travel-pressure"]);

      // Taken: both crisis messages reach Dana, however many lines came after them, with the summary in her language.
      await dana.pressInGroup("✋ Взять", { threadId: topicOf(item) });
      const seen = dana.texts();
      expect(seen).toContain(SELF_HARM[locale]);
      expect(seen).toContain(TRAVEL[locale]);
      expect(seen.join("\n")).toContain(
        say(locale, "counselors-head-crisis", { category: kinds(locale, "self-harm", "travel-pressure") }),
      );
      expect(identityLeaks(h, teen.user, [dana])).toEqual([]);
    },
  );

  it("an edit that raises self-harm is passed on even with newer messages after it", async () => {
    const dana = await counselor(h, { first_name: "Dana" }, "Дана");
    const mother = h.user({ language_code: "ru" });
    await mother.send("/start");
    await mother.send("где ближайший центр в Шымкенте?");
    const asked = h.telegram
      .messagesIn(mother.id)
      .filter((message) => !message.from.is_bot)
      .at(-1)!;
    for (const line of ["центр в Караганде", "центр в Актау", "Петропавл", "Кызылорда"])
      await mother.send(line);
    const edited = "где ближайший центр в Алматы? сын говорит хочет умереть";
    await mother.edit(asked.messageId, edited);
    expect(mother.lastText()).toContain(say("ru", "crisis-call-112"));
    await mother.press(say("ru", "crisis-talk"));
    await mother.press(say("ru", "consent-allow"));
    const item = await openCaseOf(h, mother);
    expect(item.summary.crises).toEqual(["self-harm"]);
    await dana.pressInGroup("✋ Взять", { threadId: topicOf(item) });
    expect(dana.texts()).toContain(edited);
  });

  it.each(LOCALES)(
    "%s: crisis words in a conversation: numbers, steps and 'your counselor answers you first'; the counselor alerted",
    async (locale) => {
      const dana = await counselor(h, { first_name: "Dana", language_code: locale }, "Дана");
      const mother = h.user({ language_code: locale });
      const { item, threadId } = await takenCase(h, mother, dana, locale);
      await mother.send("Здравствуйте");
      const from = mother.messages().length;

      await mother.send(TRAVEL[locale]);
      // The person: 112 and 102, the steps, and that her counselor has it; nothing that offers a counselor she has.
      const replies = mother.messages().slice(from);
      expect(replies).toHaveLength(1);
      const reply = replies[0]?.text ?? "";
      expect(
        reply.startsWith([say(locale, "crisis-call-112"), say(locale, "crisis-call-102")].join("\n\n")),
      ).toBe(true);
      // The steps: for the one pressed, or for a relative (a forwarded message may read as about someone close).
      expect(
        [
          say(locale, "crisis-steps-travel-pressure"),
          say(locale, "crisis-steps-relative-travel-pressure"),
        ].some((steps) => reply.includes(steps)),
      ).toBe(true);
      expect(reply.endsWith(say(locale, "crisis-in-case-seen"))).toBe(true);
      expect(h.telegram.buttonsOf(replies[0]!)).toEqual([]);
      expect(mother.texts().join("\n")).not.toContain(say(locale, "crisis-talk"));
      // Dana: the message, then the alert as a reply to it, in her language.
      const copy = dana.messages().find((message) => message.text === TRAVEL[locale])!;
      const alert = dana.last()!;
      expect(alert.text).toBe(
        say(locale, "counselors-alert-crisis-holder", {
          ref: item.ref,
          category: kinds(locale, "travel-pressure"),
          numbers: "112, 102",
        }),
      );
      expect(alert.replyToMessageId).toBe(copy.messageId);
      // The topic: the supervisors' line, as today.
      expect(h.telegram.messagesIn(h.counselorChatId, { threadId }).map((m) => m.text)).toContain(
        say("ru", "counselors-alert-crisis-group", {
          ref: item.ref,
          category: kinds("ru", "travel-pressure"),
        }),
      );

      // An edit within the same burst that adds self-harm: the same reply for it, and a new alert on that message.
      const mine = h.telegram.messagesIn(mother.id).filter((message) => !message.from.is_bot);
      const hello = mine.find((message) => message.text === "Здравствуйте")!;
      const afterEdit = mother.messages().length;
      await mother.edit(hello.messageId, SELF_HARM[locale]);
      expect(
        mother
          .messages()
          .slice(afterEdit)
          .map((message) => message.text),
      ).toEqual([
        [
          say(locale, "crisis-call-112"),
          say(locale, "crisis-call-103"),
          say(locale, "crisis-steps-self-harm"),
          say(locale, "crisis-in-case-seen"),
        ].join("\n\n"),
      ]);
      const helloCopy = dana.messages().find((message) => message.text === SELF_HARM[locale])!;
      expect(dana.last()?.replyToMessageId).toBe(helloCopy.messageId);
      expect(dana.lastText()).toContain(kinds(locale, "self-harm"));
      const stored = await openCaseOf(h, mother);
      expect(stored.summary.crises).toEqual(["self-harm", "travel-pressure"]);
      expect(stored.status).toBe("active");
    },
  );

  it.each(LOCALES)(
    "%s: 'I want to kill myself tonight' in a conversation speaks to the thought; off duty it says who is there",
    async (locale) => {
      const dana = await counselor(h, { first_name: "Dana", language_code: locale }, "Дана");
      const person = h.user({ language_code: locale });
      await takenCase(h, person, dana, locale);
      let from = person.messages().length;
      await person.send(TONIGHT[locale]);
      const onDuty = person.messages().slice(from);
      expect(onDuty.map((message) => message.text)).toEqual([
        [
          say(locale, "crisis-call-112"),
          say(locale, "crisis-call-103"),
          // Stay with someone, put the means away, 112: the thought, not only pills already taken.
          say(locale, "crisis-steps-self-harm"),
          say(locale, "crisis-in-case-seen"),
        ].join("\n\n"),
      ]);
      expect(h.telegram.buttonsOf(onDuty[0]!)).toEqual([]);
      expect(dana.texts().join("\n")).toContain(TONIGHT[locale]);

      // 19:00 in Almaty, Monday: off duty, the case still Dana's. Not "answers you first" now: passed on, and when.
      h.clock.advance(8 * 60 * 60 * 1000);
      from = person.messages().length;
      await person.send(SELF_HARM[locale]);
      const offDuty = person
        .messages()
        .slice(from)
        .map((message) => message.text ?? "");
      expect(offDuty).toHaveLength(1);
      const [reply] = offDuty;
      expect(reply).toContain(say(locale, "crisis-steps-self-harm"));
      expect(reply).toContain(say(locale, "crisis-in-case-passed"));
      expect(reply).toContain(say(locale, "crisis-off-duty", { when: "§" }).split("§")[0]);
      expect(reply).not.toContain(say(locale, "crisis-in-case-seen"));
      expect((await openCaseOf(h, person)).status).toBe("active");
    },
  );

  it.each(LOCALES)(
    "%s: a crisis case closes with the safety line; an ordinary one without",
    async (locale) => {
      const dana = await counselor(h, { first_name: "Dana", language_code: locale }, "Дана");
      const teen = h.user({ language_code: locale });
      await teen.send(SELF_HARM[locale]);
      await teen.press(say(locale, "crisis-talk"));
      await teen.press(say(locale, "consent-allow"));
      const item = await openCaseOf(h, teen);
      const threadId = topicOf(item);
      await dana.pressInGroup("✋ Взять", { threadId });
      await dana.send("Я здесь");
      await closeAsConsulted(dana, threadId);
      expect(teen.lastText()).toBe(
        [
          say(locale, "counselors-closed-by-counselor"),
          say(locale, "emergency-line"),
          say(locale, "counselors-rate-question"),
        ].join("\n\n"),
      );

      const other = h.user({ language_code: locale });
      const ordinary = await takenCase(h, other, dana, locale);
      await dana.send("Я здесь");
      await closeAsConsulted(dana, ordinary.threadId);
      expect(other.lastText()).toBe(
        [say(locale, "counselors-closed-by-counselor"), say(locale, "counselors-rate-question")].join("\n\n"),
      );
    },
  );
});
