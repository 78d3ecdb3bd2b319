// Crisis words from a person whose request already waits (queued, no counselor yet), through the real bot on
// both databases in kk, ru and en, on duty and off: the safety reply (numbers, steps, the off-duty line) says
// the request is with the counselors and now first, with no button that would start another; the case is
// raised to P0 and the group told once per burst; nothing written is lost. After a case closes, crisis words
// get the full reply again, and its button opens a new P0 request. (Inside a conversation: crisis-in-case.)
import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "../../src/config/index.ts";
import { formatOpening } from "../../src/counselors/waiting.ts";
import * as cases from "../../src/db/cases.ts";
import { DATABASE_KINDS, DEFAULT_NOW, type Harness, type TestUser } from "../support/harness.ts";
import { FRIDAY_MIDNIGHT, FRIDAY_SHIFT, promisesCounselorNow, seenSince } from "../support/words.ts";
import {
  askForHuman,
  closeAsConsulted,
  counselor,
  deskHooks,
  openCaseOf,
  SELF_HARM,
  say,
  takenCase,
  topicOf,
} from "./helpers.ts";

/** A second frightened line of the same burst, in each language. */
const AGAIN: Record<Locale, string> = {
  kk: "бәрібір өлгім келеді",
  ru: "всё равно хочу умереть",
  en: "I still want to die",
};

const MATRIX = LOCALES.flatMap((locale) => (["on", "off"] as const).map((duty) => ({ locale, duty })));

describe.each(DATABASE_KINDS)("crisis words while a request waits, on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  /** The group's crisis alerts about this case, as the supervisors read them in its topic. */
  const groupAlerts = (item: cases.Case) =>
    h.telegram
      .messagesIn(h.counselorChatId, { threadId: topicOf(item) })
      .filter((message) => message.from.is_bot && message.text?.startsWith(`🆘 ${item.ref}`));

  /** The bot's messages since `from`, with the buttons of each. */
  const repliesSince = (person: TestUser, from: number) =>
    person
      .messages()
      .slice(from)
      .map((message) => ({ text: message.text ?? "", buttons: h.telegram.buttonsOf(message) }));

  it.each(MATRIX)(
    "$locale, $duty duty: told the request is first, no new-request button, raised once, nothing lost",
    async ({ locale, duty }) => {
      h.clock.set(duty === "off" ? FRIDAY_MIDNIGHT : DEFAULT_NOW);
      const person = h.user({ language_code: locale });
      await askForHuman(person, locale);
      const waiting = await openCaseOf(h, person);
      expect(waiting).toMatchObject({ status: "queued", priority: 2 });
      const from = person.messages().length;

      await person.send(SELF_HARM[locale]);
      const replies = repliesSince(person, from);
      // One answer: the safety reply; the "received" of the queue is not said on top of it.
      expect(replies).toHaveLength(1);
      const paragraphs = replies[0]!.text.split("\n\n");
      const absent =
        duty === "off"
          ? [say(locale, "crisis-off-duty", { when: formatOpening(locale, FRIDAY_SHIFT, "Asia/Almaty") })]
          : [];
      expect(paragraphs).toEqual([
        say(locale, "crisis-call-112"),
        say(locale, "crisis-call-103"),
        say(locale, "crisis-steps-self-harm"),
        ...absent,
        say(locale, "crisis-already-queued"),
      ]);
      expect(replies[0]!.buttons).toEqual([]);

      // Stored: the case raised to P0 with the kind, still queued; the group told once.
      const raised = await openCaseOf(h, person);
      expect(raised).toMatchObject({ id: waiting.id, status: "queued", priority: 0 });
      expect(raised.summary.crises).toEqual(["self-harm"]);
      expect(groupAlerts(raised)).toHaveLength(1);
      const topic = h.telegram.topicsOf(h.counselorChatId).find((t) => t.threadId === topicOf(raised));
      expect(topic?.name).toContain("🔴 P0");

      // A second crisis line of the same burst: the same reply, no second alert, no second case.
      await person.send(AGAIN[locale]);
      const second = repliesSince(person, from).slice(1);
      expect(second).toHaveLength(1);
      expect(second[0]!.text.split("\n\n").at(-1)).toBe(say(locale, "crisis-already-queued"));
      expect(second[0]!.buttons).toEqual([]);
      expect(groupAlerts(raised)).toHaveLength(1);
      const open = await h.db.prisma.counselCase.findMany({ where: { status: { not: "closed" } } });
      expect(open.map((row) => row.id)).toEqual([waiting.id]);
      // Nothing lost: both lines wait for the counselor.
      expect((await openCaseOf(h, person)).waiting).toBe(2);
      if (duty === "off") expect(promisesCounselorNow(locale, seenSince(person, from))).toEqual([]);

      // The counselor who takes it gets both lines, the crisis one flagged in the head.
      h.clock.set(duty === "off" ? FRIDAY_SHIFT + 60_000 : h.clock.now());
      const dana = await counselor(h, { first_name: "Dana", language_code: locale }, "Дана");
      await dana.pressInGroup("✋ Взять", { threadId: topicOf(raised) });
      expect(dana.texts()).toContain(SELF_HARM[locale]);
      expect(dana.texts()).toContain(AGAIN[locale]);
    },
  );

  it.each(LOCALES)(
    "%s: just after a counselor closed the case: the full reply, and its button opens a new P0 request",
    async (locale) => {
      const dana = await counselor(h, { first_name: "Dana", language_code: locale }, "Дана");
      const person = h.user({ language_code: locale });
      const { item, threadId } = await takenCase(h, person, dana, locale);
      await dana.send("Здравствуйте, я здесь.");
      await closeAsConsulted(dana, threadId);
      expect(person.lastText()).toContain(say(locale, "counselors-rate-question"));
      const from = person.messages().length;

      await person.send(SELF_HARM[locale]);
      const replies = repliesSince(person, from);
      expect(replies.map((reply) => reply.text)).toEqual([
        [
          say(locale, "crisis-call-112"),
          say(locale, "crisis-call-103"),
          say(locale, "crisis-support-self-harm"),
        ].join("\n\n"),
      ]);
      expect(replies[0]!.buttons.map((button) => button.text)).toEqual([say(locale, "crisis-talk")]);
      // The closed case stays closed; the button opens a new one, first in the queue (consent was given).
      await person.press(say(locale, "crisis-talk"));
      const fresh = await openCaseOf(h, person);
      expect(fresh.id).not.toBe(item.id);
      expect(fresh).toMatchObject({ status: "queued", priority: 0 });
      expect((await cases.byId(h.app.db, item.id))?.status).toBe("closed");
    },
  );
});
