// Crisis routing through the real bot, on both databases, in kk, ru and en: the crisis reply
// knows whether a counselor is on duty before it speaks, a crisis overrides a block, the way to
// a human asks one short consent and nothing more, and what a person writes while queued is
// acknowledged once per burst.
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import { formatOpening } from "../../src/counselors/waiting.ts";
import * as cases from "../../src/db/cases.ts";
import { DAY_MS } from "../../src/time/durations.ts";
import { DATABASE_KINDS, DEFAULT_NOW, type Harness, type TestUser } from "../support/harness.ts";
import { FRIDAY_MIDNIGHT, FRIDAY_SHIFT, promisesCounselorNow, seenSince } from "../support/words.ts";
import { blockPerson, counselor, deskHarness, deskHooks, openCaseOf, say, topicOf } from "./helpers.ts";

const SELF_HARM: Record<Locale, string> = {
  kk: "өмір сүргім келмейді, дәрі ішіп өлемін",
  ru: "я не хочу жить, наглотаюсь таблеток",
  en: "I don't want to live, I'll swallow all the pills",
};

const MATRIX = (["kk", "ru", "en"] as const).flatMap((locale) =>
  (["off", "on"] as const).flatMap((duty) => [false, true].map((blocked) => ({ locale, duty, blocked }))),
);

