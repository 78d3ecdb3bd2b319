// A 🔴 case while nobody is on shift (Saturday 02:00 in Almaty, the default hours), through the real bot on both
// databases in kk, ru and en: fear said in that case ("я боюсь, он опять пришёл") is answered as the crisis it is,
// with the 111 line for harm at home and when the shift starts; a plain line gets "received", when a counselor will
// see it and 112; the supervisors (SUPERVISOR_IDS privately, the group's general topic) are told once when the case
// opens and once per new crisis message, by its reference only. A 🟢 case's "I'm scared" stays an ordinary line.
import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "../../src/config/index.ts";
import { formatOpening } from "../../src/counselors/waiting.ts";
import { DATABASE_KINDS, type Harness } from "../support/harness.ts";
import { askForHuman, deskHooks, identityLeaks, openCaseOf, say } from "./helpers.ts";

/** Saturday 2026-11-28 02:00 in Almaty: off duty until Monday 09:00. */
const SATURDAY_NIGHT = Date.UTC(2026, 10, 27, 21, 0, 0);
const MONDAY_SHIFT = Date.UTC(2026, 10, 30, 4, 0, 0);
const SUPERVISOR_ID = 4_200_001;

/** Harm at home, said plainly: the detector's danger. */
const HARM: Record<Locale, string> = {
  kk: "күйеуім мені ұрады",
  ru: "муж бьёт меня",
  en: "my husband beats me",
};
/** Fear and the threat come back: no crisis words alone. */
const FEAR: Record<Locale, string> = {
  kk: "қорқамын, ол тағы келді",
  ru: "я боюсь, он опять пришёл",
  en: "I'm scared, he came back",
};
const PLAIN: Record<Locale, string> = { kk: "рахмет", ru: "спасибо", en: "thank you" };

describe.each(DATABASE_KINDS)("a 🔴 case off duty, on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, { now: SATURDAY_NIGHT, config: { SUPERVISOR_IDS: [SUPERVISOR_ID] } }, (harness) => {
    h = harness;
  });

  const when = (locale: Locale) => formatOpening(locale, MONDAY_SHIFT, "Asia/Almaty");
  /** The alerts the supervisor read privately, and those in the group's general topic. */
  const alerts = (ref: string) => ({
    private: h.telegram.messagesIn(SUPERVISOR_ID).filter((m) => m.text?.startsWith(`🔴 ${ref}`)),
    general: h.telegram
      .messagesIn(h.counselorChatId)
      .filter((m) => m.threadId === undefined && m.text?.startsWith(`🔴 ${ref}`)),
  });

  it.each(LOCALES)(
    "%s: fear is answered as a crisis, a plain line as received with 112, supervisors told",
    async (locale) => {
      const supervisor = h.counselor({ id: SUPERVISOR_ID, first_name: "Saule" }, { admin: true });
      await supervisor.send("/start");
      const person = h.user({ language_code: locale, first_name: "Aigerim", username: "aigerim_k" });
      await person.send("/start");
      await person.send(HARM[locale]);
      await person.press(say(locale, "crisis-leave-message-button"));
      await person.press(say(locale, "consent-allow"));
      const item = await openCaseOf(h, person);
      expect(item).toMatchObject({ status: "queued", priority: 0 });
      // Opened off duty: one alert each, by reference, with the shift's start.
      expect(alerts(item.ref).private).toHaveLength(1);
      expect(alerts(item.ref).general).toHaveLength(1);
      expect(alerts(item.ref).private[0]!.text).toContain(
        say("ru", "counselors-offduty-crisis-shift", { when: when("ru") }),
      );

      h.clock.advance(2 * 60_000);
      let from = person.messages().length;
      await person.send(FEAR[locale]);
      const fear = person
        .messages()
        .slice(from)
        .map((m) => m.text ?? "");
      expect(fear).toHaveLength(1);
      expect(fear[0]!.split("\n\n")).toEqual([
        say(locale, "crisis-call-112"),
        say(locale, "crisis-call-102"),
        say(locale, "crisis-call-111"),
        say(locale, "crisis-steps-danger"),
        say(locale, "crisis-off-duty", { when: when(locale) }),
        say(locale, "crisis-already-queued"),
      ]);
      // A new crisis message: the supervisors are told again (once), the case stays one.
      expect(alerts(item.ref).private).toHaveLength(2);
      // The kinds the case now carries (danger, and violence where the words said it too), then the shift.
      const words = say("ru", "counselors-offduty-crisis-words", { ref: item.ref, category: "—" });
      expect(alerts(item.ref).private[1]!.text).toContain(words.slice(0, words.indexOf("(")));

      h.clock.advance(11 * 60_000);
      from = person.messages().length;
      await person.send(PLAIN[locale]);
      expect(
        person
          .messages()
          .slice(from)
          .map((m) => m.text),
      ).toEqual([say(locale, "counselors-crisis-ack-off-duty", { when: when(locale) })]);
      expect(alerts(item.ref).private).toHaveLength(2);
      // Nothing lost, nobody named.
      expect((await openCaseOf(h, person)).waiting).toBeGreaterThanOrEqual(3);
      expect(identityLeaks(h, person.user, [supervisor])).toEqual([]);
    },
  );

  it.each(LOCALES)(
    "%s: in a 🟢 case, 'I'm scared' is an ordinary line: received, no crisis reply, no alert",
    async (locale) => {
      const person = h.user({ language_code: locale });
      await askForHuman(person, locale);
      const item = await openCaseOf(h, person);
      expect(item.priority).toBe(2);
      h.clock.advance(11 * 60_000);
      const from = person.messages().length;
      await person.send(FEAR[locale]);
      expect(
        person
          .messages()
          .slice(from)
          .map((m) => m.text),
      ).toEqual([say(locale, "counselors-queued-ack-off-duty", { when: when(locale) })]);
      expect((await openCaseOf(h, person)).priority).toBe(2);
      expect(alerts(item.ref).general).toEqual([]);
    },
  );
});
