// A consent question is answered once: an old one tapped later (another of its kind answered since, or the case it
// was asked for ended) says kindly that it is no longer open and grants nothing: no consent stored, no case opened.
import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "../../src/config/index.ts";
import { askForHuman, deskHooks, openCaseOf } from "../counselors/helpers.ts";
import { DATABASE_KINDS, type Harness, type TestUser } from "../support/harness.ts";
import { say } from "../support/words.ts";

describe.each(DATABASE_KINDS)("stale consent questions on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  async function consents(person: TestUser): Promise<string[]> {
    const rows = await h.db.prisma.consent.findMany({ where: { pseudonym: h.app.pseudonymize(person.id) } });
    return rows.map((row) => row.purpose).sort();
  }

  function press(person: TestUser, messageId: number, label: string): Promise<void> {
    return h.handle(h.telegram.pressButton(person.user, person.id, messageId, label));
  }

  /** A person asked for a counselor twice: the older consent question's id, the newer one waiting. */
  async function askedTwice(locale: Locale): Promise<{ person: TestUser; older: number }> {
    const person = h.user({ language_code: locale });
    await person.send("/start");
    await person.press(say(locale, "menu-talk"));
    const older = person.last()!.messageId;
    await person.send("/menu");
    await person.press(say(locale, "menu-talk"));
    return { person, older };
  }

  it.each(LOCALES)(
    "%s: an older question after a newer one was declined grants nothing",
    async (locale: Locale) => {
      const { person, older } = await askedTwice(locale);
      await person.press(say(locale, "consent-decline"));
      expect(person.lastText()).toBe(say(locale, "counselors-consent-declined"));
      const from = person.messages().length;
      await press(person, older, say(locale, "consent-allow"));
      expect(person.texts().slice(from)).toEqual([
        `${say(locale, "consent-stale")}\n\n${say(locale, "menu-prompt")}`,
      ]);
      expect(await consents(person)).toEqual([]);
      expect(await h.db.prisma.counselCase.count()).toBe(0);
    },
  );

  it.each(LOCALES)("%s: the history question of a case that ended grants nothing", async (locale: Locale) => {
    const person = h.user({ language_code: locale });
    await askForHuman(person, locale);
    const item = await openCaseOf(h, person);
    const history = person
      .messages()
      .findLast((message) => message.text === say(locale, "consent-history-explain", { days: 30 }));
    expect(history).toBeDefined();
    await person.send("/end");
    await person.press(say(locale, "counselors-end-yes"));
    const from = person.messages().length;
    await press(person, history!.messageId, say(locale, "consent-allow"));
    expect(person.texts().slice(from)).toEqual([
      `${say(locale, "consent-stale")}\n\n${say(locale, "menu-prompt")}`,
    ]);
    expect(await consents(person)).toEqual(["counselor"]);
    expect((await h.db.prisma.counselCase.findUnique({ where: { id: item.id } }))?.keepHistory).not.toBe(
      true,
    );
  });

  it.each(LOCALES)(
    "%s: an older question tapped while a case waits says where she stands",
    async (locale: Locale) => {
      const { person, older } = await askedTwice(locale);
      await person.press(say(locale, "consent-allow"));
      const item = await openCaseOf(h, person);
      const from = person.messages().length;
      await press(person, older, say(locale, "consent-allow"));
      expect(person.texts().slice(from)).toEqual([
        say(locale, "consent-stale"),
        say(locale, "counselors-already-waiting"),
      ]);
      expect(await h.db.prisma.counselCase.count()).toBe(1);
      expect((await openCaseOf(h, person)).id).toBe(item.id);
    },
  );

  it("the newest question, answered, still grants", async () => {
    const person = h.user({ language_code: "ru" });
    await askForHuman(person, "ru");
    await person.press(say("ru", "consent-allow"));
    expect(await consents(person)).toEqual(["counselor", "history"]);
    expect((await openCaseOf(h, person)).keepHistory).toBe(true);
  });
});
