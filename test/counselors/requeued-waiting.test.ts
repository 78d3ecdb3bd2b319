// A case that goes back to the queue (its holder hands it back, leaves the group, or never answers a 🔴 person)
// sends its person a new waiting message: it says their place once (the lead before it no longer says "first in
// line" too, which could contradict the place below it), and it does not repeat "nobody speaks your language",
// which the person read already, in the case's first waiting message or at the consent question. A second "talk to
// a counselor" while waiting says where they stand without a second place either. Both databases, kk/ru/en.
import { describe, expect, it } from "vitest";
import { PURGE_JOBS } from "../../src/bot/jobs.ts";
import { LOCALES, type Locale } from "../../src/config/index.ts";
import { purgeOnce } from "../../src/retention/index.ts";
import { DAY_MS } from "../../src/time/durations.ts";
import { DATABASE_KINDS, type Harness, type TestUser } from "../support/harness.ts";
import {
  askForHuman,
  counselor,
  deskHooks,
  languageMissing,
  memberChange,
  openCaseOf,
  SELF_HARM,
  say,
  topicOf,
} from "./helpers.ts";

/** Words that state a place in the queue (a number, or "first"), per language. */
const PLACE: Record<Locale, RegExp> = {
  kk: /орныңыз|бірінші/giu,
  ru: /\d+-й в очереди|перв/giu,
  en: /number \d+ in the queue|first in line|front of the queue/giu,
};
const places = (text: string, locale: Locale) => text.match(PLACE[locale])?.length ?? 0;

describe.each(DATABASE_KINDS)("a requeued case's waiting message on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, { config: { COUNSELOR_LANGUAGES: ["kk", "ru"] } }, (harness) => {
    h = harness;
  });

  const missing = (locale: Locale) => languageMissing(locale, ["kk", "ru"]);
  const waitingMessage = async (person: TestUser) => {
    const item = await openCaseOf(h, person);
    return person.messages().find((message) => message.messageId === item.waitMessageId)?.text ?? "";
  };

  it("en: handed back, then overtaken: the new waiting message neither repeats the language nor shows two places", async () => {
    const dana = await counselor(h, { first_name: "Dana", language_code: "ru" }, "Дана");
    const person = h.user({ language_code: "en" });
    // A first case gives the consent; the next day's case opens without the question, so its waiting message says it.
    await askForHuman(person, "en");
    await person.send("/end");
    await person.press(say("en", "counselors-end-yes"));
    h.clock.advance(DAY_MS);
    const from = person.messages().length;
    await person.send("/menu");
    await person.press(say("en", "menu-talk"));
    expect(await waitingMessage(person)).toContain(missing("en"));
    const item = await openCaseOf(h, person);
    expect(item.languageTold).toBe(false);

    await dana.pressInGroup("✋ Взять", { threadId: topicOf(item) });
    await dana.pressInGroup("↪️ Передать", { threadId: topicOf(item) });
    await dana.pressInGroup(say("ru", "counselors-button-to-queue"), { threadId: topicOf(item) });
    const again = await waitingMessage(person);
    expect(again).toContain(say("en", "counselors-back-in-queue"));
    expect(again).toContain(say("en", "counselors-position", { position: 1 }));
    expect(again).not.toContain(missing("en"));
    expect(places(again, "en")).toBe(1);
    // Stored: said, so the refreshes of this message leave it out too.
    expect((await openCaseOf(h, person)).languageTold).toBe(true);

    // A crisis overtakes: the place moves to 2 in the same message, still without the language line.
    const teen = h.user({ language_code: "ru" });
    await teen.send(SELF_HARM.ru);
    await teen.press(say("ru", "crisis-talk"));
    await teen.press(say("ru", "consent-allow"));
    const moved = await waitingMessage(person);
    expect(moved).toContain(say("en", "counselors-position", { position: 2 }));
    expect(places(moved, "en")).toBe(1);
    expect(
      person
        .texts()
        .slice(from)
        .filter((text) => text.includes(missing("en"))),
    ).toHaveLength(1);
  });

  it.each(LOCALES)(
    "%s: the holder left the group: one place in the message, and it is the true one",
    async (locale) => {
      const asel = await counselor(h, { first_name: "Asel", language_code: locale }, "Асель");
      const crisisPerson = h.user({ language_code: "ru" });
      const person = h.user({ language_code: locale });
      await askForHuman(person, locale);
      const item = await openCaseOf(h, person);
      await asel.pressInGroup("✋ Взять", { threadId: topicOf(item) });
      // A 🔴 case waits: the returned case is second, not "first in line".
      await crisisPerson.send(SELF_HARM.ru);
      await crisisPerson.press(say("ru", "crisis-talk"));
      await crisisPerson.press(say("ru", "consent-allow"));

      const before = person.messages().length;
      await memberChange(h, asel.user, "left");
      const told = person.texts().slice(before);
      expect(told).toHaveLength(1);
      expect(told[0]).toContain(say(locale, "counselors-holder-left"));
      expect(told[0]).toContain(say(locale, "counselors-position", { position: 2 }));
      expect(places(told[0] ?? "", locale)).toBe(1);
      expect(await openCaseOf(h, person)).toMatchObject({
        status: "queued",
        counselorId: null,
        languageTold: true,
      });
    },
  );

  it.each(LOCALES)(
    "%s: a 🔴 case its holder never answered: its new waiting message says the place once",
    async (locale) => {
      const dana = await counselor(h, { first_name: "Dana", language_code: locale }, "Дана");
      const person = h.user({ language_code: locale });
      await person.send("/start");
      await person.send(SELF_HARM[locale]);
      await person.press(say(locale, "crisis-talk"));
      await person.press(say(locale, "consent-allow"));
      const item = await openCaseOf(h, person);
      await dana.pressInGroup(say("ru", "counselors-button-take"), { threadId: topicOf(item) });
      h.clock.advance((h.config.CASE_IDLE_MINUTES + 1) * 60_000);
      const before = person.messages().length;
      await purgeOnce(h.app, PURGE_JOBS, h.clock.now(), h.bot.api);
      const told = person.texts().slice(before);
      expect(told).toHaveLength(1);
      expect(told[0]).toContain(say(locale, "counselors-crisis-unanswered-person"));
      expect(told[0]).toContain(say(locale, "counselors-position", { position: 1 }));
      expect(places(told[0] ?? "", locale)).toBe(1);
    },
  );

  it.each(LOCALES)(
    "%s: a second 'talk to a counselor' while waiting: where they stand, no second place",
    async (locale) => {
      const person = h.user({ language_code: locale });
      await askForHuman(person, locale);
      const first = await waitingMessage(person);
      expect(places(first, locale)).toBe(1);
      const before = person.messages().length;
      await person.send("/menu");
      await person.press(say(locale, "menu-talk"));
      const told = person.texts().slice(before);
      expect(told.at(-1)).toBe(say(locale, "counselors-already-waiting"));
      // One case, one waiting message: the place is shown once in the chat's every message.
      for (const text of person.texts()) expect(places(text, locale)).toBeLessThanOrEqual(1);
      expect(await h.db.prisma.counselCase.count()).toBe(1);
    },
  );
});