describe.each(DATABASE_KINDS)("crisis routing on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  const block = (person: TestUser, days: number) => blockPerson(h, person, days * DAY_MS);

  it.each(MATRIX)(
    "$locale, $duty duty, blocked: $blocked: a reply that promises only what is true, a P0 case",
    async ({ locale, duty, blocked }) => {
      h.clock.set(duty === "off" ? FRIDAY_MIDNIGHT : DEFAULT_NOW);
      const dana = await counselor(h, { first_name: "Dana", language_code: "ru" }, "Дана");
      const person = h.user({ language_code: locale });
      if (blocked) await block(person, 7);
      await person.send("/start");
      const from = person.messages().length;
      await person.send(SELF_HARM[locale]);

      // The reply: 112 first, then 103 (pills), whatever the duty.
      const reply = person.lastText();
      const paragraphs = reply.split("\n\n");
      expect(paragraphs.slice(0, 2)).toEqual([
        say(locale, "crisis-call-112"),
        say(locale, "crisis-call-103"),
      ]);
      if (duty === "off") {
        const when = formatOpening(locale, FRIDAY_SHIFT, "Asia/Almaty");
        expect(paragraphs.slice(2)).toEqual([
          say(locale, "crisis-steps-self-harm"),
          say(locale, "crisis-off-duty", { when }),
          say(locale, "crisis-leave-message"),
        ]);
        expect(reply).toContain("09:00");
        expect(person.buttons()).toEqual([say(locale, "crisis-leave-message-button")]);
      } else {
        expect(paragraphs.slice(2)).toEqual([say(locale, "crisis-support-self-harm")]);
        expect(person.buttons()).toEqual([say(locale, "crisis-talk")]);
      }

      // One short consent line, then the case: no history (or statistics) question on the way.
      await person.press(
        duty === "off" ? say(locale, "crisis-leave-message-button") : say(locale, "crisis-talk"),
      );
      expect(person.lastText()).toBe(say(locale, "consent-counselor-brief", { carried: "yes" }));
      expect(person.lastText().split(/(?<=[.?!])\s+/).length).toBeLessThanOrEqual(2);
      await person.press(say(locale, "consent-allow"));
      const item = await openCaseOf(h, person);
      expect(item.priority).toBe(0);
      expect(item.afterHours).toBe(duty === "off");
      expect(item.blockedInCrisis).toBe(blocked);
      const asked = person.texts().slice(from);
      expect(asked.filter((text) => text === say(locale, "consent-history-explain", { days: 30 }))).toEqual(
        [],
      );
      expect(asked.filter((text) => text === say(locale, "consent-statistics-explain"))).toEqual([]);
      expect(
        asked.filter((text) => text === say(locale, "consent-counselor-explain", { carried: "yes" })),
      ).toEqual([]);
      const waiting = person.texts().find((text) => text.startsWith(say(locale, "counselors-opened")))!;
      if (duty === "off") {
        expect(waiting).toContain(
          say(locale, "counselors-off-duty", { when: formatOpening(locale, FRIDAY_SHIFT, "Asia/Almaty") }),
        );
        expect(waiting).toContain(say(locale, "counselors-leave-message"));
      } else {
        expect(waiting).toContain(say(locale, "counselors-position", { position: 1 }));
      }

      // The topic: top priority; a blocked person in crisis is marked for supervisors.
      const threadId = topicOf(item);
      const topic = h.telegram.topicsOf(h.counselorChatId).find((t) => t.threadId === threadId);
      expect(topic?.name).toContain("🔴 P0");
      const head = h.telegram.messagesIn(h.counselorChatId, { threadId })[0]?.text ?? "";
      const marker = say("ru", "counselors-head-blocked-in-crisis");
      if (blocked) {
        expect(head).toContain(marker);
        expect(head).toContain(say("ru", "counselors-audit-block-overridden"));
      } else {
        expect(head).not.toContain(marker);
      }

      // Whatever they write now is acknowledged (off duty: the 🔴 case's own line, the next shift and 112), once per burst.
      const beforeWriting = person.messages().length;
      for (const line of ["1", "2", "3"]) await person.send(line);
      const acks = person.texts().slice(beforeWriting);
      expect(acks).toEqual([
        duty === "off"
          ? say(locale, "counselors-crisis-ack-off-duty", {
              when: formatOpening(locale, FRIDAY_SHIFT, "Asia/Almaty"),
            })
          : say(locale, "counselors-queued-ack"),
      ]);

      // Off duty, nothing the person saw promised a counselor "now".
      if (duty === "off") expect(promisesCounselorNow(locale, seenSince(person, from))).toEqual([]);

      // The next counselor on duty takes it: the messages left arrive, oldest first.
      h.clock.set(duty === "off" ? FRIDAY_SHIFT + 60_000 : h.clock.now());
      await dana.pressInGroup("✋ Взять", { threadId });
      expect(dana.texts().slice(-3)).toEqual(["1", "2", "3"]);
    },
  );

  it("the check itself can fail: the on-duty reply does speak of a counselor now", async () => {
    for (const locale of ["kk", "ru", "en"] as const) {
      expect(promisesCounselorNow(locale, [say(locale, "crisis-talk")])).toHaveLength(1);
    }
  });

  it("a block made by a counselor with /block: no conversation, unless in crisis", async () => {
    const dana = await counselor(h, { first_name: "Dana", language_code: "ru" }, "Дана");
    const person = h.user({ language_code: "kk" });
    await person.send("/start");
    await person.press(say("kk", "menu-talk"));
    await person.press(say("kk", "consent-allow"));
    const first = await openCaseOf(h, person);
    await dana.pressInGroup("✋ Взять", { threadId: topicOf(first) });
    await dana.inGroup("/block 7 балағат", { threadId: topicOf(first) });
    await dana.pressInGroup(say("ru", "counselors-confirm-yes"), { threadId: topicOf(first) });
    // Kazakh: the date takes the dative before "дейін".
    expect(person.lastText()).toContain("30 қарашаға дейін");
    await person.send("/start");
    await person.press(say("kk", "menu-talk"));
    expect(person.lastText()).toBe(say("kk", "counselors-blocked", { date: "30 қарашаға" }));
    expect(await cases.openCaseOf(h.app.db, h.app.pseudonymize(person.id))).toBeUndefined();

    await person.send(SELF_HARM.kk);
    await person.press(say("kk", "crisis-talk"));
    // Consent 1 was given before: the case opens at once, first in the queue, marked.
    const item = await openCaseOf(h, person);
    expect(item).toMatchObject({ priority: 0, blockedInCrisis: true });
    const row = await h.db.prisma.counselCase.findUnique({ where: { id: item.id } });
    expect(row?.blockedInCrisis).toBe(true);
    await dana.inGroup("/queue");
    expect(dana.groupTexts().at(-1)).toContain(item.ref);
  });

  it("acknowledges a burst once, and the first message after a quiet spell again", async () => {
    const person = h.user({ language_code: "ru" });
    await person.send("/start");
    await person.press(say("ru", "menu-talk"));
    await person.press(say("ru", "consent-allow"));
    const from = person.messages().length;
    for (let index = 1; index <= 10; index++) await person.send(`строка ${index}`);
    const ack = say("ru", "counselors-queued-ack");
    expect(person.texts().slice(from)).toEqual([ack]);
    h.clock.advance(11 * 60_000);
    await person.send("ещё одна");
    expect(person.texts().slice(from)).toEqual([ack, ack]);
    // Nothing was lost: all eleven wait for the counselor.
    expect((await openCaseOf(h, person)).waiting).toBe(11);
  });

  it.each(["kk", "ru", "en"] as const)(
    "%s: 'someone is in danger right now' in the triage: no statistics or history question, one short consent",
    async (locale) => {
      const person = h.user({ language_code: locale });
      await person.send("/start");
      await person.press(say(locale, "menu-triage"));
      await person.press(say(locale, "triage-who-family"));
      await person.press(say(locale, "triage-concern-recruitment"));
      await person.press(say(locale, "triage-urgency-now"));
      await person.press(say(locale, "triage-skip"));
      await person.press(say(locale, "menu-talk"));
      expect(person.lastText()).toBe(say(locale, "consent-counselor-brief", { carried: "no" }));
      await person.press(say(locale, "consent-allow"));
      expect((await openCaseOf(h, person)).priority).toBe(0);
      for (const key of [
        "consent-statistics-explain",
        "consent-history-explain",
        "consent-counselor-explain",
      ]) {
        expect(person.texts()).not.toContain(say(locale, key, { days: 30, carried: "no" }));
      }
    },
  );
});

