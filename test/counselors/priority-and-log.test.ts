// Priority that matches the words, and everything that happened in the case's log, in order:
// the triage's "someone is in danger right now" is served with the crisis cases (P0) and the head
// says why; the bot's own safety messages (the crisis reply, the off-duty text) appear in the log;
// crisis words written while a case is open raise it to P0 and alert the holder and the
// supervisors once per burst. Through the real bot, in kk, ru and en, on both databases.
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import { CRISIS_BURST_MS } from "../../src/counselors/crisis-watch.ts";
import { MINUTE_MS } from "../../src/time/durations.ts";
import { DATABASE_KINDS, type Harness, type TestUser } from "../support/harness.ts";
import {
  counselor,
  deskHooks,
  headOf,
  identityLeaks,
  openCaseOf,
  SELF_HARM,
  say,
  topicOf,
} from "./helpers.ts";

/** Saturday 2026-11-28 12:00 in Almaty: no duty on weekends by default. */
const SATURDAY = Date.UTC(2026, 10, 28, 7, 0, 0);

describe.each(DATABASE_KINDS)("priority and the case's log on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  async function triage(person: TestUser, locale: Locale, urgency: "now" | "soon" | "info") {
    await person.send("/start");
    await person.press(say(locale, "menu-triage"));
    await person.press(say(locale, "triage-who-self"));
    await person.press(say(locale, "triage-concern-recruitment"));
    await person.press(say(locale, `triage-urgency-${urgency}`));
    await person.press(say(locale, "triage-skip"));
    await person.press(say(locale, "menu-talk"));
    await person.press(say(locale, "consent-allow"));
  }

  it.each(["kk", "ru", "en"] as const)(
    "%s: 'someone is in danger right now' is served with the crisis cases, and the head says why",
    async (locale) => {
      const dana = await counselor(h, {}, "Дана");
      const calm = h.user({ language_code: locale });
      await triage(calm, locale, "info");
      h.clock.advance(MINUTE_MS);
      const soon = h.user({ language_code: locale });
      await triage(soon, locale, "soon");
      h.clock.advance(MINUTE_MS);
      const danger = h.user({ language_code: locale });
      await triage(danger, locale, "now");
      const [calmCase, soonCase, dangerCase] = [
        await openCaseOf(h, calm),
        await openCaseOf(h, soon),
        await openCaseOf(h, danger),
      ];
      expect([calmCase.priority, soonCase.priority, dangerCase.priority]).toEqual([2, 1, 0]);
      const topic = h.telegram.topicsOf(h.counselorChatId).find((t) => t.threadId === dangerCase.threadId);
      expect(topic?.name).toMatch(/🔴 P0$/);
      expect(await headOf(h, danger)).toContain(
        say("ru", "counselors-head-priority-reason", { reason: say("ru", "counselors-priority-triage-now") }),
      );
      expect(await headOf(h, soon)).toContain(
        say("ru", "counselors-head-priority-reason", {
          reason: say("ru", "counselors-priority-triage-soon"),
        }),
      );
      expect(await headOf(h, calm)).not.toContain(
        say("ru", "counselors-head-priority-reason", { reason: "" }),
      );
      // No crisis signal was seen: the head does not claim one.
      expect(await headOf(h, danger)).not.toContain(
        say("ru", "counselors-head-crisis", { category: "" }).trim(),
      );
      await dana.inGroup("/queue");
      const queue = dana.groupTexts().at(-1)!;
      const order = [dangerCase, soonCase, calmCase].map((item) => queue.indexOf(item.ref));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(danger.texts().join("\n")).toContain(say(locale, "counselors-position", { position: 1 }));
    },
  );

  it.each(["kk", "ru", "en"] as const)(
    "%s: a crisis reply and the off-duty safety text are in the log, in order, with their numbers",
    async (locale) => {
      h.clock.set(SATURDAY);
      await counselor(h, {}, "Дана");
      const person = h.user({ language_code: locale });
      await person.send("/start");
      await person.send(SELF_HARM[locale]);
      h.clock.advance(2 * MINUTE_MS);
      await person.press(say(locale, "crisis-leave-message-button"));
      await person.press(say(locale, "consent-allow"));
      const item = await openCaseOf(h, person);
      expect(item.priority).toBe(0);
      const head = await headOf(h, person);
      expect(head).toContain(
        say("ru", "counselors-head-priority-reason", {
          reason: say("ru", "counselors-priority-crisis-reply"),
        }),
      );
      const log = head
        .slice(head.indexOf(say("ru", "counselors-head-log")))
        .split("\n")
        .slice(1);
      expect(log).toEqual([
        `28.11 12:00 ${say("ru", "counselors-audit-safety-sent")} · 112, 103`,
        `28.11 12:00 ${say("ru", "counselors-audit-crisis-detected")} · ${say("ru", "counselors-crisis-self-harm")}`,
        `28.11 12:02 ${say("ru", "counselors-audit-opened")} · ${say("ru", "counselors-source-crisis")}`,
        // The usual off-duty text is not a 🆘 safety message (outsider 27, defect 10).
        `28.11 12:02 ${say("ru", "counselors-audit-off-duty-numbers")} · 114, 112`,
      ]);
      // What the log says was sent, was sent.
      expect(person.texts().join("\n")).toContain(say(locale, "crisis-call-103"));
      expect(person.texts().join("\n")).toContain("114");
    },
  );

  it.each(["kk", "ru", "en"] as const)(
    "%s: crisis words mid-case raise the case, alert the holder in their language and the supervisors, once per burst",
    async (locale) => {
      const dana = await counselor(h, { language_code: locale }, "Дана");
      const erlan = await counselor(h, {}, "Ерлан", { admin: true });
      const person = h.user({ language_code: "ru" });
      await triage(person, "ru", "info");
      const opened = await openCaseOf(h, person);
      expect(opened.priority).toBe(2);
      await dana.pressInGroup(say("ru", "counselors-button-take"), { threadId: topicOf(opened) });
      const alert = say(locale, "counselors-alert-crisis-holder", {
        ref: opened.ref,
        category: say(locale, "counselors-crisis-self-harm"),
        numbers: "112, 103",
      });
      const groupAlert = say("ru", "counselors-alert-crisis-group", {
        ref: opened.ref,
        category: say("ru", "counselors-crisis-self-harm"),
      });

      h.clock.advance(MINUTE_MS);
      await person.send(SELF_HARM.ru);
      // The person got the crisis reply; Dana got the message itself, then the alert.
      expect(person.texts().join("\n")).toContain(say("ru", "crisis-call-112"));
      expect(dana.texts().slice(-2)).toEqual([SELF_HARM.ru, alert]);
      const raised = await openCaseOf(h, person);
      expect(raised.priority).toBe(0);
      expect(
        h.telegram.topicsOf(h.counselorChatId).find((t) => t.threadId === raised.threadId)?.name,
      ).toMatch(/🔴 P0$/);
      expect(erlan.groupTexts({ threadId: topicOf(raised) })).toContain(groupAlert);
      const head = await headOf(h, person);
      expect(head).toContain(
        say("ru", "counselors-head-priority-reason", {
          reason: say("ru", "counselors-priority-crisis-words"),
        }),
      );
      expect(head).toContain(`${say("ru", "counselors-audit-safety-sent")} · 112, 103`);
      expect(head).toContain(
        `${say("ru", "counselors-audit-crisis-detected")} · ${say("ru", "counselors-crisis-self-harm")}`,
      );

      // More of the same within the burst (seconds apart): relayed, answered, but no second alert.
      h.clock.advance(20_000);
      await person.send(SELF_HARM.ru);
      h.clock.advance(20_000);
      await person.send(SELF_HARM.ru);
      const count = (texts: string[], text: string) => texts.filter((t) => t === text).length;
      expect(count(dana.texts(), alert)).toBe(1);
      expect(count(erlan.groupTexts({ threadId: topicOf(raised) }), groupAlert)).toBe(1);

      // A new burst, later: one more alert.
      h.clock.advance(CRISIS_BURST_MS);
      await person.send(SELF_HARM.ru);
      expect(count(dana.texts(), alert)).toBe(2);
      expect(count(erlan.groupTexts({ threadId: topicOf(raised) }), groupAlert)).toBe(2);
      expect(identityLeaks(h, person.user, [dana, erlan])).toEqual([]);
    },
  );
});
