// A person a counselor blocked (/block) is never offered a "Talk to a person" that would refuse: not in the
// welcome, /help or the menu (which say until when), as "Talk again" when a crisis case of theirs falls silent,
// under an answer, a list, "who is it about?", the support text, the centers or the triage. A message
// nothing answers tells them, kindly, until when, what they can do meanwhile (the questions, the centers) and
// the emergency numbers (112, the 114 hotline). A crisis still overrides the block; when it ends, the button is
// back. Through the real bot on both databases, in kk, ru and en.
import { describe, expect, it } from "vitest";
import { PURGE_JOBS } from "../../src/bot/jobs.ts";
import type { Locale } from "../../src/config/index.ts";
import * as cases from "../../src/db/cases.ts";
import { purgeOnce } from "../../src/retention/index.ts";
import { DATABASE_KINDS, type Harness, type TestUser } from "../support/harness.ts";
import { blockPerson, counselor, deskHooks, openCaseOf, say, topicOf } from "./helpers.ts";

const DAY_MS = 24 * 60 * 60 * 1000;
const LOCALES = ["kk", "ru", "en"] as const;

/** Words no entry knows: the no-match reply. */
const UNKNOWN: Record<Locale, string> = {
  kk: "қыздырма бұлдырық",
  ru: "абырвалг шмырдяк",
  en: "blorp fizzle wug",
};
/** A question with a sure answer. */
const QUESTION: Record<Locale, string> = {
  kk: "бұл жасырын ба?",
  ru: "это анонимно?",
  en: "is this anonymous?",
};
const STRUGGLING: Record<Locale, string> = {
  kk: "маған ауыр, сөйлесетін ешкім жоқ",
  ru: "мне тяжело, не с кем поговорить",
  en: "it is hard, I have no one to talk to",
};
const SELF_HARM: Record<Locale, string> = {
  kk: "өмір сүргім келмейді, дәрі ішіп өлемін",
  ru: "я не хочу жить, наглотаюсь таблеток",
  en: "I don't want to live, I'll swallow all the pills",
};
/** 30 November, as the blocked texts say it (7 days after DEFAULT_NOW). */
const UNTIL: Record<Locale, string> = { kk: "30 қарашаға", ru: "30 ноября", en: "30 November" };
/** 30 days after DEFAULT_NOW (and after the idle close's two hours): 23 December. */
const UNTIL_30: Record<Locale, string> = { kk: "23 желтоқсанға", ru: "23 декабря", en: "23 December" };

