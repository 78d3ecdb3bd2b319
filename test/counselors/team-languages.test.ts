// Counselors declare the languages they speak (/speak); a person learns before they wait
// whether someone who speaks theirs is at work; a new case's topic names who speaks it, /queue
// marks "your language", and the FAQ answer about counselor languages follows the team.
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/config/index.ts";
import { DATABASE_KINDS, type Harness } from "../support/harness.ts";
import { askForHuman, counselor, deskHooks, identityLeaks, openCaseOf, say, topicOf } from "./helpers.ts";

describe.each(DATABASE_KINDS)("the team's languages on %s", (kind) => {
  let h: Harness;
  deskHooks(kind, {}, (harness) => {
    h = harness;
  });

  const waitingText = async (person: ReturnType<Harness["user"]>) => {
    const item = await openCaseOf(h, person);
    return person.messages().find((message) => message.messageId === item.waitMessageId)?.text ?? "";
  };
  const speaks = async (alias: string) =>
    (await h.db.prisma.counselor.findFirst({ where: { alias } }))?.speaks;

  it("stores /speak from the group or the private chat, and answers a wrong one with the usage", async () => {
    const dana = await counselor(h, { first_name: "Dana" }, "Дана");
    await dana.inGroup("/speak ru KK ru");
    expect(dana.groupTexts().at(-1)).toBe(
      say("ru", "counselors-speak-saved", { languages: "казахский, русский" }),
    );
    expect(await speaks("Дана")).toEqual(["kk", "ru"]);
    await dana.send("/speak fr");
    expect(dana.lastText()).toBe(say("ru", "counselors-speak-usage"));
    await dana.send("/speak en");
    expect(dana.lastText()).toBe(say("ru", "counselors-speak-saved", { languages: "английский" }));
    expect(await speaks("Дана")).toEqual(["en"]);
    // Someone who is not a counselor: not the desk's command.
    const person = h.user({ language_code: "ru" });
    await person.send("/speak kk");
    expect(person.lastText()).not.toBe(say("ru", "counselors-speak-usage"));
  });

  it.each(["kk", "ru", "en"] as const)(
    "%s: the waiting person hears whether someone at work speaks their language",
    async (locale: Locale) => {
      // Nothing declared yet: the deployment's COUNSELOR_LANGUAGES (kk, ru) decide.
      const early = h.user({ language_code: locale });
      await askForHuman(early, locale);
      const configured = "kk,ru".split(",").map((code) => say(locale, "counselors-language-name", { code }));
      const missing = say(locale, "counselors-language-missing", {
        code: "en",
        languages: configured.join(", "),
      });
      // English: said at the consent question, so not again in the waiting message.
      if (locale === "en") expect(early.texts().filter((text) => text.includes(missing))).toHaveLength(1);
      expect(await waitingText(early)).not.toContain("🗣");

      const dana = await counselor(h, { first_name: "Dana" }, "Дана");
      await dana.inGroup(`/speak ${locale}`);
      // Declared, but Dana has not taken anything yet: she may not be at the desk.
      const next = h.user({ language_code: locale });
      await askForHuman(next, locale);
      expect(await waitingText(next)).toContain(say(locale, "counselors-language-on-team", { code: locale }));

      await dana.inGroup(`/take ${(await openCaseOf(h, early)).ref}`);
      const third = h.user({ language_code: locale });
      await askForHuman(third, locale);
      const text = await waitingText(third);
      expect(text).toContain(say(locale, "counselors-language-at-work", { code: locale }));
      // The line sits between the estimate and the hint.
      expect(text.indexOf(say(locale, "counselors-language-at-work", { code: locale }))).toBeLessThan(
        text.indexOf(say(locale, "counselors-waiting-hint")),
      );
      expect(identityLeaks(h, third.user, [dana])).toEqual([]);
    },
  );

  it("one counselor's /speak ru does not tell a Kazakh speaker that nobody speaks Kazakh (COUNSELOR_LANGUAGES kk,ru)", async () => {
    const dana = await counselor(h, { first_name: "Dana" }, "Дана");
    await dana.inGroup("/speak ru");
    const kazakh = h.user({ language_code: "kk" });
    await askForHuman(kazakh, "kk");
    expect(await waitingText(kazakh)).not.toContain("🗣");
    const english = h.user({ language_code: "en" });
    await askForHuman(english, "en");
    expect(english.texts()).toContain(
      say("en", "counselors-language-missing", { code: "en", languages: "Kazakh, Russian" }),
    );
  });

  it.each(["kk", "ru", "en"] as const)(
    "%s: a head warns about the language only when the deployment does not speak it (outsider 31, item 2)",
    async (locale) => {
      // Nobody has said /speak yet: the deployment's COUNSELOR_LANGUAGES (kk, ru) speak for the desk.
      const person = h.user({ language_code: locale });
      await askForHuman(person, locale);
      const head = h.telegram.messagesIn(h.counselorChatId, {
        threadId: topicOf(await openCaseOf(h, person)),
      })[0]?.text;
      const warning = say("ru", "counselors-head-no-speakers", {
        language: say("ru", "counselors-language-name", { code: locale }),
      });
      if (locale === "en") expect(head).toContain(warning);
      else expect(head).not.toContain("🗣");
    },
  );

  it("names the speakers on a new case's topic, marks 'your language' in /queue, and says when nobody speaks it", async () => {
    const dana = await counselor(h, { first_name: "Dana" }, "Дана");
    const erlan = await counselor(h, { first_name: "Erlan" }, "Ерлан");
    await dana.inGroup("/speak kk ru");
    await erlan.send("/speak ru");
    const ru = h.user({ language_code: "ru" });
    const en = h.user({ language_code: "en" });
    await askForHuman(ru, "ru");
    await askForHuman(en, "en");
    const ruCase = await openCaseOf(h, ru);
    const enCase = await openCaseOf(h, en);
    const head = (threadId: number) => h.telegram.messagesIn(h.counselorChatId, { threadId })[0]?.text ?? "";
    expect(head(topicOf(ruCase))).toContain(
      say("ru", "counselors-head-speakers", { language: "русский", aliases: "Дана, Ерлан" }),
    );
    expect(head(topicOf(enCase))).toContain(
      say("ru", "counselors-head-no-speakers", { language: "английский" }),
    );
    // The English speaker learns it before waiting (at the consent question, once): the team speaks Kazakh and Russian.
    const missing = say("en", "counselors-language-missing", { code: "en", languages: "Kazakh, Russian" });
    expect(en.texts().filter((text) => text.includes(missing))).toHaveLength(1);

    await dana.inGroup("/queue");
    const lines = dana.groupTexts().at(-1)!.split("\n");
    const mark = say("ru", "counselors-your-language");
    expect(lines.find((line) => line.includes(ruCase.ref))).toContain(mark);
    expect(lines.find((line) => line.includes(enCase.ref))).not.toContain(mark);

    // Once taken, the head shows who holds it, not who speaks it.
    await erlan.pressInGroup("✋ Взять", { threadId: topicOf(ruCase) });
    expect(head(topicOf(ruCase))).not.toContain("🗣");
  });

  it("the FAQ answer about counselor languages: the configuration, with what the team declared added", async () => {
    const named = (locale: Locale, codes: string[]) => {
      const names = codes.map((code) => say(locale, "faq-language-spoken", { code }));
      const last = names.pop()!;
      return names.length > 0 ? `${names.join(", ")} ${say(locale, "faq-and")} ${last}` : last;
    };
    const before = h.user({ language_code: "en" });
    await before.send("can a counselor speak English?");
    expect(before.texts()[0]).toContain(
      say("en", "faq-counselor-languages", { languages: named("en", ["kk", "ru"]) }),
    );
    expect(before.texts()[0]).toContain(say("en", "faq-counselor-language-missing", { language: "en" }));

    // One counselor's /speak ru does not take Kazakh away from a Kazakh service (COUNSELOR_LANGUAGES kk,ru).
    const dana = await counselor(h, { first_name: "Dana" }, "Дана");
    await dana.inGroup("/speak ru");
    const kazakh = h.user({ language_code: "kk" });
    await kazakh.send("кеңесшілер қазақша сөйлей ме?");
    expect(kazakh.texts()[0]).toContain(
      say("kk", "faq-counselor-languages", { languages: named("kk", ["kk", "ru"]) }),
    );
    expect(kazakh.texts()[0]).not.toContain(say("kk", "faq-counselor-language-missing", { language: "kk" }));
    // A language a counselor adds is offered too.
    await dana.inGroup("/speak ru en");
    const after = h.user({ language_code: "en" });
    await after.send("can a counselor speak English?");
    expect(after.texts()[0]).toContain(
      say("en", "faq-counselor-languages", { languages: named("en", ["kk", "ru", "en"]) }),
    );
    expect(after.texts()[0]).toContain(say("en", "faq-counselor-language-served"));
  });
});
