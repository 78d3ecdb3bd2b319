// The person's way to a counselor, where they could lose it: the language note whatever the hour,
// old buttons of a case that has ended, /start while waiting, a counselor's own Start, and the
// replies that end a path (each with a way forward).
import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "../../src/config/index.ts";
import { caseEnd, ownerSeal } from "../../src/counselors/buttons.ts";
import { DATABASE_KINDS, type Harness, type TestUser } from "../support/harness.ts";
import { FRIDAY_MIDNIGHT } from "../support/words.ts";
import { askForHuman, counselor, deskHooks, memberChange, openCaseOf, say, takenCase } from "./helpers.ts";

/** "Talk to a person" from the menu, allowing consent 1 when it is asked. */
async function talk(person: TestUser, locale: Locale): Promise<void> {
  await person.send("/menu");
  await person.press(say(locale, "menu-talk"));
  if (person.buttons().includes(say(locale, "consent-allow")))
    await person.press(say(locale, "consent-allow"));
}

/** The waiting message the person was sent when their case opened. */
function waitingMessage(person: TestUser, locale: Locale): string {
  return person.texts().find((text) => text.startsWith(say(locale, "counselors-opened"))) ?? "";
}

describe.each(DATABASE_KINDS)("the person's way to a counselor on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  const missingEnglish = () =>
    say("en", "counselors-language-missing", { code: "en", languages: "Kazakh, Russian" });

  it("off duty, a person writing in a language the team does not speak is told so", async () => {
    h.clock.set(FRIDAY_MIDNIGHT);
    const person = h.user({ language_code: "en" });
    await askForHuman(person, "en");
    const waiting = waitingMessage(person, "en");
    expect(waiting).toContain(say("en", "counselors-leave-message"));
    // Told once, at the consent question (the off-duty message once returned before the language line).
    expect(person.texts().filter((text) => text.includes(missingEnglish()))).toHaveLength(1);
    // A language the team speaks needs no line, at night as by day.
    const ru = h.user({ language_code: "ru" });
    await askForHuman(ru, "ru");
    expect(waitingMessage(ru, "ru")).not.toContain("🗣");
  });

  it("during a pause too; a language a counselor declared is no news at night", async () => {
    const supervisor = await counselor(h, { first_name: "Sara" }, "Сара", { admin: true });
    await supervisor.inGroup("/pause все заняты");
    const person = h.user({ language_code: "en" });
    await askForHuman(person, "en");
    expect(waitingMessage(person, "en")).toContain(say("en", "counselors-paused"));
    expect(person.texts().filter((text) => text.includes(missingEnglish()))).toHaveLength(1);

    await supervisor.inGroup("/resume");
    await supervisor.inGroup("/speak en ru");
    h.clock.set(FRIDAY_MIDNIGHT);
    const other = h.user({ language_code: "en" });
    await askForHuman(other, "en");
    expect(waitingMessage(other, "en")).not.toContain("🗣");
  });

  it.each(LOCALES)(
    "%s: an old End button of a closed case acts on nothing and says where the person stands now",
    async (locale) => {
      const waiting = h.user({ language_code: locale });
      await askForHuman(waiting, locale);
      const person = h.user({ language_code: locale });
      await askForHuman(person, locale);
      const first = await openCaseOf(h, person);
      await person.press(say(locale, "counselors-end-button"));
      await person.press(say(locale, "counselors-end-yes"));
      await talk(person, locale);
      const second = await openCaseOf(h, person);
      expect(second.id).not.toBe(first.id);

      // The first case's button, on its old waiting message.
      const old = person
        .messages()
        .find((message) => message.text?.startsWith(say(locale, "counselors-opened")));
      await h.handle(
        h.telegram.callbackPress(
          person.user,
          person.id,
          old!.messageId,
          caseEnd.encode(first.id, ownerSeal(first.id, h.app.pseudonymize(person.id))),
          {
            forged: true,
          },
        ),
      );
      // Was "There is no open conversation" and the menu, although she was in the queue.
      expect(person.lastText()).toBe(
        `${say(locale, "counselors-case-over")}\n\n${say(locale, "counselors-still-queued", { position: 2 })}`,
      );
      expect(person.buttons()).toEqual([say(locale, "counselors-end-button")]);
      expect(await openCaseOf(h, person)).toMatchObject({ id: second.id, status: "queued" });

      // /start says where she stands and how to end it, then the menu: no welcome as if nothing were open.
      const from = person.messages().length;
      await person.send("/start");
      expect(person.texts().slice(from)).toEqual([
        say(locale, "counselors-still-queued", { position: 2 }),
        `${say(locale, "emergency-line")}\n\n${say(locale, "menu-prompt")}`,
      ]);
      expect(h.telegram.buttonsOf(person.messages()[from]!).map((button) => button.text)).toEqual([
        say(locale, "counselors-end-button"),
      ]);
    },
  );

  it.each(LOCALES)(
    "%s: an old consent question answered while queued, then while talking: where she stands, nothing else",
    async (locale) => {
      const dana = await counselor(h, { first_name: "Dana" }, "Дана");
      const person = h.user({ language_code: locale });
      await person.send("/start");
      // The first question is left unanswered; a second one is answered and the case opens.
      await person.press(say(locale, "menu-talk"));
      const stale = person.last()!;
      await person.send("/menu");
      await person.press(say(locale, "menu-talk"));
      await person.press(say(locale, "consent-allow"));
      const item = await openCaseOf(h, person);
      // Its buttons as sent: a press on either, later, is a stale answer (the first press takes them away).
      const buttons = h.telegram.buttonsOf(stale);
      const press = async (label: string) => {
        const from = person.messages().length;
        const data = buttons.find((button) => button.text === label)?.data ?? "";
        await h.handle(
          h.telegram.callbackPress(person.user, person.id, stale.messageId, data, { forged: true }),
        );
        return person.texts().slice(from);
      };
      // Queued: the old "Not now" does not say "nothing is kept", and keeps her place.
      // The question is no longer open (test/consent/stale-questions.test.ts): said so, then where she stands.
      expect(await press(say(locale, "consent-decline"))).toEqual([
        say(locale, "consent-stale"),
        say(locale, "counselors-already-waiting"),
      ]);

      await dana.pressInGroup("✋ Взять", { threadId: item.threadId! });
      // In a conversation: was "Thank you…" and then "you are in the queue".
      await person.send("/menu");
      const again = person.messages().length;
      await person.press(say(locale, "menu-talk"));
      expect(person.texts().slice(again)).toEqual([say(locale, "counselors-already-connected")]);
      expect(await press(say(locale, "consent-allow"))).toEqual([
        say(locale, "consent-stale"),
        say(locale, "counselors-already-connected"),
      ]);
      expect(await openCaseOf(h, person)).toMatchObject({ id: item.id, status: "active" });
      expect(await h.db.prisma.counselCase.count()).toBe(1);
    },
  );

  it.each(LOCALES)(
    "%s: /start while a counselor holds the case says it is open, how to go on or end it, then the menu; with no case, the welcome",
    async (locale) => {
      const dana = await counselor(h, { first_name: "Dana" }, "Дана");
      const person = h.user({ language_code: locale });
      await takenCase(h, person, dana, locale);
      const from = person.messages().length;
      await person.send("/start");
      // Was the welcome, as if nothing were open.
      expect(person.texts().slice(from)).toEqual([
        say(locale, "counselors-still-connected"),
        `${say(locale, "emergency-line")}\n\n${say(locale, "menu-prompt")}`,
      ]);
      const [standing, menu] = person.messages().slice(from);
      expect(h.telegram.buttonsOf(standing!).map((button) => button.text)).toEqual([
        say(locale, "counselors-end-button"),
      ]);
      expect(h.telegram.buttonsOf(menu!).map((button) => button.text)).toContain(say(locale, "menu-talk"));
      // Going on: what she writes reaches Dana; the button ends it after asking.
      const still = { kk: "Мен әлі осындамын", ru: "Я ещё здесь", en: "I am still here" }[locale];
      await person.send(still);
      expect(dana.lastText()).toContain(still);
      await person.press(say(locale, "counselors-end-button"));
      expect(person.lastText()).toBe(say(locale, "counselors-end-confirm"));
      expect((await openCaseOf(h, person)).status).toBe("active");
      if (locale !== "ru") return;
      const stranger = h.user({ language_code: "ru" });
      await stranger.send("/start");
      await stranger.send("/start");
      expect(stranger.lastText()).toBe(
        `${say("ru", "welcome-back")}\n\n${say("ru", "emergency-line")}\n\n${say("ru", "menu-prompt")}`,
      );
    },
  );

  it.each(LOCALES)("%s: a registered counselor's Start says what they are set up as", async (locale) => {
    const dana = await counselor(h, { first_name: "Dana", language_code: locale }, "Дана");
    await dana.send("/start");
    // Was the citizens' welcome and menu.
    expect(dana.lastText()).toBe(
      say(locale, "counselors-private-start", {
        alias: "Дана",
        shown: say(locale, "counselors-alias-shown", { alias: "Дана" }),
      }),
    );
    expect(h.telegram.buttonsOf(dana.last()!)).toEqual([]);
    // Removed from the group, they are a person again.
    await memberChange(h, dana.user, "kicked");
    await dana.send("/start");
    expect(dana.lastText()).toContain(say(locale, "menu-prompt"));
  });

  it.each(LOCALES)(
    "%s: waiting, she opens the triage from an old menu and writes: the counselor gets it",
    async (locale) => {
      const dana = await counselor(h, { first_name: "Dana" }, "Дана");
      const mother = h.user({ language_code: locale });
      await askForHuman(mother, locale);
      const item = await openCaseOf(h, mother);
      // The old welcome's 🧭 button, pressed while she waits.
      await mother.press(say(locale, "menu-triage"));
      const from = mother.messages().length;
      const line = {
        kk: "Кешіріңіз, ұлым туралы тағы сұрағым келіп еді",
        ru: "Извините, я хотела спросить про сына ещё раз",
        en: "Sorry, I wanted to ask about my son again",
      }[locale];
      await mother.send(line);
      await mother.sendMedia({ voice: { duration: 3 } });
      // Was FAQ suggestions and the triage's question again: nothing reached the counselor.
      expect(mother.texts().slice(from)).toEqual([say(locale, "counselors-queued-ack")]);
      // The triage's buttons still answer it; her words were never read as an answer.
      await mother.press(say(locale, "triage-who-family"));
      expect(mother.lastText()).toBe(say(locale, "triage-ask-concern"));

      await dana.pressInGroup("✋ Взять", { threadId: item.threadId! });
      expect(dana.texts()).toContain(line);
      expect(dana.texts()).toContain("[voice]");
      // Taken: what she writes in the triage goes straight to Dana.
      await mother.send(`${line}!`);
      expect(dana.lastText()).toBe(`${line}!`);
    },
  );

  it("crisis words written in a triage while a case is open reach the counselor too", async () => {
    const dana = await counselor(h, { first_name: "Dana" }, "Дана");
    const person = h.user({ language_code: "en" });
    const { item } = await takenCase(h, person, dana, "en");
    await person.press(say("en", "menu-triage"));
    const words = "i cant do this anymore, i have the pills in front of me";
    await person.send(words);
    expect(dana.texts()).toContain(words);
    expect((await openCaseOf(h, person)).id).toBe(item.id);
  });

  it.each(LOCALES)("%s: declining consent 1 leaves the menu button", async (locale) => {
    const person = h.user({ language_code: locale });
    await person.send("/start");
    await person.press(say(locale, "menu-talk"));
    await person.press(say(locale, "consent-decline"));
    expect(person.lastText()).toBe(say(locale, "counselors-consent-declined"));
    expect(person.buttons()).toEqual([say(locale, "menu-button")]);
    await person.press(say(locale, "menu-button"));
    expect(person.lastText()).toBe(say(locale, "menu-prompt"));
  });

  it("'Not now' under the crisis reply's offer was a dead end: now the menu button", async () => {
    const person = h.user({ language_code: "en" });
    await person.send("i cant do this anymore, i have the pills in front of me");
    await person.press(/./);
    await person.press(say("en", "consent-decline"));
    expect(person.lastText()).toBe(say("en", "counselors-consent-declined"));
    expect(person.buttons()).toEqual([say("en", "menu-button")]);
  });
});