describe.each(DATABASE_KINDS)("a blocked person on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  async function blocked(locale: Locale): Promise<TestUser> {
    const person = h.user({ language_code: locale });
    await blockPerson(h, person, 7 * DAY_MS);
    return person;
  }

  /** Every button the bot showed this person since message `from`. */
  function buttonsSince(person: TestUser, from: number): string[] {
    return person
      .messages()
      .slice(from)
      .flatMap((message) => h.telegram.buttonsOf(message).map((button) => button.text));
  }

  it.each(LOCALES)(
    "%s: a message nothing answers says until when, what to do meanwhile and 112/114; no person offered",
    async (locale) => {
      const person = await blocked(locale);
      await person.send("/start");
      const from = person.messages().length;
      await person.send(UNKNOWN[locale]);
      expect(person.texts().slice(from)).toEqual([
        say(locale, "faq-no-match-blocked", { date: UNTIL[locale] }),
      ]);
      expect(person.lastText()).toMatch(/112.*114/s);
      expect(person.buttons()).toEqual([say(locale, "faq-browse"), say(locale, "menu-centers")]);
      // What it offers works: the centers ask where.
      await person.press(say(locale, "menu-centers"));
      expect(person.lastText()).toBe(say(locale, "centers-ask"));
      expect(buttonsSince(person, 0)).not.toContain(say(locale, "menu-talk"));
    },
  );

  it.each(LOCALES)(
    "%s: no 'Talk to a person' anywhere: menu, answer, support, triage, centers",
    async (locale) => {
      const person = await blocked(locale);
      await person.send("/start");
      await person.send(QUESTION[locale]);
      await person.send(STRUGGLING[locale]);
      expect(person.lastText()).toBe(say(locale, "faq-support-blocked", { date: UNTIL[locale] }));
      await person.send("/menu");
      await person.press(say(locale, "menu-triage"));
      await person.press(say(locale, "triage-who-self"));
      await person.press(say(locale, "triage-concern-recruitment"));
      await person.press(say(locale, "triage-urgency-now"));
      await person.press(say(locale, "triage-skip"));
      await person.send("/centers");
      const seen = buttonsSince(person, 0);
      expect(seen).toContain(say(locale, "menu-questions"));
      expect(seen).not.toContain(say(locale, "menu-talk"));
      expect(seen).not.toContain(say(locale, "crisis-leave-message-button"));
      expect(person.texts().join("\n")).not.toContain(
        say(locale, "counselors-blocked", { date: UNTIL[locale] }),
      );
    },
  );

  it.each(LOCALES)(
    "%s: no text promises a counselor either: the triage's end, an answer and the centers say what to do instead",
    async (locale) => {
      const person = await blocked(locale);
      const date = UNTIL[locale];
      await person.send("/start");
      const triage = async (urgency: string) => {
        await person.send("/menu");
        await person.press(say(locale, "menu-triage"));
        await person.press(say(locale, "triage-who-family"));
        await person.press(say(locale, "triage-concern-recruitment"));
        await person.press(say(locale, urgency));
        await person.press(say(locale, "triage-skip"));
        return person.texts().findLast((text) => text.includes(say(locale, "triage-result-family"))) ?? "";
      };
      // Was "Someone is in danger: call 112 now. A counselor can also write with you here." and "talk to a counselor now".
      const urgent = await triage("triage-urgency-now");
      expect(urgent).toContain(say(locale, "triage-result-urgent-call"));
      expect(urgent).toContain(say(locale, "triage-result-plan-urgent-blocked", { date }));
      expect(urgent).not.toContain(say(locale, "triage-result-urgent"));
      expect(urgent).not.toContain(say(locale, "triage-result-plan-urgent-on"));
      await person.send("/start");
      const calm =
        (await triage("triage-urgency-info")).split(say(locale, "triage-result-family")).at(-1) ?? "";
      expect(calm).toContain(say(locale, "triage-result-plan-blocked", { date }));
      expect(calm).not.toContain(say(locale, "triage-result-plan"));

      // An answer that advises writing to a counselor comes with what to do instead, and the centers' button.
      await person.send(QUESTION[locale]);
      const note = say(locale, "faq-answer-blocked-note", { date });
      // A short list to choose from first (kk): its first question is the answer.
      if (!person.lastText().includes(note)) await person.press(/^1\. /);
      const answer = person.messages().findLast((message) => message.text?.includes(note));
      expect(answer).toBeDefined();
      expect(h.telegram.buttonsOf(answer!).map((button) => button.text)).toContain(
        say(locale, "menu-centers"),
      );

      // The centers: the hotline and 112, not "a counselor right here".
      await person.shareLocation(43.238, 76.945);
      const centers =
        person.texts().find((text) => text.includes(say(locale, "centers-heading-location"))) ?? "";
      expect(centers).toContain(say(locale, "centers-counselor-blocked", { date }));
      expect(centers).not.toContain(say(locale, "centers-counselor-offer"));
      await person.shareLocation(55.75, 37.61);
      expect(person.texts().join("\n")).toContain(say(locale, "centers-abroad-blocked"));
      expect(person.lastText()).toBe(say(locale, "centers-abroad-regions-blocked"));
      expect(person.texts().join("\n")).not.toContain(say(locale, "centers-abroad"));
      expect(buttonsSince(person, 0)).not.toContain(say(locale, "menu-talk"));
    },
  );

  it("a crisis still overrides the block: the crisis reply offers a counselor, and the case opens", async () => {
    await counselor(h, { first_name: "Dana", language_code: "ru" }, "Дана");
    const person = await blocked("ru");
    await person.send("/start");
    await person.send(SELF_HARM.ru);
    await person.press(say("ru", "crisis-talk"));
    await person.press(say("ru", "consent-allow"));
    const item = await openCaseOf(h, person);
    expect(item).toMatchObject({ priority: 0, blockedInCrisis: true });
    expect(topicOf(item)).toBeGreaterThan(0);
  });

  it.each(LOCALES)(
    "%s: once a crisis opened their conversation anyway, /start and /menu no longer say they cannot start one",
    async (locale) => {
      const person = await blocked(locale);
      await person.send(SELF_HARM[locale]);
      await person.press(say(locale, "crisis-talk"));
      await person.press(say(locale, "consent-allow"));
      expect(await openCaseOf(h, person)).toMatchObject({ status: "queued", blockedInCrisis: true });
      const line = say(locale, "menu-talk-blocked", { date: UNTIL[locale] });
      const from = person.messages().length;
      // Was: "You are 1st in the queue", then "You cannot start a conversation with a counselor until 30 November".
      await person.send("/start");
      expect(person.texts().slice(from)).toEqual([
        say(locale, "counselors-still-queued", { position: 1 }),
        `${say(locale, "emergency-line")}\n\n${say(locale, "menu-prompt")}`,
      ]);
      await person.send("/menu");
      expect(person.lastText()).toBe(say(locale, "menu-prompt"));
      expect(person.texts().slice(from).join("\n")).not.toContain(line);
      // The block itself stands: no new "Talk to a person", and it still says so once the conversation ends.
      expect(buttonsSince(person, from)).not.toContain(say(locale, "menu-talk"));
      await person.send("/end");
      await person.press(say(locale, "counselors-end-yes"));
      await person.send("/menu");
      expect(person.lastText()).toBe(`${line}\n\n${say(locale, "menu-prompt")}`);
    },
  );

  it("when the block ends, the person is offered a person again and can open a case", async () => {
    const person = await blocked("en");
    h.clock.advance(7 * DAY_MS + 60_000);
    await person.send("/start");
    expect(person.buttons()).toContain(say("en", "menu-talk"));
    await person.send(UNKNOWN.en);
    expect(person.lastText()).toContain(say("en", "faq-no-match"));
    expect(person.buttons()).toContain(say("en", "menu-talk"));
    await person.press(say("en", "menu-talk"));
    await person.press(say("en", "consent-allow"));
    expect(await cases.openCaseOf(h.app.db, h.app.pseudonymize(person.id))).toBeDefined();
  });

  it.each(LOCALES)(
    "%s: the welcome, /help and /menu say until when, offer no 'Talk to a person', and a crisis still overrides",
    async (locale) => {
      const person = await blocked(locale);
      const line = say(locale, "menu-talk-blocked", { date: UNTIL[locale] });
      await person.send("/start");
      const welcome = person.lastText();
      expect(welcome.startsWith(say(locale, "welcome-first"))).toBe(true);
      expect(welcome).toContain(`${line}\n\n${say(locale, "menu-prompt")}`);
      expect(person.buttons()).not.toContain(say(locale, "menu-talk"));
      await person.send("/help");
      expect(person.lastText().startsWith(say(locale, "help-intro"))).toBe(true);
      expect(person.lastText()).toContain(line);
      expect(person.buttons()).not.toContain(say(locale, "menu-talk"));
      await person.send("/menu");
      expect(person.lastText()).toBe(`${line}\n\n${say(locale, "menu-prompt")}`);
      expect(buttonsSince(person, 0)).not.toContain(say(locale, "menu-talk"));
      // What the line promises holds: in danger, writing here reaches a counselor.
      await person.send(SELF_HARM[locale]);
      expect(person.buttons()).toEqual([say(locale, "crisis-talk")]);
      // Someone not blocked is told nothing of the kind.
      const other = h.user({ language_code: locale });
      await other.send("/start");
      expect(other.lastText()).not.toContain(line);
      expect(other.buttons()).toContain(say(locale, "menu-talk"));
    },
  );

  it.each(LOCALES)(
    "%s: a crisis case of someone blocked that falls silent closes without 'Talk again', saying until when",
    async (locale) => {
      const purge = () => purgeOnce(h.app, PURGE_JOBS, h.clock.now(), h.bot.api);
      const dana = await counselor(h, { first_name: "Dana", language_code: locale }, "Дана");
      // Taken, then silent: the idle close offers no new conversation.
      const talked = h.user({ language_code: locale });
      await blockPerson(h, talked, 30 * DAY_MS);
      await talked.send(SELF_HARM[locale]);
      await talked.press(say(locale, "crisis-talk"));
      await talked.press(say(locale, "consent-allow"));
      await dana.pressInGroup("✋ Взять", { threadId: topicOf(await openCaseOf(h, talked)) });
      await dana.send("Здравствуйте, я здесь.");
      // A crisis case is checked on first and closes itself only after four idle spans (crisis-case-care.test.ts).
      h.clock.advance(4 * h.config.CASE_IDLE_MINUTES * 60_000 + 60_000);
      expect((await purge()).counts["counselors.idle-cases"]).toBe(1);
      const date = UNTIL_30[locale];
      // A silent crisis case asks for no rating (crisis-case-care.test.ts): until when, and the menu.
      expect(talked.lastText()).toBe(say(locale, "counselors-closed-idle-blocked", { date }));
      expect(talked.buttons()).toEqual([say(locale, "menu-button")]);

      // Queued and never taken: the apology, until when, and the menu instead of "Talk again".
      const waited = h.user({ language_code: locale });
      await blockPerson(h, waited, 30 * DAY_MS);
      await waited.send(SELF_HARM[locale]);
      // The first case's four idle spans ran past the shift: off duty, the crisis reply offers to leave a message.
      await waited.press(say(locale, "crisis-leave-message-button"));
      await waited.press(say(locale, "consent-allow"));
      h.clock.advance(h.config.CASE_QUEUE_DAYS * DAY_MS + 60_000);
      await purge();
      const later = UNTIL_30[locale];
      expect(waited.lastText()).toBe(say(locale, "counselors-closed-expired-blocked", { date: later }));
      expect(waited.buttons()).toEqual([say(locale, "menu-button")]);
      for (const person of [talked, waited])
        expect(buttonsSince(person, 0)).not.toContain(say(locale, "counselors-talk-again"));
      // The menu it leads to says the same, and a crisis still reaches a counselor.
      await waited.press(say(locale, "menu-button"));
      expect(waited.lastText()).toContain(say(locale, "menu-talk-blocked", { date: later }));
      await waited.send(SELF_HARM[locale]);
      // Off duty by now (a week and the idle spans later): the way to a counselor is to leave a message.
      expect(waited.buttons()).toEqual([say(locale, "crisis-leave-message-button")]);
    },
  );

  it.each(LOCALES)(
    "%s: a crisis case of someone blocked closed before a counselor wrote: the apology, until when, no 'Talk again'",
    async (locale) => {
      const dana = await counselor(h, { first_name: "Dana", language_code: locale }, "Дана");
      const person = h.user({ language_code: locale });
      await blockPerson(h, person, 30 * DAY_MS);
      await person.send(SELF_HARM[locale]);
      await person.press(say(locale, "crisis-talk"));
      await person.press(say(locale, "consent-allow"));
      await dana.pressInGroup("✋ Взять", { threadId: topicOf(await openCaseOf(h, person)) });
      await dana.send("/close consulted");
      await dana.press(say(locale, "counselors-confirm-yes"));
      expect(person.lastText()).toBe(
        [
          say(locale, "counselors-closed-unanswered-blocked", { date: UNTIL_30[locale] }),
          say(locale, "emergency-line"),
        ].join("\n\n"),
      );
      expect(person.buttons()).toEqual([say(locale, "menu-button")]);
    },
  );
});
