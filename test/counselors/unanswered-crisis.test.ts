// A 🔴 case a counselor took and never answered is not closed as "quiet" by the idle job (outside tester,
// desk30 item 1), through the real bot on both databases: after CASE_IDLE_MINUTES it goes back to the queue,
// first in line, for any crisis kind; its topic alerts the supervisors, the holder hears it privately, the
// person is told the truth with the emergency numbers, and it stays open however long the silence lasts.
import { describe, expect, it } from "vitest";
import { PURGE_JOBS } from "../../src/bot/jobs.ts";
import { LOCALES, type Locale } from "../../src/config/index.ts";
import { CRISIS_IDLE_FACTOR } from "../../src/counselors/case-rules.ts";
import { purgeOnce } from "../../src/retention/index.ts";
import { DATABASE_KINDS, type Harness, type TestUser } from "../support/harness.ts";
import { counselor, deskHooks, identityLeaks, openCaseOf, SELF_HARM, say, topicOf } from "./helpers.ts";

const MINUTE = 60_000;
/** Danger to the writer (src/crisis: "danger"), not self-harm. */
const DANGER = "отец меня убьёт если узнает";

describe.each(DATABASE_KINDS)("an unanswered 🔴 case on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  const purge = () => purgeOnce(h.app, PURGE_JOBS, h.clock.now(), h.bot.api);

  /** Crisis words, then "talk to a counselor" from the crisis reply: a queued 🔴 case. */
  async function crisisCase(person: TestUser, locale: Locale, words: string) {
    await person.send("/start");
    await person.send(words);
    await person.press(say(locale, "crisis-talk"));
    await person.press(say(locale, "consent-allow"));
    const item = await openCaseOf(h, person);
    expect(item.priority).toBe(0);
    return item;
  }

  const cases = [
    ...LOCALES.map((locale) => ({ locale, words: SELF_HARM[locale], what: "self-harm" })),
    { locale: "ru" as Locale, words: DANGER, what: "danger" },
  ];

  it.each(cases)(
    "$locale, $what: taken and never answered, it goes back to the queue with an alert, never closed as quiet",
    async ({ locale, words }) => {
      const dana = await counselor(h, { first_name: "Dana", language_code: locale }, "Дана");
      const teen = h.user({ first_name: "Timur", language_code: locale });
      const item = await crisisCase(teen, locale, words);
      const threadId = topicOf(item);
      await dana.pressInGroup(say("ru", "counselors-button-take"), { threadId });
      const idle = h.config.CASE_IDLE_MINUTES;

      // Not yet: the holder has CASE_IDLE_MINUTES to answer.
      h.clock.advance(idle * MINUTE - MINUTE);
      expect((await purge()).counts["counselors.unanswered-crises"]).toBe(0);
      expect((await openCaseOf(h, teen)).status).toBe("active");

      h.clock.advance(2 * MINUTE);
      const told = teen.messages().length;
      const report = await purge();
      expect(report.counts["counselors.unanswered-crises"]).toBe(1);
      expect(report.counts["counselors.idle-cases"]).toBe(0);

      const stored = await openCaseOf(h, teen);
      expect(stored).toMatchObject({ id: item.id, status: "queued", counselorId: null, priority: 0 });
      const audit = await h.db.prisma.caseAudit.findMany({ where: { caseRef: item.ref } });
      expect(audit.map((entry) => entry.action)).toContain("crisis-unanswered");

      // The person: the truth, the numbers, their place (first), and no "quiet" closing.
      const news = teen.texts().slice(told);
      expect(news).toHaveLength(1);
      expect(news[0]).toContain(say(locale, "counselors-crisis-unanswered-person"));
      expect(news[0]).toContain(say(locale, "emergency-line"));
      expect(teen.texts().join("\n")).not.toContain(say(locale, "counselors-closed-idle"));

      // The topic (supervisors) and the holder, in her language.
      const minutes = idle + 1;
      expect(dana.groupTexts({ threadId })).toContain(
        say("ru", "counselors-crisis-unanswered-topic", { ref: item.ref, alias: "Дана", minutes }),
      );
      expect(dana.lastText()).toBe(
        say(locale, "counselors-crisis-unanswered-holder", { ref: item.ref, minutes }),
      );

      // However long the silence lasts now, the idle job leaves it open.
      h.clock.advance(2 * CRISIS_IDLE_FACTOR * idle * MINUTE);
      const later = await purge();
      expect(later.counts["counselors.idle-cases"]).toBe(0);
      expect((await openCaseOf(h, teen)).status).toBe("queued");

      // Anyone can take it again: the conversation goes on.
      const erlan = await counselor(h, { first_name: "Erlan", language_code: "ru" }, "Ерлан");
      await erlan.pressInGroup(say("ru", "counselors-button-take"), { threadId });
      expect((await openCaseOf(h, teen)).status).toBe("active");
      expect(identityLeaks(h, teen.user, [dana, erlan])).toEqual([]);
    },
  );

  it("a person who keeps writing to a holder who never answers is not left with them either", async () => {
    const dana = await counselor(h, { first_name: "Dana" }, "Дана");
    const teen = h.user({ language_code: "ru" });
    const item = await crisisCase(teen, "ru", SELF_HARM.ru);
    await dana.pressInGroup(say("ru", "counselors-button-take"), { threadId: topicOf(item) });
    const idle = h.config.CASE_IDLE_MINUTES;
    for (let step = 0; step < 4; step++) {
      h.clock.advance((idle / 3) * MINUTE);
      await teen.send("вы здесь?");
    }
    expect((await purge()).counts["counselors.unanswered-crises"]).toBe(1);
    expect((await openCaseOf(h, teen)).status).toBe("queued");
  });

  it("a holder who answered keeps the case: the silence is the person's, asked after, not requeued", async () => {
    const dana = await counselor(h, { first_name: "Dana" }, "Дана");
    const teen = h.user({ language_code: "ru" });
    const item = await crisisCase(teen, "ru", SELF_HARM.ru);
    await dana.pressInGroup(say("ru", "counselors-button-take"), { threadId: topicOf(item) });
    await dana.send("Я здесь. Как вы сейчас?");
    h.clock.advance((h.config.CASE_IDLE_MINUTES + 1) * MINUTE);
    const report = await purge();
    expect(report.counts["counselors.unanswered-crises"]).toBe(0);
    expect(await openCaseOf(h, teen)).toMatchObject({ status: "active" });
    expect(teen.texts().join("\n")).not.toContain(say("ru", "counselors-crisis-unanswered-person"));
  });
});