// The other ways nobody is there: a supervisor's /pause, a day off, and no counselors' group at all.
describe.each(DATABASE_KINDS)("crisis routing when nobody can answer, on %s", (kind) => {
  it.each(["kk", "ru", "en"] as const)(
    "%s: during a /pause the reply says so and promises no one now",
    async (locale) => {
      const h = await deskHarness(kind);
      try {
        const supervisor = await counselor(h, { first_name: "Erlan" }, "Ерлан", { admin: true });
        await supervisor.inGroup("/pause все заняты");
        const person = h.user({ language_code: locale });
        await person.send("/start");
        const from = person.messages().length;
        await person.send(SELF_HARM[locale]);
        // On shift but busy: said so, and no "next counselor on duty" (outsider 27, defect 6).
        expect(person.lastText()).toContain(say(locale, "crisis-counselors-paused"));
        expect(person.lastText()).toContain(say(locale, "crisis-leave-message-paused"));
        expect(person.lastText()).not.toContain(say(locale, "crisis-leave-message"));
        expect(person.lastText()).not.toContain(say(locale, "crisis-support-self-harm"));
        expect(person.buttons()).toEqual([say(locale, "crisis-leave-message-button")]);
        await person.press(say(locale, "crisis-leave-message-button"));
        await person.press(say(locale, "consent-allow"));
        // A pause happens on duty: the case is not "after hours", and its head does not say so.
        const item = await openCaseOf(h, person);
        expect(item.afterHours).toBe(false);
        const head = h.telegram.messagesIn(h.counselorChatId, { threadId: topicOf(item) })[0]?.text ?? "";
        expect(head).not.toContain("(вне смены)");
        expect(head).toContain(say("ru", "counselors-audit-off-duty-numbers"));
        expect(head).not.toContain(`${say("ru", "counselors-audit-safety-sent")} · 114, 112`);
        await person.send("hello");
        // A 🔴 case: first in the queue, nobody free at once, 112.
        expect(person.lastText()).toBe(say(locale, "counselors-crisis-ack-later"));
        expect(promisesCounselorNow(locale, seenSince(person, from))).toEqual([]);
      } finally {
        await h.close();
      }
    },
  );

  it("on a day off (COUNSELOR_DAYS_OFF) the next shift is the next working day's", async () => {
    // Monday 2026-11-23 is a day off: the next shift is Tuesday 09:00.
    const h = await deskHarness(kind, { config: { COUNSELOR_DAYS_OFF: "2026-11-23" } });
    try {
      const person = h.user({ language_code: "ru" });
      await person.send(SELF_HARM.ru);
      const tuesday = Date.UTC(2026, 10, 24, 4, 0, 0);
      expect(person.lastText()).toContain(
        say("ru", "crisis-off-duty", { when: formatOpening("ru", tuesday, "Asia/Almaty") }),
      );
      expect(person.lastText()).toContain("24 ноября");
      expect(promisesCounselorNow("ru", seenSince(person, 0))).toEqual([]);
    } finally {
      await h.close();
    }
  });

  it("without a counselors' group: safety steps and 114, no counselor offered", async () => {
    const h = await deskHarness(kind, { config: { COUNSELOR_CHAT_ID: undefined } });
    try {
      const person = h.user({ language_code: "en" });
      await person.send(SELF_HARM.en);
      const reply = person.lastText();
      expect(reply.startsWith(say("en", "crisis-call-112"))).toBe(true);
      expect(reply).toContain(say("en", "crisis-steps-self-harm"));
      expect(reply).toContain(say("en", "crisis-no-counselors"));
      expect(person.last()?.replyMarkup).toBeUndefined();
      expect(promisesCounselorNow("en", seenSince(person, 0))).toEqual([]);
    } finally {
      await h.close();
    }
  });
});
